import Type, { type Static } from 'typebox'
import { BOOKKEEPING_RULES } from '../requests/erasure/bookkeeping.js'

export const IDENTITIES = ['email', 'phone', 'customer_id'] as const
export type IdentityKind = (typeof IDENTITIES)[number]

export const ERASURE_ACTIONS = ['delete_row', 'set_null', 'mask', 'hash', 'keep'] as const
export type ErasureAction = (typeof ERASURE_ACTIONS)[number]

/** `bookkeeping` follows the organisation's country; the others name a country's act directly. */
export const RETENTION_KEYS = ['bookkeeping', ...Object.keys(BOOKKEEPING_RULES)] as const

const Name = Type.String({ minLength: 1, maxLength: 128 })

/** A fideslang field reference: `field` is `collection.field` (in this dataset). */
export const FieldReference = Type.Object(
  {
    dataset: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    field: Type.String({ minLength: 3, maxLength: 260 }),
    direction: Type.Optional(Type.Union([Type.Literal('from'), Type.Literal('to')])),
  },
  { additionalProperties: false },
)

export const FidesMeta = Type.Object(
  {
    identity: Type.Optional(Type.Enum(IDENTITIES)),
    references: Type.Optional(Type.Array(FieldReference, { maxItems: 20 })),
    primary_key: Type.Optional(Type.Boolean()),
    data_type: Type.Optional(Type.String({ maxLength: 60 })),
    length: Type.Optional(Type.Integer({ minimum: 0 })),
    read_only: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)

/** Vern's addition to a fideslang field: what erasure does to the column. */
export const FieldErasure = Type.Object(
  {
    action: Type.Enum(ERASURE_ACTIONS),
    /** mask: the fixed value written instead (default `erased`). */
    replacement: Type.Optional(Type.String({ maxLength: 200 })),
    /** keep: the retention rule, `bookkeeping` or a country's act (`dk`, `no`, `se`, `fi`, `nordic`). */
    retention: Type.Optional(Type.Enum(RETENTION_KEYS)),
  },
  { additionalProperties: false },
)

export const DatasetField = Type.Object(
  {
    name: Name,
    description: Type.Optional(Type.String({ maxLength: 1000 })),
    data_categories: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 20 }),
    ),
    fides_meta: Type.Optional(FidesMeta),
    erasure: Type.Optional(FieldErasure),
  },
  { additionalProperties: false },
)
export type DatasetField = Static<typeof DatasetField>

export const DatasetCollection = Type.Object(
  {
    name: Name,
    description: Type.Optional(Type.String({ maxLength: 1000 })),
    data_categories: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 20 }),
    ),
    fields: Type.Array(DatasetField, { maxItems: 500 }),
  },
  { additionalProperties: false },
)
export type DatasetCollection = Static<typeof DatasetCollection>

export const Dataset = Type.Object(
  {
    fides_key: Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_.-]+$' }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    collections: Type.Array(DatasetCollection, { maxItems: 500 }),
  },
  { additionalProperties: false },
)
export type Dataset = Static<typeof Dataset>

/** The document as stored and exchanged: `dataset:` around one dataset, as in fideslang files. */
export const DatasetDocument = Type.Object({ dataset: Dataset }, { additionalProperties: false })
export type DatasetDocument = Static<typeof DatasetDocument>

export const DatasetIssue = Type.Object({
  path: Type.String({ description: 'Where, e.g. `collections.2.fields.0.name` or `wp_users.user_email`' }),
  code: Type.String({
    description:
      'unknown_table, unknown_column, unknown_category, unreachable, not_nullable, unhandled_reference, bad_reference, no_identity, invalid',
  }),
  message: Type.String(),
})
export type DatasetIssue = Static<typeof DatasetIssue>

export const ValidationReport = Type.Object({
  valid: Type.Boolean(),
  issues: Type.Array(DatasetIssue),
})
export type ValidationReport = Static<typeof ValidationReport>
