// A SampleSource over a SQLite file, opened read-only: `vern scan sqlite:///path/shop.db` before a
// connector for the system exists. Names come from sqlite_schema and PRAGMA table_info only.
import type BetterSqlite3 from 'better-sqlite3'
import { checkNames, quoteIdent, type SampleSource, type SourceTable } from './source.js'

const BATCH_ROWS = 500
const MAX_COUNTED = 1_000_000

/** Reads `sqlite:///abs/path`, `sqlite:relative/path` or `file:...` into a file path; null otherwise. */
export function sqlitePath(target: string): string | null {
  const m = /^(?:sqlite|file):(?:\/\/)?(.+)$/.exec(target)
  if (m) return m[1] as string
  return /\.(?:db|sqlite3?)$/i.test(target) ? target : null
}

export class SqliteFileSource implements SampleSource {
  #tables: SourceTable[] | undefined

  private constructor(private readonly db: BetterSqlite3.Database) {}

  /** Opens the file read-only; it must exist (a typo must not create an empty database). */
  static async open(path: string): Promise<SqliteFileSource> {
    const Database = (await import('better-sqlite3')).default
    return new SqliteFileSource(new Database(path, { readonly: true, fileMustExist: true }))
  }

  async tables(): Promise<SourceTable[]> {
    if (this.#tables) return this.#tables
    const names = this.db
      .prepare(
        "select name from sqlite_schema where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name",
      )
      .pluck()
      .all() as string[]
    this.#tables = names.map((name) => {
      const info = this.db.prepare(`pragma table_info(${quoteIdent(name)})`).all() as Array<{
        name: string
        type: string
      }>
      // Only for the progress bar: counting is bounded so a huge table costs no more than a sample.
      const count = this.db
        .prepare(`select count(*) from (select 1 from ${quoteIdent(name)} limit ${MAX_COUNTED})`)
        .pluck()
        .get() as number
      return {
        name,
        columns: info.map((c) => ({ name: c.name, dataType: c.type || 'any' })),
        rowEstimate: count,
      }
    })
    return this.#tables
  }

  async *sample(table: string, columns: string[], limit: number): AsyncIterable<Record<string, unknown>[]> {
    checkNames(await this.tables(), table, columns)
    if (columns.length === 0 || limit <= 0) return
    const sql = `select ${columns.map(quoteIdent).join(', ')} from ${quoteIdent(table)} limit ?`
    let batch: Record<string, unknown>[] = []
    for (const row of this.db.prepare(sql).iterate(Math.floor(limit)) as Iterable<Record<string, unknown>>) {
      batch.push(row)
      if (batch.length === BATCH_ROWS) {
        yield batch
        batch = []
      }
    }
    if (batch.length > 0) yield batch
  }

  async close(): Promise<void> {
    this.db.close()
  }
}
