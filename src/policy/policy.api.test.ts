import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { consentOf } from '../consent/services.js'
import {
  type ApiClient,
  apiClient,
  hostingProcessor,
  mailProcessor,
  orderActivity,
} from '../datamap/testing.js'
import { auditOf, subjectsApi } from '../subjects/subject.testing.js'
import { subscriptionsApi } from '../subscriptions/subscription.testing.js'
import { policyOf } from './index.js'

const DAY = 24 * 60 * 60 * 1000

forEachDatabase('privacy policy API and pages', (dialect) => {
  let t: TestApp
  let owner: ApiClient
  let dpo: ApiClient
  let marketing: ApiClient
  let auditor: ApiClient
  let ownerKey: string
  const reviewers: string[] = []

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    ownerKey = await createApiKey(t, 'owner')
    owner = apiClient(t, ownerKey)
    dpo = apiClient(t, await createApiKey(t, 'dpo'))
    marketing = apiClient(t, await createApiKey(t, 'marketing'))
    auditor = apiClient(t, await createApiKey(t, 'auditor'))
    for (const role of ['owner', 'dpo'] as const) reviewers.push((await createUser(t, { role })).email)
    await createUser(t, { role: 'support' })
  })
  afterAll(() => t.close())

  it('has no policy before the first publication: the public page says so, the check lists the gaps', async () => {
    const page = await t.app.inject({ url: '/privacy/policy?lang=da' })
    expect(page.statusCode).toBe(404)
    expect(page.body).toContain('Privatlivspolitikken er på vej')
    const check = await auditor.get('/api/v1/policy/check')
    expect(check.statusCode).toBe(200)
    expect(check.json()).toEqual({ complete: false, gaps: [{ kind: 'no_activities' }] })
  })

  it('refuses to publish while gaps remain; only the owner may override, with a reason, audited', async () => {
    const refused = await owner.post('/api/v1/policy/versions', { material: false })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error.code).toBe('policy_incomplete')

    const notOwner = await dpo.post('/api/v1/policy/versions', {
      material: false,
      overrideReason: 'Launch day',
    })
    expect(notOwner.statusCode).toBe(403)
    const [denied] = await auditOf(t, 'policy.override_denied')
    expect(denied).toMatchObject({ outcome: 'denied', details: { role: 'dpo' } })
    expect((await owner.get('/api/v1/policy/versions')).json().versions).toEqual([])

    const published = await owner.post('/api/v1/policy/versions', {
      material: false,
      overrideReason: 'The shop opens today; activities follow this week',
    })
    expect(published.statusCode).toBe(201)
    expect(published.json()).toMatchObject({
      number: 1,
      effectiveFrom: '2026-11-20',
      gaps: [{ kind: 'no_activities' }],
      overrideReason: 'The shop opens today; activities follow this week',
      bannerRevision: null,
    })
    const [entry] = (await auditOf(t, 'policy.publish')).filter((e) => e.target?.id === '1')
    expect(entry?.details).toMatchObject({ override: true, gaps: ['no_activities'], material: false })
    expect((await t.app.inject({ url: '/privacy/policy?lang=en' })).statusCode).toBe(200)
  })

  it('finds gaps in the real data map, including what an import or a hand edit left behind', async () => {
    const host = (await owner.post('/api/v1/processors', hostingProcessor)).json()
    const mailer = (await owner.post('/api/v1/processors', mailProcessor)).json()
    const system = (await owner.post('/api/v1/systems', { name: 'Webshop', kind: 'webshop' })).json()
    const activity = (
      await owner.post(
        '/api/v1/activities',
        orderActivity(
          [system.id],
          [host.id, mailer.id],
          [{ country: 'US', safeguard: 'scc', recipientId: mailer.id }],
        ),
      )
    ).json()
    expect(activity.id).toBeTruthy()
    await t.ctx.db.updateTable('activities').set({ legal_basis: '' }).where('id', '=', activity.id).execute()
    await t.ctx.db
      .updateTable('processors')
      .set({ transfer_safeguard: 'none' })
      .where('id', '=', mailer.id)
      .execute()

    const gaps = (await owner.get('/api/v1/policy/check')).json().gaps as Array<{
      kind: string
      subject?: { id: string }
    }>
    expect(gaps).toEqual(
      expect.arrayContaining([
        {
          kind: 'activity_legal_basis',
          subject: { type: 'activity', id: activity.id, name: 'Order handling' },
        },
        {
          kind: 'transfer_safeguard',
          subject: { type: 'processor', id: mailer.id, name: 'Mailer Inc.' },
          country: 'US',
        },
        expect.objectContaining({
          kind: 'category_retention',
          subject: expect.objectContaining({ id: 'user.name' }),
        }),
      ]),
    )

    // Fix them through the ordinary API.
    expect(
      (await owner.patch(`/api/v1/activities/${activity.id}`, { legalBasis: 'contract' })).statusCode,
    ).toBe(200)
    expect(
      (await owner.patch(`/api/v1/processors/${mailer.id}`, { transferSafeguard: 'scc' })).statusCode,
    ).toBe(200)
    expect(
      (await owner.post('/api/v1/retention-rules/presets', { preset: 'bookkeeping_dk', language: 'da' }))
        .statusCode,
    ).toBe(201)
    const rule = await owner.post('/api/v1/retention-rules', {
      name: 'Customers',
      dataCategories: ['user.name', 'user.contact'],
      clockStart: 'relationship_ended',
      period: { value: 3, unit: 'years' },
      action: 'delete',
      legalGround: 'The limitation period',
    })
    expect(rule.statusCode).toBe(201)
    expect((await owner.get('/api/v1/policy/check')).json()).toEqual({ complete: true, gaps: [] })
  })

  it('publishes a material change: a new banner revision, a notice to subscribers, a new immutable version', async () => {
    const people = subjectsApi(t, ownerKey)
    const subscriptions = subscriptionsApi(t, ownerKey)
    const person = await people.create({
      name: 'Astrid Lund',
      email: 'astrid@example.dk',
      relationship: 'customer',
    })
    expect(person.statusCode).toBe(201)
    const subscribed = await subscriptions.subscribe({
      email: 'astrid@example.dk',
      channel: 'email',
      purpose: 'newsletter',
      basis: 'soft_opt_in',
      optOutOffered: true,
      source: 'checkout',
      language: 'sv',
    })
    expect(subscribed.statusCode).toBe(201)
    const revisionBefore = (await consentOf(t.ctx).config.current(t.ctx.db)).revision

    const marketingTry = await marketing.post('/api/v1/policy/versions', { material: true })
    expect(marketingTry.statusCode).toBe(403)

    const published = await dpo.post('/api/v1/policy/versions', {
      material: true,
      notifySubscribers: true,
      note: 'Activities and processors added',
    })
    expect(published.statusCode).toBe(201)
    expect(published.json()).toMatchObject({
      number: 2,
      material: true,
      notified: 1,
      gaps: [],
      overrideReason: null,
    })
    const banner = await consentOf(t.ctx).config.current(t.ctx.db)
    expect(banner.revision).toBe(revisionBefore + 1)
    expect(banner.policyVersion).toBe('2')
    expect(published.json().bannerRevision).toBe(banner.revision)

    const notices = []
    for (const summary of await t.ctx.mail.list(t.ctx.db, 100)) {
      const mail = await t.ctx.mail.read(t.ctx.db, summary.id)
      if (mail?.message.to === 'astrid@example.dk' && summary.template === 'marketing')
        notices.push(mail.message)
    }
    expect(notices).toHaveLength(1)
    expect(notices[0]?.subject).toBe('Nordlys Webshop ApS har uppdaterat sin integritetspolicy')
    expect(notices[0]?.text).toContain('http://vern.test/privacy/policy/versions/2?lang=sv')
    expect(notices[0]?.headers?.['List-Unsubscribe']).toContain('/unsubscribe/')

    // Versions cannot be changed or removed: there is no route for it.
    expect((await owner.patch('/api/v1/policy/versions/2', { material: false })).statusCode).toBe(404)
    expect((await owner.delete('/api/v1/policy/versions/2')).statusCode).toBe(404)
    const v2 = await auditor.get('/api/v1/policy/versions/2?lang=nb')
    expect(v2.json().document.title).toBe('Personvernerklæring')
    expect(JSON.stringify(v2.json().document)).toContain('Order handling')
  })

  it('serves the version in force in the visitor’s language, as a page, a fragment and JSON', async () => {
    const da = await t.app.inject({
      url: '/privacy/policy',
      headers: { 'accept-language': 'da-DK,da;q=0.9' },
    })
    expect(da.statusCode).toBe(200)
    expect(da.headers['content-language']).toBe('da')
    expect(da.body).toContain('<h1>Privatlivspolitik</h1>')
    expect(da.body).toContain('Version 2, gældende fra')
    expect(da.body).toContain('Carl Jacobsens Vej 35, 2500 Valby, Danmark')
    expect(da.body).toContain('href="http://vern.test/privacy/requests/new?kind=erasure&amp;lang=da"')
    expect(da.body).not.toContain('<script')

    const sv = await t.app.inject({ url: '/privacy/policy?lang=sv' })
    expect(sv.body).toContain('<h1>Integritetspolicy</h1>')

    const fragment = await t.app.inject({ url: '/privacy/policy/fragment?lang=fi' })
    expect(fragment.statusCode).toBe(200)
    expect(fragment.headers['access-control-allow-origin']).toBe('*')
    expect(fragment.body.startsWith('<article class="policy" lang="fi">')).toBe(true)
    expect(fragment.body).not.toContain('<html')

    const json = await t.app.inject({ url: '/privacy/policy.json?lang=en' })
    expect(json.statusCode).toBe(200)
    expect(json.json()).toMatchObject({ version: 2, effectiveFrom: '2026-11-20', language: 'en' })
    expect(json.json().document.sections).toHaveLength(16)
  })

  it('lists versions publicly and says what changed between them, in words and line by line', async () => {
    await owner.post('/api/v1/processors', { name: 'Fragt ApS', role: 'processor', country: 'DK' })
    const draftDiff = await owner.get('/api/v1/policy/diff?from=2&lang=en')
    expect(draftDiff.statusCode).toBe(200)
    expect(draftDiff.json().changes).toContainEqual({
      kind: 'recipient_added',
      name: 'Fragt ApS',
      words: 'New recipient or processor: Fragt ApS',
    })

    const diff = (await auditor.get('/api/v1/policy/diff?from=1&to=2&lang=en')).json()
    expect(diff.changes.map((c: { kind: string }) => c.kind)).toEqual(
      expect.arrayContaining(['activity_added', 'recipient_added', 'retention_added', 'section_changed']),
    )
    expect(diff.text).toContain('+ ### Order handling')
    expect(diff.text).toContain('- We do not currently process personal data')
    expect(diff.lines.some((l: { op: string }) => l.op === 'same')).toBe(true)

    const list = await t.app.inject({ url: '/privacy/policy/versions?lang=en' })
    expect(list.statusCode).toBe(200)
    expect(list.body).toContain('href="/privacy/policy/versions/1?lang=en"')
    expect(list.body).toContain('in force now')
    const changes = await t.app.inject({ url: '/privacy/policy/versions/2/changes?lang=en' })
    expect(changes.body).toContain('New purpose: Order handling')
    expect(changes.body).toContain('<ins>')
    const old = await t.app.inject({ url: '/privacy/policy/versions/1?lang=en' })
    expect(old.body).toContain('We do not currently process personal data')
    expect((await t.app.inject({ url: '/privacy/policy/versions/99' })).statusCode).toBe(404)
  })

  it('keeps the previous version in force until a later effective date', async () => {
    const tomorrow = new Date(t.clock.now().getTime() + DAY).toISOString().slice(0, 10)
    const past = await owner.post('/api/v1/policy/versions', { material: false, effectiveFrom: '2026-11-19' })
    expect(past.statusCode).toBe(400)
    expect(past.json().error.field).toBe('effectiveFrom')
    const v3 = await owner.post('/api/v1/policy/versions', { material: false, effectiveFrom: tomorrow })
    expect(v3.statusCode).toBe(201)
    expect((await t.app.inject({ url: '/privacy/policy.json' })).json().version).toBe(2)
    t.clock.advance(DAY)
    expect((await t.app.inject({ url: '/privacy/policy.json' })).json().version).toBe(3)
  })

  it('reminds owners and DPOs once, 12 months after the last review, and a review starts a new year', async () => {
    const policy = policyOf(t.ctx)
    expect(await policy.remind(t.ctx.db)).toBe(0)
    // Reviewed (published) on 20 November 2026, and the clock is one day on: due on 20 November 2027.
    t.clock.advance(363 * DAY)
    expect((await owner.get('/api/v1/policy')).json().review).toMatchObject({
      dueOn: '2027-11-20',
      overdue: false,
    })
    expect(await policy.remind(t.ctx.db)).toBe(0)
    t.clock.advance(DAY)
    expect((await owner.get('/api/v1/policy')).json().review.overdue).toBe(true)
    const job = t.ctx.scheduler.jobs.find((j) => j.name === 'policy.review-reminder')
    expect(await job?.run(t.clock.now())).toBe(`reminded ${reviewers.length}`)
    expect(await policy.remind(t.ctx.db)).toBe(0)
    const reminded = []
    for (const summary of await t.ctx.mail.list(t.ctx.db, 200))
      if (summary.template === 'policy-review')
        reminded.push((await t.ctx.mail.read(t.ctx.db, summary.id))?.message.to)
    // The two users made here plus none other: support staff and API keys get nothing.
    expect(reminded.sort()).toEqual([...reviewers].sort())

    const review = await dpo.post('/api/v1/policy/reviews', { note: 'Nothing changed' })
    expect(review.statusCode).toBe(201)
    expect(review.json().overdue).toBe(false)
    expect(await policy.remind(t.ctx.db)).toBe(0)
    expect((await auditOf(t, 'policy.review_reminder')).length).toBe(1)
  })

  it('shows the admin page and the dashboard card to those who may read the policy', async () => {
    const user = await createUser(t, { role: 'auditor' })
    const { signIn } = await import('../../test/factories.js')
    const session = await signIn(t, user)
    const page = await t.app.inject({ url: '/admin/policy', headers: { cookie: session.cookie } })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Completeness check')
    expect(page.body).not.toContain('action="/admin/policy/publish"')
    const dashboard = await t.app.inject({ url: '/', headers: { cookie: session.cookie } })
    expect(dashboard.body).toContain('aria-labelledby="policy-h"')
  })
})
