export interface ConsentConfigTable {
  id: number
  revision: number
  expiry_months: number
  gpc: string
  policy_version: string | null
  /** JSON: BannerTexts per language. */
  texts: string
  updated_at: string
  updated_by: string | null
}

export interface ConsentServicesTable {
  id: string
  key: string
  category: string
  name: string
  system_id: string | null
  processor_id: string | null
  position: number
  created_at: string
}

export interface ConsentRevisionsTable {
  revision: number
  /** JSON: RevisionSnapshot, never changed once written. */
  snapshot: string
  created_at: string
  created_by: string | null
}

export interface ConsentRecordsTable {
  seq: number
  id: string
  at: string
  person_type: string | null
  person_ref: string | null
  method: string
  /** JSON: { category: boolean }. */
  categories: string
  /** JSON: { serviceKey: boolean }. */
  services: string
  revision: number
  texts_hash: string
  language: string
  policy_version: string | null
  ip: string | null
  user_agent: string | null
  origin: string
  path: string | null
  gpc: number
  prev_hash: string
  hash: string
}

export interface ConsentHeadTable {
  id: number
  seq: number
  hash: string
}

export interface ConsentTables {
  consent_config: ConsentConfigTable
  consent_services: ConsentServicesTable
  consent_revisions: ConsentRevisionsTable
  consent_records: ConsentRecordsTable
  consent_head: ConsentHeadTable
}
