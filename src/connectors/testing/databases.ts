// Throw-away shop databases on the local servers (tests and the benchmark): a new database per call
// on MariaDB (root, no password) or PostgreSQL (postgres, trust), or a temporary SQLite file.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSession, type SqlKind, type SqlTarget } from '../sql.session.js'

export const LOCAL_MYSQL: SqlTarget = {
  kind: 'mysql',
  host: process.env.TEST_MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_MYSQL_PORT ?? 3306),
  user: process.env.TEST_MYSQL_USER ?? 'root',
  password: process.env.TEST_MYSQL_PASSWORD ?? '',
}

export const LOCAL_POSTGRES: SqlTarget = {
  kind: 'postgres',
  host: '127.0.0.1',
  port: 5432,
  user: 'postgres',
  password: '',
}

export interface ScratchDatabase {
  target: SqlTarget
  drop(): Promise<void>
}

/** A new, empty database of the kind; `drop` removes it. */
export async function scratchDatabase(kind: SqlKind): Promise<ScratchDatabase> {
  const name = `vern_shop_${randomBytes(5).toString('hex')}`
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'vern-shop-'))
    const file = join(dir, 'shop.db')
    const Database = (await import('better-sqlite3')).default
    new Database(file).close()
    return { target: { kind, file }, drop: async () => rmSync(dir, { recursive: true, force: true }) }
  }
  const admin = kind === 'mysql' ? LOCAL_MYSQL : { ...LOCAL_POSTGRES, database: 'postgres' }
  const session = await openSession(admin, true)
  try {
    await session.run(`create database ${session.quote(name)}`)
  } finally {
    await session.close()
  }
  return {
    target: { ...admin, database: name },
    drop: async () => {
      const s = await openSession(admin, true)
      try {
        await s.run(
          kind === 'mysql'
            ? `drop database if exists ${s.quote(name)}`
            : `drop database if exists ${s.quote(name)} with (force)`,
        )
      } finally {
        await s.close()
      }
    },
  }
}

/** Whether a server of the kind answers locally (SQLite always does). */
export async function serverAnswers(kind: SqlKind): Promise<boolean> {
  if (kind === 'sqlite') return true
  try {
    const s = await openSession(
      kind === 'mysql' ? LOCAL_MYSQL : { ...LOCAL_POSTGRES, database: 'postgres' },
      false,
    )
    await s.close()
    return true
  } catch {
    return false
  }
}
