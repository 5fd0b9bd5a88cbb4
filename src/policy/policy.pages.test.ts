import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createUser, type SignedIn, signIn } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { auditOf } from '../subjects/subject.testing.js'

forEachDatabase('privacy policy admin pages', (dialect) => {
  let t: TestApp
  let owner: SignedIn
  let dpo: SignedIn
  let marketing: SignedIn
  const post = (who: SignedIn, url: string, fields: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url,
      headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
    })
  const get = (who: SignedIn, url: string) => t.app.inject({ url, headers: { cookie: who.cookie } })

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    owner = await signIn(t, await createUser(t, { role: 'owner' }))
    dpo = await signIn(t, await createUser(t, { role: 'dpo' }))
    marketing = await signIn(t, await createUser(t, { role: 'marketing' }))
  })
  afterAll(() => t.close())

  it('shows the gaps with a link to fix each, and the override field to the owner only', async () => {
    const page = await get(owner, '/admin/policy')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('No processing activity has been recorded')
    expect(page.body).toContain('href="/admin/data-map"')
    expect(page.body).toContain('name="overrideReason"')
    expect((await get(dpo, '/admin/policy')).body).not.toContain('name="overrideReason"')
    const readOnly = await get(marketing, '/admin/policy')
    expect(readOnly.statusCode).toBe(200)
    expect(readOnly.body).not.toContain('action="/admin/policy/publish"')
  })

  it('refuses publication with gaps, then publishes with the owner’s reason', async () => {
    const refused = await post(owner, '/admin/policy/publish', { material: 'on' })
    expect(refused.statusCode).toBe(409)
    expect(refused.body).toContain('The completeness check found gaps')
    const bad = await post(owner, '/admin/policy/publish', {
      effectiveFrom: '20-11-2026',
      overrideReason: 'x',
    })
    expect(bad.statusCode).toBe(400)
    const denied = await post(marketing, '/admin/policy/publish', { overrideReason: 'x' })
    expect(denied.statusCode).toBe(403)

    const published = await post(owner, '/admin/policy/publish', { overrideReason: 'Opening day' })
    expect(published.statusCode).toBe(200)
    expect(published.body).toContain('Version 1 is published.')
    expect(published.body).toContain('Version 1 is in force since')
    expect((await auditOf(t, 'policy.publish')).length).toBe(1)
  })

  it('records a review and compares a version with the draft', async () => {
    const reviewed = await post(dpo, '/admin/policy/review', { note: 'Checked' })
    expect(reviewed.statusCode).toBe(200)
    expect(reviewed.body).toContain('The review is recorded.')
    expect((await auditOf(t, 'policy.review')).length).toBe(1)
    const diff = await get(dpo, '/admin/policy/diff?from=1&doc=sv')
    expect(diff.statusCode).toBe(200)
    expect(diff.body).toContain('Version 1 compared with the draft')
    expect(diff.body).toContain('Integritetspolicy')
    expect((await get(dpo, '/admin/policy/diff?from=abc')).statusCode).toBe(400)
    expect((await get(dpo, '/admin/policy/diff?from=7')).statusCode).toBe(404)
  })
})
