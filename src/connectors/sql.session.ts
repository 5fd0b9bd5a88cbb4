// One open connection to a shop's own database, the same shape for PostgreSQL, MySQL/MariaDB and
// SQLite: parameterised statements only, identifiers quoted by the dialect, timeouts everywhere.
import type BetterSqlite3 from 'better-sqlite3'

export const SQL_KINDS = ['postgres', 'mysql', 'sqlite'] as const
export type SqlKind = (typeof SQL_KINDS)[number]

/** How long opening a connection may take. */
export const CONNECT_TIMEOUT_MS = 5_000
/** How long one statement may run before the database (or the driver) abandons it. */
export const STATEMENT_TIMEOUT_MS = 30_000

/** Where and as whom to connect; the password never leaves this process except to the database. */
export interface SqlTarget {
  kind: SqlKind
  host?: string | undefined
  port?: number | undefined
  database?: string | undefined
  /** SQLite: the database file. */
  file?: string | undefined
  user?: string | undefined
  password?: string | undefined
  ssl?: boolean | undefined
}

export type SqlValue = string | number | bigint | boolean | null | Buffer | Date
export type SqlRow = Record<string, unknown>

export interface SqlSession {
  readonly kind: SqlKind
  /** Quotes a name for this dialect. Only ever called with names the database itself listed. */
  quote(name: string): string
  /** The placeholder of the n-th parameter (1-based). */
  param(n: number): string
  query(text: string, params?: readonly SqlValue[]): Promise<SqlRow[]>
  /** Runs a statement and answers how many rows it changed. */
  run(text: string, params?: readonly SqlValue[]): Promise<number>
  /** Runs `work` in one transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** Thrown for any failure to reach or use the shop's database; the message never carries a value. */
export class SqlConnectionError extends Error {
  constructor(
    readonly reason: 'unreachable' | 'refused' | 'timeout' | 'not_found' | 'failed',
    message: string,
  ) {
    super(message)
    this.name = 'SqlConnectionError'
  }
}

export function quoteName(kind: SqlKind, name: string): string {
  if (name.includes('\u0000')) throw new SqlConnectionError('failed', 'A name holds a NUL character')
  if (kind === 'mysql') return `\`${name.replaceAll('`', '``')}\``
  return `"${name.replaceAll('"', '""')}"`
}

/** Opens a session; `write` false opens SQLite read-only and marks PostgreSQL sessions read-only. */
export async function openSession(target: SqlTarget, write: boolean): Promise<SqlSession> {
  try {
    if (target.kind === 'postgres') return await openPostgres(target, write)
    if (target.kind === 'mysql') return await openMysql(target, write)
    return await openSqlite(target, write)
  } catch (error) {
    throw toConnectionError(error)
  }
}

/** A message safe to show and log: the kind of failure, never the driver's text (it may echo values). */
export function toConnectionError(error: unknown): SqlConnectionError {
  if (error instanceof SqlConnectionError) return error
  const e = error as { code?: string; errno?: number; message?: string }
  const code = String(e.code ?? '')
  if (['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'].includes(code))
    return new SqlConnectionError('unreachable', 'The database server could not be reached')
  if (code === 'ETIMEDOUT' || /timeout|timed out/i.test(e.message ?? '') || code === '57014')
    return new SqlConnectionError('timeout', 'The database did not answer in time')
  if (['28P01', '28000', 'ER_ACCESS_DENIED_ERROR', 'ER_DBACCESS_DENIED_ERROR'].includes(code))
    return new SqlConnectionError('refused', 'The database refused the user name or password')
  if (
    ['3D000', 'ER_BAD_DB_ERROR', 'SQLITE_CANTOPEN'].includes(code) ||
    /does not exist/i.test(e.message ?? '')
  )
    return new SqlConnectionError('not_found', 'The database (or file) does not exist')
  if (code === 'SQLITE_READONLY' || code === '25006' || code === 'ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION')
    return new SqlConnectionError('refused', 'The connection is read-only')
  return new SqlConnectionError('failed', `The database refused the statement${code ? ` (${code})` : ''}`)
}

function wrap(kind: SqlKind, session: Omit<SqlSession, 'kind' | 'quote'>): SqlSession {
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work()
    } catch (error) {
      throw toConnectionError(error)
    }
  }
  const wrapped: SqlSession = {
    kind,
    quote: (name) => quoteName(kind, name),
    param: session.param,
    query: (text, params) => guard(() => session.query(text, params)),
    run: (text, params) => guard(() => session.run(text, params)),
    transaction: (work) => session.transaction(work),
    close: () => session.close().catch(() => {}),
  }
  return wrapped
}

async function openPostgres(target: SqlTarget, write: boolean): Promise<SqlSession> {
  const pg = (await import('pg')).default
  const client = new pg.Client({
    host: target.host ?? '127.0.0.1',
    port: target.port ?? 5432,
    database: target.database,
    user: target.user,
    password: target.password ?? '',
    ssl: target.ssl ? { rejectUnauthorized: true } : undefined,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: STATEMENT_TIMEOUT_MS + 1_000,
    application_name: 'vern',
  })
  // A dropped connection emits 'error' on the client; without a listener it would end the process.
  client.on('error', () => {})
  await client.connect()
  if (!write) await client.query('set session characteristics as transaction read only')
  let session: SqlSession
  const inner = {
    param: (n: number) => `$${n}`,
    query: async (text: string, params: readonly SqlValue[] = []) =>
      (await client.query(text, params as unknown[])).rows as SqlRow[],
    run: async (text: string, params: readonly SqlValue[] = []) =>
      (await client.query(text, params as unknown[])).rowCount ?? 0,
    transaction: async <T>(work: (s: SqlSession) => Promise<T>): Promise<T> => {
      await session.run('begin')
      try {
        const result = await work(session)
        await session.run('commit')
        return result
      } catch (error) {
        await client.query('rollback').catch(() => {})
        throw error
      }
    },
    close: () => client.end(),
  }
  session = wrap('postgres', inner)
  return session
}

async function openMysql(target: SqlTarget, write: boolean): Promise<SqlSession> {
  // Bundled, the CommonJS driver's functions may sit under `default`.
  const loaded = (await import('mysql2/promise')) as typeof import('mysql2/promise') & {
    default?: typeof import('mysql2/promise')
  }
  const mysql = typeof loaded.createConnection === 'function' ? loaded : (loaded.default ?? loaded)
  const connection = await mysql.createConnection({
    host: target.host ?? '127.0.0.1',
    port: target.port ?? 3306,
    database: target.database,
    user: target.user,
    password: target.password ?? '',
    ssl: target.ssl ? {} : undefined,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // Dates and big numbers as the database wrote them, not reinterpreted in this time zone.
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    multipleStatements: false,
    charset: 'utf8mb4',
  })
  connection.on('error', () => {})
  await connection.query(`set session max_statement_time = ${STATEMENT_TIMEOUT_MS / 1000}`).catch(() =>
    // MySQL proper names it differently (and counts in milliseconds, for SELECT only).
    connection.query(`set session max_execution_time = ${STATEMENT_TIMEOUT_MS}`).catch(() => {}),
  )
  // Reading never writes, whatever the credentials would allow.
  if (!write) await connection.query('set session transaction read only')
  let session: SqlSession
  const inner = {
    param: () => '?',
    query: async (text: string, params: readonly SqlValue[] = []) => {
      const [rows] = await connection.query({ sql: text, values: [...params], timeout: STATEMENT_TIMEOUT_MS })
      return rows as SqlRow[]
    },
    run: async (text: string, params: readonly SqlValue[] = []) => {
      const [result] = await connection.query({
        sql: text,
        values: [...params],
        timeout: STATEMENT_TIMEOUT_MS,
      })
      return (result as { affectedRows?: number }).affectedRows ?? 0
    },
    transaction: async <T>(work: (s: SqlSession) => Promise<T>): Promise<T> => {
      await connection.beginTransaction()
      try {
        const result = await work(session)
        await connection.commit()
        return result
      } catch (error) {
        await connection.rollback().catch(() => {})
        throw error
      }
    },
    close: () => connection.end(),
  }
  session = wrap('mysql', inner)
  return session
}

async function openSqlite(target: SqlTarget, write: boolean): Promise<SqlSession> {
  if (!target.file) throw new SqlConnectionError('not_found', 'No database file is set')
  const Database = (await import('better-sqlite3')).default
  let db: BetterSqlite3.Database
  try {
    // The file must exist: a typo must never create an empty database.
    db = new Database(target.file, { readonly: !write, fileMustExist: true, timeout: CONNECT_TIMEOUT_MS })
  } catch {
    throw new SqlConnectionError('not_found', 'The database (or file) does not exist')
  }
  db.pragma('foreign_keys = on')
  let session: SqlSession
  const inner = {
    param: () => '?',
    query: async (text: string, params: readonly SqlValue[] = []) =>
      db.prepare(text).all(...params.map(sqliteValue)) as SqlRow[],
    run: async (text: string, params: readonly SqlValue[] = []) =>
      db.prepare(text).run(...params.map(sqliteValue)).changes,
    transaction: async <T>(work: (s: SqlSession) => Promise<T>): Promise<T> => {
      db.exec('begin immediate')
      try {
        const result = await work(session)
        db.exec('commit')
        return result
      } catch (error) {
        if (db.inTransaction) db.exec('rollback')
        throw error
      }
    },
    close: async () => {
      db.close()
    },
  }
  session = wrap('sqlite', inner)
  return session
}

function sqliteValue(value: SqlValue): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Date) return value.toISOString()
  return value
}
