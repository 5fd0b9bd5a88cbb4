import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type ApiClient, apiClient, hostingProcessor, orderActivity, webshopSystem } from './testing.js'

forEachDatabase('systems API', (dialect) => {
  let t: TestApp
  let api: ApiClient
  beforeAll(async () => {
    t = await createTestApp(dialect)
    api = apiClient(t, await createApiKey(t, 'dpo'))
  })
  afterAll(() => t.close())

  it('creates, reads, lists, changes and deletes a system, auditing each write', async () => {
    const processor = (await api.post('/api/v1/processors', hostingProcessor)).json()
    const created = await api.post('/api/v1/systems', { ...webshopSystem, processorId: processor.id })
    expect(created.statusCode).toBe(201)
    const system = created.json()
    expect(system).toMatchObject({
      name: 'Webshop',
      kind: 'webshop',
      hostingCountry: 'IE',
      processorId: processor.id,
    })
    expect(system.securityMeasures).toEqual([
      { measure: 'encryption_in_transit', note: 'TLS 1.2+' },
      { measure: 'access_control', note: null },
      { measure: 'backups', note: 'Daily, kept 30 days' },
    ])
    expect((await api.get(`/api/v1/systems/${system.id}`)).json().name).toBe('Webshop')
    expect((await api.get('/api/v1/systems')).json().systems).toHaveLength(1)

    const patched = await api.patch(`/api/v1/systems/${system.id}`, { owner: null, hostingCountry: 'SE' })
    expect(patched.statusCode).toBe(200)
    expect(patched.json()).toMatchObject({ owner: null, hostingCountry: 'SE', name: 'Webshop' })

    expect((await api.delete(`/api/v1/systems/${system.id}`)).statusCode).toBe(204)
    expect((await api.get(`/api/v1/systems/${system.id}`)).statusCode).toBe(404)
    const actions = (await t.ctx.audit.list(t.ctx.db, { targetType: 'system' }, 10)).map((e) => e.action)
    expect(actions.sort()).toEqual(['system.create', 'system.delete', 'system.update'])
  })

  describe('refuses bad input with 400 naming the field', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['an unknown field', { ...webshopSystem, colour: 'blue' }, 'colour'],
      ['a country that is not ISO 3166-1', { ...webshopSystem, hostingCountry: 'XX' }, 'hostingCountry'],
      ['a lower-case country', { ...webshopSystem, hostingCountry: 'dk' }, 'hostingCountry'],
      ['an unknown kind', { ...webshopSystem, kind: 'spreadsheet' }, 'kind'],
      [
        'an unknown measure',
        { ...webshopSystem, securityMeasures: [{ measure: 'firewall' }] },
        'securityMeasures.0.measure',
      ],
      [
        'a measure twice',
        { ...webshopSystem, securityMeasures: [{ measure: 'backups' }, { measure: 'backups' }] },
        'securityMeasures.1.measure',
      ],
      ['an unknown processor', { ...webshopSystem, processorId: 'nope' }, 'processorId'],
      ['a missing name', { kind: 'crm' }, 'name'],
    ]
    for (const [what, body, field] of cases) {
      it(what, async () => {
        const res = await api.post('/api/v1/systems', body)
        expect(res.statusCode).toBe(400)
        expect(res.json().error).toMatchObject({ code: 'validation_failed', field })
      })
    }
  })

  it('refuses to delete a system an activity uses, with 409 naming how many', async () => {
    const system = (await api.post('/api/v1/systems', webshopSystem)).json()
    for (const name of ['Order handling', 'Customer service'])
      expect(
        (await api.post('/api/v1/activities', { ...orderActivity([system.id], []), name })).statusCode,
      ).toBe(201)
    const res = await api.delete(`/api/v1/systems/${system.id}`)
    expect(res.statusCode).toBe(409)
    expect(res.json().error.code).toBe('conflict')
    expect(res.json().error.message).toContain('2 processing activities')
    expect((await api.get(`/api/v1/systems/${system.id}`)).statusCode).toBe(200)
  })

  it('lets a reading role read but not write', async () => {
    const auditor = apiClient(t, await createApiKey(t, 'auditor'))
    expect((await auditor.get('/api/v1/systems')).statusCode).toBe(200)
    expect((await auditor.post('/api/v1/systems', webshopSystem)).statusCode).toBe(403)
  })
})
