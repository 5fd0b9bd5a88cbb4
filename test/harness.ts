import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import pino from 'pino'
import { describe, inject } from 'vitest'
import { ManualClock } from '../src/clock.js'
import { type Config, loadConfig } from '../src/config/config.js'
import { type ContextOptions, closeContext, createContext } from '../src/context.js'
import { buildApp } from '../src/http/app.js'
import type { AppContext } from '../src/http/context.js'
import { adminQuery, databaseUrl } from './postgres.js'

export const DIALECTS = ['sqlite', 'postgres'] as const
export type Dialect = (typeof DIALECTS)[number]

/** Cheap argon2 for tests: the cost is a setting, the code path is the same. */
export const TEST_PASSWORD_COST = { memoryCost: 1024, timeCost: 1, parallelism: 1 }

/**
 * Runs a suite once per database. The PostgreSQL run is skipped when global setup found no server
 * (it has already said so, once); in CI global setup fails instead.
 */
export function forEachDatabase(name: string, suite: (dialect: Dialect) => void): void {
  for (const dialect of DIALECTS) {
    describe.skipIf(dialect === 'postgres' && !inject('postgres'))(`${name} [${dialect}]`, () =>
      suite(dialect),
    )
  }
}

export interface TestDatabase {
  url: string
  dir: string
  drop(): Promise<void>
}

/** A fresh, empty database: a temporary SQLite file, or a new PostgreSQL database dropped afterwards. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'vern-test-'))
  if (dialect === 'sqlite') {
    return {
      url: `sqlite:${join(dir, 'vern.db')}`,
      dir,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    }
  }
  const name = `vern_test_${randomBytes(6).toString('hex')}`
  await adminQuery(`create database ${name}`)
  return {
    url: databaseUrl(name),
    dir,
    drop: async () => {
      await adminQuery(`drop database if exists ${name} with (force)`)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export function testConfig(db: TestDatabase, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATABASE_URL: db.url,
    VERN_DATA_DIR: db.dir,
    VERN_MASTER_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://vern.test',
    ...env,
  })
}

export interface TestApp {
  ctx: AppContext
  app: FastifyInstance
  clock: ManualClock
  db: TestDatabase
  close(): Promise<void>
}

/** The whole application on a fresh database, with a manual clock and a silent log, not listening. */
export async function createTestApp(
  dialect: Dialect,
  options: ContextOptions & { env?: Record<string, string> } = {},
): Promise<TestApp> {
  const db = await createTestDatabase(dialect)
  const clock =
    options.clock instanceof ManualClock ? options.clock : new ManualClock('2026-11-20T10:00:00.000Z')
  const ctx = await createContext(testConfig(db, options.env), {
    passwordCost: TEST_PASSWORD_COST,
    limits: { authPerMinute: 10_000, pagesPerMinute: 10_000 },
    log: pino({ level: 'silent' }),
    ...options,
    clock,
  })
  const app = await buildApp(ctx)
  await app.ready()
  return {
    ctx,
    app,
    clock,
    db,
    close: async () => {
      await app.close()
      await closeContext(ctx)
      await db.drop()
    },
  }
}
