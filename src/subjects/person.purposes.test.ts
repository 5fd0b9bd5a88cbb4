import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import type { Role } from '../auth/roles.js'
import { apiClient, orderActivity, webshopSystem } from '../datamap/testing.js'
import { subjectsApi } from './subject.testing.js'

/** The purposes section of a person's page, one entry per category row: key → the row's cell. */
function purposeRows(page: string): Record<string, string> {
  const section = /<section id="purposes"[\s\S]*?<\/section>/.exec(page)?.[0] ?? ''
  const rows = section.matchAll(
    /<tr><th scope="row">[^<]*<code>([^<]+)<\/code><\/th><td>([\s\S]*?)<\/td><\/tr>/g,
  )
  return Object.fromEntries([...rows].map((m) => [m[1], m[2]]))
}

forEachDatabase('purposes on a person’s page', (dialect) => {
  let t: TestApp
  let orders: string
  let customer: string
  let prospect: string
  let contact: string
  const as = async (role: Role) => {
    const browser = new FormClient(t.app)
    const session = await signIn(t, await createUser(t, { role }))
    browser.cookies.set('vern_session', session.cookie.split('=')[1] as string)
    return browser
  }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    const key = await createApiKey(t, 'owner')
    const dm = apiClient(t, key)
    const system = (await dm.post('/api/v1/systems', webshopSystem)).json().id
    // Order handling: name, e-mail and address of customers ('user.contact' covers the e-mail).
    orders = (
      await dm.post('/api/v1/activities', {
        ...orderActivity([system], []),
        dataCategories: ['user.name', 'user.contact'],
      })
    ).json().id
    const offers = await dm.post('/api/v1/activities', {
      ...orderActivity([system], []),
      name: 'Offers to prospects',
      dataUse: 'sales.offers',
      legalBasis: 'legitimate_interests',
      legitimateInterest: 'Answering the prospect’s own request for an offer',
      dataCategories: ['user.contact.email'],
      dataSubjects: ['prospect'],
      retention: { period: { value: 6, unit: 'months' }, trigger: 'the offer', description: 'Then deleted' },
    })
    expect(offers.statusCode, offers.body).toBe(201)
    const b2b = await dm.post('/api/v1/activities', {
      ...orderActivity([system], []),
      name: 'Business accounts',
      dataCategories: ['user.professional_information'],
      dataSubjects: ['customer.b2b_contact'],
    })
    expect(b2b.statusCode, b2b.body).toBe(201)

    const service = await dm.post('/api/v1/activities', {
      ...orderActivity([system], []),
      name: 'Customer service',
      dataUse: 'essential.service',
      dataCategories: ['user.correspondence'],
    })
    expect(service.statusCode, service.body).toBe(201)

    const people = subjectsApi(t, key)
    customer = (
      await people.create({
        name: 'Maren Kjærgaard',
        email: 'maren@example.dk',
        phone: '+45 20 12 34 56',
        jobTitle: 'Indkøbschef',
        relationship: 'customer',
      })
    ).json().id
    await people.interact(customer, { kind: 'complaint', summary: 'The parcel came late' })
    prospect = (await people.create({ name: 'Ole Prospekt', email: 'ole@example.dk' })).json().id
    const company = (
      await people.create({ kind: 'company', name: 'Tømrer ApS', relationship: 'customer' })
    ).json().id
    contact = (
      await people.create({
        name: 'Kim Kontakt',
        jobTitle: 'Indkøber',
        companyId: company,
        relationship: 'customer',
      })
    ).json().id
  })
  afterAll(() => t.close())

  it('lists the activities that cover each category, with purpose, legal basis and retention in words', async () => {
    const page = (await (await as('owner')).get(`/admin/people/${customer}`)).body
    const rows = purposeRows(page)
    expect(Object.keys(rows).sort()).toEqual([
      'user.contact.email',
      'user.contact.phone_number',
      'user.correspondence.complaint',
      'user.name',
      'user.professional_information.job_title',
    ])
    const email = rows['user.contact.email'] ?? ''
    expect(email).toContain(`<a href="/admin/data-map/activities/${orders}">Order handling</a>`)
    expect(email).toContain('Order handling and delivery')
    expect(email).toContain('Performance of a contract (Art. 6(1)(b))')
    expect(email).toContain('5 years, counted from: the end of the financial year of the order')
    // An activity for prospects and one for company contacts do not count for a private customer.
    expect(email).not.toContain('Offers to prospects')
    expect(rows['user.contact.phone_number']).toContain('Order handling')
    // The categories of interactions count too: a complaint is correspondence.
    expect(rows['user.correspondence.complaint']).toContain('Customer service')
    expect(rows['user.correspondence.complaint']).not.toContain('Order handling')
    expect(rows['user.professional_information.job_title']).toContain(
      'No purpose recorded — this data has no documented reason to be kept.',
    )
    expect(page).toContain('1 category has no recorded purpose.')
  })

  it('matches the kind of person: a prospect and a contact at a company', async () => {
    const owner = await as('owner')
    const forProspect = purposeRows((await owner.get(`/admin/people/${prospect}`)).body)
    expect(forProspect['user.contact.email']).toContain('Offers to prospects')
    expect(forProspect['user.contact.email']).not.toContain('Order handling')
    expect(forProspect['user.name']).toContain('No purpose recorded')
    const forContact = purposeRows((await owner.get(`/admin/people/${contact}`)).body)
    expect(forContact['user.professional_information.job_title']).toContain('Business accounts')
    expect(forContact['user.name']).toContain('Order handling')
  })

  it('speaks the reader’s language and links readers to the activity’s row in the data map', async () => {
    const support = await as('support')
    const page = (await support.get(`/admin/people/${customer}?lang=da`)).body
    const email = purposeRows(page)['user.contact.email'] ?? ''
    expect(email).toContain(`<a href="/admin/data-map#activity-${orders}">Order handling</a>`)
    expect(email).toContain('Ordrebehandling og levering')
    expect(email).toContain('Opfyldelse af en kontrakt (art. 6, stk. 1, litra b)')
    expect(purposeRows(page)['user.professional_information.job_title']).toContain('Intet formål registreret')
    const map = (await support.get('/admin/data-map')).body
    expect(map).toContain(`<tr id="activity-${orders}">`)
  })
})
