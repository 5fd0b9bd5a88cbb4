import Type, { type Static } from 'typebox'
import { PROFILE_FIELDS } from '../../subjects/subject.access.js'
import { INTERACTION_KINDS } from '../../subjects/subject.schema.js'
import { BOOKKEEPING_RULES } from './bookkeeping.js'

const id = Type.String({ minLength: 1, maxLength: 64 })
const day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The last day kept' })
const Count = Type.Integer({ minimum: 0 })

/** Input of a restriction (Art. 18): on with a reason, or off. */
export const RestrictInput = Type.Object(
  {
    subjectId: Type.String({ format: 'uuid', maxLength: 36 }),
    on: Type.Boolean(),
    reason: Type.String({ minLength: 1, maxLength: 1000 }),
    requestId: Type.Optional(id),
  },
  { additionalProperties: false },
)
export type RestrictInput = Static<typeof RestrictInput>

/** Input of an objection to direct marketing (Art. 21(3)): a person in the register or an e-mail hash. */
export const MarketingObjectionInput = Type.Object(
  {
    subjectId: Type.Union([Type.String({ format: 'uuid', maxLength: 36 }), Type.Null()]),
    emailHash: Type.Optional(Type.String({ minLength: 20, maxLength: 100 })),
    requestId: id,
  },
  { additionalProperties: false },
)
export type MarketingObjectionInput = Static<typeof MarketingObjectionInput>

/** The identifiers checked against the erasure list; each is normalised as the register does. */
export const ErasedIdentifiers = Type.Object(
  {
    email: Type.Optional(Type.String({ maxLength: 254 })),
    phone: Type.Optional(Type.String({ maxLength: 40 })),
    customerId: Type.Optional(
      Type.String({ maxLength: 170, description: 'An id in another system, `<system>:<id>`' }),
    ),
    nationalId: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
)
export type ErasedIdentifiers = Static<typeof ErasedIdentifiers>

const KindCount = Type.Object({ kind: Type.Enum(INTERACTION_KINDS), count: Count })

/**
 * What the person is told after an erasure: field names, kinds and counts, the rule, its law and
 * dates; never a value, so it is stored unsealed.
 */
export const ErasureReport = Type.Object({
  requestId: Type.String(),
  subjectId: Type.String(),
  finishedAt: Type.String({ format: 'date-time' }),
  deleted: Type.Object({
    fields: Type.Array(Type.Enum(PROFILE_FIELDS)),
    interactions: Type.Array(KindCount),
    marketingPermissions: Count,
    messages: Count,
  }),
  kept: Type.Union([
    Type.Object({
      fields: Type.Array(Type.Enum(PROFILE_FIELDS)),
      interactions: Type.Array(Type.Object({ kind: Type.Enum(INTERACTION_KINDS), count: Count, until: day })),
      rule: Type.Enum(Object.keys(BOOKKEEPING_RULES) as Array<keyof typeof BOOKKEEPING_RULES>),
      reason: Type.String({ description: 'The legal reason in words (English)' }),
      law: Type.String(),
      until: day,
    }),
    Type.Null(),
  ]),
  keyDestroyed: Type.Boolean(),
})
export type ErasureReport = Static<typeof ErasureReport>
