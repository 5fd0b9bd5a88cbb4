import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { consentOf } from '../consent/services.js'
import { type ApiClient, apiClient } from '../datamap/testing.js'
import { AUTHORITIES } from '../organisation/authorities.js'
import { auditOf } from '../subjects/subject.testing.js'

// The authority's address as the owner gives it, the fragment and JSON as shops embed them, and the
// yearly review counted in the organisation's time zone.
forEachDatabase('privacy policy: authority override, embedding, review dates', (dialect) => {
  let t: TestApp
  let owner: ApiClient
  const publish = (reason = 'Testing the published page') =>
    owner.post('/api/v1/policy/versions', { material: false, overrideReason: reason })
  const draftText = async (lang: string) =>
    JSON.stringify((await owner.get(`/api/v1/policy/draft?lang=${lang}`)).json().document)

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    owner = apiClient(t, await createApiKey(t, 'owner'))
  })
  afterAll(() => t.close())

  it("uses the owner's own address and website for the authority, and null restores Vern's", async () => {
    const set = await owner.patch('/api/v1/organisation', {
      authorityAddress: ' Postboks 9, 2500 Valby ',
      authorityWeb: 'https://datatilsynet.example/klage',
    })
    expect(set.statusCode).toBe(200)
    expect(set.json()).toMatchObject({
      supervisoryAuthority: {
        name: 'Datatilsynet',
        address: 'Postboks 9, 2500 Valby',
        web: 'https://datatilsynet.example/klage',
        email: AUTHORITIES.DK.email,
      },
      authorityOverride: { address: 'Postboks 9, 2500 Valby', web: 'https://datatilsynet.example/klage' },
    })
    const da = await draftText('da')
    expect(da).toContain('Postboks 9, 2500 Valby')
    expect(da).toContain('"href":"https://datatilsynet.example/klage"')
    expect(da).not.toContain(AUTHORITIES.DK.address)

    for (const web of ['http://datatilsynet.example', 'datatilsynet.dk', 'https://user:pw@datatilsynet.dk']) {
      const bad = await owner.patch('/api/v1/organisation', { authorityWeb: web })
      expect(bad.statusCode, web).toBe(400)
      expect(bad.json().error).toMatchObject({ code: 'validation_failed', field: 'authorityWeb' })
    }

    expect((await publish()).statusCode).toBe(201)
    const reset = await owner.patch('/api/v1/organisation', { authorityAddress: null, authorityWeb: null })
    expect(reset.json().supervisoryAuthority).toMatchObject({
      address: AUTHORITIES.DK.address,
      web: AUTHORITIES.DK.web,
    })
    expect(await draftText('da')).toContain(AUTHORITIES.DK.address)
    const diff = (await owner.get('/api/v1/policy/diff?from=1&lang=en')).json()
    expect(diff.changes).toContainEqual({
      kind: 'authority_changed',
      words: 'The details of the data protection authority changed',
    })
    expect(diff.changes.map((c: { kind: string }) => c.kind)).not.toContain('controller_changed')
  })

  it('offers the override on the organisation page, with the built-in address as the hint', async () => {
    const { cookie } = await signIn(t, await createUser(t, { role: 'owner' }))
    const page = await t.app.inject({ url: '/admin/organisation', headers: { cookie } })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('name="authorityAddress"')
    expect(page.body).toContain('name="authorityWeb"')
    expect(page.body).toContain(`Leave empty to use Vern’s: ${AUTHORITIES.DK.address}`)
  })

  it('serves the fragment and the JSON per language for caches, and the JSON safe inside a script', async () => {
    await owner.patch('/api/v1/organisation', { legalName: 'Nordlys </script><b>Webshop</b> & Co ApS' })
    expect((await publish()).statusCode).toBe(201)

    const json = await t.app.inject({
      url: '/privacy/policy.json',
      headers: { 'accept-language': 'sv-SE,sv;q=0.9' },
    })
    expect(json.statusCode).toBe(200)
    expect(json.headers.vary).toMatch(/accept-language/i)
    expect(json.headers['content-language']).toBe('sv')
    expect(json.headers['content-type']).toMatch(/^application\/json/)
    expect(json.body).not.toMatch(/[<>&\u2028\u2029]/)
    const parsed = json.json()
    expect(parsed).toMatchObject({ version: 2, language: 'sv' })
    expect(parsed.document.intro).toContain('Nordlys </script><b>Webshop</b> & Co ApS')

    const fragment = await t.app.inject({
      url: '/privacy/policy/fragment',
      headers: { 'accept-language': 'nb' },
    })
    expect(fragment.statusCode).toBe(200)
    expect(fragment.headers.vary).toMatch(/accept-language/i)
    expect(fragment.headers['content-language']).toBe('nb')
    expect(fragment.body).toContain('Nordlys &lt;/script&gt;&lt;b&gt;Webshop&lt;/b&gt; &amp; Co ApS')
    expect(fragment.body).not.toContain('</script>')
  })

  it('refuses an effective date that is no calendar day, from the API and from the admin form', async () => {
    const before = (await owner.get('/api/v1/policy/versions')).json().versions.length
    for (const effectiveFrom of ['2027-02-30', '2027-13-01', '2027-1-1', '20270101']) {
      const res = await owner.post('/api/v1/policy/versions', {
        material: false,
        effectiveFrom,
        overrideReason: 'x',
      })
      expect(res.statusCode, effectiveFrom).toBe(400)
      expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'effectiveFrom' })
    }
    const user = await signIn(t, await createUser(t, { role: 'owner' }))
    for (const effectiveFrom of ['2027-02-30', '2027-00-10']) {
      const form = await t.app.inject({
        method: 'POST',
        url: '/admin/policy/publish',
        headers: { cookie: user.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: user.csrf, effectiveFrom, overrideReason: 'x' }).toString(),
      })
      expect(form.statusCode, effectiveFrom).toBe(400)
    }
    expect((await owner.get('/api/v1/policy/versions')).json().versions).toHaveLength(before)
  })

  it('numbers publications made at the same moment one after the other, never failing', async () => {
    const before = (await owner.get('/api/v1/policy/versions')).json().versions.length
    const results = await Promise.all([publish('a'), publish('b'), publish('c')])
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201])
    const numbers = results.map((r) => r.json().number).sort()
    expect(numbers).toEqual([before + 1, before + 2, before + 3])
  })

  it("counts the yearly review from the day it was published in the organisation's time zone", async () => {
    // 23:30 UTC on New Year's Eve is already 1 January 2027 in Copenhagen.
    t.clock.set('2026-12-31T23:30:00Z')
    expect((await publish()).json()).toMatchObject({ number: 6, effectiveFrom: '2027-01-01' })
    const review = (await owner.get('/api/v1/policy')).json().review
    expect(review).toMatchObject({ lastReviewedOn: '2027-01-01', dueOn: '2028-01-01', overdue: false })
    t.clock.set('2027-12-31T22:30:00Z') // 23:30 in Copenhagen: not yet due
    expect((await owner.get('/api/v1/policy')).json().review.overdue).toBe(false)
    t.clock.set('2027-12-31T23:30:00Z') // New Year's Day 2028 in Copenhagen: due
    expect((await owner.get('/api/v1/policy')).json().review.overdue).toBe(true)
  })

  it('asks visitors again on the day a material change takes effect, not before', async () => {
    const banner = consentOf(t.ctx).config
    const job = t.ctx.scheduler.jobs.find((j) => j.name === 'policy.material-in-force')
    const revision = (await banner.current(t.ctx.db)).revision
    // Now 1 January 2028, 00:30 in Copenhagen: the change takes effect tomorrow.
    const published = await owner.post('/api/v1/policy/versions', {
      material: true,
      effectiveFrom: '2028-01-02',
      overrideReason: 'New processor from the 2nd',
    })
    expect(published.statusCode).toBe(201)
    expect(published.json()).toMatchObject({ material: true, bannerRevision: null })
    const number = published.json().number
    expect((await banner.current(t.ctx.db)).revision).toBe(revision)
    expect(await job?.run(t.clock.now())).toBe('versions 0')

    t.clock.set('2028-01-01T23:05:00Z') // 00:05 on the 2nd in Copenhagen
    expect(await job?.run(t.clock.now())).toBe('versions 1')
    const now = await banner.current(t.ctx.db)
    expect(now).toMatchObject({ revision: revision + 1, policyVersion: String(number) })
    const [version] = (await owner.get('/api/v1/policy/versions')).json().versions
    expect(version).toMatchObject({ number, bannerRevision: revision + 1 })
    const [entry] = await auditOf(t, 'policy.banner_revision')
    expect(entry).toMatchObject({
      actor: { type: 'system', id: 'policy' },
      details: { versions: [String(number)], bannerRevision: revision + 1 },
    })
    expect(await job?.run(t.clock.now())).toBe('versions 0')
    expect((await banner.current(t.ctx.db)).revision).toBe(revision + 1)
  })
})
