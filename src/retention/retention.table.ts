/** A retention rule: which data, when its clock starts, how long, and what happens then. */
export interface RetentionRulesTable {
  id: string
  name: string
  /** JSON array of data category keys (taxonomy). */
  data_categories: string
  /** JSON array of processing activity ids. */
  activity_ids: string
  /** JSON array of kinds of data subject (taxonomy), e.g. ["prospect"]; empty: every kind. */
  data_subjects: string
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

/** One sweep (or its interrupted remainder): the date it applies, the next step, and its report so far. */
export interface RetentionRunsTable {
  id: string
  /** 'schedule', 'api', 'admin' or 'cli'. */
  trigger: string
  status: string
  /** The day the clocks are read against (YYYY-MM-DD); a resumed run keeps it. */
  today: string
  /** The index of the next step in the report's steps. */
  step: number
  /** JSON SweepReport: per rule and kind of record the counts, the holds that stopped what. Never values. */
  report: string
  started_at: string
  updated_at: string
  finished_at: string | null
}

/** What anonymisation keeps of deleted records: counts per rule, kind and month, nothing linkable. */
export interface RetentionAggregatesTable {
  rule_id: string
  record_type: string
  kind: string
  /** YYYY-MM of the record's date. */
  month: string
  count: number
}

/** A deletion staff must do by hand in a system outside Vern, reopened as the rule's cut-off moves on. */
export interface RetentionTasksTable {
  id: string
  rule_id: string
  system_id: string
  /** Records whose clock started on or before this day are due (YYYY-MM-DD). */
  cutoff: string
  status: string
  opened_at: string
  done_at: string | null
  done_by: string | null
  /** The cut-off that was done. */
  done_cutoff: string | null
}

export interface RetentionTables {
  retention_rules: RetentionRulesTable
  legal_holds: LegalHoldsTable
  retention_runs: RetentionRunsTable
  retention_aggregates: RetentionAggregatesTable
  retention_tasks: RetentionTasksTable
}
