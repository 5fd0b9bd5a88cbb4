import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { auditOf, MAREN, subjectsApi } from './subject.testing.js'

forEachDatabase('register API', (dialect) => {
  let t: TestApp
  let api: ReturnType<typeof subjectsApi>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    api = subjectsApi(t, await createApiKey(t, 'owner'))
  })
  afterAll(() => t.close())

  it('adds a person with normalised identifiers and answers with them', async () => {
    const res = await api.create(MAREN)
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      kind: 'person',
      relationship: 'prospect',
      source: 'api',
      email: 'maren.kjaergaard@example.dk',
      phone: '+4520123456',
      nationalIds: [{ kind: 'dk_cpr', value: '070761-4285' }],
      companyNumber: { kind: 'dk_cvr', value: '24256790', vatNumber: 'DK24256790' },
      cardLast4: '4242',
      cardExpiry: '09/27',
      firstContactAt: '2026-11-20T10:00:00.000Z',
    })
    const again = await api.get(res.json().id)
    expect(again.json().address).toEqual(MAREN.address)
  })

  it('finds people by e-mail, phone, identifier and external id, written any common way', async () => {
    const { id } = (
      await api.create({
        name: 'Søren Holm',
        email: 'soren@holm.dk',
        phone: '+45 31 22 33 44',
        nationalIds: [{ kind: 'dk_cpr', value: '0101901234' }],
        externalIds: [{ system: 'Shop', id: 'A-77' }],
      })
    ).json()
    for (const query of [
      'email=%20SOREN@Holm.DK',
      'phone=31223344',
      'phone=%2B4531223344',
      'identifier=010190-1234',
      'externalId=shop:A-77',
    ]) {
      const res = await api.list(`?${query}`)
      expect(res.statusCode, query).toBe(200)
      expect(
        res.json().subjects.map((s: { id: string }) => s.id),
        query,
      ).toEqual([id])
    }
    expect((await api.list('?email=nobody@holm.dk')).json().subjects).toEqual([])
    const reads = await auditOf(t, 'subject.read')
    expect(reads.filter((e) => e.target?.id === id)).toHaveLength(5)
  })

  it('accepts a CPR number that fails mod-11 and refuses impossible birth dates, naming the field and rule', async () => {
    const ok = await api.create({ name: 'A', nationalIds: [{ kind: 'dk_cpr', value: '010190-1234' }] })
    expect(ok.statusCode).toBe(201)
    const bad = await api.create({ name: 'B', nationalIds: [{ kind: 'dk_cpr', value: '300261-1234' }] })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toMatchObject({
      code: 'validation_failed',
      field: 'nationalIds.0.value',
      rule: 'date',
    })
    expect(bad.body).not.toContain('300261')
  })

  it('checks every Nordic identifier against its rule', async () => {
    const cases: Array<[object, string | null, string?]> = [
      [{ nationalIds: [{ kind: 'no_fnr', value: '02016126007' }] }, null],
      [{ nationalIds: [{ kind: 'no_fnr', value: '02016126008' }] }, 'check_digit', 'nationalIds.0.value'],
      [{ nationalIds: [{ kind: 'se_pnr', value: '640823-3234' }] }, null],
      [{ nationalIds: [{ kind: 'se_pnr', value: '640823-3235' }] }, 'check_digit', 'nationalIds.0.value'],
      [{ nationalIds: [{ kind: 'fi_hetu', value: '131052-308T' }] }, null],
      [{ nationalIds: [{ kind: 'fi_hetu', value: '131052-308U' }] }, 'check_digit', 'nationalIds.0.value'],
      [{ companyNumber: { kind: 'dk_cvr', value: '24256791' } }, 'check_digit', 'companyNumber.value'],
      [{ companyNumber: { kind: 'no_orgnr', value: '923 609 016' } }, null],
      [{ companyNumber: { kind: 'no_orgnr', value: '923609017' } }, 'check_digit', 'companyNumber.value'],
      [{ companyNumber: { kind: 'se_orgnr', value: '556036-0793' } }, null],
      [{ companyNumber: { kind: 'se_orgnr', value: '551036-0793' } }, 'range', 'companyNumber.value'],
      [{ companyNumber: { kind: 'fi_ytunnus', value: '0112038-9' } }, null],
      [{ companyNumber: { kind: 'fi_ytunnus', value: '0112038-8' } }, 'check_digit', 'companyNumber.value'],
      [{ gln: '5790000000005' }, null],
      [{ gln: '5790000000006' }, 'check_digit', 'gln'],
      [{ phone: '+46 70 123 45 67' }, null],
      [{ phone: '123' }, 'phone', 'phone'],
    ]
    for (const [body, rule, field] of cases) {
      const res = await api.create({ name: 'X', ...body })
      const label = JSON.stringify(body)
      if (rule === null) expect(res.statusCode, label).toBe(201)
      else {
        expect(res.statusCode, label).toBe(400)
        expect(res.json().error, label).toMatchObject({ field, rule })
      }
    }
  })

  it('refuses a full card number anywhere, audits the attempt and writes nothing', async () => {
    const count = async () =>
      (
        await t.ctx.db
          .selectFrom('subjects')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n
    const keys = async () =>
      (
        await t.ctx.db
          .selectFrom('data_keys')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n
    const [before, keysBefore] = [Number(await count()), Number(await keys())]
    const res = await api.create({ name: 'Card Holder', notes: 'kort 4111 1111 1111 1111 udløb 09/27' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'card_number_not_allowed', field: 'notes' })
    // The error names the field; the request id (random hex) is left out of the check.
    expect(JSON.stringify({ ...res.json().error, requestId: undefined })).not.toContain('4111')
    expect(Number(await count())).toBe(before)
    expect(Number(await keys())).toBe(keysBefore)
    const inLast4 = await api.create({ name: 'Card Holder', cardLast4: '4111111111111111' })
    expect(inLast4.json().error.code).toBe('card_number_not_allowed')

    const { id } = (await api.create({ name: 'Card Holder', cardLast4: '1111', cardExpiry: '01/20' })).json()
    const patch = await api.patch(id, { address: { street: '5555555555554444' } })
    expect(patch.json().error).toMatchObject({ code: 'card_number_not_allowed', field: 'address.street' })
    const note = await api.interact(id, { kind: 'order', summary: 'paid with 4111-1111-1111-1111' })
    expect(note.json().error).toMatchObject({ code: 'card_number_not_allowed', field: 'summary' })
    expect((await api.interactions(id)).json().interactions).toEqual([])

    const refused = await auditOf(t, 'subject.card_number_refused')
    expect(refused.map((e) => [e.outcome, e.target?.id, e.details?.fields])).toEqual([
      ['denied', 'new', ['notes']],
      ['denied', 'new', ['cardLast4']],
      ['denied', id, ['address.street']],
      ['denied', id, ['summary']],
    ])
    expect(JSON.stringify(refused)).not.toMatch(/4111|5555/)
    const bad4 = await api.create({ name: 'Card Holder', cardLast4: '12345' })
    expect(bad4.json().error).toMatchObject({ field: 'cardLast4', rule: 'format' })
  })

  it('audits a rectification with the changed field names and never the values', async () => {
    const { id } = (await api.create({ name: 'Ida Berg', email: 'ida@berg.dk', phone: '+4540404040' })).json()
    const res = await api.patch(id, {
      name: 'Ida Bergström',
      email: 'IDA@bergstrom.se',
      phone: '40 40 40 40',
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ name: 'Ida Bergström', email: 'ida@bergstrom.se' })
    const entry = (await auditOf(t, 'subject.update')).at(-1)
    expect(entry?.target?.id).toBe(id)
    expect(entry?.details).toEqual({ fields: ['name', 'email'] })
    expect(JSON.stringify(entry)).not.toMatch(/Ida|berg/i)
    expect((await api.list('?email=ida@berg.dk')).json().subjects).toEqual([])
    expect((await api.list('?email=ida@bergstrom.se')).json().subjects).toHaveLength(1)
  })

  it('keeps relationship state and contact dates in step with interactions', async () => {
    const { id } = (
      await api.create({ name: 'Ole Dam', relationship: 'customer', firstContactAt: '2024-03-01T08:00:00Z' })
    ).json()
    t.clock.set('2026-11-21T12:00:00.000Z')
    const ended = (await api.patch(id, { relationship: 'former_customer' })).json()
    expect(ended).toMatchObject({
      relationship: 'former_customer',
      relationshipEndedAt: '2026-11-21T12:00:00.000Z',
    })
    expect(
      (
        await api.interact(id, {
          kind: 'inquiry',
          occurredAt: '2026-01-05T09:00:00Z',
          summary: 'Spørgsmål om retur',
        })
      ).statusCode,
    ).toBe(201)
    expect((await api.get(id)).json()).toMatchObject({
      relationship: 'former_customer',
      lastContactAt: '2026-01-05T09:00:00.000Z',
    })
    const order = await api.interact(id, {
      kind: 'order',
      reference: 'ORD-1001',
      amount: 499,
      currency: 'DKK',
    })
    expect(order.json()).toMatchObject({
      kind: 'order',
      reference: 'ORD-1001',
      amount: 499,
      occurredAt: '2026-11-21T12:00:00.000Z',
    })
    expect((await api.get(id)).json()).toMatchObject({
      relationship: 'customer',
      relationshipEndedAt: null,
      firstContactAt: '2024-03-01T08:00:00.000Z',
      lastContactAt: '2026-11-21T12:00:00.000Z',
    })
    const listed = (await api.interactions(id)).json().interactions
    expect(listed.map((i: { kind: string }) => i.kind)).toEqual(['order', 'inquiry'])
    const bad = await api.patch(id, { relationshipEndedAt: '2026-01-01T00:00:00Z' })
    expect(bad.json().error).toMatchObject({ field: 'relationshipEndedAt' })
  })

  it('links a contact to a company, and only to a company', async () => {
    const company = (
      await api.create({
        kind: 'company',
        name: 'Kjærgaard Tømrer ApS',
        companyNumber: { kind: 'dk_cvr', value: 'DK 24 25 67 90' },
        gln: '5790000000005',
      })
    ).json()
    const contact = await api.create({ name: 'Per Kjærgaard', companyId: company.id, jobTitle: 'Direktør' })
    expect(contact.json()).toMatchObject({ companyId: company.id })
    const wrong = await api.create({ name: 'Per', companyId: contact.json().id })
    expect(wrong.json().error).toMatchObject({ field: 'companyId' })
    const found = (await api.list('?identifier=24256790')).json().subjects.map((s: { id: string }) => s.id)
    expect(found).toContain(company.id)
  })

  it('pages the register newest first and audits the page once with its count', async () => {
    const first = (await api.list('?limit=2')).json()
    expect(first.subjects).toHaveLength(2)
    const second = (await api.list(`?limit=2&before=${first.next}`)).json()
    expect(second.subjects[0].id < first.subjects[1].id).toBe(true)
    const entry = (await auditOf(t, 'subject.read')).at(-1)
    expect(entry?.details).toMatchObject({ count: 2 })
    expect(entry?.target).toEqual({ type: 'subject', id: 'list' })
  })

  it('rejects unknown fields and overlong values', async () => {
    expect((await api.create({ name: 'X', shoeSize: 44 })).json().error.rule).toBe('unknown_field')
    expect((await api.create({ name: 'x'.repeat(201) })).json().error.rule).toBe('too_long')
    expect((await api.get('0190aaaa-0000-7000-8000-000000000000')).statusCode).toBe(404)
  })
})
