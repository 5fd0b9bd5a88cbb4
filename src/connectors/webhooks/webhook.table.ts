/** A system's webhook: where requests are pushed, signed with a secret sealed under the system key. */
export interface ConnectorWebhooksTable {
  system_id: string
  url: string
  secret: Buffer
  /** The subscribed event types, comma-separated. */
  events: string
  created_at: string
  updated_at: string
}

/**
 * A request's task handed to a system by webhook or e-mail: the task stays open until the answer
 * comes back with the token whose keyed hash is kept here (single use, expiring).
 */
export interface ConnectorLinksTable {
  id: string
  task_id: string
  request_id: string
  system_id: string | null
  /** webhook or email. */
  channel: string
  token_hash: string
  /** waiting, done, failed. */
  status: string
  /** What was asked (kind, identifiers, due date), sealed under the request's data key, for reminders. */
  details: Buffer
  /** The receiver's note, sealed under the request's data key. */
  note: Buffer | null
  rows: number | null
  /** The language the processor is written to (e-mail). */
  language: string
  created_at: string
  expires_at: string
  last_sent_at: string
  reminders: number
  answered_at: string | null
}

/** The webhook outbox: the body is sealed (it names the person) under the request's data key. */
export interface ConnectorDeliveriesTable {
  id: string
  link_id: string | null
  system_id: string
  event_type: string
  key_owner: string | null
  payload: Buffer
  /** queued, delivered, dead (after the last try: the dead-letter list). */
  status: string
  attempts: number
  next_attempt_at: string | null
  last_status: number | null
  last_error: string | null
  created_at: string
  delivered_at: string | null
  dead_at: string | null
}

/** One try of a delivery: what came back, never what was sent. */
export interface ConnectorAttemptsTable {
  id: string
  delivery_id: string
  attempt: number
  at: string
  status_code: number | null
  duration_ms: number
  error_class: string | null
}

export interface WebhookConnectorTables {
  connector_webhooks: ConnectorWebhooksTable
  connector_links: ConnectorLinksTable
  connector_deliveries: ConnectorDeliveriesTable
  connector_attempts: ConnectorAttemptsTable
}
