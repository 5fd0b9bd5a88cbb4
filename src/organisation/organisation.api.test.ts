import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'

forEachDatabase('organisation API', (dialect) => {
  let t: TestApp
  let owner: string
  let support: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    owner = await createApiKey(t, 'owner')
    support = await createApiKey(t, 'support')
  })
  afterAll(() => t.close())

  const get = (key: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/organisation', headers: { authorization: `Bearer ${key}` } })
  const patch = (key: string, body: unknown) =>
    t.app.inject({
      method: 'PATCH',
      url: '/api/v1/organisation',
      headers: { authorization: `Bearer ${key}` },
      payload: body as object,
    })
  const auditCount = async () =>
    (
      await t.ctx.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n

  it('answers before set-up with an empty profile that says what is missing', async () => {
    const res = await get(owner)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.setupComplete).toBe(false)
    expect(body.legalName).toBeNull()
    expect(body.missing).toContain('registrationNumber')
  })

  it('accepts a complete Danish profile, derives the authority and the VAT number', async () => {
    const res = await patch(owner, {
      legalName: 'Nordlys Webshop ApS',
      country: 'DK',
      registrationNumber: '10 15 08 17',
      address: { street: 'Vesterbrogade 1', postalCode: '1620', city: 'København V' },
      contactEmail: 'Privacy@Nordlys.example',
      contactPhone: '33 12 34 56',
      bannerOrigins: ['https://shop.nordlys.example/', 'https://shop.nordlys.example'],
    })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({
      legalName: 'Nordlys Webshop ApS',
      registrationNumber: '10150817',
      vatNumber: 'DK10150817',
      contactEmail: 'privacy@nordlys.example',
      contactPhone: '+4533123456',
      bannerOrigins: ['https://shop.nordlys.example'],
      setupComplete: true,
      missing: [],
    })
    expect(body.supervisoryAuthority.name).toBe('Datatilsynet')
    expect(body.supervisoryAuthority.address).toContain('Valby')
  })

  it('checks the registration number against the country, also when only the country changes', async () => {
    const bad = await patch(owner, { registrationNumber: '10150818' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toMatchObject({
      code: 'validation_failed',
      field: 'registrationNumber',
      rule: 'check_digit',
    })
    expect(bad.json().error.message).not.toContain('10150818')
    // A valid Danish CVR is not a valid Swedish organisationsnummer.
    const moved = await patch(owner, { country: 'SE' })
    expect(moved.statusCode).toBe(400)
    expect(moved.json().error.field).toBe('registrationNumber')
    const sweden = await patch(owner, { country: 'SE', registrationNumber: '556036-0793' })
    expect(sweden.statusCode).toBe(200)
    expect(sweden.json()).toMatchObject({ registrationNumber: '556036-0793', vatNumber: 'SE556036079301' })
    expect(sweden.json().supervisoryAuthority.name).toContain('IMY')
  })

  it('rejects unknown fields, wrong types, bad origins and oversized bodies with 400, writing nothing', async () => {
    const before = await get(owner)
    const entries = await auditCount()
    const cases: Array<[unknown, string]> = [
      [{ legalName: 'X', colour: 'red' }, 'colour'],
      [{ address: { street: 'a', planet: 'Earth' } }, 'address.planet'],
      [{ legalName: 42 }, 'legalName'],
      [{ requireTwoFactor: 'yes' }, 'requireTwoFactor'],
      [{ country: 'DE' }, 'country'],
      [{ legalName: 'x'.repeat(201) }, 'legalName'],
      [{ bannerOrigins: ['https://shop.example/path'] }, 'bannerOrigins.0'],
      [{ financialYearEnd: '02-30' }, 'financialYearEnd'],
      [{ contactPhone: '12' }, 'contactPhone'],
      [{ legalName: 'a'.repeat(2 * 1024 * 1024) }, 'body'],
    ]
    for (const [body, field] of cases) {
      const res = await patch(owner, body)
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(res.json().error).toMatchObject({ code: 'validation_failed', field })
    }
    const malformed = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/organisation',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'application/json' },
      payload: '{"legalName":',
    })
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().error.code).toBe('validation_failed')
    expect((await get(owner)).json()).toEqual(before.json())
    expect(await auditCount()).toBe(entries)
  })

  it('records the change in the audit log with field names, never values', async () => {
    await patch(owner, { legalName: 'Nordlys Webshop AB', contactEmail: 'dpo@nordlys.example' })
    const [entry] = await t.ctx.audit.list(t.ctx.db, { action: 'organisation.update' }, 1)
    expect(entry?.details).toEqual({ fields: ['legal_name', 'contact_email'] })
    expect(JSON.stringify(entry)).not.toContain('nordlys.example')
    expect(entry?.actor.type).toBe('api_key')
  })

  it('needs credentials, and refuses a role without the right, auditing the attempt', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/organisation' })
    expect(none.statusCode).toBe(401)
    expect(none.json().error.code).toBe('unauthenticated')
    const wrong = await get('vern_0000000000000000_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')
    expect(wrong.statusCode).toBe(401)
    expect((await get(support)).statusCode).toBe(200)
    const denied = await patch(support, { legalName: 'Hijacked' })
    expect(denied.statusCode).toBe(403)
    expect(denied.json().error.code).toBe('forbidden')
    const [entry] = await t.ctx.audit.list(t.ctx.db, { action: 'access.denied' }, 1)
    expect(entry).toMatchObject({
      outcome: 'denied',
      target: { type: 'route', id: 'PATCH /api/v1/organisation' },
    })
  })
})

describe('organisation factory', () => {
  it('fills a complete profile', async () => {
    const t = await createTestApp('sqlite')
    try {
      await completeOrganisation(t)
      expect((await t.ctx.organisation.get(t.ctx.db)).setupComplete).toBe(true)
    } finally {
      await t.close()
    }
  })
})
