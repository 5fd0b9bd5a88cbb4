import { statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import type { Role } from '../auth/roles.js'
import { apiClient, webshopSystem } from '../datamap/testing.js'
import { failStale } from './discovery.repository.js'
import { DiscoveryService } from './discovery.service.js'
import { setDiscoveryHooks } from './hooks.js'
import { MemorySource, type SampleSource, UnknownTableError } from './source.js'
import { SqliteFileSource } from './sqlite-source.js'
import { writeShopSqlite } from './testing.js'

const ACTOR = { type: 'system', id: 'test' } as const

forEachDatabase('discovery', (dialect) => {
  let t: TestApp
  let service: DiscoveryService
  let shopPath: string
  let shop: { emails: string[]; cards: string[] }
  const clients = new Map<Role, FormClient>()

  beforeAll(async () => {
    t = await createTestApp(dialect)
    service = new DiscoveryService(t.ctx.db, t.ctx.audit, t.ctx.clock)
    shopPath = join(t.db.dir, 'shop.db')
    shop = writeShopSqlite(shopPath)
    for (const role of ['owner', 'dpo', 'support', 'marketing', 'auditor'] as const) {
      const form = new FormClient(t.app)
      form.cookies.set(
        'vern_session',
        (await signIn(t, await createUser(t, { role }))).cookie.split('=')[1] ?? '',
      )
      clients.set(role, form)
    }
  })
  afterAll(async () => {
    setDiscoveryHooks({ openSystemSource: undefined, acceptDataset: undefined })
    await t.close()
  })
  const as = (role: Role) => clients.get(role) as FormClient

  it('scans a SQLite file read-only and stores counts and labels, never a value', async () => {
    const before = statSync(shopPath).mtimeMs
    const { id, result } = await service.run(
      await SqliteFileSource.open(shopPath),
      { kind: 'sqlite', label: 'shop.db' },
      ACTOR,
      {
        sampleRows: 40,
      },
    )
    expect(result?.tables).toBe(3)
    expect(statSync(shopPath).mtimeMs).toBe(before)
    const columns = await t.ctx.db
      .selectFrom('discovery_columns')
      .selectAll()
      .where('scan_id', '=', id)
      .execute()
    const by = (table: string, column: string) =>
      columns.find((c) => c.table_name === table && c.column_name === column)
    expect(by('customers', 'email')).toMatchObject({
      category: 'user.contact.email',
      sampled: 40,
      non_empty: 40,
    })
    expect(by('customers', 'cpr')?.category).toBe('user.government_id.national_identification_number.dk_cpr')
    expect(by('customers', 'phone')?.category).toBe('user.contact.phone_number')
    expect(by('customers', 'first_name')?.category).toBe('user.name.first')
    expect(by('customers', 'avatar')).toMatchObject({ category: null, sampled: 0 })
    expect(by('orders', 'total')?.category).toBeNull()
    expect(by('orders', 'placed_at')?.category).toBeNull()
    expect(by('orders', 'note')).toMatchObject({ category: null, card_count: 1 })
    expect(by('order payments', 'card_number')).toMatchObject({
      category: 'user.financial.credit_card',
      card_count: 10,
    })
    const scan = await t.ctx.db
      .selectFrom('discovery_scans')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(scan).toMatchObject({ status: 'finished', tables_total: 3, columns_total: 15, card_findings: 11 })

    // Nothing sampled is kept: not in the scan's rows, not in the audit log.
    const stored = JSON.stringify([
      columns,
      scan,
      await t.ctx.db.selectFrom('audit_log').selectAll().execute(),
    ])
    for (const v of [...shop.emails.slice(0, 40), ...shop.cards, shop.cards[0]?.replaceAll(' ', '') ?? 'x'])
      expect(stored).not.toContain(v)
    const audit = await t.ctx.audit.list(t.ctx.db, { targetId: id }, 10)
    expect(audit.map((a) => a.action).sort()).toEqual(['discovery.scan.finish', 'discovery.scan.start'])
  })

  it('samples in bounded batches with progress, and refuses names the source did not list', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ id: i, mail: `p${i}@example.org` }))
    const source = new MemorySource([
      { name: 'people', rows },
      { name: 'empty', rows: [], columns: [{ name: 'email', dataType: 'text' }] },
    ])
    const seen: number[] = []
    const { id, result } = await service.run(source, { kind: 'memory', label: 'memory' }, ACTOR, {
      sampleRows: 1200,
      onProgress: (p) => seen.push(p.rows),
    })
    expect(source.closed).toBe(true)
    expect(result?.rows).toBe(1200)
    expect(seen.at(-1)).toBe(1200)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    expect(result?.columns.find((c) => c.column === 'mail')).toMatchObject({ sampled: 1200, nonEmpty: 1200 })
    // A column with nothing in it is proposed from its name alone, at low confidence.
    expect(result?.columns.find((c) => c.table === 'empty')?.proposal).toMatchObject({
      confidence: 0.3,
      basis: 'name',
    })
    expect((await service.proposalsAsDataset(id)).collections).toEqual([
      { name: 'empty', fields: [{ name: 'email', data_categories: ['user.contact.email'] }] },
      { name: 'people', fields: [{ name: 'mail', data_categories: ['user.contact.email'] }] },
    ])

    const iterate = async (table: string, cols: string[]) => {
      for await (const _ of source.sample(table, cols, 1)) void _
    }
    await expect(iterate('people; drop table x', ['id'])).rejects.toBeInstanceOf(UnknownTableError)
    await expect(iterate('people', ['id', 'secret'])).rejects.toBeInstanceOf(UnknownTableError)
    await expect(
      service.run(source, { kind: 'memory', label: 'm' }, ACTOR, { sampleRows: 0 }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    })
  })

  it('records a failed scan with a code only, and none of its columns', async () => {
    const broken: SampleSource = {
      tables: async () => [{ name: 'a', columns: [{ name: 'x', dataType: 'text' }] }],
      // biome-ignore lint/correctness/useYield: fails before its first batch
      sample: async function* () {
        throw new Error('connection to db.example:5432 failed for user anne@example.com')
      },
      close: async () => undefined,
    }
    const { id, error } = await service.run(broken, { kind: 'memory', label: 'broken' }, ACTOR)
    expect(error).toBe('source_failed')
    const scan = await t.ctx.db
      .selectFrom('discovery_scans')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(scan).toMatchObject({ status: 'failed', error: 'source_failed' })
    expect(
      await t.ctx.db
        .selectFrom('discovery_columns')
        .select('column_name')
        .where('scan_id', '=', id)
        .execute(),
    ).toEqual([])
    await expect(service.proposalsAsDataset(id)).rejects.toMatchObject({ code: 'not_found' })
  })

  it('marks a scan whose process went away as interrupted', async () => {
    const id = await service.start({ kind: 'memory', label: 'gone' }, ACTOR)
    const now = t.ctx.clock.now()
    const hourAgo = new Date(now.getTime() - 3_600_000).toISOString()
    expect(await failStale(t.ctx.db, hourAgo, now.toISOString())).toBe(0)
    expect(await failStale(t.ctx.db, new Date(now.getTime() + 1).toISOString(), now.toISOString())).toBe(1)
    const scan = await t.ctx.db
      .selectFrom('discovery_scans')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(scan).toMatchObject({ status: 'failed', error: 'interrupted' })
    expect((await as('owner').get(`/admin/discovery/${id}`)).body).toContain('(interrupted)')
  })

  it('shows scans to the owner and the DPO only', async () => {
    const scanId = (
      await t.ctx.db
        .selectFrom('discovery_scans')
        .select('id')
        .where('source_label', '=', 'shop.db')
        .executeTakeFirstOrThrow()
    ).id
    for (const role of ['owner', 'dpo'] as const) {
      const list = await as(role).get('/admin/discovery')
      expect(list.statusCode, role).toBe(200)
      expect(list.body).toContain('shop.db')
      const page = await as(role).get(`/admin/discovery/${scanId}`)
      expect(page.statusCode).toBe(200)
      expect(page.body).toContain('user.contact.email')
      expect(page.body).toContain('<code>order payments.card_number</code> (10)')
      expect(page.body).not.toContain('kunde1@example.com')
      expect(page.body).not.toContain('<script>')
      // A file belongs to no system, so its proposals cannot become a system's annotation.
      expect(page.body).not.toContain('Accept as annotation')
    }
    setDiscoveryHooks({ acceptDataset: async () => undefined })
    await as('owner').get(`/admin/discovery/${scanId}`)
    expect((await as('owner').post(`/admin/discovery/${scanId}/accept`, {})).statusCode).toBe(409)
    setDiscoveryHooks({ acceptDataset: undefined })
    for (const role of ['support', 'marketing', 'auditor'] as const) {
      expect((await as(role).get('/admin/discovery')).statusCode, role).toBe(403)
      expect((await as(role).get(`/admin/discovery/${scanId}`)).statusCode, role).toBe(403)
      expect((await as(role).get(`/admin/discovery/${scanId}/dataset.json`)).statusCode, role).toBe(403)
    }
    const da = await as('dpo').get(`/admin/discovery/${scanId}`, { 'accept-language': 'da' })
    expect(da.body).toMatch(/Hent som datasæt|Download as dataset/)
    const dataset = await as('dpo').get(`/admin/discovery/${scanId}/dataset.json`)
    expect(dataset.statusCode).toBe(200)
    const body = dataset.json() as {
      dataset: Array<{ fides_key: string; collections: Array<{ name: string }> }>
    }
    expect(body.dataset[0]?.fides_key).toBe('discovery_shop_db')
    expect(body.dataset[0]?.collections.map((c) => c.name)).toEqual(['customers', 'order payments'])
    expect((await as('owner').get('/admin/discovery/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    )
    expect((await as('owner').get('/admin/discovery/not-an-id')).statusCode).toBe(400)
  })

  it('warns on the dashboard about full card numbers, with a link, until a clean scan of the source', async () => {
    const scanId = (
      await t.ctx.db
        .selectFrom('discovery_scans')
        .select('id')
        .where('source_label', '=', 'shop.db')
        .executeTakeFirstOrThrow()
    ).id
    const owner = await as('owner').get('/')
    expect(owner.body).toContain('Card numbers found')
    expect(owner.body).toContain(`href="/admin/discovery/${scanId}"`)
    expect(owner.body).toContain('11 full payment card numbers in shop.db')
    expect((await as('support').get('/')).body).not.toContain('Card numbers found')
    const clean = new MemorySource([{ name: 'customers', rows: [{ email: 'x@example.com' }] }])
    await service.run(clean, { kind: 'sqlite', label: 'shop.db' }, ACTOR)
    expect((await as('owner').get('/')).body).not.toContain('Card numbers found')
  })

  it('starts a scan of a data-map system from the page and hands accepted proposals on', async () => {
    const system = (
      await apiClient(t, await createApiKey(t, 'dpo')).post('/api/v1/systems', webshopSystem)
    ).json() as {
      id: string
    }
    const accepted: unknown[] = []
    setDiscoveryHooks({
      openSystemSource: async (_ctx, systemId) =>
        systemId === system.id
          ? new MemorySource([
              { name: 'wp_users', rows: [{ user_email: 'a@example.com' }, { user_email: 'b@example.com' }] },
            ])
          : null,
      acceptDataset: async (_trx, input) => {
        accepted.push(input)
      },
    })
    expect((await as('owner').get('/admin/discovery')).body).toContain('Start scan')
    const started = await as('owner').post('/admin/discovery/scans', {
      systemId: system.id,
      sampleRows: '50',
    })
    expect(started.statusCode).toBe(303)
    const id = /\/admin\/discovery\/([0-9a-f-]{36})/.exec(started.headers.location as string)?.[1] as string
    for (let i = 0; i < 100; i++) {
      const row = await t.ctx.db
        .selectFrom('discovery_scans')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      if (row.status !== 'running') break
      await new Promise((r) => setTimeout(r, 20))
    }
    const page = await as('owner').get(`/admin/discovery/${id}`)
    expect(page.body).toContain('Webshop')
    expect(page.body).toContain('Accept as annotation')
    expect((await as('owner').post(`/admin/discovery/${id}/accept`, {})).statusCode).toBe(303)
    expect(accepted).toEqual([
      {
        systemId: system.id,
        dataset: expect.objectContaining({
          collections: [
            { name: 'wp_users', fields: [{ name: 'user_email', data_categories: ['user.contact.email'] }] },
          ],
        }),
      },
    ])
    const bad = await as('owner').post('/admin/discovery/scans', { systemId: system.id, sampleRows: 'lots' })
    expect(bad.statusCode).toBe(400)
    expect((await as('support').post('/admin/discovery/scans', { systemId: system.id })).statusCode).toBe(403)
  })
})
