export interface SessionsTable {
  /** SHA-256 of the cookie value: a stolen database does not yield live sessions. */
  id: string
  user_id: string
  state: string
  created_at: string
  expires_at: string
  last_seen_at: string
}
