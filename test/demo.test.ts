import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dataMapOf } from '../src/datamap/services.js'
import { runDemo } from '../src/demo/demo.service.js'
import { SubjectService } from '../src/subjects/subject.service.js'
import { completeOrganisation, createUser } from './factories.js'
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

  it('refuses a second run, writes nothing, and leaves the audit chain intact', async () => {
    const before = await auditEntries()
    const second = await runVern(['demo', '--customers', '50'], env)
    expect(second.code).toBe(1)
    expect(second.stdout).toBe('')
    expect(second.stderr.trim().split('\n')).toHaveLength(1)
    expect(second.stderr).toContain('not empty')
    expect(await auditEntries()).toBe(before)
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
