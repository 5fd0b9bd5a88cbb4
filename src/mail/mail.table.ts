export interface MailOutboxTable {
  id: string
  created_at: string
  template: string
  language: string
  /** Whose data key seals the message; null for staff mail, sealed with the system key. */
  key_owner: string | null
  sealed: Buffer
  status: string
  attempts: number
  next_attempt_at: string | null
  lease_until: string | null
  last_error: string | null
  sent_at: string | null
}
