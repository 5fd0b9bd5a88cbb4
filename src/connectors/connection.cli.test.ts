// `vern connection test <system>` as a real process: exit 0 when the stored connection works, 1 when
// it does not (saying why, without credentials), 2 on bad usage.
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../../test/harness.js'
import { newMasterKey, runVern, vernEnv } from '../../test/process.js'
import { loadConfig } from '../config/config.js'
import { closeContext, createContext } from '../context.js'
import { connectorServices } from './index.js'
import { openSession } from './sql.session.js'
import { type ScratchDatabase, scratchDatabase } from './testing/databases.js'
import { buildShop, generateShop } from './testing/shop.js'

describe('vern connection test', () => {
  let db: TestDatabase
  let shop: ScratchDatabase
  let env: NodeJS.ProcessEnv
  beforeAll(async () => {
    db = await createTestDatabase('sqlite')
    env = vernEnv(db, newMasterKey(), { LOG_LEVEL: 'warn' })
    shop = await scratchDatabase('sqlite')
    const session = await openSession(shop.target, true)
    await buildShop(session, generateShop(3).data)
    await session.close()
    const ctx = await createContext(loadConfig(env), { log: pino({ level: 'silent' }) })
    try {
      const { connections } = connectorServices(ctx)
      const actor = { type: 'system' as const, id: 'test' }
      await ctx.db.transaction().execute(async (trx) => {
        for (const [id, name, file] of [
          ['sys-shop', 'Nordlys Webshop', shop.target.file as string],
          ['sys-gone', 'Old shop', '/nonexistent/old-shop.db'],
        ] as const) {
          const at = new Date().toISOString()
          await trx
            .insertInto('systems')
            .values({
              id,
              name,
              description: null,
              owner: null,
              kind: 'webshop',
              hosting_country: 'DK',
              processor_id: null,
              security_measures: '[]',
              created_at: at,
              updated_at: at,
            })
            .execute()
          await connections.put(trx, id, { kind: 'sqlite', file }, { actor })
        }
      })
    } finally {
      await closeContext(ctx)
    }
  })
  afterAll(async () => {
    await db?.drop()
    await shop?.drop()
  })

  it('exits 0 when the connection works, by name in any case or by id', async () => {
    const byName = await runVern(['connection', 'test', 'nordlys webshop'], env)
    expect(byName.stderr).toBe('')
    expect(byName.code).toBe(0)
    expect(byName.stdout).toMatch(/^Connected to Nordlys Webshop: 6 tables visible/)
    expect((await runVern(['connection', 'test', 'sys-shop'], env)).code).toBe(0)
  })

  it('exits 1 with one line saying why when it does not, or when there is no such system', async () => {
    const gone = await runVern(['connection', 'test', 'Old shop'], env)
    expect(gone.code).toBe(1)
    expect(gone.stderr.trim()).toBe('Old shop: connection_failed: The database (or file) does not exist')
    const unknown = await runVern(['connection', 'test', 'Nope'], env)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('No system is called "Nope"')
  })

  it('exits 2 on bad usage', async () => {
    for (const args of [
      ['connection'],
      ['connection', 'test'],
      ['connection', 'check', 'x'],
      ['connection', 'test', 'a', 'b'],
    ]) {
      const run = await runVern(args, env)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
    }
  })
})
