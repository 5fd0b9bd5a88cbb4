import Type, { type Static } from 'typebox'
import {
  Country,
  Id,
  LEGAL_BASES,
  nullable,
  PERIOD_UNITS,
  REQUIREMENTS,
  SAFEGUARDS,
  SPECIAL_CONDITIONS,
  text,
} from './datamap.schema.js'

const Key = Type.String({ minLength: 1, maxLength: 200, description: 'A taxonomy key' })

export const Transfer = Type.Object(
  { country: Country, safeguard: Type.Enum(SAFEGUARDS), recipientId: Id },
  { additionalProperties: false, description: 'A transfer to a country outside the EU/EEA' },
)

export const Period = Type.Object(
  { value: Type.Integer({ minimum: 1, maximum: 1000 }), unit: Type.Enum(PERIOD_UNITS) },
  { additionalProperties: false },
)

export const Retention = Type.Object(
  {
    period: nullable(Period, { description: 'null when the period cannot be fixed in advance' }),
    trigger: text(500),
    description: text(2000),
  },
  {
    additionalProperties: false,
    description: 'The deletion time limit: how long, counted from what (e.g. the end of the financial year)',
  },
)
export type Retention = Static<typeof Retention>

const fields = {
  name: text(200),
  purpose: text(2000),
  dataUse: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'Taxonomy key of the purpose (data_use)',
  }),
  legalBasis: Type.Enum(LEGAL_BASES, { description: 'GDPR Art. 6(1)(a)-(f)' }),
  specialCategoryCondition: Type.Optional(
    nullable(Type.Enum(SPECIAL_CONDITIONS), { description: 'GDPR Art. 9(2)(a)-(j), for special categories' }),
  ),
  legitimateInterest: Type.Optional(
    nullable(text(2000), { description: 'Required when the legal basis is legitimate_interests' }),
  ),
  dataCategories: Type.Array(Key, { minItems: 1, maxItems: 200 }),
  dataSubjects: Type.Array(Key, { minItems: 1, maxItems: 50 }),
  systemIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  recipientIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  transfers: Type.Optional(Type.Array(Transfer, { maxItems: 50 })),
  source: Type.Optional(
    nullable(text(1000), { description: 'Where the data comes from, when not from the person' }),
  ),
  requirement: Type.Optional(nullable(Type.Enum(REQUIREMENTS))),
  requirementConsequence: Type.Optional(
    nullable(text(1000), { description: 'What happens if the person does not provide the data' }),
  ),
  automatedDecisions: Type.Optional(
    Type.Boolean({ description: 'Automated decision-making, incl. profiling' }),
  ),
  automatedDecisionsDescription: Type.Optional(
    nullable(text(2000), { description: 'The logic involved and the consequences; required when used' }),
  ),
  retention: Retention,
}

export const NewActivity = Type.Object(fields, { additionalProperties: false })
export type NewActivity = Static<typeof NewActivity>

export const ActivityPatch = Type.Partial(NewActivity, { additionalProperties: false })
export type ActivityPatch = Static<typeof ActivityPatch>

export const ActivityView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  purpose: Type.String(),
  dataUse: Type.String(),
  legalBasis: Type.Enum(LEGAL_BASES),
  specialCategoryCondition: nullable(Type.Enum(SPECIAL_CONDITIONS)),
  legitimateInterest: nullable(Type.String()),
  dataCategories: Type.Array(Type.String()),
  dataSubjects: Type.Array(Type.String()),
  systemIds: Type.Array(Type.String()),
  recipientIds: Type.Array(Type.String()),
  transfers: Type.Array(
    Type.Object({ country: Type.String(), safeguard: Type.Enum(SAFEGUARDS), recipientId: Type.String() }),
  ),
  source: nullable(Type.String()),
  requirement: nullable(Type.Enum(REQUIREMENTS)),
  requirementConsequence: nullable(Type.String()),
  automatedDecisions: Type.Boolean(),
  automatedDecisionsDescription: nullable(Type.String()),
  retention: Type.Object({
    period: nullable(Type.Object({ value: Type.Integer(), unit: Type.Enum(PERIOD_UNITS) })),
    trigger: Type.String(),
    description: Type.String(),
  }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type Activity = Static<typeof ActivityView>
