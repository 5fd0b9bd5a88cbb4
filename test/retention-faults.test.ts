import { setTimeout as sleep } from 'node:timers/promises'
import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadConfig } from '../src/config/config.js'
import { closeContext, createContext } from '../src/context.js'
import type { AppContext } from '../src/http/context.js'
import { retentionServices } from '../src/retention/index.js'
import { seedRegister } from '../src/retention/sweep.testing.js'
import { createTestDatabase, forEachDatabase, type TestDatabase } from './harness.js'
import { newMasterKey, runVern, startVern, vernEnv } from './process.js'

const DUE = 60_000
const SUBJECTS = 600
const HELD = 's000000008'

/** Opens a context on the test database, runs `work`, closes it. */
async function withContext<T>(env: NodeJS.ProcessEnv, work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await createContext(loadConfig(env as Record<string, string>), {
    log: pino({ level: 'silent' }),
  })
  try {
    return await work(ctx)
  } finally {
    await closeContext(ctx)
  }
}

const count = (ctx: AppContext, where: 'due' | 'kept' | 'held' | 'heldDue') =>
  ctx.db
    .selectFrom('subject_interactions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .$if(where === 'due', (q) => q.where('occurred_at', '<', '2016-01-01T00:00:00.000Z'))
    .$if(where === 'kept', (q) => q.where('occurred_at', '>=', '2016-01-01T00:00:00.000Z'))
    .$if(where === 'held' || where === 'heldDue', (q) => q.where('subject_id', '=', HELD))
    .$if(where === 'heldDue', (q) => q.where('occurred_at', '<', '2016-01-01T00:00:00.000Z'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n))

forEachDatabase('retention sweep faults', (dialect) => {
  let db: TestDatabase
  let env: NodeJS.ProcessEnv
  let heldBefore = 0
  let heldDue = 0
  beforeAll(async () => {
    db = await createTestDatabase(dialect)
    env = vernEnv(db, newMasterKey())
    await withContext(env, async (ctx) => {
      await seedRegister(ctx.db, {
        subjects: SUBJECTS,
        interactions: DUE * 2,
        dueEvery: 2,
        dueAt: '2015-06-15T10:00:00.000Z',
        keptAt: '2025-06-15T10:00:00.000Z',
      })
      const { rules, holds } = retentionServices(ctx)
      await ctx.db.transaction().execute(async (trx) => {
        await rules.applyPreset(trx, 'bookkeeping_dk', 'en', { type: 'system' })
        await holds.create(trx, { scope: 'subject', target: HELD, reason: 'A dispute' }, { type: 'system' })
      })
      heldBefore = await count(ctx, 'held')
      heldDue = await count(ctx, 'heldDue')
    })
  }, 120_000)
  afterAll(() => db.drop())

  it('finishes a sweep killed with SIGKILL on the next start, touching nothing under a hold', async () => {
    const key = (await runVern(['apikey', 'create', '--name', 'faults', '--role', 'owner'], env)).stdout
      .trim()
      .split('\n')
      .at(-1) as string
    const headers = { authorization: `Bearer ${key}` }
    let server = await startVern(env)
    const started = await fetch(`${server.url}/api/v1/retention-runs`, { method: 'POST', headers })
    expect(started.status).toBe(202)
    const { id } = (await started.json()) as { id: string }
    // Kill it once some batches have committed and the work is not done.
    let done = 0
    for (let i = 0; i < 2000 && done === 0; i++) {
      const run = (await (await fetch(`${server.url}/api/v1/retention-runs/${id}`, { headers })).json()) as {
        steps: Array<{ done: number }>
      }
      done = run.steps.reduce((n, s) => n + s.done, 0)
      if (done === 0) await sleep(5)
    }
    server.child.kill('SIGKILL')
    expect(await server.exited).toBe(null)
    expect(done).toBeGreaterThan(0)

    const between = await withContext(env, async (ctx) => ({
      due: await count(ctx, 'due'),
      run: await ctx.db
        .selectFrom('retention_runs')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow(),
    }))
    expect(between.run.status).toBe('running')
    // Cut off mid-way: some due invoices are gone, others are still there.
    expect(between.due).toBeLessThan(DUE)
    expect(between.due).toBeGreaterThan(heldDue)

    // The next start finishes the same run.
    server = await startVern(env)
    let status = 'running'
    for (let i = 0; i < 3000 && status === 'running'; i++) {
      const run = (await (await fetch(`${server.url}/api/v1/retention-runs/${id}`, { headers })).json()) as {
        status: string
      }
      status = run.status
      if (status === 'running') await sleep(10)
    }
    const report = (await (await fetch(`${server.url}/api/v1/retention-runs/${id}`, { headers })).json()) as {
      status: string
      steps: Array<{ target: string; done: number; held: Array<{ count: number }> }>
    }
    server.child.kill('SIGTERM')
    await server.exited
    expect(report.status).toBe('finished')

    await withContext(env, async (ctx) => {
      // Every due invoice is gone but the held person's; every kept one is still there.
      expect(heldDue).toBeGreaterThan(0)
      expect(await count(ctx, 'due')).toBe(heldDue)
      expect(await count(ctx, 'kept')).toBe(DUE)
      expect(await count(ctx, 'held')).toBe(heldBefore)
      // The counts survived the crash: what the report says was deleted is what was deleted.
      const invoices = report.steps.find((s) => s.target === 'interactions')
      expect(invoices?.done).toBe(DUE - heldDue)
      expect(invoices?.held.reduce((n, h) => n + h.count, 0)).toBe(heldDue)
    })
    const verify = await runVern(['audit', 'verify'], env)
    expect(verify.code, verify.stderr).toBe(0)
  }, 180_000)
})
