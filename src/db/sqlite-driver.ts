import type BetterSqlite3 from 'better-sqlite3'
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  SqliteAdapter,
  type SqliteDialectConfig,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely'

const STATEMENT_CACHE_SIZE = 256

/**
 * Kysely's SQLite dialect, with two changes Vern needs: transactions start with BEGIN IMMEDIATE, so a
 * transaction that reads and then writes never fails to upgrade its lock while a CLI command writes
 * from another process, and prepared statements are cached, which halves the cost of small queries.
 */
export class VernSqliteDialect implements Dialect {
  constructor(private readonly database: BetterSqlite3.Database) {}
  createAdapter() {
    return new SqliteAdapter()
  }
  createDriver(): Driver {
    return new VernSqliteDriver(this.database)
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db)
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler()
  }
}

export type { SqliteDialectConfig }

class VernSqliteDriver implements Driver {
  readonly #connection: SqliteConnection
  #queue: Promise<void> = Promise.resolve()
  #release: (() => void) | null = null

  constructor(private readonly database: BetterSqlite3.Database) {
    this.#connection = new SqliteConnection(database)
  }
  async init(): Promise<void> {}

  /** SQLite has one connection: callers queue for it. */
  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue
    let release!: () => void
    this.#queue = new Promise<void>((resolve) => {
      release = resolve
    })
    await previous
    this.#release = release
    return this.#connection
  }
  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'))
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'))
  }
  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint "${name}"`))
  }
  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to "${name}"`))
  }
  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release "${name}"`))
  }
  async releaseConnection(): Promise<void> {
    const release = this.#release
    this.#release = null
    release?.()
  }
  async destroy(): Promise<void> {
    if (this.database.open) this.database.close()
  }
}

class SqliteConnection implements DatabaseConnection {
  readonly #statements = new Map<string, BetterSqlite3.Statement>()
  constructor(private readonly database: BetterSqlite3.Database) {}

  #prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.#statements.get(sql)
    if (statement) {
      // Re-insert to keep the map in least-recently-used order.
      this.#statements.delete(sql)
    } else {
      statement = this.database.prepare(sql)
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.#statements.keys().next().value
        if (oldest !== undefined) this.#statements.delete(oldest)
      }
    }
    this.#statements.set(sql, statement)
    return statement
  }

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.#prepare(compiledQuery.sql)
    const parameters = compiledQuery.parameters as unknown[]
    if (statement.reader) {
      return Promise.resolve({ rows: statement.all(parameters) as R[] })
    }
    const { changes, lastInsertRowid } = statement.run(parameters)
    return Promise.resolve({
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    })
  }

  async *streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize = 100,
  ): AsyncIterableIterator<QueryResult<R>> {
    // A fresh statement: an iterating statement cannot be shared with other queries.
    const statement = this.database.prepare(compiledQuery.sql)
    let rows: R[] = []
    for (const row of statement.iterate(compiledQuery.parameters as unknown[])) {
      rows.push(row as R)
      if (rows.length >= chunkSize) {
        yield { rows }
        rows = []
      }
    }
    if (rows.length > 0) yield { rows }
  }
}
