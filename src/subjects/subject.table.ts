/** A person or a company. Every personal value is inside `profile`, sealed under the subject's data key. */
export interface SubjectsTable {
  id: string
  kind: string
  company_id: string | null
  relationship: string
  first_contact_at: string | null
  last_contact_at: string | null
  relationship_ended_at: string | null
  /** Where the record came from: 'api', 'admin', 'import:<file>'. */
  source: string
  restricted: number
  profile: Buffer
  created_at: string
  updated_at: string
}

/** Keyed hashes of normalised identifiers, so a look-up needs no decryption and reveals no value. */
export interface SubjectLookupsTable {
  kind: string
  hash: string
  subject_id: string
}

export interface SubjectInteractionsTable {
  id: string
  subject_id: string
  kind: string
  occurred_at: string
  /** Reference, summary and amount, sealed under the subject's data key. */
  details: Buffer
  created_at: string
}

/** The tables of the register of people and companies. */
export interface RegisterTables {
  subjects: SubjectsTable
  subject_lookups: SubjectLookupsTable
  subject_interactions: SubjectInteractionsTable
}
