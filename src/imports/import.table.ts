export type ImportStatus =
  | 'uploaded'
  | 'queued'
  | 'running'
  | 'checked'
  | 'completed'
  | 'failed'
  | 'discarded'
export type ImportMode = 'check' | 'import'

/** An import of people from CSV: the sealed file until it has run, the settings, progress and report. */
export interface ImportsTable {
  id: string
  /** The uploaded file's name, cut to 200 characters. */
  file_name: string
  status: ImportStatus
  mode: ImportMode | null
  /** The file as UTF-8 text, sealed under the system key; null once run or discarded. */
  content: Buffer | null
  /** JSON array of the header row's column names. */
  headers: string
  delimiter: string
  /** The file's encoding as detected: 'utf-8' or 'windows-1252'. */
  encoding: string
  total_rows: number
  /** JSON of ImportSettings: the mapping and options chosen for the last check or import. */
  settings: string | null
  /** How many data rows a running import has finished (committed): where a restart resumes. */
  next_row: number
  processed_rows: number
  created: number
  updated: number
  unchanged: number
  rejected: number
  /** Rows not written because another row of their batch was rejected. */
  skipped: number
  /** Rows of people whose data was erased (on the erasure list): never brought back. */
  erased: number
  /** Rows of people whose data is restricted (Art. 18): left unchanged. */
  restricted: number
  /** JSON of ImportReport: rejected rows by number, column and rule; never values. */
  report: string | null
  failure: string | null
  /** JSON of who started it (actor and role): a resumed import writes as them. */
  created_by: string
  created_at: string
  started_at: string | null
  finished_at: string | null
  /** The instance working on it, and when it last said so; a stale heartbeat means it died. */
  runner: string | null
  heartbeat_at: string | null
}

export interface ImportTables {
  imports: ImportsTable
}
