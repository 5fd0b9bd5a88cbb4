import Type, { type Static } from 'typebox'
import { LANGUAGES } from '../i18n/languages.js'

export const CHANNELS = ['email', 'sms', 'post'] as const
export type Channel = (typeof CHANNELS)[number]
export const BASES = ['explicit_opt_in', 'soft_opt_in'] as const
export type Basis = (typeof BASES)[number]
export const STATUSES = ['pending', 'active', 'withdrawn'] as const
export type SubscriptionStatus = (typeof STATUSES)[number]

const Purpose = Type.String({
  minLength: 1,
  maxLength: 60,
  pattern: '^[a-z0-9][a-z0-9_.-]*$',
  description: 'What the messages are about, e.g. `newsletter`, `offers`',
})

export const NewSubscription = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254, description: 'Who: the person’s e-mail' }),
    phone: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'Needed for sms' })),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    channel: Type.Enum(CHANNELS),
    purpose: Purpose,
    basis: Type.Enum(BASES, {
      description:
        'explicit_opt_in: the person ticked the box (a non-customer gets a double opt-in mail); soft_opt_in: an existing customer, similar products, opt-out offered at collection',
    }),
    source: Type.String({ minLength: 1, maxLength: 100, description: 'Where it was given' }),
    evidence: Type.Optional(
      Type.String({ minLength: 1, maxLength: 4000, description: 'What was shown and chosen; kept sealed' }),
    ),
    optOutOffered: Type.Optional(
      Type.Boolean({ description: 'Soft opt-in: the opt-out was offered when the details were collected' }),
    ),
    language: Type.Optional(Type.Enum(LANGUAGES)),
  },
  { additionalProperties: false },
)
export type NewSubscription = Static<typeof NewSubscription>

export const SubscriptionView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  subjectId: Type.String({ format: 'uuid' }),
  channel: Type.Enum(CHANNELS),
  purpose: Type.String(),
  basis: Type.Enum(BASES),
  status: Type.Enum(STATUSES),
  source: Type.String(),
  optOutOffered: Type.Boolean(),
  language: Type.Enum(LANGUAGES),
  createdAt: Type.String({ format: 'date-time' }),
  confirmedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  withdrawnAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
})
export type Subscription = Static<typeof SubscriptionView>

export const SubscriptionList = Type.Object({ subscriptions: Type.Array(SubscriptionView) })

export const CheckQuery = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    channel: Type.Enum(CHANNELS),
    purpose: Purpose,
  },
  { additionalProperties: false },
)
export type CheckQuery = Static<typeof CheckQuery>

export const CheckAnswer = Type.Object({
  maySend: Type.Boolean(),
  basis: Type.Union([Type.Enum(BASES), Type.Null()]),
  reason: Type.Union([
    Type.Literal('permission'),
    Type.Literal('suppressed'),
    Type.Literal('pending_confirmation'),
    Type.Literal('no_permission'),
    Type.Literal('restricted'),
  ]),
})
export type CheckAnswer = Static<typeof CheckAnswer>
