import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { auditOf, MAREN, subjectsApi } from './subject.testing.js'

forEachDatabase('register list page', (dialect) => {
  let t: TestApp
  let id: string
  let browser: FormClient
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    const api = subjectsApi(t, await createApiKey(t, 'owner'))
    id = (await api.create(MAREN)).json().id
    for (let i = 0; i < 3; i++) await api.create({ name: `Kunde ${i}` })
    browser = new FormClient(t.app)
    const session = await signIn(t, await createUser(t, { role: 'support' }))
    browser.cookies.set('vern_session', session.cookie.split('=')[1] as string)
  })
  afterAll(() => t.close())

  it('lists the register newest first and audits the page once', async () => {
    const page = await browser.get('/admin/people')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain(`/admin/people/${id}`)
    expect(page.body.indexOf('Kunde 2')).toBeLessThan(page.body.indexOf('Kunde 0'))
    expect((await auditOf(t, 'subject.read')).at(-1)?.details).toMatchObject({ count: 4 })
  })

  it('searches by phone, e-mail and identity number, exactly', async () => {
    for (const query of [
      'by=phone&q=20%2012%2034%2056',
      'by=email&q=MAREN.kjaergaard%40example.dk',
      'by=identifier&q=0707614285',
      'by=externalId&q=shop%3A10042',
    ]) {
      const hit = await browser.get(`/admin/people?${query}`)
      expect(hit.body, query).toContain(`/admin/people/${id}`)
    }
    const miss = await browser.get('/admin/people?by=email&q=maren%40example.dk')
    expect(miss.body).not.toContain(`/admin/people/${id}`)
    const bad = await browser.get('/admin/people?by=identifier&q=12')
    expect(bad.body).toContain('role="alert"')
  })

  it('adds a person from the form and opens their page', async () => {
    await browser.get('/admin/people')
    const res = await browser.post('/admin/people', {
      kind: 'person',
      relationship: 'prospect',
      name: 'Ny Kunde',
      email: 'ny@kunde.dk',
      phone: '31 31 31 31',
    })
    expect(res.statusCode).toBe(303)
    const page = await browser.get(String(res.headers.location))
    expect(page.body).toContain('+4531313131')
    const bad = await browser.post('/admin/people', {
      kind: 'person',
      relationship: 'prospect',
      name: 'Ny Kunde',
      phone: '12',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('f-phone-error')
  })
})
