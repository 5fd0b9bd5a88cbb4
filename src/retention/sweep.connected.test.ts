import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { openSession } from '../connectors/sql.session.js'
import { type ScratchDatabase, scratchDatabase } from '../connectors/testing/databases.js'
import { buildShop, generateShop, SHOP_DATASET } from '../connectors/testing/shop.js'
import { twoSystems } from '../requests/request.testing.js'
import { subjectsApi } from '../subjects/subject.testing.js'
import { retentionServices } from './index.js'

// A lead whose clock has run out lives on in the webshop's own database: the sweep erases them there
// (through the connection, by e-mail) before deleting them from the register; the payroll system, not
// connected, gets a task instead when a rule covers it.
forEachDatabase('the retention sweep in connected systems', (dialect) => {
  let t: TestApp
  let shop: ScratchDatabase
  let owner: string
  let systems: { webshop: string; payroll: string }
  const { data, customers } = generateShop(10)

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    owner = await createApiKey(t, 'owner')
    systems = await twoSystems(t, owner)
    shop = await scratchDatabase('sqlite')
    const session = await openSession(shop.target, true)
    await buildShop(session, data)
    await session.close()
    const headers = { authorization: `Bearer ${owner}` }
    const base = `/api/v1/systems/${systems.webshop}`
    const file = (shop.target as { file: string }).file
    const put = async (url: string, payload: object) => {
      const res = await t.app.inject({ method: 'PUT', url, headers, payload })
      expect(res.statusCode, res.body).toBe(200)
    }
    await put(`${base}/connection`, { kind: 'sqlite', file, writable: true })
    await put(`${base}/dataset`, SHOP_DATASET)
  })
  afterAll(async () => {
    await t?.close()
    await shop?.drop()
  })

  const shopUsers = (email: string) => {
    const db = new Database((shop.target as { file: string }).file, { readonly: true })
    try {
      return db.prepare('select ID from wp_users where user_email = ?').all(email)
    } finally {
      db.close()
    }
  }

  it('erases an expired lead in the webshop database, then deletes them from the register', async () => {
    const [gone, stays] = customers as [(typeof customers)[number], (typeof customers)[number]]
    expect(shopUsers(gone.email)).toHaveLength(1)
    const api = subjectsApi(t, owner)
    t.clock.set('2023-02-01T10:00:00.000Z')
    const lead = (await api.create({ name: 'Lead', email: gone.email, relationship: 'prospect' })).json().id
    t.clock.set('2026-01-10T10:00:00.000Z')
    const recent = (await api.create({ name: 'Ny', email: stays.email, relationship: 'prospect' })).json().id
    t.clock.set('2026-11-20T10:00:00.000Z')
    const preset = await t.app.inject({
      method: 'POST',
      url: '/api/v1/retention-rules/presets',
      headers: { authorization: `Bearer ${owner}` },
      payload: { preset: 'leads' },
    })
    expect(preset.statusCode).toBe(201)

    const report = await retentionServices(t.ctx).sweep.run('test')
    const people = report.steps.find((s) => s.target === 'people')
    expect(people).toMatchObject({ done: 1, erasedIn: 1, failed: 0 })
    expect(shopUsers(gone.email)).toEqual([])
    expect(shopUsers(stays.email)).toHaveLength(1)
    const ids = (await t.ctx.db.selectFrom('subjects').select('id').execute()).map((r) => r.id)
    expect(ids).not.toContain(lead)
    expect(ids).toContain(recent)
    // The webshop is reached through its connection, so no manual task is opened for it.
    const tasks = await t.ctx.db.selectFrom('retention_tasks').selectAll().execute()
    expect(tasks.map((x) => x.system_id)).not.toContain(systems.webshop)
  })
})
