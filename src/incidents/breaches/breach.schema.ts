import Type, { type Static } from 'typebox'
import { LANGUAGES } from '../../i18n/languages.js'

export const RISKS = ['unassessed', 'none', 'risk', 'high'] as const
export type Risk = (typeof RISKS)[number]
export const STATUSES = ['open', 'contained', 'closed'] as const
export type BreachStatus = (typeof STATUSES)[number]
export const PHASES = ['initial', 'follow_up', 'final'] as const
export type Phase = (typeof PHASES)[number]
export const NOTICE_COUNTRIES = ['DK', 'NO', 'SE', 'FI'] as const

const text = (max: number) => Type.String({ minLength: 1, maxLength: max })
const long = (description: string) => Type.String({ maxLength: 10_000, description })
const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const instant = Type.String({ format: 'date-time', maxLength: 40 })
const CategoryKey = Type.String({ minLength: 1, maxLength: 200, pattern: '^[a-z0-9_]+(\\.[a-z0-9_]+)*$' })
const SystemId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })
const count = Type.Integer({ minimum: 0, maximum: 1_000_000_000 })

const fields = {
  title: text(200),
  awareAt: Type.String({
    format: 'date-time',
    maxLength: 40,
    description: 'When the business became aware: the 72-hour clock starts here',
  }),
  startedAt: Type.Optional(nullable(instant)),
  endedAt: Type.Optional(nullable(instant)),
  description: Type.String({ minLength: 1, maxLength: 10_000, description: 'What happened' }),
  systemIds: Type.Optional(Type.Array(SystemId, { maxItems: 100, uniqueItems: true })),
  dataCategories: Type.Optional(Type.Array(CategoryKey, { maxItems: 100, uniqueItems: true })),
  peopleCount: Type.Optional(nullable(count)),
  recordsCount: Type.Optional(nullable(count)),
  consequences: Type.Optional(long('Likely consequences for the people')),
  measuresTaken: Type.Optional(long('Measures taken')),
  measuresProposed: Type.Optional(long('Measures proposed, incl. mitigating possible harm')),
  advice: Type.Optional(
    long('Plain-language advice to the people affected: what they can do to protect themselves (Art. 34(2))'),
  ),
  risk: Type.Optional(Type.Enum(RISKS)),
  riskReasoning: Type.Optional(long('Why the risk is assessed so')),
}

export const NewBreach = Type.Object(fields, { additionalProperties: false })
export type NewBreach = Static<typeof NewBreach>

export const BreachPatch = Type.Partial(
  Type.Object(
    {
      ...fields,
      status: Type.Enum(STATUSES),
      lateReason: Type.String({
        maxLength: 5000,
        description: 'Why the authority was not notified within 72 hours',
      }),
      publicNotice: nullable(
        Type.String({
          maxLength: 10_000,
          description: 'A public notice, when telling each person would take disproportionate effort',
        }),
      ),
    },
    { additionalProperties: false },
  ),
  { additionalProperties: false },
)
export type BreachPatch = Static<typeof BreachPatch>

export const NewNotification = Type.Object(
  {
    phase: Type.Enum(PHASES),
    filedAt: instant,
    reference: Type.Optional(
      nullable(Type.String({ maxLength: 200, description: "The authority's reference" })),
    ),
    summary: Type.Optional(Type.String({ maxLength: 5000, description: 'What this notification added' })),
    lateReason: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  { additionalProperties: false },
)
export type NewNotification = Static<typeof NewNotification>

export const NotificationView = Type.Object({
  id: Type.String(),
  phase: Type.Enum(PHASES),
  country: Type.String(),
  filedAt: Type.String({ format: 'date-time' }),
  reference: nullable(Type.String()),
  summary: Type.String(),
  late: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
})
export type NotificationView = Static<typeof NotificationView>

export const EventView = Type.Object({
  at: Type.String({ format: 'date-time' }),
  type: Type.String(),
  actor: Type.Object({ type: Type.String(), id: nullable(Type.String()) }),
  details: Type.Record(Type.String(), Type.Unknown()),
})

export const BreachView = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  title: Type.String(),
  awareAt: Type.String({ format: 'date-time' }),
  startedAt: nullable(Type.String({ format: 'date-time' })),
  endedAt: nullable(Type.String({ format: 'date-time' })),
  description: Type.String(),
  systemIds: Type.Array(Type.String()),
  dataCategories: Type.Array(Type.String()),
  peopleCount: nullable(Type.Integer()),
  recordsCount: nullable(Type.Integer()),
  consequences: Type.String(),
  measuresTaken: Type.String(),
  measuresProposed: Type.String(),
  advice: Type.String(),
  risk: Type.Enum(RISKS),
  riskReasoning: Type.String(),
  status: Type.Enum(STATUSES),
  lateReason: nullable(Type.String()),
  publicNotice: nullable(Type.String()),
  publicNoticeAt: nullable(Type.String({ format: 'date-time' })),
  reportId: nullable(Type.String()),
  clock: Type.Object({
    notifyBy: Type.String({ format: 'date-time' }),
    msLeft: Type.Integer(),
    overdue: Type.Boolean(),
    notified: Type.Boolean({ description: 'An initial notification has been filed' }),
    required: Type.Boolean({
      description: 'The authority must be notified (risk or high risk, or not yet assessed)',
    }),
    lateReasonNeeded: Type.Boolean(),
  }),
  notifications: Type.Array(NotificationView),
  events: Type.Array(EventView),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type Breach = Static<typeof BreachView>

export const BreachSummaryView = Type.Omit(BreachView, ['events', 'notifications'])
export type BreachSummary = Static<typeof BreachSummaryView>

export const DraftQuery = Type.Object(
  {
    country: Type.Optional(
      Type.Enum(NOTICE_COUNTRIES, { description: "Default: the organisation's country" }),
    ),
  },
  { additionalProperties: false },
)

export const DraftSection = Type.Object({ key: Type.String(), label: Type.String(), value: Type.String() })
export const DraftView = Type.Object({
  country: Type.Enum(NOTICE_COUNTRIES),
  authority: Type.String(),
  filingUrl: Type.String(),
  drafts: Type.Array(
    Type.Object({
      language: Type.Enum(LANGUAGES),
      title: Type.String(),
      sections: Type.Array(DraftSection),
      text: Type.String(),
    }),
  ),
})

export const RecipientSelection = Type.Object(
  {
    systemIds: Type.Optional(Type.Array(SystemId, { maxItems: 100, uniqueItems: true })),
    dataCategories: Type.Optional(Type.Array(CategoryKey, { maxItems: 100, uniqueItems: true })),
    from: Type.Optional(instant),
    to: Type.Optional(instant),
    list: Type.Optional(
      Type.String({
        maxLength: 500_000,
        description: 'One person a line: e-mail, optionally a comma and a language (da, nb, sv, fi, en)',
      }),
    ),
  },
  { additionalProperties: false },
)
export type RecipientSelection = Static<typeof RecipientSelection>

export const RecipientView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  language: Type.Enum(LANGUAGES),
  source: Type.String(),
  subjectId: nullable(Type.String()),
  status: Type.String({ description: 'not_sent, outbox, queued, sending, sent or failed' }),
  sentAt: nullable(Type.String({ format: 'date-time' })),
})
export type RecipientView = Static<typeof RecipientView>

export const RecipientParams = Type.Object(
  { id: Type.String({ maxLength: 64 }), rid: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
)
export const RecipientPatch = Type.Object(
  { language: Type.Enum(LANGUAGES, { description: 'The language the notice is sent in' }) },
  { additionalProperties: false },
)
