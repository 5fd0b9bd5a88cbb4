/**
 * A data-subject request (P10-P15). The person's e-mail and the details they gave are sealed under the
 * request's own data key (owner = the request id), so purging an unconfirmed request, or shredding the
 * key, leaves nothing readable; `email_hash` is the register's keyed e-mail hash, for matching.
 */
export interface RequestsTable {
  id: string
  kind: string
  /** unconfirmed (public intake, waiting for the e-mailed link), received, verified, in_progress, completed, rejected. */
  state: string
  channel: string
  language: string
  email: Buffer
  email_hash: string
  details: Buffer | null
  /** For objections: direct_marketing (honoured at once) or other (a case to decide). */
  objection_scope: string | null
  subject_id: string | null
  assignee_id: string | null
  /** How identity was checked, and a sealed note of what was seen. */
  verification_method: string | null
  created_at: string
  /** When the request counts as received (confirmed, or when it reached the business); null until then. */
  received_at: string | null
  /** The deadline as a calendar date in the organisation's time zone (YYYY-MM-DD). */
  due_on: string | null
  /** The first due date, which bounds when an extension may be given. */
  original_due_on: string | null
  extended_until: string | null
  extension_reason: string | null
  rejection_reason: string | null
  /** Which due date the assignee was last reminded of, so each deadline is reminded once. */
  reminded_for: string | null
  /** For unconfirmed requests: when they lapse and are purged. */
  expires_at: string | null
  closed_at: string | null
  updated_at: string
}

/** The status history: every transition with who, when, and why. Notes are sealed under the request key. */
export interface RequestEventsTable {
  id: string
  request_id: string
  type: string
  from_state: string | null
  to_state: string | null
  reason: string | null
  note: Buffer | null
  due_on: string | null
  actor_type: string
  actor_id: string | null
  at: string
}

/** The e-mailed confirmation link and code, stored only as keyed hashes. */
export interface RequestTokensTable {
  hash: string
  request_id: string
  kind: string
  created_at: string
  expires_at: string
  used_at: string | null
  /** Wrong codes typed for this request; the code stops working after a few. */
  attempts: number
}

/** A manual task for a system outside Vern that holds the person's data (from the data map). */
export interface RequestTasksTable {
  id: string
  request_id: string
  system_id: string | null
  system_name: string
  status: string
  note: Buffer | null
  done_by: string | null
  done_at: string | null
  created_at: string
}

/** The organisation's request settings (one row): how the deadline is counted and when to remind. */
export interface RequestSettingsTable {
  id: number
  deadline: string
  reminder_days: number
  updated_at: string
}

export interface RequestTables {
  requests: RequestsTable
  request_events: RequestEventsTable
  request_tokens: RequestTokensTable
  request_tasks: RequestTasksTable
  request_settings: RequestSettingsTable
}
