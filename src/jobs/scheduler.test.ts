import { setTimeout as sleep } from 'node:timers/promises'
import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestDatabase, forEachDatabase, type TestDatabase } from '../../test/harness.js'
import { systemClock } from '../clock.js'
import { parseDatabaseUrl } from '../config/config.js'
import { type Database, openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { JobFailure, Scheduler } from './scheduler.js'

const silent = pino({ level: 'silent' })

forEachDatabase('scheduler', (dialect) => {
  let testDb: TestDatabase
  let a: Database
  let b: Database
  beforeAll(async () => {
    testDb = await createTestDatabase(dialect)
    // Two instances: two separate connections (pools) to one database, as two Vern processes would have.
    a = await openDatabase(parseDatabaseUrl(testDb.url))
    b = await openDatabase(parseDatabaseUrl(testDb.url))
    await migrateToLatest(a.db)
  })
  afterAll(async () => {
    await a.close()
    await b.close()
    await testDb.drop()
  })

  function pair(name: string, run: () => Promise<string | undefined>, schedule = '* * * * * *') {
    const one = new Scheduler(a, systemClock, 'instance-a', silent)
    const two = new Scheduler(b, systemClock, 'instance-b', silent)
    one.register({ name, schedule, run })
    two.register({ name, schedule, run })
    return [one, two] as const
  }

  it('runs each tick once when two instances race for it, and records the run', async () => {
    let executions = 0
    const [one, two] = pair('test.once', async () => {
      executions++
      await sleep(20)
      return 'did it'
    })
    const tick = new Date('2026-11-20T10:00:00.000Z')
    const outcomes = await Promise.all([
      one.runTick('test.once', tick),
      two.runTick('test.once', tick),
      one.runTick('test.once', tick),
    ])
    expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1)
    expect(outcomes.filter((o) => o === 'skipped')).toHaveLength(2)
    expect(executions).toBe(1)
    const rows = await a.db.selectFrom('job_runs').selectAll().where('job', '=', 'test.once').execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ outcome: 'success', summary: 'did it' })
    expect(['instance-a', 'instance-b']).toContain(rows[0]?.instance)
  })

  it('with real timers, two started instances run every second exactly once between them', async () => {
    const ticks: string[] = []
    const [one, two] = pair('test.timer', async () => {
      ticks.push(new Date().toISOString())
      return undefined
    })
    one.start()
    two.start()
    await sleep(3200)
    await Promise.all([one.stop(), two.stop()])
    const rows = await a.db
      .selectFrom('job_runs')
      .select(['tick', 'instance'])
      .where('job', '=', 'test.timer')
      .execute()
    expect(rows.length).toBeGreaterThanOrEqual(2)
    expect(new Set(rows.map((r) => r.tick)).size).toBe(rows.length)
    expect(ticks).toHaveLength(rows.length)
  })

  it('records a failure with a summary that carries no personal data', async () => {
    const [one] = pair('test.fail', async () => {
      throw new JobFailure('{"seq":3}')
    })
    expect(await one.runTick('test.fail', new Date('2026-11-20T11:00:00.000Z'))).toBe('failed')
    const crash = new Scheduler(a, systemClock, 'instance-a', silent)
    crash.register({
      name: 'test.crash',
      schedule: '* * * * *',
      run: async () => {
        throw new Error('customer anna@example.test not found')
      },
    })
    await crash.runTick('test.crash', new Date('2026-11-20T11:00:00.000Z'))
    const rows = await a.db
      .selectFrom('job_runs')
      .select(['job', 'outcome', 'summary'])
      .where('job', 'in', ['test.fail', 'test.crash'])
      .orderBy('job')
      .execute()
    expect(rows).toEqual([
      { job: 'test.crash', outcome: 'failure', summary: 'Error' },
      { job: 'test.fail', outcome: 'failure', summary: '{"seq":3}' },
    ])
  })

  it('finds the latest due tick for runDue', async () => {
    const [one] = pair('test.hourly', async () => 'ok', '0 0 * * * *')
    const out = await one.runDue(new Date('2026-11-20T12:34:56.000Z'))
    expect(out['test.hourly']).toBe('ran')
    const row = await a.db
      .selectFrom('job_runs')
      .select('tick')
      .where('job', '=', 'test.hourly')
      .executeTakeFirstOrThrow()
    expect(row.tick).toBe('2026-11-20T12:00:00.000Z')
    expect(one.nextTick('test.hourly', new Date('2026-11-20T12:34:56.000Z'))?.toISOString()).toBe(
      '2026-11-20T13:00:00.000Z',
    )
  })
})
