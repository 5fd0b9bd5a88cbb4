import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiKey } from '../../test/factories.js'
import {
  createTestApp,
  createTestDatabase,
  forEachDatabase,
  type TestApp,
  type TestDatabase,
} from '../../test/harness.js'
import { newMasterKey, runVern, vernEnv } from '../../test/process.js'
import { apiClient, webshopSystem } from '../datamap/testing.js'
import { progressPrinter, scanCommand } from './discovery.cli.js'
import { setDiscoveryHooks } from './hooks.js'
import { MemorySource } from './source.js'
import { writeShopSqlite } from './testing.js'

function capture(isTTY: boolean) {
  let text = ''
  return { stream: { isTTY, columns: 100, write: (s: string) => (text += s) }, text: () => text }
}

describe('progress on stderr', () => {
  const step = (table: string, tablesDone: number, rows: number) => ({
    table,
    tablesDone,
    tablesTotal: 2,
    rows,
    rowsPlanned: 200,
  })

  it('redraws one bar in place on a terminal', () => {
    const c = capture(true)
    const p = progressPrinter(c.stream)
    p.update(step('customers', 0, 0))
    p.update(step('orders', 1, 100))
    p.update(step('', 2, 200))
    p.end()
    const frames = c.text().split('\r').filter(Boolean)
    expect(frames).toHaveLength(3)
    expect(frames[1]).toContain('[###############---------------]  50%  1/2 tables  100 rows  orders')
    expect(frames[2]).toContain('100%')
    expect(c.text().endsWith('\n')).toBe(true)
    expect(c.text().split('\n')).toHaveLength(2)
  })

  it('writes plain lines, one per table, when not a terminal', () => {
    const c = capture(false)
    const p = progressPrinter(c.stream)
    p.update(step('customers', 0, 0))
    p.update(step('customers', 0, 50))
    p.update(step('orders', 1, 100))
    p.update(step('', 2, 200))
    p.end()
    expect(c.text()).toBe('scan: table 1/2 customers\nscan: table 2/2 orders\n')
    expect(c.text()).not.toContain('\r')
  })
})

forEachDatabase('vern scan', (dialect) => {
  let t: TestApp
  let shopPath: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    shopPath = join(t.db.dir, 'shop.db')
    writeShopSqlite(shopPath)
  })
  afterAll(() => t.close())

  it('prints the proposals and the card findings, and stores the scan', async () => {
    const lines: string[] = []
    const err = capture(false)
    const code = await scanCommand(
      [`sqlite:${shopPath}`, '--sample-rows', '25'],
      (l) => lines.push(l),
      err.stream,
      async () => t.ctx,
    )
    expect(code).toBe(0)
    const out = lines.join('\n')
    expect(out).toMatch(/^Scanned 3 tables, 15 columns, 60 rows sampled in/)
    expect(out).toMatch(/ {2}customers\.email {2}user\.contact\.email {2}\d+% {2}\(name\+content\)/)
    expect(out).toContain('WARNING: 10 full card numbers in order payments.card_number')
    expect(out).toContain('WARNING: 1 full card numbers in orders.note')
    expect(out).not.toContain('@example.com')
    expect(err.text()).toContain('scan: table 3/3 orders')
    const id = /Stored as scan ([0-9a-f-]{36})/.exec(out)?.[1] as string
    expect(
      (
        await t.ctx.db
          .selectFrom('discovery_scans')
          .select('sample_rows')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).sample_rows,
    ).toBe(25)
  })

  it("scans a data-map system by name through the connectors' hook", async () => {
    const system = (
      await apiClient(t, await createApiKey(t, 'dpo')).post('/api/v1/systems', webshopSystem)
    ).json() as { id: string }
    setDiscoveryHooks({
      openSystemSource: async (_ctx, id) =>
        id === system.id
          ? new MemorySource([{ name: 'wp_users', rows: [{ user_email: 'a@example.com' }] }])
          : null,
    })
    try {
      const lines: string[] = []
      expect(
        await scanCommand(
          ['webshop'],
          (l) => lines.push(l),
          capture(false).stream,
          async () => t.ctx,
        ),
      ).toBe(0)
      expect(lines.join('\n')).toContain('wp_users.user_email  user.contact.email')
      const scan = await t.ctx.db
        .selectFrom('discovery_scans')
        .selectAll()
        .where('source_id', '=', system.id)
        .executeTakeFirstOrThrow()
      expect(scan).toMatchObject({ source_kind: 'system', source_label: 'Webshop', status: 'finished' })
    } finally {
      setDiscoveryHooks({ openSystemSource: undefined })
    }
  })

  it('refuses bad usage without touching the database', async () => {
    const never = async () => {
      throw new Error('no context should be opened')
    }
    for (const args of [[], ['a', 'b'], ['sqlite:x.db', '--sample-rows', '0'], ['x', '--colour', 'red']])
      await expect(
        scanCommand(args, () => undefined, capture(false).stream, never),
        args.join(' '),
      ).rejects.toMatchObject({
        name: 'UsageError',
      })
    await expect(
      scanCommand(
        [`sqlite:${join(t.db.dir, 'missing.db')}`],
        () => undefined,
        capture(false).stream,
        async () => t.ctx,
      ),
    ).rejects.toThrow('cannot open "missing.db"')
    await expect(
      scanCommand(
        ['Unknown system'],
        () => undefined,
        capture(false).stream,
        async () => t.ctx,
      ),
    ).rejects.toThrow('no system')
  })
})

describe('vern scan as a process', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase('sqlite')
  })
  afterAll(() => db.drop())

  it('scans a SQLite file, progress on stderr as plain lines, results on stdout', async () => {
    const shopPath = join(db.dir, 'shop.db')
    writeShopSqlite(shopPath)
    const env = vernEnv(db, newMasterKey(), { LOG_LEVEL: 'warn' })
    const run = await runVern(['scan', `sqlite:${shopPath}`], env)
    expect(run.stderr).toContain('scan: table 1/3 customers')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('customers.cpr  user.government_id.national_identification_number.dk_cpr')
    expect(run.stdout).toContain('WARNING: 10 full card numbers in order payments.card_number')
    const bad = await runVern(['scan'], env)
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
  })
})
