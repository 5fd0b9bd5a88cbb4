import { setTimeout as sleep } from 'node:timers/promises'
import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { shutdownServer } from '../src/cli/serve.js'
import { createContext } from '../src/context.js'
import { buildApp } from '../src/http/app.js'
import {
  createTestDatabase,
  forEachDatabase,
  TEST_PASSWORD_COST,
  type TestDatabase,
  testConfig,
} from './harness.js'
import { newMasterKey, runVern, startVern, vernEnv } from './process.js'

forEachDatabase('faults', (dialect) => {
  let db: TestDatabase
  let env: NodeJS.ProcessEnv
  let key: string
  beforeAll(async () => {
    db = await createTestDatabase(dialect)
    env = vernEnv(db, newMasterKey())
    const run = await runVern(['apikey', 'create', '--name', 'load', '--role', 'owner'], env)
    key = run.stdout.trim().split('\n').at(-1) ?? ''
  })
  afterAll(() => db.drop())

  it('loses nothing acknowledged and keeps the audit chain intact when killed with SIGKILL mid-write', async () => {
    const server = await startVern(env)
    let acknowledged = 0
    let stop = false
    const worker = async (w: number) => {
      for (let i = 0; !stop && i < 2000; i++) {
        try {
          const res = await fetch(`${server.url}/api/v1/organisation`, {
            method: 'PATCH',
            headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
            body: JSON.stringify({ legalName: `Crash Test ${w}-${i}` }),
          })
          if (res.status === 200) acknowledged++
        } catch {
          return // the server is gone
        }
      }
    }
    const workers = Array.from({ length: 8 }, (_, w) => worker(w))
    while (acknowledged < 150) await sleep(5)
    server.child.kill('SIGKILL')
    stop = true
    await Promise.all(workers)
    expect(await server.exited).toBe(null)

    const verify = await runVern(['audit', 'verify'], env)
    expect(verify.stderr).toBe('')
    expect(verify.code).toBe(0)
    const entries = Number(/intact: (\d+) entries/.exec(verify.stdout)?.[1])
    // Every acknowledged change wrote one entry in the same transaction; a request killed after commit
    // but before its answer may add one more, never fewer.
    expect(entries).toBeGreaterThanOrEqual(acknowledged)
    const restarted = await startVern(env)
    const org = await fetch(`${restarted.url}/api/v1/organisation`, {
      headers: { authorization: `Bearer ${key}` },
    })
    expect(((await org.json()) as { legalName: string }).legalName).toMatch(/^Crash Test \d+-\d+$/)
    restarted.child.kill('SIGTERM')
    expect(await restarted.exited).toBe(0)
  })

  it('finishes a request in flight on shutdown, then closes the database', async () => {
    const testDb = await createTestDatabase(dialect)
    const ctx = await createContext(testConfig(testDb), {
      passwordCost: TEST_PASSWORD_COST,
      log: pino({ level: 'silent' }),
    })
    const app = await buildApp(ctx)
    app.get('/slow', { config: { access: 'public' } }, async () => {
      await sleep(400)
      await ctx.database.ping()
      return { finished: true }
    })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const address = app.server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    const inFlight = fetch(`http://127.0.0.1:${port}/slow`)
    await sleep(100)
    const closing = shutdownServer(app, ctx)
    const res = await inFlight
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ finished: true })
    await closing
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow()
    await expect(ctx.database.ping()).rejects.toThrow()
    await testDb.drop()
  })
})
