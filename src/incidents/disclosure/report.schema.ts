import Type, { type Static } from 'typebox'
import { LANGUAGES } from '../../i18n/languages.js'

export const REPORT_STATUSES = ['received', 'triaged', 'answered', 'closed'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]
export const TRIAGES = ['not_vulnerability', 'vulnerability', 'breach'] as const
export type Triage = (typeof TRIAGES)[number]

const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const MessageView = Type.Object({
  at: Type.String({ format: 'date-time' }),
  author: Type.Union([Type.Literal('reporter'), Type.Literal('staff')]),
  body: Type.String(),
})

export const ReportView = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  language: Type.Enum(LANGUAGES),
  what: Type.String(),
  location: Type.String(),
  howFound: Type.String(),
  contact: nullable(Type.Object({ name: nullable(Type.String()), email: nullable(Type.String()) })),
  status: Type.Enum(REPORT_STATUSES),
  triage: nullable(Type.Enum(TRIAGES)),
  breachId: nullable(Type.String()),
  receivedAt: Type.String({ format: 'date-time' }),
  receiptDueOn: Type.String({ format: 'date' }),
  answerDueOn: Type.String({ format: 'date' }),
  overdue: Type.Boolean({ description: 'No answer yet and the answer day has passed' }),
  answeredAt: nullable(Type.String({ format: 'date-time' })),
  messages: Type.Array(MessageView),
  attachments: Type.Array(
    Type.Object({ id: Type.String(), contentType: Type.String(), size: Type.Integer() }),
  ),
})
export type ReportView = Static<typeof ReportView>

export const TriageInput = Type.Object(
  {
    triage: Type.Enum(TRIAGES),
    breachTitle: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Title of the breach a "breach" triage opens',
      }),
    ),
  },
  { additionalProperties: false },
)
export type TriageInput = Static<typeof TriageInput>

export const AnswerInput = Type.Object(
  {
    body: Type.String({ minLength: 1, maxLength: 10_000 }),
    close: Type.Optional(Type.Boolean({ description: 'Close the case with this answer' })),
  },
  { additionalProperties: false },
)
export type AnswerInput = Static<typeof AnswerInput>
