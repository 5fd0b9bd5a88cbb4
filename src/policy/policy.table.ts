/** A published version of the privacy policy: written once, never changed. */
export interface PolicyVersionsTable {
  id: string
  number: number
  /** YYYY-MM-DD: the day from which this version is the policy in force. */
  effective_from: string
  published_at: string
  published_by_type: string
  published_by: string | null
  /** 1: a material change (the banner asks for consent again). */
  material: number
  note: string | null
  /** JSON: the facts the policy was written from (PolicyFacts). */
  facts: string
  /** JSON: the rendered policy in each of the five languages (Record<Language, PolicyDocument>). */
  documents: string
  /** JSON: the gaps the completeness check found when it was published (overridden when not empty). */
  gaps: string
  override_reason: string | null
  /** The banner revision the publication brought, when it was material. */
  banner_revision: number | null
  /** How many subscribers were sent a notice. */
  notified: number
}

/** A review of the policy (a publication is one); the yearly reminder is counted from the latest. */
export interface PolicyReviewsTable {
  id: string
  reviewed_at: string
  reviewed_by_type: string
  reviewed_by: string | null
  version_number: number | null
  note: string | null
  /** When the reminder for this review's cycle was mailed; one per cycle. */
  reminded_at: string | null
}

export interface PolicyTables {
  policy_versions: PolicyVersionsTable
  policy_reviews: PolicyReviewsTable
}
