import { setTimeout as sleep } from 'node:timers/promises'
import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadConfig } from '../src/config/config.js'
import { closeContext, createContext } from '../src/context.js'
import { type Database, openDatabase } from '../src/db/database.js'
import type { ErasureReport } from '../src/requests/erasure/erasure.schema.js'
import { requestServices } from '../src/requests/index.js'
import { SubjectService } from '../src/subjects/subject.service.js'
import { createTestDatabase, forEachDatabase, type TestDatabase } from './harness.js'
import { newMasterKey, runVern, startVern, vernEnv } from './process.js'

/** Enough interactions that the erasure takes a couple of hundred steps, so the kill lands mid-way. */
const INTERACTIONS = 5000
const STAFF = { type: 'user', id: '01890000-0000-7000-8000-000000000002' } as const

forEachDatabase('erasure faults', (dialect) => {
  let db: TestDatabase
  let env: NodeJS.ProcessEnv
  let subjectId: string
  let requestId: string
  let watcher: Database
  beforeAll(async () => {
    db = await createTestDatabase(dialect)
    env = vernEnv(db, newMasterKey())
    const ctx = await createContext(loadConfig(env as Record<string, string>), {
      log: pino({ level: 'silent' }),
    })
    try {
      const register = new SubjectService(ctx.audit, ctx.vault, ctx.clock, ctx.organisation)
      const who = { actor: STAFF, role: 'owner' as const }
      await ctx.db.transaction().execute(async (trx) => {
        await ctx.organisation.update(trx, { country: 'DK' }, STAFF)
        const person = await register.create(
          trx,
          { name: 'Karen Vestergaard', email: 'karen@example.dk', phone: '+4522334455' },
          'api',
          who,
        )
        subjectId = person.id
        for (let i = 0; i < INTERACTIONS; i++)
          await register.addInteraction(
            trx,
            person.id,
            { kind: i % 2 ? 'inquiry' : 'note', occurredAt: '2026-10-01T10:00:00Z', summary: `Message ${i}` },
            who,
          )
      })
      // Karen asks to be erased; staff complete the request, which records the erasure in the same
      // transaction. It is not run here: the server picks it up when it starts.
      const { requests } = requestServices(ctx)
      const staff = { actor: STAFF }
      requestId = await ctx.db.transaction().execute(async (trx) => {
        const r = await requests.register(
          trx,
          { kind: 'erasure', email: 'karen@example.dk', channel: 'phone', language: 'da' },
          staff,
        )
        await requests.verify(
          trx,
          r.id,
          { method: 'phone_callback', note: 'Called back on the number on file' },
          staff,
        )
        const view = await requests.complete(trx, r.id, undefined, staff)
        expect(view.state).toBe('in_progress')
        return r.id
      })
    } finally {
      await closeContext(ctx)
    }
    watcher = await openDatabase(loadConfig(env as Record<string, string>).database)
  }, 120_000)
  afterAll(async () => {
    await watcher?.close()
    await db.drop()
  })

  const state = () =>
    watcher.db
      .selectFrom('erasures')
      .select(['status', 'steps_done', 'report'])
      .where('request_id', '=', requestId)
      .executeTakeFirstOrThrow()
  const requestState = async () =>
    (
      await watcher.db
        .selectFrom('requests')
        .select('state')
        .where('id', '=', requestId)
        .executeTakeFirstOrThrow()
    ).state
  const remaining = async () =>
    (
      await watcher.db
        .selectFrom('subject_interactions')
        .select('id')
        .where('subject_id', '=', subjectId)
        .execute()
    ).length

  it('resumes an erasure request killed with SIGKILL half-way and finishes it, never completed while half-done', async () => {
    const server = await startVern(env)
    for (let i = 0; ; i++) {
      const s = await state()
      if (s.steps_done >= 12) break
      expect(s.status).toBe('running')
      if (i > 20_000) throw new Error('the erasure did not start')
      await sleep(2)
    }
    server.child.kill('SIGKILL')
    expect(await server.exited).toBe(null)

    // Cut off half-way: interactions partly deleted, and the erasure does not claim to be finished.
    const cut = await state()
    const left = await remaining()
    expect(cut.status).toBe('running')
    expect(cut.report).toBeNull()
    expect(await requestState()).toBe('in_progress')
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThan(INTERACTIONS)

    const restarted = await startVern(env)
    for (let i = 0; (await state()).status !== 'finished'; i++) {
      if (i > 3000) throw new Error('the erasure did not finish after the restart')
      await sleep(10)
    }
    restarted.child.kill('SIGTERM')
    expect(await restarted.exited).toBe(0)

    // The request completed in the transaction that finished the erasure, and Karen is told.
    expect(await requestState()).toBe('completed')
    const mails = await watcher.db.selectFrom('mail_outbox').select('template').execute()
    expect(mails.map((m) => m.template)).toContain('request-completed')
    const done = await state()
    const report = JSON.parse(done.report ?? 'null') as ErasureReport
    expect(report.keyDestroyed).toBe(true)
    // Each batch counted in the transaction that deleted it: exactly every interaction, once.
    expect(report.deleted.interactions).toEqual([
      { kind: 'inquiry', count: INTERACTIONS / 2 },
      { kind: 'note', count: INTERACTIONS / 2 },
    ])
    expect(await remaining()).toBe(0)
    const key = await watcher.db
      .selectFrom('data_keys')
      .select('owner_id')
      .where('owner_id', '=', subjectId)
      .execute()
    expect(key).toEqual([])
    const lookups = await watcher.db
      .selectFrom('subject_lookups')
      .select('hash')
      .where('subject_id', '=', subjectId)
      .execute()
    expect(lookups).toEqual([])
    expect((await watcher.db.selectFrom('erasure_list').select('kind').execute()).length).toBe(2)

    const verify = await runVern(['audit', 'verify'], env)
    expect(verify.stderr).toBe('')
    expect(verify.code).toBe(0)
  }, 120_000)
})
