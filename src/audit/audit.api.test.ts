import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApiKey, createUser, TEST_PASSWORD } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'

forEachDatabase('audit API and page', (dialect) => {
  let t: TestApp
  let auth: { authorization: string }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    auth = { authorization: `Bearer ${await createApiKey(t, 'auditor')}` }
    await createUser(t, { email: 'signe@nordlys.example', name: 'Signe Dahl' })
    const browser = new FormClient(t.app)
    await browser.get('/login')
    await browser.post('/login', { email: 'signe@nordlys.example', password: 'not her password' })
    await browser.post('/login', { email: 'stranger@nordlys.example', password: 'not a password at all' })
    await browser.post('/login', { email: 'signe@nordlys.example', password: TEST_PASSWORD })
    for (let i = 0; i < 12; i++)
      await t.ctx.audit.append(t.ctx.db, { actor: { type: 'system' }, action: 'test.bulk', details: { i } })
  })
  afterAll(() => t.close())

  it('pages through entries newest first with a cursor', async () => {
    const first = (
      await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=test.bulk&limit=5', headers: auth })
    ).json()
    expect(first.entries).toHaveLength(5)
    expect(first.entries[0].details).toEqual({ i: 11 })
    const second = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?action=test.bulk&limit=5&before=${first.next}`,
        headers: auth,
      })
    ).json()
    expect(second.entries[0].details).toEqual({ i: 6 })
    const last = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?action=test.bulk&limit=5&before=${second.next}`,
        headers: auth,
      })
    ).json()
    expect(last.entries).toHaveLength(2)
    expect(last.next).toBeNull()
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/audit?limit=5000', headers: auth })
    expect(bad.json().error).toMatchObject({ code: 'validation_failed', field: 'limit' })
  })

  it('exports the filtered log as CSV and records the export', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit/export?action=auth.', headers: auth })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/csv')
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="vern-audit-\d{4}-\d{2}-\d{2}\.csv"/,
    )
    const lines = res.body.trim().split('\n')
    expect(lines[0]).toBe(
      'seq,id,at,actor_type,actor_id,action,target_type,target_id,outcome,details,request_id,hash',
    )
    const actions = lines.slice(1).map((l) => l.split(',')[5])
    expect(actions).toEqual(['auth.login', 'auth.login_failed'])
    const [entry] = await t.ctx.audit.list(t.ctx.db, { action: 'audit.export' }, 1)
    expect(entry?.actor.type).toBe('api_key')
  })

  it('holds ids and reasons, never the e-mail addresses or names involved', async () => {
    const all = JSON.stringify(await t.ctx.db.selectFrom('audit_log').selectAll().execute())
    expect(all).not.toContain('nordlys.example')
    expect(all).not.toContain('Signe')
    const failures = await t.ctx.audit.list(t.ctx.db, { action: 'auth.login_failed' }, 10)
    // The unknown address leaves no trace at all; the known one is recorded by user id.
    expect(failures).toHaveLength(1)
    expect(failures[0]?.details).toEqual({ reason: 'password' })
  })

  it('shows the log to auditors in the admin page, with verification on demand', async () => {
    const auditor = await createUser(t, { role: 'auditor' })
    const { signIn } = await import('../../test/factories.js')
    const session = await signIn(t, auditor)
    const page = await t.app.inject({
      method: 'GET',
      url: '/admin/audit?action=auth.&verify=1',
      headers: { cookie: session.cookie },
    })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('auth.login_failed')
    expect(page.body).not.toContain('test.bulk</code>')
    expect(page.body).toMatch(/Chain intact: \d+ entries verified/)
  })
})
