import Type, { type Static } from 'typebox'

const id = Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_.:-]*$' })

/** Filters for listing and exporting the audit log; the same for the API and the admin page. */
export const AuditQuery = Type.Object(
  {
    actorType: Type.Optional(
      Type.Union([
        Type.Literal('user'),
        Type.Literal('api_key'),
        Type.Literal('system'),
        Type.Literal('anonymous'),
        Type.Literal(''),
      ]),
    ),
    actorId: Type.Optional(id),
    action: Type.Optional(
      Type.String({
        maxLength: 80,
        pattern: '^[a-z_.]*$',
        description: 'An exact action, or a prefix ending in "." such as "auth."',
      }),
    ),
    targetType: Type.Optional(id),
    targetId: Type.Optional(id),
    outcome: Type.Optional(
      Type.Union([
        Type.Literal('success'),
        Type.Literal('denied'),
        Type.Literal('failure'),
        Type.Literal(''),
      ]),
    ),
    from: Type.Optional(
      Type.String({ pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', description: 'First day, YYYY-MM-DD (UTC)' }),
    ),
    to: Type.Optional(
      Type.String({
        pattern: '^(\\d{4}-\\d{2}-\\d{2})?$',
        description: 'Last day, YYYY-MM-DD (UTC), inclusive',
      }),
    ),
    before: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Cursor: entries older than this sequence number' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
)
export type AuditQuery = Static<typeof AuditQuery>

export const AuditEntryView = Type.Object({
  seq: Type.Integer(),
  id: Type.String(),
  at: Type.String({ format: 'date-time' }),
  actor: Type.Object({ type: Type.String(), id: Type.Optional(Type.String()) }),
  action: Type.String(),
  target: Type.Union([Type.Object({ type: Type.String(), id: Type.String() }), Type.Null()]),
  outcome: Type.String(),
  details: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  hash: Type.String(),
})

export const AuditPage = Type.Object({
  entries: Type.Array(AuditEntryView),
  next: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Pass as `before` for the next page; null at the end',
  }),
})

export const VerifyView = Type.Object({
  ok: Type.Boolean(),
  entries: Type.Integer(),
  seq: Type.Optional(Type.Integer({ description: 'The first entry that does not fit' })),
  problem: Type.Optional(Type.String()),
})
