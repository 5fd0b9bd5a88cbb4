import Type, { type Static } from 'typebox'
import { LANGUAGES } from '../../i18n/languages.js'

export const EmailConnectionBody = Type.Object(
  {
    address: Type.Optional(
      Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()], {
        description: "Where to write; null or left out: the contact e-mail of the system's processor",
      }),
    ),
    language: Type.Optional(
      Type.Enum(LANGUAGES, { description: "The processor's language; default from the processor's country" }),
    ),
    reminderDays: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 60,
        default: 7,
        description: 'Remind after this many days without an answer',
      }),
    ),
  },
  { additionalProperties: false },
)
export type EmailConnectionBody = Static<typeof EmailConnectionBody>

export const EmailConnectionView = Type.Object({
  systemId: Type.String(),
  address: Type.Union([Type.String(), Type.Null()], {
    description: 'As entered; null: the processor’s contact',
  }),
  recipient: Type.Union([Type.String(), Type.Null()], { description: 'Where mail goes now' }),
  language: Type.Enum(LANGUAGES),
  reminderDays: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type EmailConnectionView = Static<typeof EmailConnectionView>

export const EmailTestResult = Type.Object({
  queued: Type.Boolean(),
  mailId: Type.String({ description: 'The test mail in the outbox' }),
})
