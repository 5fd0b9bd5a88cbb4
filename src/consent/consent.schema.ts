import Type, { type Static } from 'typebox'

export const CONSENT_METHODS = ['accept_all', 'reject_all', 'custom', 'gpc', 'withdraw'] as const
export type ConsentMethod = (typeof CONSENT_METHODS)[number]

const SERVICE_KEY = '^[a-z0-9][a-z0-9_-]{0,63}$'

/** What the banner posts: one choice, exactly as shown. Unknown fields are refused. */
export const ConsentPost = Type.Object(
  {
    method: Type.Enum(CONSENT_METHODS),
    categories: Type.Object(
      {
        necessary: Type.Optional(Type.Literal(true)),
        preferences: Type.Boolean(),
        statistics: Type.Boolean(),
        marketing: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    services: Type.Optional(
      Type.Record(Type.String({ pattern: SERVICE_KEY }), Type.Boolean(), { maxProperties: 200 }),
    ),
    revision: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    language: Type.Enum(['da', 'nb', 'no', 'sv', 'fi', 'en'], {
      description: '`no` is taken as `nb`',
    }),
    path: Type.Optional(Type.String({ maxLength: 2000, pattern: '^/' })),
    gpc: Type.Optional(Type.Boolean({ description: 'The browser sent Global Privacy Control' })),
    person: Type.Optional(
      Type.Object(
        {
          customerId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
          email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)
export type ConsentPost = Static<typeof ConsentPost>

export const ConsentReceipt = Type.Object(
  {
    id: Type.String({ description: 'The consent id (UUIDv7, time-ordered)' }),
    at: Type.String({ format: 'date-time' }),
    hash: Type.String({ description: 'The ledger hash of this record' }),
  },
  { description: 'Sent only after the record is committed' },
)
export type ConsentReceipt = Static<typeof ConsentReceipt>

export const ConsentRecordView = Type.Object({
  id: Type.String(),
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  person: Type.Union([
    Type.Null(),
    Type.Object({ type: Type.Enum(['customer', 'email']), hash: Type.String() }),
  ]),
  method: Type.Enum(CONSENT_METHODS),
  categories: Type.Record(Type.String(), Type.Boolean()),
  services: Type.Record(Type.String(), Type.Boolean()),
  revision: Type.Integer(),
  textsHash: Type.String(),
  language: Type.String(),
  policyVersion: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  origin: Type.String(),
  path: Type.Union([Type.String(), Type.Null()]),
  gpc: Type.Boolean(),
  prevHash: Type.String(),
  hash: Type.String(),
})
export type ConsentRecord = Static<typeof ConsentRecordView>

export const ConsentServiceView = Type.Object({
  key: Type.String(),
  category: Type.String(),
  name: Type.String(),
})

export const ConsentProof = Type.Object({
  record: ConsentRecordView,
  shown: Type.Object({
    revision: Type.Integer(),
    texts: Type.Unknown({ description: 'The banner texts in the language shown' }),
    services: Type.Array(ConsentServiceView),
    textsHash: Type.String(),
  }),
  checks: Type.Object({
    recordHash: Type.Boolean({ description: 'The record matches its ledger hash' }),
    textsHash: Type.Boolean({ description: 'The stored texts hash matches the revision texts' }),
  }),
})
export type ConsentProof = Static<typeof ConsentProof>

export const PersonQuery = Type.Object(
  {
    customerId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
  },
  { additionalProperties: false },
)

/** What the banner needs to show a revision. No personal data. */
export const BannerConfigView = Type.Object({
  revision: Type.Integer(),
  expiryMonths: Type.Integer(),
  gpc: Type.Enum(['refuse', 'ignore']),
  policyVersion: Type.Union([Type.String(), Type.Null()]),
  texts: Type.Record(Type.String(), Type.Unknown(), { description: 'Banner texts per language' }),
  services: Type.Array(ConsentServiceView),
})
