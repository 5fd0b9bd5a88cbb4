/** A personal data breach: every one is kept, notified or not (Art. 33(5)). */
export interface BreachesTable {
  id: string
  title: string
  /** When the business became aware: the 72-hour clock starts here. */
  aware_at: string
  started_at: string | null
  ended_at: string | null
  description: string
  /** JSON array of system ids (data map). */
  system_ids: string
  /** JSON array of data category keys (taxonomy). */
  data_categories: string
  people_count: number | null
  records_count: number | null
  consequences: string
  measures_taken: string
  measures_proposed: string
  /** Plain-language advice to the people: what they can do to protect themselves (Art. 34(2), 33(3)(d)). */
  advice: string
  risk: string
  risk_reasoning: string
  status: string
  late_reason: string | null
  public_notice: string | null
  public_notice_at: string | null
  /** The vulnerability report that revealed it, if any. */
  report_id: string | null
  created_by_type: string
  created_by: string | null
  created_at: string
  updated_at: string
}

/** The status history of a breach: each change, assessment and notification. */
export interface BreachEventsTable {
  id: string
  breach_id: string
  at: string
  type: string
  actor_type: string
  actor_id: string | null
  /** JSON: ids, states and field names, never a person's data. */
  details: string
}

/** One row per reminder threshold sent: the primary key makes each threshold fire once. */
export interface BreachRemindersTable {
  breach_id: string
  hours_left: number
  sent_at: string
  recipients: number
}

/** A notification filed with the authority: the initial one and each follow-up. */
export interface BreachNotificationsTable {
  id: string
  breach_id: string
  phase: string
  country: string
  filed_at: string
  reference: string | null
  summary: string
  late: number
  created_by_type: string
  created_by: string | null
  created_at: string
}

/** A person told about a breach (Art. 34): the e-mail sealed under the person's key. */
export interface BreachRecipientsTable {
  id: string
  breach_id: string
  /** Whose data key seals the e-mail and the mail: the person in the register, else this row. */
  key_owner: string
  subject_id: string | null
  source: string
  email: Buffer
  email_hash: string
  language: string
  mail_id: string | null
  created_at: string
  sent_at: string | null
}

/** A report to the vulnerability disclosure desk. */
export interface VulnerabilityReportsTable {
  id: string
  reference: string
  language: string
  what: string
  location: string
  how_found: string
  /** The reporter's optional contact (JSON { name, email }), sealed under the report's key. */
  contact: Buffer | null
  /** Keyed hash of the private follow-up link's token. */
  token_hash: string
  status: string
  triage: string | null
  breach_id: string | null
  received_at: string
  receipt_due_on: string
  answer_due_on: string
  triaged_at: string | null
  answered_at: string | null
  closed_at: string | null
  updated_at: string
}

export interface VulnerabilityMessagesTable {
  id: string
  report_id: string
  at: string
  author: string
  user_id: string | null
  body: string
}

/** A screenshot sent with a report: its type checked from its bytes. */
export interface VulnerabilityAttachmentsTable {
  id: string
  report_id: string
  /** The reporter's reply it came with; null for the one sent with the report. */
  message_id: string | null
  content_type: string
  size: number
  bytes: Buffer
  created_at: string
}

/** The Expires of security.txt, renewed by a job before it lapses (one row, id 1). */
export interface SecurityTxtTable {
  id: number
  expires_at: string
  renewed_at: string
}

export interface IncidentTables {
  breaches: BreachesTable
  breach_events: BreachEventsTable
  breach_reminders: BreachRemindersTable
  breach_notifications: BreachNotificationsTable
  breach_recipients: BreachRecipientsTable
  vulnerability_reports: VulnerabilityReportsTable
  vulnerability_messages: VulnerabilityMessagesTable
  vulnerability_attachments: VulnerabilityAttachmentsTable
  security_txt: SecurityTxtTable
}
