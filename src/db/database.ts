import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { Kysely, PostgresDialect, type Transaction } from 'kysely'
import type pg from 'pg'
import type { DatabaseTarget } from '../config/config.js'
import type { DB } from './schema.js'
import { VernSqliteDialect } from './sqlite-driver.js'

export type DialectName = 'sqlite' | 'postgres'

/** Either the database or a transaction on it: services accept both, the route decides. */
export type Executor = Kysely<DB> | Transaction<DB>

export interface Database {
  readonly db: Kysely<DB>
  readonly dialect: DialectName
  /** Answers when the database does; used by /healthz. */
  ping(): Promise<void>
  close(): Promise<void>
}

/**
 * Opens the database named by DATABASE_URL. Each driver is loaded only when it is used, so a SQLite
 * installation never loads the PostgreSQL driver and the other way round.
 */
export async function openDatabase(
  target: DatabaseTarget,
  options: { poolSize?: number } = {},
): Promise<Database> {
  if (target.kind === 'sqlite') return openSqlite(target.path, (await import('better-sqlite3')).default)
  return openPostgres(target.url, options.poolSize ?? 10, (await import('pg')).default)
}

function openSqlite(path: string, Sqlite: typeof BetterSqlite3): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const sqlite = new Sqlite(path)
  sqlite.pragma('journal_mode = WAL')
  // NORMAL is durable across process crashes in WAL mode; only an OS crash can lose the last commits.
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // 64 MiB of page cache (the default is 2 MiB): look-up indexes of keyed hashes are written at random places.
  sqlite.pragma('cache_size = -65536')
  // Checkpoint the WAL back into the database every 16 MiB instead of 4: a page written by many small
  // transactions (the retention sweep's batches, bursts of consents) is copied back once, not each time.
  sqlite.pragma('wal_autocheckpoint = 4096')
  const db = new Kysely<DB>({ dialect: new VernSqliteDialect(sqlite) })
  const ping = sqlite.prepare('select 1')
  return {
    db,
    dialect: 'sqlite',
    ping: async () => {
      ping.get()
    },
    close: () => db.destroy(),
  }
}

const PG_INT8 = 20
const PG_TIMESTAMP = 1114
const PG_TIMESTAMPTZ = 1184

/** Timestamps come back as the same ISO strings SQLite stores, so services see one type. */
function toIso(value: string): string {
  const normalised = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')
  return new Date(/[Zz]|[+-]\d\d:\d\d$/.test(normalised) ? normalised : `${normalised}Z`).toISOString()
}

function openPostgres(url: string, max: number, pg: typeof import('pg').default): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    options: '-c TimeZone=UTC',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === PG_INT8) return (v: string) => Number(v)
        if (oid === PG_TIMESTAMPTZ || oid === PG_TIMESTAMP) return toIso
        return pg.types.getTypeParser(oid, format ?? 'text')
      }) as typeof pg.types.getTypeParser,
    },
  })
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => {})
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return {
    db,
    dialect: 'postgres',
    ping: async () => {
      await pool.query('select 1')
    },
    close: () => db.destroy(),
  }
}
