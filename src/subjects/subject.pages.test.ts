import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import type { Role } from '../auth/roles.js'
import { auditOf, MAREN, subjectsApi } from './subject.testing.js'

forEachDatabase('register pages', (dialect) => {
  let t: TestApp
  let id: string
  const as = async (role: Role) => {
    const browser = new FormClient(t.app)
    browser.cookies.set(
      'vern_session',
      (await signIn(t, await createUser(t, { role }))).cookie.split('=')[1] as string,
    )
    return browser
  }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    const api = subjectsApi(t, await createApiKey(t, 'owner'))
    id = (await api.create(MAREN)).json().id
    await api.interact(id, { kind: 'invoice', reference: 'F-2026-117', amount: 1250, currency: 'DKK' })
    await api.interact(id, { kind: 'complaint', summary: 'Pakken kom for sent' })
  })
  afterAll(() => t.close())

  it('shows the owner everything held, by data category, and the purposes section', async () => {
    const page = await (await as('owner')).get(`/admin/people/${id}?lang=da`)
    expect(page.statusCode).toBe(200)
    for (const text of [
      'user.contact.email',
      'E-mailadresse',
      'maren.kjaergaard@example.dk',
      'user.government_id.national_identification_number',
      '070761-4285',
      'user.financial.credit_card.last_four',
      '4242',
      'F-2026-117',
      'Pakken kom for sent',
      'id="purposes"',
    ])
      expect(page.body, text).toContain(text)
  })

  it('shows support no billing data and billing no identity numbers or complaints', async () => {
    const support = (await (await as('support')).get(`/admin/people/${id}`)).body
    expect(support).toContain('070761-4285')
    expect(support).toContain('Pakken kom for sent')
    for (const hidden of ['4242', 'Postboks 77', 'F-2026-117']) expect(support).not.toContain(hidden)
    const billing = (await (await as('billing')).get(`/admin/people/${id}`)).body
    expect(billing).toContain('F-2026-117')
    expect(billing).toContain('4242')
    for (const hidden of ['070761-4285', 'Pakken kom for sent', 'Nørrebrogade', 'name="nationalId"'])
      expect(billing).not.toContain(hidden)
    expect((await (await as('marketing')).get(`/admin/people/${id}`)).statusCode).toBe(403)
  })

  it('corrects a person through the form and audits the changed fields only', async () => {
    const browser = await as('support')
    await browser.get(`/admin/people/${id}`)
    const page = (await browser.get(`/admin/people/${id}`)).body
    const value = (name: string) => new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(page)?.[1] ?? ''
    const fields = Object.fromEntries(
      [
        'name',
        'email',
        'phone',
        'street',
        'postalCode',
        'city',
        'addressCountry',
        'jobTitle',
        'workplace',
        'nationalId',
        'externalSystem',
        'externalId',
        'companyNumber',
        'gln',
      ].map((n) => [n, value(n).replace(/&#39;/g, "'")]),
    )
    const res = await browser.post(`/admin/people/${id}`, {
      ...fields,
      nationalIdKind: 'dk_cpr',
      companyNumberKind: 'dk_cvr',
      notes: 'Foretrækker levering om formiddagen',
      jobTitle: 'Indkøbsdirektør',
    })
    expect(res.statusCode).toBe(303)
    expect((await auditOf(t, 'subject.update')).at(-1)?.details).toEqual({ fields: ['jobTitle'] })
    const refused = await browser.post(`/admin/people/${id}`, {
      ...fields,
      nationalIdKind: 'dk_cpr',
      companyNumberKind: 'dk_cvr',
      nationalId: '300261-1234',
    })
    expect(refused.statusCode).toBe(400)
    expect(refused.body).toContain('field-error')
  })

  it('refuses a card number in a form with a message, records the attempt and adds nothing', async () => {
    const browser = await as('owner')
    await browser.get(`/admin/people/${id}`)
    const res = await browser.post('/admin/people', {
      kind: 'person',
      relationship: 'prospect',
      name: 'Kort Holder',
      notes: '4111 1111 1111 1111',
    })
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('full card number')
    expect(res.body).not.toContain('4111 1111')
    expect((await auditOf(t, 'subject.card_number_refused')).at(-1)?.details).toEqual({ fields: ['notes'] })
    const ok = await browser.post('/admin/people', {
      kind: 'person',
      relationship: 'customer',
      name: 'Kort Holder',
      cardLast4: '1111',
      cardExpiry: '12/29',
    })
    expect(ok.statusCode).toBe(303)
    const added = await browser.get(String(ok.headers.location))
    expect(added.body).toContain('Kort Holder')
    expect(added.body).toContain('12/29')
  })

  it('records an interaction from the person page', async () => {
    const browser = await as('billing')
    await browser.get(`/admin/people/${id}`)
    const res = await browser.post(`/admin/people/${id}/interactions`, {
      kind: 'order',
      occurredAt: '2026-11-19',
      reference: 'ORD-88',
      amount: '349,50',
      currency: 'dkk',
    })
    expect(res.statusCode).toBe(303)
    const page = (await browser.get(`/admin/people/${id}`)).body
    expect(page).toContain('ORD-88')
    expect(page).toContain('349.5 DKK')
  })
})
