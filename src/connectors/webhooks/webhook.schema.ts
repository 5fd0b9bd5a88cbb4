import Type, { type Static } from 'typebox'

/** The events a system's webhook may subscribe to: one per kind of request a system can act on. */
export const EVENTS = [
  'request.access',
  'request.erasure',
  'request.rectification',
  'request.restriction',
] as const
export type WebhookEvent = (typeof EVENTS)[number]

/** Which event a kind of request sends; other kinds stay manual tasks. Portability is an access. */
export const EVENT_OF_KIND: Readonly<Record<string, WebhookEvent>> = {
  access: 'request.access',
  portability: 'request.access',
  erasure: 'request.erasure',
  rectification: 'request.rectification',
  restriction: 'request.restriction',
}

export const SystemParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
)

export const WebhookBody = Type.Object(
  {
    url: Type.String({
      minLength: 1,
      maxLength: 500,
      description: 'https:// (http:// only to a loopback address); redirects are not followed',
    }),
    events: Type.Array(Type.Enum(EVENTS), { minItems: 1, maxItems: EVENTS.length, uniqueItems: true }),
    rotateSecret: Type.Optional(
      Type.Boolean({ description: 'Make a new signing secret (shown once); the old one stops working' }),
    ),
  },
  { additionalProperties: false },
)
export type WebhookBody = Static<typeof WebhookBody>

export const WebhookView = Type.Object({
  systemId: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.Enum(EVENTS)),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  secret: Type.Optional(
    Type.String({ description: 'whsec_…: only in the answer that created or rotated it, shown once' }),
  ),
})
export type WebhookView = Static<typeof WebhookView>

export const TestResult = Type.Object({
  ok: Type.Boolean(),
  statusCode: Type.Union([Type.Integer(), Type.Null()]),
  durationMs: Type.Integer(),
  errorClass: Type.Union([Type.String(), Type.Null()], {
    description: 'http_4xx, http_5xx, redirect, timeout or connection; null when ok',
  }),
})

export const AttemptView = Type.Object({
  attempt: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  statusCode: Type.Union([Type.Integer(), Type.Null()]),
  durationMs: Type.Integer(),
  errorClass: Type.Union([Type.String(), Type.Null()]),
})

export const DeliveryView = Type.Object({
  id: Type.String(),
  systemId: Type.String(),
  eventType: Type.String(),
  status: Type.Union([Type.Literal('queued'), Type.Literal('delivered'), Type.Literal('dead')]),
  attempts: Type.Integer(),
  nextAttemptAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  deliveredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  deadAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  tries: Type.Array(AttemptView),
})
export type DeliveryView = Static<typeof DeliveryView>

export const DeliveryQuery = Type.Object(
  {
    status: Type.Optional(
      Type.Union([Type.Literal('queued'), Type.Literal('delivered'), Type.Literal('dead')]),
    ),
    systemId: Type.Optional(SystemParams.properties.id),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
)
export type DeliveryQuery = Static<typeof DeliveryQuery>

export const DeliveryParams = Type.Object(
  { id: Type.String({ format: 'uuid', maxLength: 36 }) },
  { additionalProperties: false },
)

export const CallbackParams = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
)

export const CallbackBody = Type.Object(
  {
    status: Type.Union([Type.Literal('done'), Type.Literal('failed')]),
    note: Type.Optional(
      Type.String({ minLength: 1, maxLength: 2000, description: 'What was done, or why it failed' }),
    ),
    rows: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'Rows affected or found' }),
    ),
  },
  { additionalProperties: false },
)
export type CallbackBody = Static<typeof CallbackBody>

export const HandOverView = Type.Object({
  taskId: Type.String(),
  systemId: Type.Union([Type.String(), Type.Null()]),
  channel: Type.Union([Type.Literal('webhook'), Type.Literal('email')]),
  status: Type.Union([Type.Literal('waiting'), Type.Literal('done'), Type.Literal('failed')]),
  note: Type.Union([Type.String(), Type.Null()], { description: "The receiver's or processor's note" }),
  rows: Type.Union([Type.Integer(), Type.Null()]),
  sentAt: Type.String({ format: 'date-time' }),
  reminders: Type.Integer(),
  answeredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
})

export const RequestParams = Type.Object(
  { id: Type.String({ format: 'uuid', maxLength: 36 }) },
  { additionalProperties: false },
)
