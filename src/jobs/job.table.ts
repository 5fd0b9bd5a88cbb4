export interface JobRunsTable {
  id: string
  job: string
  tick: string
  instance: string
  started_at: string
  lease_until: string
  finished_at: string | null
  outcome: string
  summary: string | null
}
