/** One run of discovery over a system (or a SQLite file) and its outcome. */
export interface DiscoveryScansTable {
  id: string
  /** What was scanned: a data-map system id, or 'sqlite' for a file given on the command line. */
  source_kind: string
  source_id: string | null
  /** A display name of the source (a system's name, a file's base name): never a credential. */
  source_label: string
  status: string
  sample_rows: number
  tables_total: number
  tables_done: number
  columns_total: number
  cells: number
  /** Cells holding a full card number, across all columns (the dashboard's finding). */
  card_findings: number
  /** An error code when the scan failed; never a message that could quote a value. */
  error: string | null
  actor_type: string
  actor_id: string | null
  started_at: string
  finished_at: string | null
}

/** What discovery concluded about one column: counts and labels only, never a sampled value. */
export interface DiscoveryColumnsTable {
  scan_id: string
  table_name: string
  column_name: string
  data_type: string
  sampled: number
  non_empty: number
  /** JSON: label → number of matching cells. */
  counts: string
  /** The proposed label and taxonomy key, or null when nothing was recognised. */
  label: string | null
  category: string | null
  /** Confidence in percent, 0-100. */
  confidence: number
  basis: string | null
  card_count: number
}

export interface DiscoveryTables {
  discovery_scans: DiscoveryScansTable
  discovery_columns: DiscoveryColumnsTable
}
