import { Secret, TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiKey, createUser, signIn, TEST_PASSWORD } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'

const WIZARD = {
  name: 'Mette Holm',
  email: 'mette@nordlys.example',
  password: 'syv lange ord er nok',
  passwordAgain: 'syv lange ord er nok',
  legalName: 'Nordlys Webshop ApS',
  country: 'DK',
  registrationNumber: '10150817',
  street: 'Vesterbrogade 1',
  postalCode: '1620',
  city: 'København V',
  contactEmail: 'privacy@nordlys.example',
  contactPhone: '',
  defaultLanguage: 'da',
}

forEachDatabase('first-run wizard', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect)
  })
  afterAll(() => t.close())

  it('shows the wizard on a new instance, refuses a bad CVR keeping the values, then creates owner and profile', async () => {
    const browser = new FormClient(t.app)
    const first = await browser.get('/')
    expect(first.statusCode).toBe(200)
    expect(first.body).toContain('action="/setup"')
    const bad = await browser.post('/setup', { ...WIZARD, registrationNumber: '10150818' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('value="Nordlys Webshop ApS"')
    expect(bad.body).toMatch(/id="f-registrationNumber"[^>]*aria-invalid="true"/)
    expect(await t.ctx.db.selectFrom('users').select('id').execute()).toHaveLength(0)
    // In Danish, the field error is Danish too.
    const danish = new FormClient(t.app)
    await danish.get('/', { 'accept-language': 'da-DK,da;q=0.9' })
    const da = await t.app.inject({
      method: 'POST',
      url: '/setup',
      headers: {
        'accept-language': 'da',
        cookie: danish.cookieHeader,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({
        _csrf: danish.csrf,
        ...WIZARD,
        registrationNumber: '10150818',
      }).toString(),
    })
    expect(da.body).toContain('kontrolcifferet passer ikke')

    const done = await browser.post('/setup', WIZARD)
    expect(done.statusCode).toBe(303)
    expect(done.headers.location).toBe('/')
    const dashboard = await browser.get('/')
    expect(dashboard.body).toContain('Mette Holm')
    const org = await t.ctx.organisation.get(t.ctx.db)
    expect(org).toMatchObject({
      legalName: 'Nordlys Webshop ApS',
      setupComplete: true,
      defaultLanguage: 'da',
    })
    const [owner] = await t.ctx.users.list(t.ctx.db)
    // The owner's admin language follows their browser (English here), not the customers' language.
    expect(owner).toMatchObject({ role: 'owner', email: 'mette@nordlys.example', locale: 'en' })
    expect((await t.ctx.audit.list(t.ctx.db, { action: 'setup.complete' }, 1)).length).toBe(1)
  })

  it('is gone once done: a stranger is sent to sign in and cannot post it again', async () => {
    const stranger = new FormClient(t.app)
    const home = await stranger.get('/')
    expect(home.statusCode).toBe(303)
    expect(home.headers.location).toBe('/login')
    await stranger.get('/login')
    const again = await stranger.post('/setup', { ...WIZARD, email: 'evil@example.test' })
    expect(again.headers.location).toBe('/login')
    expect(await t.ctx.users.list(t.ctx.db)).toHaveLength(1)
  })
})

describe('first-run wizard beyond loopback', () => {
  it('asks for the set-up code from the server log', async () => {
    const t = await createTestApp('sqlite', { env: { HOST: '0.0.0.0' } })
    try {
      expect(t.ctx.setupCode).toMatch(/^[0-9a-f]{10}$/)
      const browser = new FormClient(t.app)
      expect((await browser.get('/')).body).toContain('name="setupCode"')
      const wrong = await browser.post('/setup', { ...WIZARD, setupCode: '0000000000' })
      expect(wrong.statusCode).toBe(400)
      const right = await browser.post('/setup', { ...WIZARD, setupCode: t.ctx.setupCode ?? '' })
      expect(right.statusCode).toBe(303)
    } finally {
      await t.close()
    }
  })
})

forEachDatabase('signing in', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect)
  })
  afterAll(() => t.close())

  it('signs in with an HttpOnly SameSite cookie, and out again', async () => {
    await createUser(t, { email: 'ole@nordlys.example', role: 'support' })
    const browser = new FormClient(t.app)
    await browser.get('/login')
    const res = await browser.post('/login', {
      email: 'OLE@nordlys.example',
      password: TEST_PASSWORD,
      next: '/admin/organisation',
    })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/admin/organisation')
    const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('vern_session='))
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).not.toMatch(/Secure/)
    expect((await browser.get('/admin/organisation')).statusCode).toBe(200)
    await browser.post('/logout', {})
    const after = await browser.get('/admin/organisation')
    expect(after.statusCode).toBe(303)
    expect(after.headers.location).toBe('/login?next=%2Fadmin%2Forganisation')
  })

  it('never follows a next parameter off the site', async () => {
    await createUser(t, { email: 'per@nordlys.example' })
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const browser = new FormClient(t.app)
      await browser.get('/login')
      const res = await browser.post('/login', {
        email: 'per@nordlys.example',
        password: TEST_PASSWORD,
        next,
      })
      expect(res.headers.location).toBe('/')
    }
  })

  it('answers a wrong password, an unknown e-mail and a disabled account alike', async () => {
    const user = await createUser(t, { email: 'dis@nordlys.example' })
    await t.ctx.db
      .transaction()
      .execute((trx) => t.ctx.users.update(trx, user.id, { disabled: true }, { type: 'system' }))
    const browser = new FormClient(t.app)
    await browser.get('/login')
    const strip = (s: string) =>
      s.replace(/name="_csrf" value="[^"]+"/g, '').replace(/value="[^"]*@[^"]*"/g, '')
    const bodies = []
    for (const [email, password] of [
      ['dis@nordlys.example', TEST_PASSWORD],
      ['nobody@nordlys.example', TEST_PASSWORD],
      ['per@nordlys.example', 'wrong password here'],
    ]) {
      const res = await browser.post('/login', { email: email ?? '', password: password ?? '' })
      expect(res.statusCode).toBe(401)
      bodies.push(strip(res.body))
    }
    expect(new Set(bodies).size).toBe(1)
  })

  it('throttles an account after repeated failures, even for the right password', async () => {
    await createUser(t, { email: 'guess@nordlys.example' })
    const browser = new FormClient(t.app)
    await browser.get('/login')
    for (let i = 0; i < 10; i++)
      await browser.post('/login', { email: 'guess@nordlys.example', password: `wrong ${i} password` })
    expect(
      (await browser.post('/login', { email: 'guess@nordlys.example', password: TEST_PASSWORD })).statusCode,
    ).toBe(401)
    t.clock.advance(16 * 60_000)
    expect(
      (await browser.post('/login', { email: 'guess@nordlys.example', password: TEST_PASSWORD })).statusCode,
    ).toBe(303)
  })

  it('refuses forms and cookie-authenticated API writes without a valid CSRF token', async () => {
    const owner = await createUser(t, { role: 'owner' })
    const session = await signIn(t, owner)
    const browser = new FormClient(t.app)
    await browser.get('/login')
    const noToken = await browser.post(
      '/login',
      { email: 'x@y.example', password: 'whatever it is' },
      { csrf: null },
    )
    expect(noToken.statusCode).toBe(403)
    const forged = await browser.post(
      '/login',
      { email: 'x@y.example', password: 'whatever it is' },
      { csrf: 'A'.repeat(43) },
    )
    expect(forged.statusCode).toBe(403)
    const patch = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'PATCH',
        url: '/api/v1/organisation',
        headers,
        payload: { legalName: 'CSRF Shop' },
      })
    const noHeader = await patch({ cookie: session.cookie })
    expect(noHeader.statusCode).toBe(403)
    expect(noHeader.json().error.code).toBe('csrf_failed')
    expect((await patch(session.headers)).statusCode).toBe(200)
  })

  it('marks the session cookie Secure with the __Host- prefix behind https', async () => {
    const https = await createTestApp(dialect, { env: { PUBLIC_URL: 'https://vern.nordlys.example' } })
    try {
      await createUser(https, { email: 'sec@nordlys.example' })
      const browser = new FormClient(https.app)
      await browser.get('/login')
      expect([...browser.cookies.keys()]).toEqual(['__Host-vern_pre'])
      const res = await browser.post('/login', { email: 'sec@nordlys.example', password: TEST_PASSWORD })
      const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('__Host-vern_session='))
      expect(cookie).toMatch(/; Secure/)
      expect(cookie).toMatch(/Path=\//)
      expect(res.headers['strict-transport-security']).toContain('max-age=')
    } finally {
      await https.close()
    }
  })
})

forEachDatabase('two-factor sign-in', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect)
  })
  afterAll(() => t.close())

  const codeAt = (secret: string, at: Date) =>
    new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() })

  it('enrols with a scanned secret, then asks for a code at sign-in; codes are single-use; recovery codes work once', async () => {
    await createUser(t, { email: 'tfa@nordlys.example', role: 'dpo' })
    const browser = new FormClient(t.app)
    await browser.get('/login')
    await browser.post('/login', { email: 'tfa@nordlys.example', password: TEST_PASSWORD })
    const setup = await browser.get('/account/two-factor')
    const secret = /<code>([A-Z2-7 ]+)<\/code>/.exec(setup.body)?.[1]?.replace(/ /g, '') ?? ''
    expect(secret).toHaveLength(32)
    expect(setup.body).toContain('src="data:image/svg+xml;base64,')
    // Reloading keeps the same secret, so a phone that scanned it stays valid.
    expect((await browser.get('/account/two-factor')).body).toContain(secret.slice(0, 4))
    expect((await browser.post('/account/two-factor', { code: '000000' })).statusCode).toBe(400)
    const confirmed = await browser.post('/account/two-factor', { code: codeAt(secret, t.clock.now()) })
    expect(confirmed.statusCode).toBe(200)
    const codes = [...confirmed.body.matchAll(/<li>([a-z2-9]{5}-[a-z2-9]{5})<\/li>/g)].map((m) => m[1] ?? '')
    expect(codes).toHaveLength(10)
    await browser.post('/logout', {})

    t.clock.advance(60_000)
    await browser.get('/login')
    const step1 = await browser.post('/login', { email: 'tfa@nordlys.example', password: TEST_PASSWORD })
    expect(step1.headers.location).toBe('/login/two-factor?next=%2F')
    expect((await browser.get('/admin/organisation')).headers.location).toBe('/login/two-factor')
    const cookie = browser.cookieHeader
    const apiWhilePending = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organisation',
      headers: { cookie },
    })
    expect(apiWhilePending.json().error.code).toBe('two_factor_required')
    await browser.get('/login/two-factor')
    const wrongCode = await browser.post('/login/two-factor', { code: '123456' })
    expect(wrongCode.statusCode, wrongCode.body.slice(0, 300)).toBe(401)
    const code = codeAt(secret, t.clock.now())
    const step2 = await browser.post('/login/two-factor', { code })
    expect(step2.statusCode).toBe(303)
    expect((await browser.get('/admin/organisation')).statusCode).toBe(200)
    await browser.post('/logout', {})

    // The same code again, in the same time window: refused.
    await browser.get('/login')
    await browser.post('/login', { email: 'tfa@nordlys.example', password: TEST_PASSWORD })
    await browser.get('/login/two-factor')
    expect((await browser.post('/login/two-factor', { code })).statusCode).toBe(401)
    expect((await browser.post('/login/two-factor', { code: codes[0] ?? '' })).statusCode).toBe(303)
    await browser.get('/')
    expect((await browser.post('/logout', {})).headers.location).toBe('/login?out=1')
    await browser.get('/login')
    await browser.post('/login', { email: 'tfa@nordlys.example', password: TEST_PASSWORD })
    await browser.get('/login/two-factor')
    expect((await browser.post('/login/two-factor', { code: codes[0] ?? '' })).statusCode).toBe(401)
  })

  it('ends the half-way session after five wrong codes', async () => {
    const user = await createUser(t, { email: 'five@nordlys.example' })
    await t.ctx.db.transaction().execute(async (trx) => {
      const e = await t.ctx.twoFactor.begin(trx, user.id, 'Vern')
      await t.ctx.twoFactor.confirm(trx, user.id, codeAt(e.secret, t.clock.now()), { type: 'system' })
    })
    t.clock.advance(60_000)
    const browser = new FormClient(t.app)
    await browser.get('/login')
    await browser.post('/login', { email: 'five@nordlys.example', password: TEST_PASSWORD })
    await browser.get('/login/two-factor')
    for (let i = 0; i < 5; i++) await browser.post('/login/two-factor', { code: String(100000 + i) })
    const after = await browser.get('/login/two-factor')
    expect(after.statusCode).toBe(303)
    expect(after.headers.location).toMatch(/^\/login/)
  })

  it('sends owners and DPOs without two-factor to set it up when the owner requires it', async () => {
    await t.ctx.db
      .transaction()
      .execute((trx) => t.ctx.organisation.update(trx, { requireTwoFactor: true }, { type: 'system' }))
    await createUser(t, { email: 'must@nordlys.example', role: 'owner' })
    await createUser(t, { email: 'free@nordlys.example', role: 'support' })
    const owner = new FormClient(t.app)
    await owner.get('/login')
    expect(
      (await owner.post('/login', { email: 'must@nordlys.example', password: TEST_PASSWORD })).headers
        .location,
    ).toBe('/account/two-factor')
    expect((await owner.get('/admin/users')).headers.location).toBe('/account/two-factor')
    const support = new FormClient(t.app)
    await support.get('/login')
    expect(
      (await support.post('/login', { email: 'free@nordlys.example', password: TEST_PASSWORD })).headers
        .location,
    ).toBe('/')
    await t.ctx.db
      .transaction()
      .execute((trx) => t.ctx.organisation.update(trx, { requireTwoFactor: false }, { type: 'system' }))
  })
})

forEachDatabase('API keys', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect)
  })
  afterAll(() => t.close())

  it('shows the secret once, stores only its hash, records last use, and stops working when revoked', async () => {
    const owner = await createApiKey(t, 'owner')
    const auth = { authorization: `Bearer ${owner}` }
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: auth,
      payload: { name: 'Webshop', role: 'marketing' },
    })
    expect(created.statusCode).toBe(201)
    const { key, apiKey } = created.json()
    expect(apiKey).toMatchObject({ name: 'Webshop', role: 'marketing', lastUsedAt: null, revokedAt: null })
    // The secret is everything after `vern_<id>_`; it may itself hold underscores.
    const secret = (key as string).slice('vern_'.length + 16 + 1)
    expect(secret).toHaveLength(43)
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: auth })
    expect(list.body).not.toContain(secret)
    const stored = await t.ctx.db
      .selectFrom('api_keys')
      .select('secret_hash')
      .where('id', '=', apiKey.id)
      .executeTakeFirstOrThrow()
    expect(stored.secret_hash).not.toContain(secret)

    const use = await t.app.inject({
      method: 'GET',
      url: '/api/v1/organisation',
      headers: { authorization: `Bearer ${key}` },
    })
    expect(use.statusCode).toBe(200)
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: auth }))
      .json()
      .apiKeys.find((k: { id: string }) => k.id === apiKey.id)
    expect(after.lastUsedAt).toBe(t.clock.now().toISOString())

    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/api-keys/${apiKey.id}`,
      headers: auth,
    })
    expect(revoked.json().revokedAt).not.toBeNull()
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/organisation',
          headers: { authorization: `Bearer ${key}` },
        })
      ).statusCode,
    ).toBe(401)
    const tampered = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/organisation',
          headers: { authorization: `Bearer ${tampered}` },
        })
      ).statusCode,
    ).toBe(401)
  })
})
