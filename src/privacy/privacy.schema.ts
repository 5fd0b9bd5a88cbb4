import Type, { type Static } from 'typebox'

/**
 * `?lang=` on the public pages. Any short text is accepted and an unknown language falls back to the
 * browser's, so an old or hand-typed link still opens the page.
 */
const Lang = Type.Optional(Type.String({ maxLength: 16, description: 'da, nb, sv, fi or en' }))

export const LanguageQuery = Type.Object({ lang: Lang }, { additionalProperties: false })
export type LanguageQuery = Static<typeof LanguageQuery>

/**
 * The landing page's query: shops link to it with campaign tags (`utm_source`, …) that Vern neither
 * reads nor keeps, so they are let through and ignored rather than turned into an error page.
 */
export const LandingQuery = Type.Object({ lang: Lang }, { additionalProperties: true })

/** The privacy center's form: send me a link to manage my marketing permissions. */
export const LinkRequest = Type.Object(
  { email: Type.String({ maxLength: 254 }), lang: Lang },
  { additionalProperties: false },
)
export type LinkRequest = Static<typeof LinkRequest>

export const TokenParams = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
)
export type TokenParams = Static<typeof TokenParams>

/** One button on the mailed page: withdraw one permission (its id) or everything (`all`). */
export const WithdrawAction = Type.Object(
  {
    withdraw: Type.Union([Type.Literal('all'), Type.String({ format: 'uuid' })]),
    lang: Lang,
  },
  { additionalProperties: false },
)
export type WithdrawAction = Static<typeof WithdrawAction>
