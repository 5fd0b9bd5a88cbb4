import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { openSession } from '../connectors/sql.session.js'
import { type ScratchDatabase, scratchDatabase } from '../connectors/testing/databases.js'
import { buildShop, generateShop, SHOP_DATASET } from '../connectors/testing/shop.js'
import { startReceiver } from '../connectors/webhooks/connector.testing.js'
import { connectorServices } from '../connectors/webhooks/index.js'
import { requestsApi, twoSystems } from './request.testing.js'

// A request reaches the webshop's own database: Vern does the webshop's task itself when staff
// complete the request, and the payroll system (not connected) keeps its manual task.
forEachDatabase('data-subject requests in connected systems', (dialect) => {
  let t: TestApp
  let shop: ScratchDatabase
  let api: ReturnType<typeof requestsApi>
  let supportAuth: string
  let systems: { webshop: string; payroll: string }
  const { data, customers } = generateShop(20)

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    const ownerKey = await createApiKey(t, 'owner')
    const support = await createApiKey(t, 'support')
    supportAuth = `Bearer ${support}`
    api = requestsApi(t, support)
    systems = await twoSystems(t, ownerKey)
    shop = await scratchDatabase('sqlite')
    const session = await openSession(shop.target, true)
    await buildShop(session, data)
    await session.close()
    const headers = { authorization: `Bearer ${ownerKey}` }
    const base = `/api/v1/systems/${systems.webshop}`
    const connected = await t.app.inject({
      method: 'PUT',
      url: `${base}/connection`,
      headers,
      payload: { kind: 'sqlite', file: (shop.target as { file: string }).file, writable: true },
    })
    expect(connected.statusCode, connected.body).toBe(200)
    const dataset = await t.app.inject({
      method: 'PUT',
      url: `${base}/dataset`,
      headers,
      payload: SHOP_DATASET,
    })
    expect(dataset.statusCode, dataset.body).toBe(200)
  })
  afterAll(async () => {
    await t?.close()
    await shop?.drop()
  })

  const shopRows = (sql: string, ...params: unknown[]) => {
    const db = new Database((shop.target as { file: string }).file, { readonly: true })
    try {
      return db.prepare(sql).all(...params) as Record<string, unknown>[]
    } finally {
      db.close()
    }
  }

  async function verified(kind: string, email: string) {
    const created = (await api.create({ kind, email, channel: 'email', language: 'en' })).json()
    const view = (
      await api.act(created.id, 'verify', { method: 'known_email', note: 'Wrote from it' })
    ).json()
    const task = (system: string) => view.tasks.find((x: { systemId: string }) => x.systemId === system)
    return { id: created.id as string, webshop: task(systems.webshop).id, payroll: task(systems.payroll).id }
  }

  it('erases the person in the webshop database when the request is completed, keeping the invoice fields', async () => {
    const person = customers[0] as (typeof customers)[number]
    expect(shopRows('select * from wp_users where user_email = ?', person.email)).toHaveLength(1)
    const orders = shopRows('select id from wp_wc_orders where billing_email = ?', person.email).length
    expect(orders).toBeGreaterThan(0)
    const r = await verified('erasure', person.email)

    // The payroll task is still open: completing is refused and the webshop is not touched.
    const early = await api.act(r.id, 'complete')
    expect(early.statusCode).toBe(409)
    expect(early.json().error.code).toBe('tasks_open')
    expect(shopRows('select * from wp_users where user_email = ?', person.email)).toHaveLength(1)

    await api.taskDone(r.id, r.payroll, 'Not an employee')
    // A dry run first: what would change, and nothing changed.
    const preview = await t.app.inject({
      url: `/api/v1/requests/${r.id}/connected-preview`,
      headers: { authorization: supportAuth },
    })
    expect(preview.statusCode, preview.body).toBe(200)
    const [webshop] = preview.json().systems
    expect(webshop.systemId).toBe(systems.webshop)
    expect(webshop.changes).toContainEqual({ table: 'wp_users', column: null, action: 'delete_row', rows: 1 })
    expect(webshop.kept.length).toBeGreaterThan(0)
    expect(shopRows('select * from wp_users where user_email = ?', person.email)).toHaveLength(1)
    const done = await api.act(r.id, 'complete')
    expect(done.statusCode, done.body).toBe(200)
    expect(done.json().state).toBe('completed')
    const task = done.json().tasks.find((x: { id: string }) => x.id === r.webshop)
    expect(task.status).toBe('done')
    expect(task.note).toMatch(/^Slettet af Vern i dette system: \d+ rækker ændret eller slettet/)

    expect(shopRows('select * from wp_users where user_email = ?', person.email)).toEqual([])
    // The orders stay for the bookkeeping act, without the e-mail.
    expect(shopRows('select id from wp_wc_orders where billing_email = ?', person.email)).toEqual([])
    expect(shopRows('select count(*) as n from wp_wc_orders')[0]?.n).toBeGreaterThanOrEqual(orders)
    // Everyone else is untouched.
    const other = customers[1] as (typeof customers)[number]
    expect(shopRows('select * from wp_users where user_email = ?', other.email)).toHaveLength(1)
  })

  it('ticks the webshop task off for an access request, whose package takes the rows', async () => {
    const person = customers[2] as (typeof customers)[number]
    const r = await verified('access', person.email)
    await api.taskDone(r.id, r.payroll, 'Not an employee')
    const done = (await api.act(r.id, 'complete')).json()
    expect(done.state).toBe('completed')
    const task = done.tasks.find((x: { id: string }) => x.id === r.webshop)
    expect(task).toMatchObject({ status: 'done', note: expect.stringContaining('Besvaret af Vern') })
    expect(shopRows('select * from wp_users where user_email = ?', person.email)).toHaveLength(1)
  })

  it('hands the payroll system the request by a signed webhook, and completes once it answers', async () => {
    const receiver = await startReceiver(() => t.clock.now())
    try {
      const owner = { authorization: `Bearer ${await createApiKey(t, 'owner')}` }
      const hook = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/systems/${systems.payroll}/webhook`,
        headers: owner,
        payload: { url: receiver.url, events: ['request.erasure'] },
      })
      expect(hook.statusCode, hook.body).toBe(201)
      receiver.secret.value = hook.json().secret
      const person = customers[3] as (typeof customers)[number]
      const r = await verified('erasure', person.email)
      // Verifying kicked the delivery off already; sending what is due again does not send it twice.
      await connectorServices(t.ctx).webhooks.deliverDue()
      await expect.poll(() => receiver.got.length).toBe(1)
      expect(receiver.got[0]?.valid).toBe(true)
      const payload = JSON.parse(receiver.got[0]?.body ?? '{}')
      expect(payload.data).toMatchObject({
        requestId: r.id,
        kind: 'erasure',
        identifiers: { email: person.email },
      })
      // Until payroll answers, the request cannot complete and the webshop is not touched.
      expect((await api.act(r.id, 'complete')).statusCode).toBe(409)
      expect(shopRows('select * from wp_users where user_email = ?', person.email)).toHaveLength(1)
      const answered = await t.app.inject({
        method: 'POST',
        url: new URL(payload.data.callbackUrl).pathname,
        payload: { status: 'done', note: 'No such employee' },
      })
      expect(answered.statusCode, answered.body).toBeLessThan(300)
      const done = (await api.act(r.id, 'complete')).json()
      expect(done.state).toBe('completed')
      expect(done.tasks.every((x: { status: string }) => x.status === 'done')).toBe(true)
      expect(shopRows('select * from wp_users where user_email = ?', person.email)).toEqual([])
    } finally {
      await receiver.close()
    }
  })
})
