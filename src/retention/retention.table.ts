/** A retention rule: which data, when its clock starts, how long, and what happens then. */
export interface RetentionRulesTable {
  id: string
  name: string
  /** JSON array of data category keys (taxonomy). */
  data_categories: string
  /** JSON array of processing activity ids. */
  activity_ids: string
  clock_start: string
  period_value: number
  period_unit: string
  /** 1: the period runs to the end of the calendar year it ends in (SE, FI vouchers). */
  calendar_year_end: number
  action: string
  legal_ground: string
  /** The preset the rule was made from, if any (it may have been edited since). */
  preset: string | null
  created_at: string
  updated_at: string
}

/** A legal hold on a person, a system or a data category: nothing under it is deleted while it lasts. */
export interface LegalHoldsTable {
  id: string
  scope: string
  /** The subject id, system id or data category key. */
  target: string
  reason: string
  ends_at: string | null
  created_by_type: string
  created_by: string | null
  created_at: string
  released_at: string | null
  released_by_type: string | null
  released_by: string | null
}

export interface RetentionTables {
  retention_rules: RetentionRulesTable
  legal_holds: LegalHoldsTable
}
