import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import {
  type ApiClient,
  apiClient,
  hostingProcessor,
  mailProcessor,
  orderActivity,
  webshopSystem,
} from './testing.js'

forEachDatabase('processing activities API', (dialect) => {
  let t: TestApp
  let api: ApiClient
  let systemId: string
  let hostId: string
  let mailerId: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    api = apiClient(t, await createApiKey(t, 'owner'))
    systemId = (await api.post('/api/v1/systems', webshopSystem)).json().id
    hostId = (await api.post('/api/v1/processors', hostingProcessor)).json().id
    mailerId = (await api.post('/api/v1/processors', mailProcessor)).json().id
  })
  afterAll(() => t.close())

  const valid = () =>
    orderActivity(
      [systemId],
      [hostId, mailerId],
      [{ country: 'US', safeguard: 'scc', recipientId: mailerId }],
    )

  it('creates, reads, changes and deletes an activity with its links in order', async () => {
    const created = await api.post('/api/v1/activities', valid())
    expect(created.statusCode).toBe(201)
    const activity = created.json()
    expect(activity).toMatchObject({
      name: 'Order handling',
      legalBasis: 'contract',
      systemIds: [systemId],
      recipientIds: [hostId, mailerId],
      transfers: [{ country: 'US', safeguard: 'scc', recipientId: mailerId }],
      retention: { period: { value: 5, unit: 'years' } },
      automatedDecisions: false,
      automatedDecisionsDescription: null,
      legitimateInterest: null,
    })
    const patched = await api.patch(`/api/v1/activities/${activity.id}`, {
      legalBasis: 'legitimate_interests',
      legitimateInterest: 'Knowing which orders are late',
      recipientIds: [mailerId],
    })
    expect(patched.statusCode).toBe(200)
    expect(patched.json()).toMatchObject({ recipientIds: [mailerId], systemIds: [systemId] })
    expect((await api.get('/api/v1/activities')).json().activities.length).toBeGreaterThan(0)
    expect((await api.delete(`/api/v1/activities/${activity.id}`)).statusCode).toBe(204)
    expect((await api.get(`/api/v1/activities/${activity.id}`)).statusCode).toBe(404)
    const entries = await t.ctx.audit.list(t.ctx.db, { targetType: 'activity', targetId: activity.id }, 10)
    expect(entries.map((e) => e.action).sort()).toEqual([
      'activity.create',
      'activity.delete',
      'activity.update',
    ])
  })

  describe('refuses bad input with 400 naming the field', () => {
    const cases: Array<[string, () => Record<string, unknown>, string]> = [
      ['an unknown field', () => ({ ...valid(), notes: 'x' }), 'notes'],
      ['an unknown legal basis', () => ({ ...valid(), legalBasis: 'because' }), 'legalBasis'],
      [
        'legitimate interests without the interest in words',
        () => ({ ...valid(), legalBasis: 'legitimate_interests' }),
        'legitimateInterest',
      ],
      [
        'automated decisions without a description',
        () => ({ ...valid(), automatedDecisions: true }),
        'automatedDecisionsDescription',
      ],
      [
        'special categories without an Art. 9 condition',
        () => ({ ...valid(), dataCategories: ['user.name', 'user.health'] }),
        'specialCategoryCondition',
      ],
      [
        'a required provision without its consequence',
        () => ({ ...valid(), requirementConsequence: null }),
        'requirementConsequence',
      ],
      [
        'an unknown system, by index',
        () => ({ ...valid(), systemIds: [systemId, 'missing'] }),
        'systemIds.1',
      ],
      ['an unknown recipient, by index', () => ({ ...valid(), recipientIds: ['missing'] }), 'recipientIds.0'],
      ['a system listed twice', () => ({ ...valid(), systemIds: [systemId, systemId] }), 'systemIds.1'],
      [
        'a transfer to an unknown recipient',
        () => ({ ...valid(), transfers: [{ country: 'US', safeguard: 'scc', recipientId: 'missing' }] }),
        'transfers.0.recipientId',
      ],
      [
        'a "transfer" inside the EEA',
        () => ({ ...valid(), transfers: [{ country: 'NO', safeguard: 'none', recipientId: hostId }] }),
        'transfers.0.country',
      ],
      [
        'a transfer to a country that does not exist',
        () => ({ ...valid(), transfers: [{ country: 'ZZ', safeguard: 'scc', recipientId: mailerId }] }),
        'transfers.0.country',
      ],
      [
        'a retention unit that is not days, months or years',
        () => ({
          ...valid(),
          retention: { period: { value: 2, unit: 'weeks' }, trigger: 'x', description: 'y' },
        }),
        'retention.period.unit',
      ],
      ['no data categories', () => ({ ...valid(), dataCategories: [] }), 'dataCategories'],
      // Taxonomy keys are checked by the taxonomy's requireKeys.
      [
        'an unknown data category key',
        () => ({ ...valid(), dataCategories: ['user.name', 'user.shoe_size'] }),
        'dataCategories.1',
      ],
      ['an unknown data use key', () => ({ ...valid(), dataUse: 'world.domination' }), 'dataUse'],
      ['an unknown data subject key', () => ({ ...valid(), dataSubjects: ['martian'] }), 'dataSubjects.0'],
    ]
    for (const [what, body, field] of cases) {
      it(what, async () => {
        const res = await api.post('/api/v1/activities', body())
        expect(res.statusCode, res.body).toBe(400)
        expect(res.json().error).toMatchObject({ code: 'validation_failed', field })
      })
    }
  })

  it('keeps an Art. 9 condition when special categories are involved', async () => {
    const res = await api.post('/api/v1/activities', {
      ...valid(),
      dataCategories: ['user.health'],
      specialCategoryCondition: 'explicit_consent',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json().specialCategoryCondition).toBe('explicit_consent')
  })

  it('checks the cross-field rules against the stored state on PATCH', async () => {
    const id = (await api.post('/api/v1/activities', valid())).json().id
    const res = await api.patch(`/api/v1/activities/${id}`, { legalBasis: 'legitimate_interests' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.field).toBe('legitimateInterest')
    const on = await api.patch(`/api/v1/activities/${id}`, {
      automatedDecisions: true,
      automatedDecisionsDescription: 'Orders above 10,000 DKK from new customers are held for a fraud check',
    })
    expect(on.json().automatedDecisions).toBe(true)
  })

  it('refuses to delete a processor an activity uses, with 409 naming how many', async () => {
    const res = await api.delete(`/api/v1/processors/${mailerId}`)
    expect(res.statusCode).toBe(409)
    expect(res.json().error.message).toMatch(/in \d+ processing activities/)
  })
})
