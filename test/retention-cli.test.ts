import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadConfig } from '../src/config/config.js'
import { closeContext, createContext } from '../src/context.js'
import { retentionServices } from '../src/retention/index.js'
import { seedRegister } from '../src/retention/sweep.testing.js'
import { createTestDatabase, forEachDatabase, type TestDatabase } from './harness.js'
import { newMasterKey, runVern, vernEnv } from './process.js'

forEachDatabase('vern retention run', (dialect) => {
  let db: TestDatabase
  let env: NodeJS.ProcessEnv
  const invoices = async () => {
    const ctx = await createContext(loadConfig(env as Record<string, string>), {
      log: pino({ level: 'silent' }),
    })
    try {
      const row = await ctx.db
        .selectFrom('subject_interactions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      return Number(row.n)
    } finally {
      await closeContext(ctx)
    }
  }
  beforeAll(async () => {
    db = await createTestDatabase(dialect)
    env = vernEnv(db, newMasterKey())
    const ctx = await createContext(loadConfig(env as Record<string, string>), {
      log: pino({ level: 'silent' }),
    })
    try {
      await seedRegister(ctx.db, {
        subjects: 10,
        interactions: 30,
        dueEvery: 3,
        dueAt: '2015-06-15T10:00:00.000Z',
        keptAt: '2025-06-15T10:00:00.000Z',
      })
      await ctx.db
        .transaction()
        .execute((trx) =>
          retentionServices(ctx).rules.applyPreset(trx, 'bookkeeping_dk', 'en', { type: 'system' }),
        )
    } finally {
      await closeContext(ctx)
    }
  })
  afterAll(() => db.drop())

  it('prints what a sweep would do with --dry-run, changing nothing, then does it', async () => {
    const dry = await runVern(['retention', 'run', '--dry-run'], env)
    expect(dry.stderr).toBe('')
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(/^Dry run of \d{4}-\d{2}-\d{2}:/)
    expect(dry.stdout).toContain('Bookkeeping, Denmark / interactions: 30 looked at, 10 would delete')
    expect(await invoices()).toBe(30)

    const run = await runVern(['retention', 'run'], env)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Bookkeeping, Denmark / interactions: 30 looked at, 10 deleted')
    expect(await invoices()).toBe(20)

    const bad = await runVern(['retention', 'run', '--now'], env)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^vern: /)
  })
})
