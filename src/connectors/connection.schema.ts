import Type, { type Static } from 'typebox'
import { SQL_KINDS } from './sql.session.js'

export const Credentials = Type.Object(
  {
    user: Type.String({ minLength: 1, maxLength: 128 }),
    password: Type.Optional(Type.String({ maxLength: 1024, description: 'Sealed at rest; never returned' })),
  },
  { additionalProperties: false },
)
export type Credentials = Static<typeof Credentials>

export const ConnectionInput = Type.Object(
  {
    kind: Type.Enum(SQL_KINDS),
    url: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 2000,
        description:
          'postgres://user:password@host:5432/db (or mysql://, mariadb://); fills host, port, database and the read credentials. `?sslmode=require` or `?ssl=true` turns on TLS.',
      }),
    ),
    host: Type.Optional(Type.String({ minLength: 1, maxLength: 253, pattern: '^[A-Za-z0-9._:-]+$' })),
    port: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
    database: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    file: Type.Optional(
      Type.String({
        minLength: 2,
        maxLength: 1000,
        pattern: '^/',
        description: 'SQLite: the absolute path of the database file',
      }),
    ),
    ssl: Type.Optional(Type.Boolean()),
    read: Type.Optional(Credentials),
    write: Type.Optional(
      Type.Union([Credentials, Type.Null()], {
        description: 'Needed for erasure; null removes them. Left out: the stored ones are kept.',
      }),
    ),
    writable: Type.Optional(Type.Boolean({ description: 'SQLite: allow erasure to write to the file' })),
  },
  { additionalProperties: false },
)
export type ConnectionInput = Static<typeof ConnectionInput>

export const ConnectionView = Type.Object({
  systemId: Type.String(),
  kind: Type.Enum(SQL_KINDS),
  host: Type.Union([Type.String(), Type.Null()]),
  port: Type.Union([Type.Integer(), Type.Null()]),
  database: Type.Union([Type.String(), Type.Null()]),
  file: Type.Union([Type.String(), Type.Null()]),
  ssl: Type.Boolean(),
  readCredentials: Type.Boolean({
    description: 'Whether read credentials are stored (they are never shown)',
  }),
  writeCredentials: Type.Boolean({ description: 'Whether write credentials are stored; erasure needs them' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type ConnectionView = Static<typeof ConnectionView>

export const ConnectionTestAnswer = Type.Object({
  ok: Type.Literal(true),
  tables: Type.Integer({ description: 'How many tables the read credentials can see' }),
  writeChecked: Type.Boolean({ description: 'Whether the write credentials were tried too' }),
  ms: Type.Integer(),
})
export type ConnectionTestAnswer = Static<typeof ConnectionTestAnswer>
