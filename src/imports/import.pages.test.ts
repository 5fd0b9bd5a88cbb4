import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { multipartBody } from '../datamap/testing.js'
import { customerExport, toCsv } from './testing.js'

forEachDatabase('CSV import pages and API', (dialect) => {
  let t: TestApp
  let browser: FormClient
  let key: string
  const csvFile = (text: string, filename = 'kunder.csv') => ({
    filename,
    contentType: 'text/csv',
    bytes: Buffer.from(text),
  })

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    browser = new FormClient(t.app)
    const session = await signIn(t, await createUser(t, { role: 'support' }))
    browser.cookies.set('vern_session', session.cookie.split('=')[1] as string)
    key = await createApiKey(t, 'owner')
  })
  afterAll(() => t.close())

  const upload = async (text: string) => {
    await browser.get('/admin/people/import')
    const form = multipartBody({ _csrf: browser.csrf }, csvFile(text))
    return t.app.inject({
      method: 'POST',
      url: '/admin/people/import',
      headers: { ...form.headers, cookie: browser.cookieHeader, accept: 'text/html' },
      payload: form.payload,
    })
  }

  it('takes a file, shows the guessed mapping, checks, imports with progress, and reports by row', async () => {
    const page = await browser.get('/admin/people')
    expect(page.body).toContain('href="/admin/people/import"')

    const uploaded = await upload(customerExport(30, 5))
    expect(uploaded.statusCode).toBe(303)
    const url = uploaded.headers.location as string
    const mapping = await browser.get(url)
    expect(mapping.statusCode).toBe(200)
    expect(mapping.body).toContain('30 rows')
    // The guess is preselected: Email for the e-mail, Customer ID for the customer id.
    expect(mapping.body).toMatch(/name="map\.email"[\s\S]*?<option value="Email" selected>/)
    expect(mapping.body).toMatch(/name="map\.externalId"[\s\S]*?<option value="Customer ID" selected>/)

    const fields = {
      'map.externalId': 'Customer ID',
      'map.firstName': 'First Name',
      'map.lastName': 'Last Name',
      'map.email': 'Email',
      'map.phone': 'Phone',
      system: 'shop',
      relationship: 'customer',
    }
    const check = await browser.post(`${url}/check`, fields)
    expect(check.statusCode).toBe(303)
    await t.ctx.imports.runPending()
    const checked = await browser.get(url)
    expect(checked.body).toContain('What the import will do')
    expect(checked.body).toMatch(/<strong>30<\/strong> new people/)

    const run = await browser.post(`${url}/run`, fields)
    expect(run.statusCode).toBe(303)
    // While it runs, the page shows a progress bar and refreshes itself.
    const running = await browser.get(url)
    if (running.body.includes('<progress')) expect(running.headers.refresh).toBe('2')
    await t.ctx.imports.runPending()
    const done = await browser.get(url)
    expect(done.body).toContain('What the import did')
    expect(done.body).toMatch(/<strong>30<\/strong> new people/)
    expect(done.headers.refresh).toBeUndefined()
  })

  it('lists rejected rows by number, column and reason, never by value', async () => {
    const csv = toCsv(
      ['Kundenr', 'Navn', 'E-mail'],
      [
        ['1', 'Ida', 'ida@example.com'],
        ['2', 'Bo', 'bo-at-example.com'],
      ],
      ';',
    )
    const url = (await upload(csv)).headers.location as string
    await browser.get(url)
    await browser.post(`${url}/check`, {
      'map.externalId': 'Kundenr',
      'map.fullName': 'Navn',
      'map.email': 'E-mail',
      system: 'shop',
      relationship: 'customer',
    })
    await t.ctx.imports.runPending()
    const page = await browser.get(url)
    expect(page.body).toMatch(/<td>3<\/td><td>E-mail<\/td><td>is not a valid e-mail address<\/td>/)
    expect(page.body).not.toContain('bo-at-example.com')
  })

  it('says at the form what is wrong with a mapping, in the page language', async () => {
    const url = (await upload(customerExport(2))).headers.location as string
    await browser.get(url)
    const refused = await browser.post(`${url}/run?lang=da`, {
      'map.firstName': 'First Name',
      system: 'shop',
      relationship: 'customer',
    })
    expect(refused.statusCode).toBe(400)
    expect(refused.body).toContain('Tilknyt som minimum e-mail eller kundenummer')
  })

  it('refuses an upload that is not CSV with a clear message, and needs the CSRF token', async () => {
    const empty = await upload('')
    expect(empty.statusCode).toBe(400)
    const form = multipartBody({}, csvFile(customerExport(2)))
    const forged = await t.app.inject({
      method: 'POST',
      url: '/admin/people/import',
      headers: { ...form.headers, cookie: browser.cookieHeader, accept: 'text/html' },
      payload: form.payload,
    })
    expect(forged.statusCode).toBe(403)
  })

  it('offers the same through the API, and refuses roles without write access to the register', async () => {
    const form = multipartBody({}, csvFile(customerExport(12, 9)))
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/people',
      headers: { ...form.headers, authorization: `Bearer ${key}` },
      payload: form.payload,
    })
    expect(created.statusCode).toBe(201)
    const view = created.json()
    expect(view).toMatchObject({ status: 'uploaded', totalRows: 12, suggestedMapping: { email: 'Email' } })

    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/imports/people/${view.id}/run`,
      headers: { authorization: `Bearer ${key}` },
      payload: { mapping: { email: 'Email' }, colour: 'blue' },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('validation_failed')

    const started = await t.app.inject({
      method: 'POST',
      url: `/api/v1/imports/people/${view.id}/run`,
      headers: { authorization: `Bearer ${key}` },
      payload: { mapping: view.suggestedMapping, system: 'webshop' },
    })
    expect(started.statusCode).toBe(202)
    await t.ctx.imports.runPending()
    const finished = await t.app.inject({
      method: 'GET',
      url: `/api/v1/imports/people/${view.id}`,
      headers: { authorization: `Bearer ${key}` },
    })
    expect(finished.json()).toMatchObject({ status: 'completed', created: 12, rejected: 0 })
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/imports/people/${view.id}/run`,
      headers: { authorization: `Bearer ${key}` },
      payload: { mapping: view.suggestedMapping },
    })
    expect(again.statusCode).toBe(409)
    const byId = await t.app.inject({
      method: 'GET',
      url: '/api/v1/subjects?externalId=webshop:10003',
      headers: { authorization: `Bearer ${key}` },
    })
    expect(byId.json().subjects).toHaveLength(1)

    const marketing = await createApiKey(t, 'marketing')
    const denied = await t.app.inject({
      method: 'GET',
      url: '/api/v1/imports/people',
      headers: { authorization: `Bearer ${marketing}` },
    })
    expect(denied.statusCode).toBe(403)
  })
})
