import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consentStats } from '../src/consent/consent.stats.js'
import { consentOf } from '../src/consent/services.js'
import { dataMapOf } from '../src/datamap/services.js'
import { bannerLiveAt, chatAddedAt, choicesPerDay } from '../src/demo/consent.plan.js'
import { type DemoResult, runDemo } from '../src/demo/demo.service.js'
import { demoSummary } from '../src/demo/demo.summary.js'
import { EXPLICIT_SHARE, PERMISSION_SHARE, WITHDRAWN_SHARE } from '../src/demo/marketing.plan.js'
import { policyOf } from '../src/policy/index.js'
import { SubjectService } from '../src/subjects/subject.service.js'
import { subscriptionServices } from '../src/subscriptions/index.js'
import { completeOrganisation, createUser, signIn } from './factories.js'
import {
  createTestApp,
  createTestDatabase,
  forEachDatabase,
  type TestApp,
  type TestDatabase,
} from './harness.js'
import { newMasterKey, type Run, type RunningVern, runVern, startVern, vernEnv } from './process.js'

// `vern demo` as a newcomer runs it: the built command line against an empty database, then the API of
// the server started on it.
forEachDatabase('vern demo', (dialect) => {
  let db: TestDatabase
  let env: NodeJS.ProcessEnv
  let first: Run
  let server: RunningVern
  let key: string
  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${key}` } })
    expect(res.status, path).toBe(200)
    return (await res.json()) as T
  }
  const auditEntries = async () => {
    const run = await runVern(['audit', 'verify'], env)
    expect(run.code, run.stderr).toBe(0)
    return Number(/intact: (\d+) entries/.exec(run.stdout)?.[1])
  }
  const consentRecords = async () => {
    const run = await runVern(['consent', 'verify'], env)
    expect(run.code, run.stderr).toBe(0)
    return Number(/Consent ledger intact: (\d+) records verified/.exec(run.stdout)?.[1])
  }

  beforeAll(async () => {
    db = await createTestDatabase(dialect)
    env = vernEnv(db, newMasterKey(), { LOG_LEVEL: 'warn', PUBLIC_URL: 'http://vern.test:3000' })
    first = await runVern(['demo', '--customers', '50'], env)
    const created = await runVern(['apikey', 'create', '--name', 'demo test', '--role', 'owner'], env)
    key = created.stdout.trim().split('\n').at(-1) ?? ''
    server = await startVern(env)
  }, 60_000)
  afterAll(async () => {
    server?.child.kill('SIGTERM')
    await server?.exited
    await db.drop()
  })

  it('fills an empty instance and says how to sign in', () => {
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('Nordlys Webshop ApS is ready')
    expect(first.stdout).toMatch(/50 people: \d+ customers, \d+ prospects, \d+ former customers;/)
    expect(first.stdout).toContain('2 of them are contacts at 2 business customers')
    expect(first.stdout).toMatch(
      /3 cookie banner services, now at revision 4; \d+ choices over the last 30 days:/,
    )
    expect(first.stdout).toMatch(
      /Newsletter: +\d+ e-mail permissions: \d+ soft opt-ins at checkout, \d+ explicit opt-ins;/,
    )
    expect(first.stdout).toContain(
      'Policy:       version 1 of the privacy policy is published at http://vern.test:3000/privacy/policy.',
    )
    expect(first.stdout).toContain('open http://vern.test:3000/login')
    expect(first.stdout).toContain('e-mail:   owner@nordlys.example')
    expect(first.stdout).toMatch(/password: \S{20,}/)
  })

  it('sets up the organisation profile', async () => {
    const org = await api<Record<string, unknown>>('/api/v1/organisation')
    expect(org).toMatchObject({
      legalName: 'Nordlys Webshop ApS',
      country: 'DK',
      registrationNumber: '10150817',
      vatNumber: 'DK10150817',
      contactEmail: 'privacy@nordlys.example',
      defaultLanguage: 'da',
      financialYearEnd: '12-31',
      setupComplete: true,
      missing: [],
    })
  })

  it('registers the payment, hosting, newsletter and accounting processors and the other recipients', async () => {
    const { processors } = await api<{ processors: Array<Record<string, unknown>> }>('/api/v1/processors')
    expect(processors.length).toBeGreaterThanOrEqual(4)
    const byName = (part: string) => processors.find((p) => String(p.name).includes(part))
    expect(byName('BetalNord')).toMatchObject({ role: 'processor', country: 'DK' })
    expect(byName('Hosting')).toMatchObject({ role: 'processor', thirdCountry: false })
    expect(byName('Postbird')).toMatchObject({
      role: 'processor',
      thirdCountry: true,
      transferSafeguard: 'scc',
    })
    expect(byName('Kontoflow')).toMatchObject({ role: 'processor', country: 'DK' })
    expect(new Set(processors.map((p) => p.role))).toEqual(
      new Set(['processor', 'sub_processor', 'independent_controller', 'public_authority']),
    )
    for (const p of processors.filter((x) => x.role === 'processor')) {
      expect(p.dpaSignedOn, String(p.name)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(String(p.dpaReviewOn) > String(p.dpaSignedOn)).toBe(true)
    }
  })

  it('records the activities with their legal bases, and the Art. 30 record lists them', async () => {
    const { activities } = await api<{ activities: Array<Record<string, unknown>> }>('/api/v1/activities')
    const basis = Object.fromEntries(activities.map((a) => [a.dataUse, a.legalBasis]))
    expect(basis).toMatchObject({
      'essential.service.order_handling': 'contract',
      'essential.legal_obligation.bookkeeping': 'legal_obligation',
      'marketing.communications.email.newsletter': 'consent',
      'essential.service.operations.support': 'contract',
      'essential.fraud_detection': 'legitimate_interests',
      'analytics.reporting.content_performance': 'consent',
    })
    const fraud = activities.find((a) => a.legalBasis === 'legitimate_interests')
    expect(String(fraud?.legitimateInterest)).toContain('svindel')
    const bookkeeping = activities.find((a) => a.dataUse === 'essential.legal_obligation.bookkeeping')
    expect(bookkeeping?.retention).toMatchObject({ period: { value: 5, unit: 'years' } })

    const ropa = await api<{
      controller: { name: string }
      dpo: unknown
      activities: Array<{ name: string; legalBasis: { code: string }; securityMeasures: unknown[] }>
    }>('/api/v1/ropa?lang=da')
    expect(ropa.controller.name).toBe('Nordlys Webshop ApS')
    expect(ropa.dpo).not.toBeNull()
    expect(ropa.activities.map((a) => a.name).sort()).toEqual(activities.map((a) => a.name).sort())
    for (const a of ropa.activities) expect(a.securityMeasures.length, a.name).toBeGreaterThan(0)
  })

  it('publishes the first privacy policy, so /privacy/policy shows it at once', async () => {
    const res = await fetch(`${server.url}/privacy/policy`, { headers: { 'accept-language': 'da' } })
    expect(res.status).toBe(200)
    const page = await res.text()
    expect(page).toContain('<html lang="da"')
    expect(page).toContain('Nordlys Webshop ApS er dataansvarlig')
    expect(page).toContain('Carl Jacobsens Vej 35, 2500 Valby')
    expect(page).toContain('Bogføring, Danmark')
    const versions = await api<{ versions: Array<{ number: number; gaps: unknown[]; material: boolean }> }>(
      '/api/v1/policy/versions',
    )
    expect(versions.versions).toMatchObject([{ number: 1, gaps: [], material: false }])
  })

  it('holds exactly 50 people, each found by their e-mail', async () => {
    const page = await api<{ subjects: Array<{ kind: string; email: string; companyId: string | null }> }>(
      '/api/v1/subjects?limit=200',
    )
    const people = page.subjects.filter((s) => s.kind === 'person')
    expect(people).toHaveLength(50)
    expect(people.filter((p) => p.companyId !== null).length).toBeGreaterThan(0)
    const someone = people[17]
    const found = await api<{ subjects: Array<{ email: string }> }>(
      `/api/v1/subjects?email=${encodeURIComponent(someone?.email ?? '')}`,
    )
    expect(found.subjects.map((s) => s.email)).toEqual([someone?.email])
  })

  it('lets the owner sign in with the password it printed', async () => {
    const password = /password: (\S+)/.exec(first.stdout)?.[1] ?? ''
    const page = await fetch(`${server.url}/login`)
    const cookie = page.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? ''
    const res = await fetch(`${server.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, email: 'owner@nordlys.example', password }).toString(),
    })
    expect(res.status).toBe(303)
    expect(res.headers.getSetCookie().some((c) => c.includes('vern_session='))).toBe(true)
  })

  it('attributes everything it wrote to the system actor "demo"', async () => {
    const { entries } = await api<{
      entries: Array<{ actor: { type: string; id?: string }; action: string }>
    }>('/api/v1/audit?action=subject.create&limit=500')
    expect(entries.length).toBeGreaterThanOrEqual(50)
    for (const e of entries) expect(e.actor).toEqual({ type: 'system', id: 'demo' })
    const made = await api<{ entries: unknown[] }>('/api/v1/audit?actorType=system&actorId=demo&limit=500')
    expect(made.entries.length).toBeGreaterThan(entries.length)
  })

  it('writes a consent ledger that `vern consent verify` finds intact', async () => {
    expect(await consentRecords()).toBe(Number(/; (\d+) choices over/.exec(first.stdout)?.[1]))
  })

  it('refuses a second run, writes nothing, and leaves the audit chain intact', async () => {
    const before = await auditEntries()
    const choices = await consentRecords()
    const second = await runVern(['demo', '--customers', '50'], env)
    expect(second.code).toBe(1)
    expect(second.stdout).toBe('')
    expect(second.stderr.trim().split('\n')).toHaveLength(1)
    expect(second.stderr).toContain('not empty')
    expect(await auditEntries()).toBe(before)
    expect(await consentRecords()).toBe(choices)
    const page = await api<{ subjects: unknown[] }>('/api/v1/subjects?limit=200')
    expect(page.subjects).toHaveLength(50 + 2) // the people and the two companies of their contacts
  })
})

// The rules around the run, in process: what it keeps, what it refuses, and that a seed repeats.
forEachDatabase('vern demo on an instance in use', (dialect) => {
  const apps: TestApp[] = []
  const app = async () => {
    const t = await createTestApp(dialect)
    apps.push(t)
    return t
  }
  afterAll(() => Promise.all(apps.map((t) => t.close())))
  const people = async (t: TestApp) => {
    const rows = await t.ctx.db.selectFrom('subjects').select(['kind', 'relationship']).execute()
    return rows.filter((r) => r.kind === 'person')
  }

  it('keeps an owner and a completed profile that are already there', async () => {
    const t = await app()
    const owner = await createUser(t, { role: 'owner', email: 'me@shop.example' })
    await completeOrganisation(t)
    await t.ctx.db
      .transaction()
      .execute((trx) => t.ctx.organisation.update(trx, { legalName: 'Min Butik ApS' }, { type: 'system' }))
    const result = await runDemo(t.ctx, { customers: 20, seed: 4 })
    expect(result.owner).toEqual({ email: owner.email, password: null })
    expect(result.organisation).toEqual({ name: 'Min Butik ApS', kept: true })
    // A completed profile leaves no gap: the policy is published under the kept name.
    expect(result.policy).toEqual({ version: 1, gaps: 0 })
    const current = await policyOf(t.ctx).current(t.ctx.db)
    expect(current?.documents.da.intro).toContain('Min Butik ApS')
    expect((await t.ctx.users.list(t.ctx.db)).map((u) => u.email)).toEqual([owner.email])
    expect(await people(t)).toHaveLength(20)
  })

  it('refuses an instance with a processor, writing nothing', async () => {
    const t = await app()
    const host = { name: 'Host', role: 'processor', country: 'DK' } as const
    await t.ctx.db
      .transaction()
      .execute((trx) => dataMapOf(t.ctx).processors.create(trx, host, { type: 'system' }))
    const before = await t.ctx.audit.verify(t.ctx.db)
    await expect(runDemo(t.ctx, { customers: 5, seed: 1 })).rejects.toThrow(/not empty \(it has processors\)/)
    expect(await t.ctx.audit.verify(t.ctx.db)).toEqual(before)
    expect(await t.ctx.users.list(t.ctx.db)).toEqual([])
    expect((await t.ctx.organisation.get(t.ctx.db)).legalName).toBeNull()
  })

  it('refuses an instance whose consent ledger has choices, writing nothing', async () => {
    const t = await app()
    const { config, ledger } = consentOf(t.ctx)
    const revision = (await config.current(t.ctx.db)).revision
    const choice = {
      method: 'reject_all',
      categories: { preferences: false, statistics: false, marketing: false },
      revision,
      language: 'da',
    } as const
    const facts = { origin: 'https://shop.example', ip: null, userAgent: null }
    await t.ctx.db.transaction().execute((trx) => ledger.record(trx, choice, facts))
    await expect(runDemo(t.ctx, { customers: 5, seed: 1 })).rejects.toThrow(
      /not empty \(it has consents in the consent ledger\)/,
    )
    expect(await t.ctx.db.selectFrom('subjects').select('id').execute()).toEqual([])
    expect(await config.listServices(t.ctx.db)).toEqual([])
  })

  it('writes the same people for the same seed', async () => {
    const registerOf = async (seed: number) => {
      const t = await app()
      await runDemo(t.ctx, { customers: 15, seed })
      const page = await t.ctx.db.selectFrom('subjects').select('id').execute()
      const who = { actor: { type: 'system' as const }, role: 'owner' as const }
      const subjects = new SubjectService(t.ctx.audit, t.ctx.vault, t.ctx.clock, t.ctx.organisation)
      const all = await Promise.all(page.map((r) => subjects.get(t.ctx.db, r.id, who)))
      return all.map((s) => `${s.relationship} ${s.email} ${s.phone}`).sort()
    }
    // Another seed gives other people: src/demo/register.plan.test.ts.
    expect(await registerOf(11)).toEqual(await registerOf(11))
  })
})

// The cookie banner, 30 days of its choices and the newsletter permissions the demo adds, in process on
// the test clock (2026-11-20 10:00 UTC).
forEachDatabase('vern demo: consents and marketing permissions', (dialect) => {
  let t: TestApp
  let result: DemoResult
  const DAY = 86_400_000
  const count = async (table: 'consent_records' | 'consent_revisions' | 'subscriptions' | 'suppressions') => {
    const row = await t.ctx.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    result = await runDemo(t.ctx, { customers: 200, seed: 9 })
  }, 60_000)
  afterAll(() => t.close())

  it('puts three services on the banner, each linked to its system in the data map, a revision each', async () => {
    const { config } = consentOf(t.ctx)
    const services = await config.listServices(t.ctx.db)
    const systems = await dataMapOf(t.ctx).systems.list(t.ctx.db)
    const linked = services.map((s) => [s.category, systems.find((x) => x.id === s.systemId)?.name])
    expect(linked).toEqual([
      ['statistics', 'Webstatistik (selvhostet)'],
      ['marketing', 'Annoncepixel (Annoncia)'],
      ['preferences', 'Kundeservice-chat (Snakkis)'],
    ])
    expect((await config.current(t.ctx.db)).revision).toBe(4)
    expect((await config.revision(t.ctx.db, 3))?.services.map((s) => s.key)).toEqual([
      'webstatistik',
      'annoncia-pixel',
    ])
    const published = await t.ctx.db
      .selectFrom('consent_revisions')
      .select(['revision', 'created_at'])
      .where('revision', '>', 1)
      .orderBy('revision')
      .execute()
    const today = new Date('2026-11-20T00:00:00Z')
    expect(published.map((r) => [r.revision, new Date(r.created_at).toISOString()])).toEqual([
      [2, bannerLiveAt(today).toISOString()],
      [3, bannerLiveAt(today).toISOString()],
      [4, chatAddedAt(today).toISOString()],
    ])
    const changes = await t.ctx.audit.list(t.ctx.db, { action: 'consent.config_changed' }, 10)
    expect(changes.map((e) => e.actor)).toEqual(Array(3).fill({ type: 'system', id: 'demo' }))
    expect(result.consent).toMatchObject({ services: 3, revision: 4 })
  })

  it('fills the consent chart for each of the last 30 days, with plausible shares', async () => {
    const stats = await consentStats(t.ctx.db, t.clock.now())
    expect(stats.days).toHaveLength(30)
    for (const d of stats.days.slice(0, -1)) {
      expect(d.total, d.day).toBeGreaterThanOrEqual(choicesPerDay(200) * 0.8)
      expect(d.total, d.day).toBeLessThanOrEqual(choicesPerDay(200) * 1.4)
    }
    expect(stats.days.at(-1)?.total).toBeGreaterThan(0) // today, up to 10:00
    expect(stats.total).toBe(result.consent.choices)
    expect(stats.gpc).toBe(result.consent.methods.gpc)
    const share = (n: number) => n / stats.total
    expect(share(result.consent.methods.accept_all)).toBeGreaterThan(0.47)
    expect(share(result.consent.methods.accept_all)).toBeLessThan(0.63)
    expect(share(result.consent.methods.reject_all)).toBeGreaterThan(0.23)
    expect(share(result.consent.methods.reject_all)).toBeLessThan(0.37)
    expect(share(result.consent.methods.custom)).toBeGreaterThan(0.05)
    expect(share(stats.gpc)).toBeGreaterThan(0.02)
    const marketing = stats.days.reduce((n, d) => n + d.accepted.marketing, 0)
    expect(share(marketing)).toBeGreaterThan(share(result.consent.methods.accept_all))
    expect(share(marketing)).toBeLessThan(0.7)
  })

  it('appends every choice through the ledger in time order, on the revision shown then', async () => {
    expect(await consentOf(t.ctx).ledger.verify(t.ctx.db)).toEqual({
      ok: true,
      records: result.consent.choices,
    })
    const rows = await t.ctx.db
      .selectFrom('consent_records')
      .select(['at', 'revision', 'origin', 'language', 'person_type', 'ip'])
      .orderBy('seq')
      .execute()
    const times = rows.map((r) => Date.parse(r.at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    const now = t.clock.now().getTime()
    const today = Date.parse('2026-11-20T00:00:00Z')
    expect(times[0]).toBeGreaterThanOrEqual(today - 29 * DAY)
    expect(times.at(-1)).toBeLessThanOrEqual(now)
    const chatAdded = chatAddedAt(new Date(today)).getTime()
    expect(rows.some((r) => r.revision === 3) && rows.some((r) => r.revision === 4)).toBe(true)
    for (const r of rows) {
      expect(r.revision).toBe(Date.parse(r.at) < chatAdded ? 3 : 4)
      expect(r.origin).toBe('https://nordlys.example')
    }
    const languages = new Set(rows.map((r) => r.language))
    expect([...languages].sort()).toEqual(['da', 'en', 'fi', 'nb', 'sv'])
    expect(rows.filter((r) => r.language === 'da').length / rows.length).toBeGreaterThan(0.75)
    const signedIn = rows.filter((r) => r.person_type === 'customer').length
    expect(signedIn).toBe(result.consent.signedIn)
    expect(signedIn).toBeGreaterThan(0)
  })

  it("finds a signed-in customer's proofs by their webshop customer id", async () => {
    const { ledger } = consentOf(t.ctx)
    let found = 0
    for (let id = 10_000; id < 10_200; id++) {
      const proofs = await ledger.proofsOf(t.ctx.db, { customerId: String(id) })
      for (const p of proofs) expect(p.checks).toEqual({ recordHash: true, textsHash: true })
      found += proofs.length
    }
    expect(found).toBe(result.consent.signedIn)
  })

  it('gives newsletter permissions to the planned share of current customers, and queues no mail', async () => {
    const customers = await t.ctx.db
      .selectFrom('subjects')
      .select('id')
      .where('kind', '=', 'person')
      .where('relationship', '=', 'customer')
      .where('company_id', 'is', null)
      .execute()
    const rows = await t.ctx.db.selectFrom('subscriptions').selectAll().execute()
    const { permissions, softOptIn, explicitOptIn, withdrawn } = result.marketing
    expect(rows).toHaveLength(permissions)
    expect(Math.abs(permissions - customers.length * PERMISSION_SHARE)).toBeLessThanOrEqual(1)
    expect(Math.abs(explicitOptIn - permissions * EXPLICIT_SHARE)).toBeLessThanOrEqual(1)
    expect(Math.abs(withdrawn - permissions * WITHDRAWN_SHARE)).toBeLessThanOrEqual(1)
    expect(explicitOptIn).toBeGreaterThan(0)
    expect(withdrawn).toBeGreaterThan(0)
    const ids = new Set(customers.map((c) => c.id))
    const now = t.clock.now().getTime()
    for (const r of rows) {
      expect(ids.has(r.subject_id)).toBe(true)
      expect([r.channel, r.purpose, r.language]).toEqual(['email', 'newsletter', 'da'])
      expect(r.confirmed_at).not.toBeNull()
      expect(Date.parse(String(r.created_at))).toBeLessThan(now)
      if (r.basis === 'soft_opt_in') expect([r.source, r.opt_out_offered]).toEqual(['webshop-checkout', 1])
      else expect(r.source).toBe('newsletter-form')
      if (r.status === 'withdrawn')
        expect(Date.parse(String(r.withdrawn_at))).toBeGreaterThan(Date.parse(String(r.created_at)))
      else expect(r.status).toBe('active')
    }
    expect(rows.filter((r) => r.basis === 'soft_opt_in')).toHaveLength(softOptIn)
    expect(rows.filter((r) => r.status === 'withdrawn')).toHaveLength(withdrawn)
    expect(await t.ctx.mail.list(t.ctx.db, 10)).toEqual([])
    const created = await t.ctx.audit.list(t.ctx.db, { action: 'subscription.create' }, 1000)
    const unsubscribed = await t.ctx.audit.list(t.ctx.db, { action: 'subscription.unsubscribe' }, 1000)
    expect([created.length, unsubscribed.length]).toEqual([permissions, withdrawn])
    for (const e of [...created, ...unsubscribed]) expect(e.actor).toEqual({ type: 'system', id: 'demo' })
  })

  it('puts those who unsubscribed on the suppression list, and the send check follows', async () => {
    expect(await count('suppressions')).toBeGreaterThanOrEqual(result.marketing.withdrawn)
    const { subscriptions } = subscriptionServices(t.ctx)
    const who = { actor: { type: 'system' as const }, role: 'owner' as const }
    const subjects = new SubjectService(t.ctx.audit, t.ctx.vault, t.ctx.clock, t.ctx.organisation)
    const rows = await t.ctx.db
      .selectFrom('subscriptions')
      .select(['subject_id', 'status', 'basis'])
      .execute()
    const answer = async (status: string) => {
      const row = rows.find((r) => r.status === status)
      const email = (await subjects.get(t.ctx.db, row?.subject_id ?? '', who)).email ?? ''
      return subscriptions.check(t.ctx.db, { email, channel: 'email', purpose: 'newsletter' }, who)
    }
    expect(await answer('withdrawn')).toEqual({ maySend: false, basis: null, reason: 'suppressed' })
    expect(await answer('active')).toMatchObject({ maySend: true, reason: 'permission' })
  })

  it('shows a signed-in user the consent charts and the permissions', async () => {
    const { cookie } = await signIn(t, await createUser(t, { role: 'owner' }))
    const consent = await t.app.inject({ url: '/admin/consent', headers: { cookie } })
    expect(consent.statusCode).toBe(200)
    expect(consent.body).toContain('Current revision: 4')
    const bars = [...consent.body.matchAll(/<title>(\d{4}-\d{2}-\d{2}): \d+ % \((\d+) Choices\)<\/title>/g)]
    expect(bars).toHaveLength(3 * 30)
    expect(new Set(bars.map((b) => b[1])).size).toBe(30)
    for (const b of bars) expect(Number(b[2]), b[1]).toBeGreaterThan(0)
    expect(consent.body).toContain(`of ${result.consent.choices} choices.`)
    const subscriptions = await t.app.inject({ url: '/admin/subscriptions', headers: { cookie } })
    expect(subscriptions.statusCode).toBe(200)
    const { permissions, withdrawn } = result.marketing
    expect(subscriptions.body).toMatch(
      new RegExp(
        `<td><code>newsletter</code></td><td>${permissions - withdrawn}</td><td>0</td><td>${withdrawn}</td>`,
      ),
    )
    expect(subscriptions.body).toContain(`${await count('suppressions')} entries on the suppression list`)
  })

  it('gives every data category a retention rule and publishes version 1 of the policy, without gaps', async () => {
    const policy = policyOf(t.ctx)
    expect(result.policy).toEqual({ version: 1, gaps: 0 })
    expect((await policy.draft(t.ctx.db)).gaps).toEqual([])
    const [version] = await policy.versions(t.ctx.db)
    expect(version).toMatchObject({ number: 1, gaps: [], overrideReason: null, material: false })
    expect(version?.bannerRevision).toBeNull() // not a material change: the banner stays at revision 4
    const current = await policy.current(t.ctx.db)
    expect(current?.number).toBe(1)
    expect(current?.facts.retentionRules).toHaveLength(result.retentionRules)
    expect(current?.facts.marketing.channels).toEqual(['email'])
    const published = await t.ctx.audit.list(t.ctx.db, { action: 'policy.publish' }, 10)
    expect(published.map((e) => e.actor)).toEqual([{ type: 'system', id: 'demo' }])
  })

  it('says what it made in its summary', () => {
    const text = demoSummary(result, t.ctx.config).join('\n')
    const { consent: c, marketing: m } = result
    expect(text).toContain(
      `3 cookie banner services, now at revision 4; ${c.choices} choices over the last 30 days:`,
    )
    expect(text).toMatch(
      /\d+% accepted all, \d+% rejected all, \d+% chose for themselves, \d+% refused by GPC;/,
    )
    expect(text).toContain(
      `${m.permissions} e-mail permissions: ${m.softOptIn} soft opt-ins at checkout, ${m.explicitOptIn} explicit opt-ins;`,
    )
    expect(text).toContain(`${m.withdrawn} of them unsubscribed since and are on the suppression list`)
    expect(text).toContain(
      `Retention:    ${result.retentionRules} rules, among them the Danish bookkeeping act's 5 years.`,
    )
    expect(text).toContain('Policy:       version 1 of the privacy policy is published at')
  })

  it('adds nothing when run again', async () => {
    const tables = ['consent_records', 'consent_revisions', 'subscriptions', 'suppressions'] as const
    const before = await Promise.all(tables.map(count))
    const audit = await t.ctx.audit.verify(t.ctx.db)
    await expect(runDemo(t.ctx, { customers: 200, seed: 9 })).rejects.toThrow(/not empty/)
    expect(await Promise.all(tables.map(count))).toEqual(before)
    expect(await t.ctx.audit.verify(t.ctx.db)).toEqual(audit)
    expect((await consentOf(t.ctx).config.current(t.ctx.db)).revision).toBe(4)
  })
})

// The command exactly as the README shows it, on the default database: 1,000 customers take about 2 s
// on SQLite (about 5 s on PostgreSQL, whose path the 50-customer run above already covers).
describe('vern demo with its defaults', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await createTestDatabase('sqlite')
  })
  afterAll(() => db.drop())

  it('writes 1,000 people', async () => {
    const run = await runVern(['demo'], vernEnv(db, newMasterKey(), { LOG_LEVEL: 'warn' }))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Register: +1,000 people: /)
    expect(run.stdout).toContain('10 of them are contacts at 5 business customers')
  }, 60_000)
})

// Bad usage is refused before any database is opened, so once is enough.
describe('vern demo usage', () => {
  it('answers bad options with exit status 2', async () => {
    for (const args of [
      ['--customers', 'many'],
      ['--customers', '100001'],
      ['--customers', '-3'],
      ['--seed', '1.5'],
      ['--email', 'x'],
    ]) {
      const run = await runVern(['demo', ...args], { PATH: process.env.PATH })
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(2)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
    }
  })
})
