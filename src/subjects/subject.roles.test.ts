import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { auditOf, MAREN, subjectsApi } from './subject.testing.js'

const SUPPORT_ONLY = ['phone', 'address', 'jobTitle', 'workplace', 'nationalIds', 'notes']
const BILLING_ONLY = ['billingAddress', 'cardLast4', 'cardExpiry']
const SHARED = ['name', 'email', 'externalIds', 'companyNumber', 'gln']

forEachDatabase('register need-to-know (P17)', (dialect) => {
  let t: TestApp
  let owner: ReturnType<typeof subjectsApi>
  let support: ReturnType<typeof subjectsApi>
  let billing: ReturnType<typeof subjectsApi>
  let dpo: ReturnType<typeof subjectsApi>
  let id: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    owner = subjectsApi(t, await createApiKey(t, 'owner'))
    support = subjectsApi(t, await createApiKey(t, 'support'))
    billing = subjectsApi(t, await createApiKey(t, 'billing'))
    dpo = subjectsApi(t, await createApiKey(t, 'dpo'))
    id = (await owner.create(MAREN)).json().id
    for (const kind of ['inquiry', 'complaint', 'note', 'offer', 'order', 'invoice'])
      await owner.interact(id, { kind, summary: `${kind} text` })
  })
  afterAll(() => t.close())

  it('shows customer service contact, identity and B2B data, but not billing data', async () => {
    const person = (await support.get(id)).json()
    for (const f of [...SUPPORT_ONLY, ...SHARED]) expect(person, f).toHaveProperty(f)
    for (const f of BILLING_ONLY) expect(person, f).not.toHaveProperty(f)
    const kinds = (await support.interactions(id)).json().interactions.map((i: { kind: string }) => i.kind)
    expect(kinds.sort()).toEqual(['complaint', 'inquiry', 'note', 'offer'])
  })

  it('shows billing names, e-mail, billing address, card and company numbers, orders and invoices only', async () => {
    const person = (await billing.get(id)).json()
    for (const f of [...BILLING_ONLY, ...SHARED]) expect(person, f).toHaveProperty(f)
    for (const f of SUPPORT_ONLY) expect(person, f).not.toHaveProperty(f)
    expect(JSON.stringify(person)).not.toContain('4285')
    const kinds = (await billing.interactions(id)).json().interactions.map((i: { kind: string }) => i.kind)
    expect(kinds.sort()).toEqual(['invoice', 'order'])
    const listed = (await billing.list()).json().subjects[0]
    expect(listed).not.toHaveProperty('nationalIds')
    expect((await billing.list('?identifier=070761-4285')).statusCode).toBe(400)
    expect((await billing.list('?phone=20123456')).statusCode).toBe(403)
    expect((await billing.list('?email=maren.kjaergaard@example.dk')).json().subjects).toHaveLength(1)
  })

  it('shows owner and DPO everything', async () => {
    for (const api of [owner, dpo]) {
      const person = (await api.get(id)).json()
      for (const f of [...SUPPORT_ONLY, ...BILLING_ONLY, ...SHARED]) expect(person, f).toHaveProperty(f)
      expect((await api.interactions(id)).json().interactions).toHaveLength(6)
    }
  })

  it('refuses marketing and auditor with 403', async () => {
    for (const role of ['marketing', 'auditor'] as const) {
      const api = subjectsApi(t, await createApiKey(t, role))
      for (const res of [
        await api.get(id),
        await api.list(),
        await api.interactions(id),
        await api.create({ name: 'X' }),
        await api.patch(id, { name: 'X' }),
      ])
        expect(res.statusCode, role).toBe(403)
    }
  })

  it('lets each role write only its own fields and interaction kinds, auditing a refused field', async () => {
    expect((await billing.patch(id, { cardLast4: '9999', email: 'maren@example.dk' })).statusCode).toBe(200)
    const refused = await billing.patch(id, { phone: '+4520000000', cardLast4: '1234' })
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.code).toBe('forbidden')
    expect((await owner.get(id)).json()).toMatchObject({ cardLast4: '9999', phone: '+4520123456' })
    expect((await support.patch(id, { cardExpiry: '10/28' })).statusCode).toBe(403)
    expect(
      (await support.patch(id, { notes: 'Ringer helst efter kl. 10', relationship: 'customer' })).statusCode,
    ).toBe(200)
    expect((await billing.interact(id, { kind: 'complaint', summary: 'x' })).statusCode).toBe(403)
    expect((await support.interact(id, { kind: 'invoice', reference: 'F-1' })).statusCode).toBe(403)
    expect((await billing.interact(id, { kind: 'invoice', reference: 'F-2' })).statusCode).toBe(201)
    expect(
      (await billing.create({ name: 'Ny Kunde', nationalIds: [{ kind: 'dk_cpr', value: '0101901234' }] }))
        .statusCode,
    ).toBe(403)
    expect(
      (await billing.create({ name: 'Ny Kunde', email: 'ny@kunde.dk', cardLast4: '0005' })).statusCode,
    ).toBe(201)
    const denied = await auditOf(t, 'subject.write_denied')
    expect(denied.map((e) => e.details?.fields)).toEqual([
      ['phone'],
      ['cardExpiry'],
      ['kind'],
      ['kind'],
      ['nationalIds'],
    ])
    expect(denied.every((e) => e.outcome === 'denied')).toBe(true)
  })
})
