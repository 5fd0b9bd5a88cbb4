/**
 * One erasure (GDPR Art. 17) carried out as durable steps: planned, then each step in its own
 * transaction, then finished. A restart resumes at the recorded step, so nobody is left half-erased.
 */
export interface ErasuresTable {
  id: string
  /** The data-subject request this erasure answers; one erasure per request. */
  request_id: string
  subject_id: string
  /** 'running' until the last step commits, then 'finished'. */
  status: string
  /** The next step to run: plan, marketing, interactions, profile, key, finish, done. */
  step: string
  /** Steps and batches committed so far, for progress and the crash test. */
  steps_done: number
  /** What is deleted and kept: field names, kinds, counts and dates only (JSON), never values. */
  plan: string | null
  /** What the person is told: field names, counts, the rule and its dates (JSON), never values. */
  report: string | null
  actor_type: string
  actor_id: string | null
  created_at: string
  updated_at: string
  finished_at: string | null
}

/**
 * Keyed hashes of the identifiers of erased people (e-mail, phone, national id, ids in other
 * systems): an import, an API call or a subscription that brings one of them back is refused.
 */
export interface ErasureListTable {
  kind: string
  hash: string
  erasure_id: string
  created_at: string
}

/** What a retention rule keeps after an erasure, and until when; issue 7's sweep deletes it then. */
export interface ErasureRetainedTable {
  subject_id: string
  /** 'profile' for the kept profile fields, else the id of a kept interaction. */
  item: string
  erasure_id: string
  /** The rule that keeps it, e.g. 'bookkeeping.dk'. */
  rule: string
  /** The last day it is kept (YYYY-MM-DD); it is deleted after that day. */
  keep_until: string
}

/**
 * Why a person's data is restricted (Art. 18): by request, or because only what a law requires is
 * kept after an erasure. The staff member's reason is sealed under the person's data key.
 */
export interface SubjectRestrictionsTable {
  subject_id: string
  /** 'request' (Art. 18), 'erasure' (while an erasure runs) or 'retention' (kept by law). */
  basis: string
  reason: Buffer | null
  request_id: string | null
  /** For 'retention': the last day anything is kept (YYYY-MM-DD). */
  keep_until: string | null
  since: string
}

export interface ErasureTables {
  erasures: ErasuresTable
  erasure_list: ErasureListTable
  erasure_retained: ErasureRetainedTable
  subject_restrictions: SubjectRestrictionsTable
}
