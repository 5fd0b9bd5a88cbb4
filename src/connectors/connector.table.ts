/** A direct SQL connection of a data-map system; credentials sealed (see connection.service.ts). */
export interface ConnectorSqlTable {
  system_id: string
  kind: string
  host: string | null
  port: number | null
  database_name: string | null
  file_path: string | null
  /** 0 or 1. */
  ssl: number
  read_credentials: Buffer | null
  write_credentials: Buffer | null
  created_at: string
  updated_at: string
}

/** A system's dataset annotation, the `{ dataset: … }` document as JSON. */
export interface ConnectorDatasetsTable {
  system_id: string
  fides_key: string
  document: string
  updated_at: string
}

export interface SqlConnectorTables {
  connector_sql: ConnectorSqlTable
  connector_datasets: ConnectorDatasetsTable
}
