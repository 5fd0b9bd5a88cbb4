/** The single row describing the business that runs Vern (id is always 1). */
export interface OrganisationTable {
  id: number
  legal_name: string | null
  country: string | null
  registration_number: string | null
  street: string | null
  postal_code: string | null
  city: string | null
  contact_email: string | null
  contact_phone: string | null
  dpo_name: string | null
  dpo_email: string | null
  dpo_phone: string | null
  banner_origins: string
  default_language: string
  financial_year_end: string
  require_two_factor: number
  /** The owner's own postal address and website for the supervisory authority; null: the built-in one. */
  authority_address: string | null
  authority_web: string | null
  setup_completed_at: string | null
  created_at: string
  updated_at: string
}

export interface InstanceTable {
  id: number
  key_check: string
  created_at: string
}
