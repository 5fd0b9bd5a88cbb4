import { setTimeout as sleep } from 'node:timers/promises'
import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadConfig } from '../src/config/config.js'
import { closeContext, createContext } from '../src/context.js'
import { createTestDatabase, forEachDatabase, type TestDatabase } from './harness.js'
import { newMasterKey, runVern, startVern, vernEnv } from './process.js'

const SHOP = 'https://shop.example'
/** A bounded load: fewer posts than the per-minute limit, so every refusal is the kill, not a 429. */
const MAX_POSTS = 400

forEachDatabase('consent ledger faults', (dialect) => {
  let db: TestDatabase
  let env: NodeJS.ProcessEnv
  beforeAll(async () => {
    db = await createTestDatabase(dialect)
    env = vernEnv(db, newMasterKey())
    const ctx = await createContext(loadConfig(env as Record<string, string>), {
      log: pino({ level: 'silent' }),
    })
    await ctx.db
      .transaction()
      .execute((trx) => ctx.organisation.update(trx, { bannerOrigins: [SHOP] }, { type: 'system' }))
    await closeContext(ctx)
  })
  afterAll(() => db.drop())

  it('keeps every acknowledged consent and an intact chain when killed with SIGKILL mid-load', async () => {
    const server = await startVern(env)
    const acknowledged: string[] = []
    let sent = 0
    const worker = async () => {
      while (sent < MAX_POSTS) {
        sent++
        try {
          const res = await fetch(`${server.url}/api/v1/public/consents`, {
            method: 'POST',
            headers: { origin: SHOP, 'content-type': 'application/json' },
            body: JSON.stringify({
              method: 'reject_all',
              categories: { preferences: false, statistics: false, marketing: false },
              revision: 1,
              language: 'da',
            }),
          })
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id)
        } catch {
          return // the server is gone
        }
      }
    }
    const workers = Array.from({ length: 8 }, () => worker())
    while (acknowledged.length < 100 && sent < MAX_POSTS) await sleep(2)
    server.child.kill('SIGKILL')
    await Promise.all(workers)
    expect(await server.exited).toBe(null)
    expect(acknowledged.length).toBeGreaterThanOrEqual(100)

    const verify = await runVern(['consent', 'verify'], env)
    expect(verify.stderr).toBe('')
    expect(verify.code).toBe(0)
    const records = Number(/intact: (\d+) records/.exec(verify.stdout)?.[1])
    expect(records).toBeGreaterThanOrEqual(acknowledged.length)

    const ctx = await createContext(loadConfig(env as Record<string, string>), {
      log: pino({ level: 'silent' }),
    })
    try {
      const stored = await ctx.db
        .selectFrom('consent_records')
        .select('id')
        .where('id', 'in', acknowledged)
        .execute()
      expect(stored.length).toBe(acknowledged.length)
    } finally {
      await closeContext(ctx)
    }
  })

  it('says where the chain breaks and exits 1', async () => {
    const ctx = await createContext(loadConfig(env as Record<string, string>), {
      log: pino({ level: 'silent' }),
    })
    try {
      await ctx.db.updateTable('consent_records').set({ language: 'en' }).where('seq', '=', 5).execute()
    } finally {
      await closeContext(ctx)
    }
    const verify = await runVern(['consent', 'verify'], env)
    expect(verify.code).toBe(1)
    expect(verify.stderr).toMatch(/^Consent ledger broken at record 5: changed/)
  })
})
