import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type ApiClient, apiClient, hostingProcessor, orderActivity, webshopSystem } from './testing.js'

const CARD = '4111 1111 1111 1111'
const DIGITS = /4111[ -]?1111[ -]?1111[ -]?1111/

forEachDatabase('card numbers in the data map', (dialect) => {
  let t: TestApp
  let api: ApiClient
  let processorId: string
  let systemId: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    api = apiClient(t, await createApiKey(t, 'dpo'))
    processorId = (await api.post('/api/v1/processors', hostingProcessor)).json().id
    systemId = (await api.post('/api/v1/systems', webshopSystem)).json().id
  })
  afterAll(() => t.close())

  const rows = async (table: 'systems' | 'processors' | 'activities') =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const refusals = async (action: string) => (await t.ctx.audit.list(t.ctx.db, { action }, 100)).reverse()
  const activityId = async (): Promise<string> =>
    (await api.post('/api/v1/activities', orderActivity([systemId], [processorId]))).json().id

  describe('the API refuses a full card number in free text, writes nothing and audits the attempt', () => {
    const cases = [
      {
        entity: 'system',
        table: 'systems',
        url: '/api/v1/systems',
        body: () => ({ ...webshopSystem, description: `Test card ${CARD}` }),
        field: 'description',
      },
      {
        entity: 'processor',
        table: 'processors',
        url: '/api/v1/processors',
        body: () => ({ ...hostingProcessor, description: `Kort 4111-1111-1111-1111 til test` }),
        field: 'description',
      },
      {
        entity: 'activity',
        table: 'activities',
        url: '/api/v1/activities',
        body: () => ({
          ...orderActivity([systemId], [processorId]),
          legalBasis: 'legitimate_interests',
          legitimateInterest: `Fraud checks on card ${CARD}`,
        }),
        field: 'legitimateInterest',
      },
    ] as const
    for (const c of cases)
      it(`${c.entity}: ${c.field}`, async () => {
        const before = await rows(c.table)
        const res = await api.post(c.url, c.body())
        expect(res.statusCode).toBe(400)
        expect(res.json().error).toMatchObject({ code: 'card_number_not_allowed', field: c.field })
        expect(res.body).not.toMatch(DIGITS)
        expect(await rows(c.table)).toBe(before)
        const entries = await refusals(`${c.entity}.card_number_refused`)
        expect(entries.map((e) => [e.outcome, e.target, e.details])).toEqual([
          ['denied', { type: c.entity, id: 'new' }, { fields: [c.field] }],
        ])
        expect(JSON.stringify(entries)).not.toMatch(DIGITS)
      })
  })

  it('refuses a change that adds a card, naming the nested field and the target', async () => {
    const before = (await api.get(`/api/v1/systems/${systemId}`)).json()
    const res = await api.patch(`/api/v1/systems/${systemId}`, {
      securityMeasures: [{ measure: 'backups' }, { measure: 'logging', note: `see ${CARD}` }],
    })
    expect(res.json().error).toMatchObject({
      code: 'card_number_not_allowed',
      field: 'securityMeasures.1.note',
    })
    expect((await api.get(`/api/v1/systems/${systemId}`)).json()).toEqual(before)
    const retention = await api.patch(`/api/v1/activities/${await activityId()}`, {
      retention: { period: null, trigger: 'the last order', description: `Card ${CARD}` },
    })
    expect(retention.json().error).toMatchObject({ field: 'retention.description' })
    expect((await refusals('system.card_number_refused')).at(-1)).toMatchObject({
      outcome: 'denied',
      target: { type: 'system', id: systemId },
      details: { fields: ['securityMeasures.1.note'] },
    })
  })

  it('accepts 16 digits that fail the Luhn check or match no issuer, and numbers in structured fields', async () => {
    for (const description of ['Ref 4111 1111 1111 1112', 'Ref 9999 9999 9999 9995']) {
      const res = await api.post('/api/v1/systems', { ...webshopSystem, name: description, description })
      expect(res.statusCode, description).toBe(201)
      expect(res.json().description).toBe(description)
    }
    const phone = await api.post('/api/v1/processors', {
      ...hostingProcessor,
      contactPhone: '+45 33 12 34 56',
    })
    expect(phone.statusCode).toBe(201)
  })

  describe('the admin forms', () => {
    let browser: FormClient
    beforeAll(async () => {
      browser = new FormClient(t.app)
      const session = await signIn(t, await createUser(t, { role: 'dpo' }))
      browser.cookies.set('vern_session', session.cookie.split('=')[1] as string)
    })

    /** The message shown at a field, or null when the field shows none. */
    const errorAt = (body: string, name: string) =>
      new RegExp(`id="f-${name}-error">([^<]*)<`).exec(body)?.[1] ?? null

    it('show the refusal at the field, in the reader’s language, without the number', async () => {
      const before = await rows('systems')
      await browser.get('/admin/data-map/systems/new?lang=da')
      const res = await browser.post('/admin/data-map/systems?lang=da', {
        name: 'Kasse',
        kind: 'payment',
        description: `Kort ${CARD}`,
      })
      expect(res.statusCode).toBe(400)
      expect(errorAt(res.body, 'description')).toContain('fuldt kortnummer')
      expect(res.body).not.toMatch(DIGITS)
      expect(res.body).toContain('value="Kasse"')
      expect(await rows('systems')).toBe(before)
      expect((await refusals('system.card_number_refused')).at(-1)?.details).toEqual({
        fields: ['description'],
      })
    })

    it('point at a security measure’s note and at the retention rule, each in its own field', async () => {
      await browser.get('/admin/data-map/systems/new')
      const note = await browser.post('/admin/data-map/systems', {
        name: 'Kasse',
        kind: 'payment',
        measure: 'backups',
        note_backups: `Restore test with ${CARD}`,
      })
      expect(note.statusCode).toBe(400)
      expect(errorAt(note.body, 'note_backups')).toContain('Note: Backups')
      expect(errorAt(note.body, 'note_backups')).toContain('full card number')
      expect(note.body).not.toMatch(DIGITS)

      await browser.get('/admin/processors/new')
      const processor = await browser.post('/admin/processors', {
        name: 'Kortinfo ApS',
        role: 'processor',
        country: 'DK',
        contactName: `Ring ${CARD}`,
      })
      expect(processor.statusCode).toBe(400)
      expect(errorAt(processor.body, 'contactName')).toContain('Contact person')

      await browser.get('/admin/data-map/activities/new')
      const activity = await browser.post('/admin/data-map/activities', {
        name: 'Returns',
        purpose: 'Handle returns',
        dataUse: 'essential.service.order_handling',
        legalBasis: 'contract',
        dataCategories: 'user.name',
        dataSubjects: 'customer',
        retentionTrigger: 'the return',
        retentionDescription: `Refund to ${CARD}`,
      })
      expect(activity.statusCode).toBe(400)
      expect(errorAt(activity.body, 'retentionDescription')).toContain('Retention rule in words')
      expect(activity.body).toContain('value="Returns"')
      expect(activity.body).not.toMatch(DIGITS)
      expect((await refusals('activity.card_number_refused')).at(-1)?.details).toEqual({
        fields: ['retention.description'],
      })
    })
  })
})
