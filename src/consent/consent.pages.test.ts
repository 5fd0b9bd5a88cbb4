import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { apiClient, webshopSystem } from '../datamap/testing.js'
import { DEFAULT_BANNER_TEXTS } from './consent.text.js'

const SHOP = 'https://shop.example'

forEachDatabase('consent pages', (dialect) => {
  let t: TestApp
  let form: FormClient
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await t.ctx.db
      .transaction()
      .execute((trx) => t.ctx.organisation.update(trx, { bannerOrigins: [SHOP] }, { type: 'system' }))
    form = new FormClient(t.app)
    form.cookies.set(
      'vern_session',
      (await signIn(t, await createUser(t, { role: 'marketing' }))).cookie.split('=')[1] ?? '',
    )
  })
  afterAll(() => t.close())

  const config = async () => (await t.app.inject({ url: '/api/v1/public/consent-config' })).json()

  it('shows the page, saves settings, and publishes a new revision when what is shown changes', async () => {
    const page = await form.get('/admin/consent')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Current revision: 1')
    expect(page.body).not.toContain('<script>')

    // Expiry alone does not change what visitors see: same revision.
    expect(
      (await form.post('/admin/consent/settings', { expiryMonths: '6', gpc: 'refuse', policyVersion: '' }))
        .statusCode,
    ).toBe(303)
    expect(await config()).toMatchObject({ revision: 1, expiryMonths: 6 })

    // A policy version does: the banner asks again.
    await form.get('/admin/consent')
    await form.post('/admin/consent/settings', { expiryMonths: '6', gpc: 'ignore', policyVersion: '2026-11' })
    expect(await config()).toMatchObject({ revision: 2, gpc: 'ignore', policyVersion: '2026-11' })

    const bad = await form.post('/admin/consent/settings', { expiryMonths: '40', gpc: 'refuse' })
    expect(bad.statusCode).toBe(400)
  })

  it('adds a service linked to a data-map system and edits the texts, each a new revision', async () => {
    const key = await createApiKey(t, 'dpo')
    const system = (await apiClient(t, key).post('/api/v1/systems', webshopSystem)).json()
    await form.get('/admin/consent')
    const before = (await config()).revision
    const added = await form.post('/admin/consent/services', {
      name: 'Google Analytics',
      key: 'google-analytics',
      category: 'statistics',
      link: `system:${system.id}`,
    })
    expect(added.statusCode).toBe(303)
    const after = await config()
    expect(after.revision).toBe(before + 1)
    expect(after.services).toEqual([
      { key: 'google-analytics', category: 'statistics', name: 'Google Analytics' },
    ])
    const row = await t.ctx.db.selectFrom('consent_services').selectAll().executeTakeFirstOrThrow()
    expect(row.system_id).toBe(system.id)
    expect((await form.get('/admin/consent')).body).toContain('Webshop')

    const page = await form.get('/admin/consent/texts/da')
    expect(page.body).toContain(DEFAULT_BANNER_TEXTS.da.acceptAll)
    const fields: Record<string, string> = {}
    for (const [k, v] of Object.entries(DEFAULT_BANNER_TEXTS.da)) if (typeof v === 'string') fields[k] = v
    for (const [k, v] of Object.entries(DEFAULT_BANNER_TEXTS.da.categories)) {
      fields[`${k}.name`] = v.name
      fields[`${k}.description`] = v.description
    }
    fields.title = 'Vi bruger cookies'
    expect((await form.post('/admin/consent/texts/da', fields)).statusCode).toBe(303)
    const edited = await config()
    expect(edited.revision).toBe(before + 2)
    expect(edited.texts.da.title).toBe('Vi bruger cookies')
    expect(edited.texts.sv.title).toBe(DEFAULT_BANNER_TEXTS.sv.title)
    const actions = (await t.ctx.audit.list(t.ctx.db, { action: 'consent.config_changed' }, 10)).length
    expect(actions).toBeGreaterThanOrEqual(3)
  })

  it('charts the choices and shows an audited proof as a readable page', async () => {
    const { revision } = await config()
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/consents',
      headers: { origin: SHOP },
      payload: {
        method: 'custom',
        categories: { preferences: true, statistics: false, marketing: false },
        services: { 'google-analytics': true },
        revision,
        language: 'da',
        person: { customerId: 'C-77' },
      },
    })
    expect(res.statusCode).toBe(201)
    const { id } = res.json()
    const overview = await form.get('/admin/consent')
    expect(overview.body).toContain('<svg')
    expect(overview.body).toMatch(/Refusals through Global Privacy Control: 0 % of 1 choices/)

    const proof = await form.get(`/admin/consent/proofs/${id}`)
    expect(proof.statusCode).toBe(200)
    expect(proof.body).toContain('Vi bruger cookies')
    expect(proof.body).toContain('The record matches its hash in the ledger.')
    // A service in a refused category is refused, whatever the banner sent.
    expect(proof.body).toMatch(/Service: google-analytics<\/th><td>Refused/)
    const found = await form.get('/admin/consent/proofs?customerId=C-77')
    expect(found.body).toContain(id)
    expect((await form.get('/admin/consent/proofs/not-a-uuid')).statusCode).toBe(404)
    const audited = await t.ctx.audit.list(t.ctx.db, { action: 'consent.' }, 20)
    expect(audited.map((e) => e.action)).toEqual(
      expect.arrayContaining(['consent.proof_viewed', 'consent.person_proofs_viewed']),
    )
  })
})
