import { brotliDecompressSync } from 'node:zlib'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { truncateIp, userAgentFamily } from './request-facts.js'
import { consentOf } from './services.js'

const SHOP = 'https://shop.example'
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'

const acceptAll = {
  method: 'accept_all',
  categories: { preferences: true, statistics: true, marketing: true },
  revision: 1,
  language: 'da',
  path: '/checkout',
}

forEachDatabase('consent ledger', (dialect) => {
  let t: TestApp
  let auth: { authorization: string }
  const post = (body: unknown, origin: string | null = SHOP) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/public/consents',
      headers: { ...(origin ? { origin } : {}), 'user-agent': CHROME, 'x-forwarded-for': '203.0.113.77' },
      payload: body as object,
    })
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await t.ctx.db
      .transaction()
      .execute((trx) => t.ctx.organisation.update(trx, { bannerOrigins: [SHOP] }, { type: 'system' }))
    auth = { authorization: `Bearer ${await createApiKey(t, 'marketing')}` }
  })
  afterAll(() => t.close())

  it('records a choice and answers with a receipt of the committed, chained record', async () => {
    const res = await post({ ...acceptAll, person: { email: 'Anna@Example.test' } })
    expect(res.statusCode).toBe(201)
    expect(res.headers['access-control-allow-origin']).toBe(SHOP)
    const receipt = res.json()
    expect(receipt).toEqual({
      id: expect.any(String),
      at: '2026-11-20T10:00:00.000Z',
      hash: expect.any(String),
    })
    expect(receipt.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/)

    const row = await t.ctx.db
      .selectFrom('consent_records')
      .selectAll()
      .where('id', '=', receipt.id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      hash: receipt.hash,
      method: 'accept_all',
      person_type: 'email',
      person_ref: t.ctx.vault.blindIndex('email', 'anna@example.test'),
      language: 'da',
      origin: SHOP,
      path: '/checkout',
      user_agent: 'Chrome',
      revision: 1,
    })
    expect(JSON.parse(row.categories)).toEqual({
      necessary: true,
      preferences: true,
      statistics: true,
      marketing: true,
    })
    // Nothing in the row holds the e-mail itself.
    expect(JSON.stringify(row).toLowerCase()).not.toContain('anna')
    expect(await consentOf(t.ctx).ledger.verify(t.ctx.db)).toEqual({ ok: true, records: 1 })
  })

  it('commits choices arriving together in one group, each answered with its own receipt', async () => {
    const { ledger } = consentOf(t.ctx)
    const before = await ledger.verify(t.ctx.db)
    const answers = await Promise.all(Array.from({ length: 120 }, () => post(acceptAll)))
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 201))
    const ids = new Set(answers.map((a) => a.json().id))
    expect(ids.size).toBe(120)
    const after = await ledger.verify(t.ctx.db)
    expect(after).toMatchObject({ ok: true, records: (before.ok ? before.records : 0) + 120 })
    // Every receipt is the committed record's hash.
    const rows = await t.ctx.db.selectFrom('consent_records').select(['id', 'hash']).execute()
    const hashes = new Map(rows.map((r) => [r.id, r.hash]))
    for (const a of answers) expect(hashes.get(a.json().id)).toBe(a.json().hash)
  })

  it('takes `no` as Norwegian Bokmål and records a GPC refusal', async () => {
    const res = await post({
      method: 'gpc',
      categories: { preferences: true, statistics: false, marketing: false },
      revision: 1,
      language: 'no',
      gpc: true,
      person: { customerId: 'C-1001' },
    })
    expect(res.statusCode).toBe(201)
    const row = await t.ctx.db
      .selectFrom('consent_records')
      .selectAll()
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({ language: 'nb', gpc: 1, person_type: 'customer', method: 'gpc' })
  })

  it('refuses malformed choices with 400 and stores nothing', async () => {
    const before = await t.ctx.db
      .selectFrom('consent_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    const cases: [unknown, string][] = [
      [{ ...acceptAll, extra: 1 }, 'extra'],
      [{ ...acceptAll, method: 'maybe' }, 'method'],
      [{ ...acceptAll, categories: { preferences: true, statistics: true } }, 'categories.marketing'],
      [{ ...acceptAll, categories: { preferences: false, statistics: true, marketing: true } }, 'categories'],
      [{ ...acceptAll, revision: 99 }, 'revision'],
      [{ ...acceptAll, services: { 'no-such-service': true } }, 'services.no-such-service'],
      [{ ...acceptAll, person: { email: 'not an e-mail' } }, 'person.email'],
      [{ ...acceptAll, language: 'de' }, 'language'],
    ]
    for (const [body, field] of cases) {
      const res = await post(body)
      expect(res.statusCode, field).toBe(400)
      expect(res.json().error).toMatchObject({ code: 'validation_failed', field })
    }
    const after = await t.ctx.db
      .selectFrom('consent_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
  })

  it('answers CORS only for configured origins, with a proper preflight', async () => {
    const ok = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/public/consents',
      headers: {
        origin: SHOP,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(ok.statusCode).toBe(204)
    expect(ok.headers).toMatchObject({
      'access-control-allow-origin': SHOP,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
      vary: 'Origin',
    })
    const foreign = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/public/consents',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    })
    expect(foreign.statusCode).toBe(403)
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined()
    expect((await post(acceptAll, 'https://evil.example')).json().error.code).toBe('origin_not_allowed')
    expect((await post(acceptAll, null)).statusCode).toBe(403)
    // The origin is checked first: a foreign site learns nothing from validation.
    expect((await post({ nonsense: true }, 'https://evil.example')).statusCode).toBe(403)
  })

  it('gives a proof for a consent id and for a person, audited, to the marketing role only', async () => {
    const receipt = (await post({ ...acceptAll, language: 'sv', person: { customerId: 'C-2002' } })).json()
    const res = await t.app.inject({ url: `/api/v1/consents/${receipt.id}`, headers: auth })
    expect(res.statusCode).toBe(200)
    const proof = res.json()
    expect(proof.record).toMatchObject({
      id: receipt.id,
      hash: receipt.hash,
      language: 'sv',
      method: 'accept_all',
    })
    expect(proof.shown.texts.acceptAll).toBe('Godkänn alla')
    expect(proof.checks).toEqual({ recordHash: true, textsHash: true })
    expect(proof.shown.textsHash).toBe(proof.record.textsHash)

    const person = await t.app.inject({ url: '/api/v1/consents?customerId=C-2002', headers: auth })
    expect(person.json().proofs.map((p: { record: { id: string } }) => p.record.id)).toEqual([receipt.id])
    const byEmail = await t.app.inject({ url: '/api/v1/consents?email=anna%40example.test', headers: auth })
    expect(byEmail.json().proofs).toHaveLength(1)
    expect((await t.app.inject({ url: '/api/v1/consents', headers: auth })).statusCode).toBe(400)

    const actions = (await t.ctx.audit.list(t.ctx.db, { action: 'consent.' }, 10)).map((e) => e.action)
    expect(actions).toContain('consent.proof_viewed')
    expect(actions).toContain('consent.person_proofs_viewed')
    const support = { authorization: `Bearer ${await createApiKey(t, 'support')}` }
    expect((await t.app.inject({ url: `/api/v1/consents/${receipt.id}`, headers: support })).statusCode).toBe(
      403,
    )
  })

  it('finds a changed, removed or truncated record when verifying the chain', async () => {
    const { ledger } = consentOf(t.ctx)
    for (let i = 0; i < 3; i++) expect((await post(acceptAll)).statusCode).toBe(201)
    const good = await ledger.verify(t.ctx.db)
    expect(good.ok).toBe(true)
    const last = await t.ctx.db
      .selectFrom('consent_records')
      .select(['seq'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow()
    await t.ctx.db
      .updateTable('consent_records')
      .set({ path: '/tampered' })
      .where('seq', '=', last.seq - 1)
      .execute()
    expect(await ledger.verify(t.ctx.db)).toMatchObject({ ok: false, seq: last.seq - 1, problem: 'changed' })
    await t.ctx.db
      .updateTable('consent_records')
      .set({ path: '/checkout' })
      .where('seq', '=', last.seq - 1)
      .execute()
    expect((await ledger.verify(t.ctx.db)).ok).toBe(true)
    await t.ctx.db.deleteFrom('consent_records').where('seq', '=', last.seq).execute()
    expect(await ledger.verify(t.ctx.db)).toMatchObject({ ok: false, problem: 'truncated' })
  })

  it('serves /banner.js compressed, with an ETag that changes with the revision', async () => {
    const first = await t.app.inject({
      url: '/banner.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    })
    expect(first.statusCode).toBe(200)
    expect(first.headers['content-encoding']).toBe('br')
    expect(first.headers.vary).toBe('Accept-Encoding')
    const script = brotliDecompressSync(first.rawPayload).toString()
    const plain = await t.app.inject({ url: '/banner.js' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(script)
    expect(script).toContain('"revision":')
    expect(first.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2)
    const etag = String(first.headers.etag)
    const again = await t.app.inject({ url: '/banner.js', headers: { 'if-none-match': etag } })
    expect(again.statusCode).toBe(304)
    await t.ctx.db
      .transaction()
      .execute((trx) => consentOf(t.ctx).config.update(trx, { policyVersion: '2026-12' }, { type: 'system' }))
    const changed = await t.app.inject({ url: '/banner.js', headers: { 'if-none-match': etag } })
    expect(changed.statusCode).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
  })

  it('serves the current configuration to the banner', async () => {
    const res = await t.app.inject({ url: '/api/v1/public/consent-config', headers: { origin: SHOP } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['access-control-allow-origin']).toBe(SHOP)
    expect(res.json()).toMatchObject({ expiryMonths: 12, gpc: 'refuse' })
    expect(res.json().texts.fi.rejectAll).toBe('Hylkää kaikki')
  })
})

forEachDatabase('consent rate limit', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, { limits: { consentsPerMinute: 2 } })
    await t.ctx.db
      .transaction()
      .execute((trx) => t.ctx.organisation.update(trx, { bannerOrigins: [SHOP] }, { type: 'system' }))
  })
  afterAll(() => t.close())

  it('answers a flood with 429', async () => {
    const statuses = []
    for (let i = 0; i < 3; i++)
      statuses.push(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/public/consents',
            headers: { origin: SHOP },
            payload: acceptAll,
          })
        ).statusCode,
      )
    expect(statuses).toEqual([201, 201, 429])
  })
})

it('keeps only the network of an address and the family of a browser', () => {
  expect(truncateIp('203.0.113.77')).toBe('203.0.113.0/24')
  expect(truncateIp('::ffff:198.51.100.9')).toBe('198.51.100.0/24')
  expect(truncateIp('2001:db8:abcd:12::1')).toBe('2001:db8:abcd::/48')
  expect(truncateIp('2001:db8::1')).toBe('2001:db8:0::/48')
  expect(truncateIp(undefined)).toBeNull()
  expect(userAgentFamily(CHROME)).toBe('Chrome')
  expect(userAgentFamily('Mozilla/5.0 (Macintosh) AppleWebKit/605 Version/17.1 Safari/605.1.15')).toBe(
    'Safari',
  )
  expect(userAgentFamily('Mozilla/5.0 Firefox/133.0')).toBe('Firefox')
  expect(userAgentFamily('Mozilla/5.0 (compatible; Googlebot/2.1)')).toBe('bot')
})
