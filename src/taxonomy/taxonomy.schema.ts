import Type, { type Static } from 'typebox'
import { KEY_MAX, KEY_PATTERN, KINDS } from './taxonomy.keys.js'

const text = (max: number) => Type.String({ minLength: 1, maxLength: max })
const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const Kind = Type.Enum(KINDS, {
  description: 'Which tree: data categories, data uses or data subjects',
})
export const Key = Type.String({
  minLength: 1,
  maxLength: KEY_MAX,
  pattern: KEY_PATTERN,
  description: 'Dot-separated lowercase segments, e.g. user.contact.email',
})

/** Names per language; at most the five of Vern. */
export const Labels = Type.Object(
  {
    da: Type.Optional(text(200)),
    nb: Type.Optional(text(200)),
    sv: Type.Optional(text(200)),
    fi: Type.Optional(text(200)),
    en: Type.Optional(text(200)),
  },
  { additionalProperties: false },
)

export const TaxonomyCreate = Type.Object(
  {
    kind: Kind,
    key: Key,
    parentKey: Type.Optional(
      nullable(
        Type.String({ maxLength: KEY_MAX, description: 'When given, must be the key minus its last part' }),
      ),
    ),
    name: text(200),
    description: Type.Optional(nullable(Type.String({ maxLength: 2000 }))),
    labels: Type.Optional(Labels),
  },
  { additionalProperties: false },
)
export type TaxonomyCreate = Static<typeof TaxonomyCreate>

export const TaxonomyPatch = Type.Object(
  {
    name: Type.Optional(text(200)),
    description: Type.Optional(nullable(Type.String({ maxLength: 2000 }))),
    labels: Type.Optional(Labels),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type TaxonomyPatch = Static<typeof TaxonomyPatch>

export const KindQuery = Type.Object({ kind: Type.Optional(Kind) }, { additionalProperties: false })

export const ItemParams = Type.Object({ kind: Kind, key: Key }, { additionalProperties: false })

export const TaxonomyItemView = Type.Object({
  kind: Kind,
  key: Type.String(),
  parentKey: nullable(Type.String()),
  name: Type.String(),
  description: nullable(Type.String()),
  labels: Type.Object({
    da: Type.Optional(Type.String()),
    nb: Type.Optional(Type.String()),
    sv: Type.Optional(Type.String()),
    fi: Type.Optional(Type.String()),
    en: Type.Optional(Type.String()),
  }),
  isDefault: Type.Boolean({
    description: 'Shipped with Vern (fideslang or Vern key) rather than added here',
  }),
  disabled: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
})

export const TaxonomyList = Type.Object({ items: Type.Array(TaxonomyItemView) })

/** The largest fideslang file accepted: the whole default taxonomy is about 60 kB. */
export const IMPORT_MAX = 2 * 1024 * 1024

export const ImportJson = Type.Object(
  { yaml: Type.String({ minLength: 1, maxLength: IMPORT_MAX, description: 'A fideslang YAML document' }) },
  { additionalProperties: false },
)
export const ImportYaml = Type.String({ minLength: 1, maxLength: IMPORT_MAX })

export const ImportResult = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  ignoredSections: Type.Array(Type.String(), {
    description: 'Top-level fideslang sections other than the three taxonomies (e.g. system), not imported',
  }),
})
