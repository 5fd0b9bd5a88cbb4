// Where discovery reads from: a SampleSource lists tables and hands out bounded samples in batches.
// Connectors (src/connectors/sample-source.ts) implement it for their SQL connections; this file holds
// the contract, an in-memory source for tests and a read-only SQLite file source for `vern scan`.

/** A column as the source describes it; `dataType` is the database's own type name, lower-cased or not. */
export interface SourceColumn {
  name: string
  dataType: string
}

/** A table of the source; `rowEstimate` is a hint for the progress bar, not a promise. */
export interface SourceTable {
  name: string
  columns: SourceColumn[]
  rowEstimate?: number
}

/**
 * A database (or anything table-shaped) that discovery can sample. `sample` yields batches of at most
 * `limit` rows in total, each row keyed by column name, and must only read the named columns; sources
 * check table and column names against their own `tables()` before building any query.
 */
export interface SampleSource {
  tables(): Promise<SourceTable[]>
  sample(table: string, columns: string[], limit: number): AsyncIterable<Record<string, unknown>[]>
  close(): Promise<void>
}

/** Refused when a table or column is not one the source listed; the names are not personal data. */
export class UnknownTableError extends Error {
  constructor(readonly table: string) {
    super(`Unknown table: ${table}`)
    this.name = 'UnknownTableError'
  }
}

const BATCH_ROWS = 500

/** Checks the requested table and columns against the listed ones; returns the table. */
export function checkNames(
  tables: readonly SourceTable[],
  table: string,
  columns: readonly string[],
): SourceTable {
  const found = tables.find((t) => t.name === table)
  if (!found) throw new UnknownTableError(table)
  const known = new Set(found.columns.map((c) => c.name))
  for (const c of columns) if (!known.has(c)) throw new UnknownTableError(`${table}.${c}`)
  return found
}

/** An in-memory table: its columns' types default to 'text'. */
export interface MemoryTable {
  name: string
  rows: Record<string, unknown>[]
  columns?: SourceColumn[]
}

/** A SampleSource over tables held in memory (tests, fixtures, the benchmark). */
export class MemorySource implements SampleSource {
  readonly #tables: MemoryTable[]
  closed = false

  constructor(tables: MemoryTable[]) {
    this.#tables = tables
  }

  async tables(): Promise<SourceTable[]> {
    return this.#tables.map((t) => ({
      name: t.name,
      columns: t.columns ?? Object.keys(t.rows[0] ?? {}).map((name) => ({ name, dataType: 'text' })),
      rowEstimate: t.rows.length,
    }))
  }

  async *sample(table: string, columns: string[], limit: number): AsyncIterable<Record<string, unknown>[]> {
    checkNames(await this.tables(), table, columns)
    const rows = (this.#tables.find((t) => t.name === table) as MemoryTable).rows
    const end = Math.min(limit, rows.length)
    for (let i = 0; i < end; i += BATCH_ROWS) {
      yield rows.slice(i, Math.min(end, i + BATCH_ROWS)).map((row) => pick(row, columns))
    }
  }

  async close(): Promise<void> {
    this.closed = true
  }
}

function pick(row: Record<string, unknown>, columns: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const c of columns) out[c] = row[c]
  return out
}

/** Double-quotes an SQL identifier (only ever called with names the database itself listed). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
