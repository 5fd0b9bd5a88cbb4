import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { auditOf, subjectsApi } from '../subjects/subject.testing.js'
import { linkInOutbox, subscriptionsApi } from './subscription.testing.js'

forEachDatabase('subscriptions API', (dialect) => {
  let t: TestApp
  let api: ReturnType<typeof subscriptionsApi>
  let register: ReturnType<typeof subjectsApi>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    api = subscriptionsApi(t, await createApiKey(t, 'marketing'))
    register = subjectsApi(t, await createApiKey(t, 'owner'))
  })
  afterAll(() => t.close())

  it('records a soft opt-in for an existing customer and answers the check with its basis', async () => {
    const customer = await register.create({
      name: 'Ida Holm',
      email: 'ida@holm.dk',
      relationship: 'customer',
    })
    expect(customer.statusCode).toBe(201)
    const res = await api.subscribe({
      email: 'IDA@holm.dk',
      channel: 'email',
      purpose: 'newsletter',
      basis: 'soft_opt_in',
      optOutOffered: true,
      source: 'checkout',
      evidence: 'Checkbox "no thanks to offers" shown unticked at checkout',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      subjectId: customer.json().id,
      basis: 'soft_opt_in',
      status: 'active',
      optOutOffered: true,
      language: 'da',
    })
    expect((await api.check('ida@holm.dk')).json()).toEqual({
      maySend: true,
      basis: 'soft_opt_in',
      reason: 'permission',
    })
    expect((await api.check('ida@holm.dk', 'sms')).json()).toMatchObject({
      maySend: false,
      reason: 'no_permission',
    })
    const again = await api.subscribe({
      email: 'ida@holm.dk',
      channel: 'email',
      purpose: 'newsletter',
      basis: 'soft_opt_in',
      optOutOffered: true,
      source: 'checkout',
    })
    expect(again.statusCode).toBe(200)
  })

  it('refuses a soft opt-in for someone who is not a customer, or without the opt-out offered', async () => {
    await register.create({ email: 'prospect@example.dk' })
    const base = { channel: 'email', purpose: 'newsletter', basis: 'soft_opt_in', source: 'form' }
    const prospect = await api.subscribe({ ...base, email: 'prospect@example.dk', optOutOffered: true })
    expect(prospect.statusCode).toBe(409)
    expect(prospect.json().error.code).toBe('not_a_customer')
    const unknown = await api.subscribe({ ...base, email: 'nobody@example.dk', optOutOffered: true })
    expect(unknown.json().error.code).toBe('not_a_customer')
    await register.create({ email: 'kunde@example.dk', relationship: 'customer' })
    const noOptOut = await api.subscribe({ ...base, email: 'kunde@example.dk' })
    expect(noOptOut.statusCode).toBe(400)
    expect(noOptOut.json().error.field).toBe('optOutOffered')
    const extra = await api.subscribe({ ...base, email: 'kunde@example.dk', optOutOffered: true, vip: 1 })
    expect(extra.statusCode).toBe(400)
  })

  it('sends a double opt-in mail to a non-customer and activates only on confirmation, once', async () => {
    const res = await api.subscribe({
      email: 'ny@example.se',
      name: 'Nils Nyberg',
      channel: 'email',
      purpose: 'newsletter',
      basis: 'explicit_opt_in',
      source: 'newsletter-form',
      language: 'sv',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ status: 'pending', basis: 'explicit_opt_in', language: 'sv' })
    expect((await api.check('ny@example.se')).json()).toMatchObject({
      maySend: false,
      reason: 'pending_confirmation',
    })
    const link = await linkInOutbox(t, '/subscriptions/confirm/')
    expect(link).not.toContain('ny@example')
    const url = new URL(link).pathname
    const page = await t.app.inject({ method: 'GET', url })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-language']).toBe('sv')
    expect(page.body).toContain('Bekräfta din prenumeration')
    // Following the link does not subscribe (mail scanners prefetch); the button does.
    expect((await api.check('ny@example.se')).json().maySend).toBe(false)
    const confirmed = await t.app.inject({ method: 'POST', url })
    expect(confirmed.statusCode).toBe(200)
    expect((await api.check('ny@example.se')).json()).toEqual({
      maySend: true,
      basis: 'explicit_opt_in',
      reason: 'permission',
    })
    expect((await t.app.inject({ method: 'POST', url })).statusCode).toBe(404)
  })

  it('lets a confirmation link expire after 7 days', async () => {
    await api.subscribe({
      email: 'sen@example.no',
      channel: 'email',
      purpose: 'offers',
      basis: 'explicit_opt_in',
      source: 'form',
      language: 'nb',
    })
    const url = new URL(await linkInOutbox(t, '/subscriptions/confirm/')).pathname
    t.clock.advance(8 * 24 * 60 * 60 * 1000)
    expect((await t.app.inject({ method: 'POST', url })).statusCode).toBe(404)
    expect((await api.check('sen@example.no', 'email', 'offers')).json().maySend).toBe(false)
  })

  it('needs the subscriptions rights, and audits reads and writes with ids only', async () => {
    const support = subscriptionsApi(t, await createApiKey(t, 'support'))
    expect((await support.check('ida@holm.dk')).statusCode).toBe(403)
    const write = await support.subscribe({
      email: 'x@example.dk',
      channel: 'email',
      purpose: 'newsletter',
      basis: 'explicit_opt_in',
      source: 'form',
    })
    expect(write.statusCode).toBe(403)
    const entries = [
      ...(await auditOf(t, 'subscription.create')),
      ...(await auditOf(t, 'subscription.check')),
      ...(await auditOf(t, 'subscription.confirm')),
    ]
    expect(entries.length).toBeGreaterThan(4)
    const text = JSON.stringify(entries)
    for (const value of ['ida@holm.dk', 'ny@example.se', 'Nils', 'Checkbox'])
      expect(text).not.toContain(value)
    const ida = (await register.list('?email=ida@holm.dk')).json().subjects[0].id
    const list = await api.ofSubject(ida)
    expect(list.json().subscriptions).toHaveLength(1)
    expect((await auditOf(t, 'subscription.read')).length).toBeGreaterThan(0)
  })
})
