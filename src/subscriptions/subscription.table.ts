/** A marketing permission of one person for one channel and purpose. */
export interface SubscriptionsTable {
  id: string
  subject_id: string
  channel: string
  purpose: string
  basis: string
  status: string
  /** Where it was given: 'webshop-checkout', 'newsletter-form', … */
  source: string
  /** Soft opt-in: the opt-out was offered when the contact details were collected. */
  opt_out_offered: number
  /** What the shop sent as proof (form text, page), sealed under the person's data key. */
  evidence: Buffer | null
  language: string
  created_at: string
  updated_at: string
  confirmed_at: string | null
  withdrawn_at: string | null
}

/** Status history of a permission: who changed it, when, on what basis. */
export interface SubscriptionEventsTable {
  id: string
  subscription_id: string
  status: string
  basis: string
  source: string
  actor_type: string
  actor_id: string | null
  at: string
}

/** Double opt-in and unsubscribe tokens, kept only as keyed hashes. */
export interface SubscriptionTokensTable {
  hash: string
  kind: string
  subject_id: string
  subscription_id: string | null
  language: string
  created_at: string
  expires_at: string | null
  used_at: string | null
}

/** Keyed hashes of addresses that unsubscribed: nothing re-subscribes them without a new explicit opt-in. */
export interface SuppressionsTable {
  channel: string
  hash: string
  reason: string
  created_at: string
}

export interface WebhookEndpointsTable {
  id: string
  url: string
  /** The signing secret, sealed under the system key. */
  secret: Buffer
  active: number
  created_at: string
}

export interface WebhookDeliveriesTable {
  id: string
  endpoint_id: string
  event_type: string
  /** The JSON body: ids and statuses, never personal values. */
  payload: string
  status: string
  attempts: number
  next_attempt_at: string | null
  last_error: string | null
  created_at: string
  delivered_at: string | null
}

export interface SubscriptionTables {
  subscriptions: SubscriptionsTable
  subscription_events: SubscriptionEventsTable
  subscription_tokens: SubscriptionTokensTable
  suppressions: SuppressionsTable
  webhook_endpoints: WebhookEndpointsTable
  webhook_deliveries: WebhookDeliveriesTable
}
