import Type, { type Static } from 'typebox'
import { LANGUAGES } from '../i18n/languages.js'

const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Labelled = Type.Object({ key: Type.String(), label: Type.String() })
const Coded = Type.Object({ code: Type.String(), label: Type.String() })

const Recipient = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Coded,
  country: Type.String(),
  countryName: Type.String(),
  thirdCountry: Type.Boolean(),
  parent: nullable(Type.String()),
})

const Transfer = Type.Object({
  country: Type.String(),
  countryName: Type.String(),
  recipient: nullable(Type.String()),
  safeguard: nullable(Coded),
  via: Type.String({ description: 'transfer (stated), recipient (its seat) or system (its hosting)' }),
})

export const RopaActivity = Type.Object({
  id: Type.String(),
  name: Type.String(),
  purpose: Type.String(),
  dataUse: Labelled,
  legalBasis: Coded,
  specialCategoryCondition: nullable(Coded),
  legitimateInterest: nullable(Type.String()),
  dataSubjects: Type.Array(Labelled),
  dataCategories: Type.Array(Labelled),
  recipientCategories: Type.Array(Type.Object({ role: Coded, recipients: Type.Array(Recipient) })),
  thirdCountries: Type.Array(Type.Object({ country: Type.String(), countryName: Type.String() })),
  transfers: Type.Array(Transfer),
  retention: Type.Object({
    period: nullable(Type.Object({ value: Type.Integer(), unit: Type.String() })),
    trigger: Type.String(),
    description: Type.String(),
    text: Type.String({ description: 'The time limit as one sentence in the chosen language' }),
  }),
  securityMeasures: Type.Array(
    Type.Object({
      measure: Coded,
      systems: Type.Array(Type.Object({ name: Type.String(), note: nullable(Type.String()) })),
    }),
  ),
  systems: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), hostingCountry: nullable(Type.String()) }),
  ),
  source: nullable(Type.String()),
  requirement: nullable(Coded),
  requirementConsequence: nullable(Type.String()),
  automatedDecisions: Type.Boolean(),
  automatedDecisionsDescription: nullable(Type.String()),
})
export type RopaActivity = Static<typeof RopaActivity>

export const RopaView = Type.Object({
  language: Type.Enum(LANGUAGES),
  title: Type.String(),
  generatedAt: Type.String({ format: 'date-time' }),
  controller: Type.Object({
    name: nullable(Type.String()),
    registrationNumber: nullable(Type.String()),
    vatNumber: nullable(Type.String()),
    address: Type.Object({
      street: nullable(Type.String()),
      postalCode: nullable(Type.String()),
      city: nullable(Type.String()),
      country: nullable(Type.String()),
    }),
    email: nullable(Type.String()),
    phone: nullable(Type.String()),
  }),
  dpo: nullable(Type.Object({ name: Type.String(), email: Type.String(), phone: nullable(Type.String()) })),
  activities: Type.Array(RopaActivity),
})
export type Ropa = Static<typeof RopaView>

export const RopaQuery = Type.Object(
  {
    format: Type.Optional(Type.Enum(['json', 'csv', 'html'], { default: 'json' })),
    lang: Type.Optional(Type.Enum(LANGUAGES)),
  },
  { additionalProperties: false },
)
