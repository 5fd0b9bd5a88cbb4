import Type, { type Static } from 'typebox'
import { LANGUAGES } from '../i18n/languages.js'
import { COUNTRIES } from './countries.js'

const text = (max: number) => Type.String({ minLength: 1, maxLength: max })
const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const Address = Type.Object(
  { street: nullable(text(200)), postalCode: nullable(text(20)), city: nullable(text(100)) },
  { additionalProperties: false },
)

export const Dpo = Type.Object(
  {
    name: text(200),
    email: Type.String({ format: 'email', maxLength: 254 }),
    phone: Type.Optional(nullable(text(40))),
  },
  { additionalProperties: false },
)

/** What may be changed; every field optional (PATCH), null clears where clearing makes sense. */
export const OrganisationPatch = Type.Object(
  {
    legalName: Type.Optional(text(200)),
    country: Type.Optional(Type.Enum(COUNTRIES)),
    registrationNumber: Type.Optional(text(30)),
    address: Type.Optional(Type.Partial(Address, { additionalProperties: false })),
    contactEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    contactPhone: Type.Optional(nullable(text(40))),
    dpo: Type.Optional(nullable(Dpo)),
    bannerOrigins: Type.Optional(Type.Array(text(200), { maxItems: 50 })),
    defaultLanguage: Type.Optional(Type.Enum(LANGUAGES)),
    financialYearEnd: Type.Optional(Type.String({ pattern: '^\\d{2}-\\d{2}$', maxLength: 5 })),
    requireTwoFactor: Type.Optional(Type.Boolean()),
    authorityAddress: Type.Optional(
      nullable(
        Type.String({
          minLength: 1,
          maxLength: 300,
          description:
            "The supervisory authority's postal address, where Vern's is out of date; null: Vern's",
        }),
      ),
    ),
    authorityWeb: Type.Optional(
      nullable(
        Type.String({
          minLength: 1,
          maxLength: 200,
          description:
            "The supervisory authority's website (https://…), where Vern's is out of date; null: Vern's",
        }),
      ),
    ),
  },
  { additionalProperties: false },
)
export type OrganisationPatch = Static<typeof OrganisationPatch>

export const Authority = Type.Object({
  name: Type.String(),
  englishName: Type.String(),
  address: Type.String(),
  web: Type.String(),
  email: Type.String(),
  breachChannel: Type.String(),
})

export const OrganisationView = Type.Object({
  legalName: nullable(Type.String()),
  country: nullable(Type.Enum(COUNTRIES)),
  registrationNumber: nullable(Type.String()),
  vatNumber: nullable(Type.String()),
  address: Type.Object({
    street: nullable(Type.String()),
    postalCode: nullable(Type.String()),
    city: nullable(Type.String()),
  }),
  contactEmail: nullable(Type.String()),
  contactPhone: nullable(Type.String()),
  dpo: nullable(Type.Object({ name: Type.String(), email: Type.String(), phone: nullable(Type.String()) })),
  bannerOrigins: Type.Array(Type.String()),
  defaultLanguage: Type.Enum(LANGUAGES),
  financialYearEnd: Type.String(),
  requireTwoFactor: Type.Boolean(),
  supervisoryAuthority: nullable(Authority),
  authorityOverride: Type.Object(
    { address: nullable(Type.String()), web: nullable(Type.String()) },
    { description: "The owner's own address and website for the authority, used in supervisoryAuthority" },
  ),
  setupComplete: Type.Boolean(),
  missing: Type.Array(Type.String(), { description: 'Fields still needed before the profile is complete' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type Organisation = Static<typeof OrganisationView>
