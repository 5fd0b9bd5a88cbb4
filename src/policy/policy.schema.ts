import Type, { type Static } from 'typebox'
import { LANGUAGES } from '../i18n/languages.js'
import { GAP_KINDS } from './policy.check.js'
import { SECTION_KEYS } from './policy.document.js'

const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()])

/** `?lang=` on the public pages: anything short; an unknown language falls back to the browser's. */
export const PublicQuery = Type.Object(
  { lang: Type.Optional(Type.String({ maxLength: 16, description: 'da, nb, sv, fi or en' })) },
  { additionalProperties: true },
)
export type PublicQuery = Static<typeof PublicQuery>

export const VersionParams = Type.Object(
  { number: Type.Integer({ minimum: 1, maximum: 1_000_000 }) },
  { additionalProperties: false },
)
export type VersionParams = Static<typeof VersionParams>

export const LanguageOption = Type.Optional(
  Type.Enum(LANGUAGES, { description: "One of the five languages; default the organisation's" }),
)

export const LangQuery = Type.Object({ lang: LanguageOption }, { additionalProperties: false })
export type LangQuery = Static<typeof LangQuery>

export const DiffQuery = Type.Object(
  {
    from: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    to: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1_000_000,
        description: 'Default: the draft, as it would be published now',
      }),
    ),
    lang: LanguageOption,
  },
  { additionalProperties: false },
)
export type DiffQuery = Static<typeof DiffQuery>

export const PublishBody = Type.Object(
  {
    effectiveFrom: Type.Optional(
      Type.String({
        format: 'date',
        maxLength: 10,
        description: 'YYYY-MM-DD, today or later; default today',
      }),
    ),
    material: Type.Boolean({
      description: 'A material change: the banner publishes a new revision and asks visitors again',
    }),
    notifySubscribers: Type.Optional(
      Type.Boolean({ description: 'Mail the people with an active e-mail marketing permission' }),
    ),
    note: Type.Optional(
      nullable(Type.String({ maxLength: 2000, description: 'What changed, for the staff' })),
    ),
    overrideReason: Type.Optional(
      nullable(
        Type.String({
          minLength: 1,
          maxLength: 2000,
          description: 'Owner only: why the policy is published although the completeness check found gaps',
        }),
      ),
    ),
  },
  { additionalProperties: false },
)
export type PublishBody = Static<typeof PublishBody>

export const ReviewBody = Type.Object(
  { note: Type.Optional(nullable(Type.String({ maxLength: 2000 }))) },
  { additionalProperties: false },
)
export type ReviewBody = Static<typeof ReviewBody>

export const GapView = Type.Object({
  kind: Type.Enum(GAP_KINDS),
  subject: Type.Optional(
    Type.Object({
      type: Type.Enum(['organisation', 'activity', 'processor', 'data_category']),
      id: Type.String(),
      name: Type.String(),
    }),
  ),
  country: Type.Optional(Type.String()),
})

const Inline = Type.Union([Type.String(), Type.Object({ text: Type.String(), href: Type.String() })])

export const DocumentView = Type.Object(
  {
    language: Type.Enum(LANGUAGES),
    title: Type.String(),
    intro: Type.String(),
    sections: Type.Array(
      Type.Object({
        key: Type.Enum(SECTION_KEYS),
        heading: Type.String(),
        blocks: Type.Array(
          Type.Object({
            type: Type.Enum(['p', 'list', 'h3']),
            content: Type.Optional(Type.Array(Inline)),
            items: Type.Optional(Type.Array(Type.Array(Inline))),
            text: Type.Optional(Type.String()),
          }),
        ),
      }),
    ),
  },
  { description: 'The policy in one language: sections of paragraphs, lists and sub-headings' },
)

export const VersionSummaryView = Type.Object({
  number: Type.Integer(),
  effectiveFrom: Type.String({ format: 'date' }),
  publishedAt: Type.String({ format: 'date-time' }),
  material: Type.Boolean(),
  note: nullable(Type.String()),
  gaps: Type.Array(GapView, { description: 'The gaps overridden at publication' }),
  overrideReason: nullable(Type.String()),
  bannerRevision: nullable(Type.Integer()),
  notified: Type.Integer({ description: 'Subscribers sent a notice' }),
})

export const VersionView = Type.Object({
  ...VersionSummaryView.properties,
  document: DocumentView,
})

export const ReviewView = Type.Object({
  lastReviewedAt: nullable(Type.String({ format: 'date-time' })),
  lastReviewedOn: nullable(
    Type.String({
      format: 'date',
      description: "The day of the last review in the organisation's time zone",
    }),
  ),
  dueOn: nullable(Type.String({ format: 'date' })),
  overdue: Type.Boolean(),
  published: Type.Boolean(),
})

export const StatusView = Type.Object({
  current: nullable(VersionSummaryView),
  latest: nullable(VersionSummaryView),
  review: ReviewView,
  gaps: Type.Array(GapView),
})

export const DraftView = Type.Object({ gaps: Type.Array(GapView), document: DocumentView })

export const ChangeView = Type.Object({
  kind: Type.String(),
  name: Type.Optional(Type.String()),
  section: Type.Optional(Type.String()),
  heading: Type.Optional(Type.String()),
  words: Type.String({ description: 'The change in plain words, in the language asked for' }),
})

export const DiffView = Type.Object({
  from: Type.Integer(),
  to: nullable(Type.Integer()),
  language: Type.Enum(LANGUAGES),
  changes: Type.Array(ChangeView),
  lines: Type.Array(Type.Object({ op: Type.Enum(['same', 'added', 'removed']), text: Type.String() })),
  text: Type.String({ description: 'The line diff as text: "+ " added, "- " removed' }),
})
