import Type, { type Static } from 'typebox'
import { LANGUAGES } from '../i18n/languages.js'

export const KINDS = [
  'access',
  'portability',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'stop_marketing',
  'withdraw_consent',
] as const
export type RequestKind = (typeof KINDS)[number]

/** unconfirmed is internal: a public request waiting for its e-mailed link, never listed. */
export const STATES = ['unconfirmed', 'received', 'verified', 'in_progress', 'completed', 'rejected'] as const
export type RequestState = (typeof STATES)[number]
export const OPEN_STATES: readonly RequestState[] = ['received', 'verified', 'in_progress']

export const CHANNELS = ['web', 'email', 'phone', 'letter', 'in_person'] as const
export type RequestChannel = (typeof CHANNELS)[number]
/** Channels staff register by hand; web requests come through the public intake. */
export const STAFF_CHANNELS = ['email', 'phone', 'letter', 'in_person'] as const

export const VERIFICATION_METHODS = [
  'email_link',
  'known_email',
  'id_document',
  'phone_callback',
  'in_person',
  'other',
] as const
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number]

export const REJECTION_REASONS = [
  'identity_not_confirmed',
  'manifestly_unfounded',
  'excessive',
  'other',
] as const
export type RejectionReason = (typeof REJECTION_REASONS)[number]

export const EXTENSION_REASONS = ['complex', 'numerous'] as const
export type ExtensionReason = (typeof EXTENSION_REASONS)[number]

export const OBJECTION_SCOPES = ['direct_marketing', 'other'] as const
export type ObjectionScope = (typeof OBJECTION_SCOPES)[number]

export const DEADLINES = ['month', 'days30'] as const
export type DeadlineRule = (typeof DEADLINES)[number]

const Id = Type.String({ format: 'uuid', maxLength: 36 })
const Note = (description: string) => Type.String({ minLength: 1, maxLength: 2000, description })
const Day = Type.String({ format: 'date', maxLength: 10, description: 'A calendar date, YYYY-MM-DD' })
const Nullable = <T extends Type.TSchema>(s: T) => Type.Union([s, Type.Null()])

export const IdentityCheck = Type.Object(
  {
    method: Type.Enum(VERIFICATION_METHODS),
    note: Note('What was checked, e.g. “called back on the number in the register”'),
  },
  { additionalProperties: false },
)
export type IdentityCheck = Static<typeof IdentityCheck>

/** A request that reached the business by phone, letter, e-mail or in person, registered by staff. */
export const NewRequest = Type.Object(
  {
    kind: Type.Enum(KINDS),
    email: Type.String({ format: 'email', maxLength: 254, description: 'Where the person is answered' }),
    channel: Type.Enum(STAFF_CHANNELS),
    language: Type.Optional(
      Type.Enum(LANGUAGES, { description: 'The person’s language; default the organisation’s' }),
    ),
    details: Type.Optional(Note('What the person asked for, in their words; kept sealed')),
    objectionScope: Type.Optional(Type.Enum(OBJECTION_SCOPES)),
    receivedOn: Type.Optional(
      Type.String({
        format: 'date',
        maxLength: 10,
        description: 'The day it arrived (the deadline counts from it); default today, never in the future',
      }),
    ),
    identityCheck: Type.Optional(IdentityCheck),
  },
  { additionalProperties: false },
)
export type NewRequest = Static<typeof NewRequest>

export const VerifyBody = IdentityCheck
export const EmptyBody = Type.Object({}, { additionalProperties: false })
export const AssignBody = Type.Object({ assigneeId: Nullable(Id) }, { additionalProperties: false })
export type AssignBody = Static<typeof AssignBody>
export const ExtendBody = Type.Object(
  {
    reason: Type.Enum(EXTENSION_REASONS),
    note: Note('Why, in words the person will read in the extension notice'),
    dueOn: Day,
  },
  { additionalProperties: false },
)
export type ExtendBody = Static<typeof ExtendBody>
export const RejectBody = Type.Object(
  { reason: Type.Enum(REJECTION_REASONS), note: Note('The reasons, in words the person will read') },
  { additionalProperties: false },
)
export type RejectBody = Static<typeof RejectBody>
export const CompleteBody = Type.Object(
  { note: Type.Optional(Note('What was done; kept sealed in the history')) },
  { additionalProperties: false },
)
export const TaskDoneBody = Type.Object(
  { note: Note('What was done in the system') },
  { additionalProperties: false },
)
export type TaskDoneBody = Static<typeof TaskDoneBody>
export const TaskParams = Type.Object({ id: Id, taskId: Id }, { additionalProperties: false })
export const RequestParams = Type.Object({ id: Id }, { additionalProperties: false })

export const ListQuery = Type.Object(
  {
    state: Type.Optional(Type.Enum(STATES.filter((s) => s !== 'unconfirmed'))),
    open: Type.Optional(
      Type.Boolean({
        description: 'Only received, verified and in progress (default true unless state is given)',
      }),
    ),
    assigneeId: Type.Optional(Id),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
)
export type ListQuery = Static<typeof ListQuery>

export const TaskView = Type.Object({
  id: Id,
  systemId: Nullable(Type.String()),
  systemName: Type.String(),
  status: Type.Union([Type.Literal('open'), Type.Literal('done')]),
  note: Nullable(Type.String()),
  doneBy: Nullable(Type.String()),
  doneAt: Nullable(Type.String({ format: 'date-time' })),
})
export type Task = Static<typeof TaskView>

export const EventView = Type.Object({
  type: Type.String({
    description: 'received, verified, started, assigned, extended, rejected, completed, task_done, …',
  }),
  fromState: Nullable(Type.String()),
  toState: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  note: Nullable(Type.String()),
  dueOn: Nullable(Type.String()),
  actor: Type.Object({ type: Type.String(), id: Nullable(Type.String()) }),
  at: Type.String({ format: 'date-time' }),
})
export type RequestEvent = Static<typeof EventView>

/** A request in a list: no personal values, only ids and dates. */
export const RequestSummary = Type.Object({
  id: Id,
  kind: Type.Enum(KINDS),
  state: Type.Enum(STATES),
  channel: Type.Enum(CHANNELS),
  language: Type.Enum(LANGUAGES),
  subjectId: Nullable(Type.String()),
  assigneeId: Nullable(Type.String()),
  receivedAt: Nullable(Type.String({ format: 'date-time' })),
  dueOn: Nullable(Type.String({ format: 'date' })),
  extended: Type.Boolean(),
  overdue: Type.Boolean(),
  closedAt: Nullable(Type.String({ format: 'date-time' })),
})
export type RequestSummary = Static<typeof RequestSummary>

/** One request with the person's e-mail and words; reading it is audited. */
export const RequestView = Type.Object({
  ...RequestSummary.properties,
  email: Type.String(),
  details: Nullable(Type.String()),
  objectionScope: Nullable(Type.Enum(OBJECTION_SCOPES)),
  verificationMethod: Nullable(Type.Enum(VERIFICATION_METHODS)),
  originalDueOn: Nullable(Type.String({ format: 'date' })),
  extensionReason: Nullable(Type.Enum(EXTENSION_REASONS)),
  rejectionReason: Nullable(Type.Enum(REJECTION_REASONS)),
  tasks: Type.Array(TaskView),
  history: Type.Array(EventView),
})
export type RequestView = Static<typeof RequestView>

export const RequestList = Type.Object({ requests: Type.Array(RequestSummary) })

export const SettingsView = Type.Object({
  deadline: Type.Enum(DEADLINES, {
    description: 'month: receipt + 1 calendar month (GDPR); days30: receipt + 30 days',
  }),
  reminderDays: Type.Integer({
    minimum: 0,
    maximum: 60,
    description: 'Remind the assignee this many days before the due date (0: no reminders)',
  }),
})
export type Settings = Static<typeof SettingsView>
export const SettingsPatch = Type.Partial(SettingsView, { additionalProperties: false })
export type SettingsPatch = Static<typeof SettingsPatch>

/** What completing an erasure request would change in each connected system (a dry run). */
export const ConnectedPreviewList = Type.Object({
  systems: Type.Array(
    Type.Object({
      systemId: Type.String(),
      name: Type.String(),
      changes: Type.Array(
        Type.Object({
          table: Type.String(),
          column: Nullable(Type.String()),
          action: Type.String({ description: 'delete_row, set_null, mask or hash' }),
          rows: Type.Integer(),
        }),
      ),
      kept: Type.Array(
        Type.Object({
          table: Type.String(),
          column: Type.String(),
          retention: Type.String(),
          rows: Type.Integer(),
        }),
      ),
    }),
  ),
})
