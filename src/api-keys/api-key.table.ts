export interface ApiKeysTable {
  id: string
  name: string
  role: string
  secret_hash: string
  created_by: string | null
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}
