/** A stored file, e.g. a data processing agreement; the bytes live in the database with their hash. */
export interface DocumentsTable {
  id: string
  filename: string
  content_type: string
  size: number
  sha256: string
  content: Buffer
  uploaded_by_type: string
  uploaded_by: string | null
  created_at: string
}

export interface ProcessorsTable {
  id: string
  name: string
  role: string
  country: string
  description: string | null
  contact_name: string | null
  contact_email: string | null
  contact_phone: string | null
  website: string | null
  parent_id: string | null
  transfer_safeguard: string | null
  dpa_document_id: string | null
  dpa_signed_on: string | null
  dpa_review_on: string | null
  published: number
  created_at: string
  updated_at: string
}

export interface SystemsTable {
  id: string
  name: string
  description: string | null
  owner: string | null
  kind: string
  hosting_country: string | null
  processor_id: string | null
  /** JSON: [{ measure, note }] */
  security_measures: string
  created_at: string
  updated_at: string
}

export interface ActivitiesTable {
  id: string
  name: string
  purpose: string
  data_use: string
  legal_basis: string
  special_category_condition: string | null
  legitimate_interest: string | null
  /** JSON arrays of taxonomy keys. */
  data_categories: string
  data_subjects: string
  source: string | null
  requirement: string | null
  requirement_consequence: string | null
  automated_decisions: number
  automated_description: string | null
  /** JSON: { period: { value, unit } | null, trigger, description } */
  retention: string
  created_at: string
  updated_at: string
}

export interface ActivitySystemsTable {
  activity_id: string
  system_id: string
  position: number
}

export interface ActivityRecipientsTable {
  activity_id: string
  processor_id: string
  position: number
}

export interface ActivityTransfersTable {
  activity_id: string
  position: number
  country: string
  safeguard: string
  processor_id: string
}

/** The tables of the data map (systems, processors, documents, processing activities). */
export interface DataMapTables {
  documents: DocumentsTable
  processors: ProcessorsTable
  systems: SystemsTable
  activities: ActivitiesTable
  activity_systems: ActivitySystemsTable
  activity_recipients: ActivityRecipientsTable
  activity_transfers: ActivityTransfersTable
}
