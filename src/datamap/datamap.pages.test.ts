import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { apiClient, hostingProcessor, multipartBody, PNG_BYTES, tinyPdf } from './testing.js'

forEachDatabase('data map admin pages', (dialect) => {
  let t: TestApp
  let browser: FormClient
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    browser = new FormClient(t.app)
    const session = await signIn(t, await createUser(t, { role: 'dpo' }))
    browser.cookies.set('vern_session', session.cookie.split('=')[1]!)
  })
  afterAll(() => t.close())

  it('adds a system, a processor and an activity through the forms and draws the picture', async () => {
    await browser.get('/admin/processors/new')
    const p = await browser.post('/admin/processors', {
      name: 'Nordhost A/S',
      role: 'processor',
      country: 'dk',
    })
    expect(p.statusCode, p.body).toBe(303)
    const processorId = (await apiClient(t, await createApiKey(t, 'owner')).get('/api/v1/processors')).json()
      .processors[0].id

    await browser.get('/admin/data-map/systems/new')
    const s = await browser.post('/admin/data-map/systems', {
      name: 'Webshop',
      kind: 'webshop',
      hostingCountry: 'ie',
      processorId,
      measure: 'backups',
      note_backups: 'Nightly',
    })
    expect(s.statusCode, s.body).toBe(303)
    const systemId = (await apiClient(t, await createApiKey(t, 'owner')).get('/api/v1/systems')).json()
      .systems[0].id

    const form = await browser.get('/admin/data-map/activities/new')
    expect(form.body).toContain('name="dataCategories"')
    const body = new URLSearchParams({
      _csrf: browser.csrf,
      name: 'Order handling',
      purpose: 'Deliver orders',
      dataUse: 'essential.service.order_handling',
      legalBasis: 'contract',
      systemIds: systemId,
      recipientIds: processorId,
      retentionValue: '5',
      retentionUnit: 'years',
      retentionTrigger: 'the end of the financial year',
      retentionDescription: 'Bookkeeping Act',
    })
    body.append('dataCategories', 'user.name')
    body.append('dataCategories', 'user.contact.email')
    body.append('dataSubjects', 'customer')
    const a = await t.app.inject({
      method: 'POST',
      url: '/admin/data-map/activities',
      headers: {
        cookie: browser.cookieHeader,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      },
      payload: body.toString(),
    })
    expect(a.statusCode, a.body).toBe(303)

    const map = await browser.get('/admin/data-map')
    expect(map.statusCode).toBe(200)
    expect(map.body).toContain('Order handling')
    expect(map.body).toContain('class="matrix"')
    expect(map.body).toMatch(/<th scope="row">Webshop<\/th><td><span aria-hidden="true">✓/)
    expect(map.body).toContain('Nordhost A/S')
    expect(map.body).not.toMatch(/<script>|style="/)
  })

  it('shows a refused form again with the message at the field', async () => {
    await browser.get('/admin/data-map/activities/new')
    const res = await browser.post('/admin/data-map/activities', {
      name: 'Newsletter',
      purpose: 'News',
      dataUse: 'marketing.communications.email',
      legalBasis: 'legitimate_interests',
      dataCategories: 'user.contact.email',
      dataSubjects: 'customer',
      retentionTrigger: 'unsubscribing',
      retentionDescription: 'Until unsubscribed',
    })
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('The legitimate interest, in words')
    expect(res.body).toContain('value="Newsletter"')
  })

  it('uploads an agreement through the multipart form with its CSRF field, and refuses a PNG', async () => {
    const id = (
      await apiClient(t, await createApiKey(t, 'owner')).post('/api/v1/processors', hostingProcessor)
    ).json().id
    const page = await browser.get(`/admin/processors/${id}`)
    expect(page.body).toContain('enctype="multipart/form-data"')
    const send = (bytes: Buffer) => {
      const form = multipartBody({ _csrf: browser.csrf }, { filename: 'dpa.pdf', bytes })
      return t.app.inject({
        method: 'POST',
        url: `/admin/processors/${id}/dpa`,
        headers: { ...form.headers, cookie: browser.cookieHeader, accept: 'text/html' },
        payload: form.payload,
      })
    }
    const ok = await send(tinyPdf())
    expect(ok.statusCode, ok.body).toBe(303)
    expect((await browser.get(`/admin/processors/${id}`)).body).toContain('dpa.pdf')
    const bad = await send(PNG_BYTES)
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('field-error')
  })

  it('shows the record of processing in the chosen language with CSV and JSON links', async () => {
    const res = await browser.get('/admin/ropa?record=da')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Fortegnelse over behandlingsaktiviteter')
    expect(res.body).toContain('/api/v1/ropa?format=csv&amp;lang=da')
    expect(res.body).toContain('Nordlys Webshop ApS')
  })

  it('shows readers the lists without forms', async () => {
    const reader = new FormClient(t.app)
    const session = await signIn(t, await createUser(t, { role: 'auditor' }))
    reader.cookies.set('vern_session', session.cookie.split('=')[1]!)
    const map = await reader.get('/admin/data-map')
    expect(map.statusCode).toBe(200)
    expect(map.body).toContain('Order handling')
    expect(map.body).not.toContain('/admin/data-map/activities/new')
    const list = await reader.get('/admin/processors')
    expect(list.body).toContain('Nordhost A/S')
    expect(list.body).not.toContain('/admin/processors/new')
    expect((await reader.get('/admin/processors/new')).statusCode).toBe(403)
  })
})
