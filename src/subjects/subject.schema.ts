import Type, { type Static } from 'typebox'

export const SUBJECT_KINDS = ['person', 'company'] as const
export const RELATIONSHIPS = ['prospect', 'customer', 'former_customer'] as const
export const INTERACTION_KINDS = ['inquiry', 'complaint', 'offer', 'order', 'invoice', 'note'] as const
export const NATIONAL_ID_KINDS = ['dk_cpr', 'no_fnr', 'se_pnr', 'fi_hetu'] as const
export const COMPANY_NUMBER_KINDS = ['dk_cvr', 'no_orgnr', 'se_orgnr', 'fi_ytunnus'] as const

const text = (max: number) => Type.String({ minLength: 1, maxLength: max })
const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const opt = <T extends Type.TSchema>(schema: T) => Type.Optional(nullable(schema))

export const AddressInput = Type.Object(
  {
    street: opt(text(200)),
    postalCode: opt(text(20)),
    city: opt(text(100)),
    country: opt(Type.String({ pattern: '^[A-Z]{2}$', maxLength: 2 })),
  },
  { additionalProperties: false },
)

const NationalIdInput = Type.Object(
  { kind: Type.Enum(NATIONAL_ID_KINDS), value: text(20) },
  { additionalProperties: false },
)
const CompanyNumberInput = Type.Object(
  { kind: Type.Enum(COMPANY_NUMBER_KINDS), value: text(30) },
  { additionalProperties: false },
)
const ExternalIdInput = Type.Object(
  {
    system: Type.String({ minLength: 1, maxLength: 60, pattern: '^[A-Za-z0-9_.-]+$' }),
    id: text(100),
  },
  { additionalProperties: false },
)

/** Every personal field, as the API takes it; null clears a field. */
const profileInput = {
  name: opt(text(200)),
  email: opt(Type.String({ format: 'email', maxLength: 254 })),
  phone: opt(text(40)),
  address: opt(AddressInput),
  billingAddress: opt(AddressInput),
  jobTitle: opt(text(200)),
  workplace: opt(text(200)),
  nationalIds: Type.Optional(Type.Array(NationalIdInput, { maxItems: 4 })),
  externalIds: Type.Optional(Type.Array(ExternalIdInput, { maxItems: 20 })),
  companyNumber: opt(CompanyNumberInput),
  gln: opt(text(20)),
  // Loose on purpose: a full card number here must reach the card check (and its audit), not a pattern.
  cardLast4: opt(Type.String({ minLength: 1, maxLength: 30, description: 'Exactly 4 digits' })),
  cardExpiry: opt(Type.String({ pattern: '^(0[1-9]|1[0-2])/\\d{2}$', maxLength: 5, description: 'MM/YY' })),
  notes: opt(text(4000)),
}

export const NewSubject = Type.Object(
  {
    kind: Type.Optional(Type.Enum(SUBJECT_KINDS)),
    companyId: opt(Type.String({ format: 'uuid', maxLength: 36 })),
    relationship: Type.Optional(Type.Enum(RELATIONSHIPS)),
    firstContactAt: Type.Optional(Type.String({ format: 'date-time', maxLength: 40 })),
    ...profileInput,
  },
  { additionalProperties: false },
)
export type NewSubject = Static<typeof NewSubject>

export const SubjectPatch = Type.Object(
  {
    companyId: opt(Type.String({ format: 'uuid', maxLength: 36 })),
    relationship: Type.Optional(Type.Enum(RELATIONSHIPS)),
    relationshipEndedAt: Type.Optional(
      Type.String({ format: 'date-time', maxLength: 40, description: 'When it ended; default now' }),
    ),
    ...profileInput,
  },
  { additionalProperties: false },
)
export type SubjectPatch = Static<typeof SubjectPatch>

export const NewInteraction = Type.Object(
  {
    kind: Type.Enum(INTERACTION_KINDS),
    occurredAt: Type.Optional(Type.String({ format: 'date-time', maxLength: 40 })),
    reference: opt(text(100)),
    summary: opt(text(4000)),
    amount: opt(Type.Number({ minimum: -1e12, maximum: 1e12 })),
    currency: opt(Type.String({ pattern: '^[A-Z]{3}$', maxLength: 3 })),
  },
  { additionalProperties: false },
)
export type NewInteraction = Static<typeof NewInteraction>

export const SubjectQuery = Type.Object(
  {
    email: Type.Optional(text(254)),
    phone: Type.Optional(text(40)),
    identifier: Type.Optional(
      Type.String({ minLength: 1, maxLength: 40, description: 'National id, company number or GLN' }),
    ),
    externalId: Type.Optional(
      Type.String({ minLength: 3, maxLength: 170, description: '`<system>:<id>`, e.g. shop:10042' }),
    ),
    before: Type.Optional(Type.String({ format: 'uuid', maxLength: 36, description: 'Paging cursor' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
)
export type SubjectQuery = Static<typeof SubjectQuery>
