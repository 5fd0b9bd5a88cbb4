export interface UsersTable {
  id: string
  email: string
  name: string
  role: string
  password_hash: string | null
  locale: string | null
  totp_secret: Buffer | null
  totp_enabled_at: string | null
  totp_last_step: number | null
  recovery_codes: string
  disabled_at: string | null
  last_login_at: string | null
  password_changed_at: string | null
  created_at: string
  updated_at: string
}

export interface UserTokensTable {
  id: string
  user_id: string
  purpose: string
  created_at: string
  expires_at: string
  used_at: string | null
}
