import Type from 'typebox'
import { RELATIONSHIPS } from '../subjects/subject.schema.js'
import { IMPORT_FIELDS } from './mapping.js'

const Column = Type.String({ minLength: 1, maxLength: 200, description: 'A column name of the header row' })

export const ImportSettingsBody = Type.Object(
  {
    mapping: Type.Object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, Type.Optional(Column)])), {
      additionalProperties: false,
      description: 'Which column fills which field; map at least email or externalId',
    }),
    system: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 60,
        pattern: '^[A-Za-z0-9_.-]+$',
        default: 'shop',
        description: 'The source system; customer ids are kept as <system>:<id>',
      }),
    ),
    relationship: Type.Optional(
      Type.Enum(RELATIONSHIPS, { default: 'customer', description: 'The relationship of new people' }),
    ),
  },
  { additionalProperties: false },
)

const Count = Type.Integer({ minimum: 0 })
const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const ImportViewSchema = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  status: Type.Enum(['uploaded', 'queued', 'running', 'checked', 'completed', 'failed', 'discarded']),
  mode: nullable(Type.Enum(['check', 'import'])),
  headers: Type.Array(Type.String()),
  delimiter: Type.String(),
  encoding: Type.String(),
  totalRows: Count,
  settings: nullable(
    Type.Object({
      mapping: Type.Record(Type.String(), Type.String()),
      system: Type.String(),
      relationship: Type.String(),
    }),
  ),
  suggestedMapping: Type.Record(Type.String(), Type.String()),
  processedRows: Count,
  created: Count,
  updated: Count,
  unchanged: Count,
  rejected: Count,
  skipped: Count,
  erased: Type.Integer({
    minimum: 0,
    description: 'Rows of people whose data was erased at their request; not brought back',
  }),
  restricted: Type.Integer({
    minimum: 0,
    description: 'Rows of people whose data is restricted; left unchanged',
  }),
  report: Type.Object({
    problems: Type.Array(
      Type.Object({
        row: Type.Integer({ description: 'As in a spreadsheet: the header is row 1' }),
        column: nullable(Type.String()),
        rule: Type.String({ description: 'A validation rule, card_number or no_key' }),
      }),
    ),
    skippedBatches: Type.Array(Type.Object({ from: Type.Integer(), to: Type.Integer() })),
  }),
  failure: nullable(Type.String()),
  createdAt: Type.String(),
  startedAt: nullable(Type.String()),
  finishedAt: nullable(Type.String()),
})
