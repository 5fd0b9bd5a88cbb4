import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { requestsApi, twoSystems } from './request.testing.js'

forEachDatabase('data-subject requests: admin pages', (dialect) => {
  let t: TestApp
  let form: FormClient
  let api: ReturnType<typeof requestsApi>

  async function as(role: 'support' | 'billing' | 'owner'): Promise<FormClient> {
    const client = new FormClient(t.app)
    client.cookies.set(
      'vern_session',
      (await signIn(t, await createUser(t, { role, name: `${role} Person` }))).cookie.split('=')[1] ?? '',
    )
    return client
  }

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    const ownerKey = await createApiKey(t, 'owner')
    await twoSystems(t, ownerKey)
    api = requestsApi(t, ownerKey)
    form = await as('support')
  })
  afterAll(() => t.close())

  it('lists open requests soonest due first, marks the overdue ones, and filters by state', async () => {
    t.clock.set('2026-10-01T10:00:00.000Z')
    const old = (await api.create({ kind: 'access', email: 'old@example.dk', channel: 'letter' })).json()
    t.clock.set('2026-11-20T10:00:00.000Z')
    const recent = (await api.create({ kind: 'erasure', email: 'new@example.dk', channel: 'phone' })).json()
    const page = await form.get('/admin/requests')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('<a href="/admin/requests" aria-current="page">Requests</a>')
    expect(page.body).not.toContain('old@example.dk')
    const rows =
      page.body.match(/<tr( class="overdue")?><th scope="row"><a href="\/admin\/requests\/([0-9a-f-]+)">/g) ??
      []
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain(old.id)
    expect(rows[0]).toContain('class="overdue"')
    expect(rows[1]).toContain(recent.id)
    expect(rows[1]).not.toContain('overdue')
    const filtered = await form.get('/admin/requests?state=verified')
    expect(filtered.body).toContain('No requests match.')
  })

  it('shows one request with its history and takes every action as a form, auditing the read', async () => {
    t.clock.set('2026-11-20T10:00:00.000Z')
    const register = await form.get('/admin/requests/new')
    expect(register.statusCode).toBe(200)
    const created = await form.post('/admin/requests/new', {
      kind: 'erasure',
      objectionScope: '',
      email: 'hanne@example.dk',
      channel: 'phone',
      language: 'da',
      receivedOn: '2026-11-20',
      details: 'Slet alt om mig',
      method: '',
      note: '',
    })
    expect(created.statusCode).toBe(303)
    const path = created.headers.location?.split('?')[0] ?? ''
    const id = path.split('/').pop() ?? ''
    const page = await form.get(path)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('hanne@example.dk')
    expect(page.body).toContain('Slet alt om mig')
    expect(page.body).toContain(`action="${path}/verify"`)
    const reads = await t.ctx.audit.list(t.ctx.db, { action: 'request.read' }, 100)
    expect(reads.some((e) => e.target?.id === id && e.actor.type === 'user')).toBe(true)

    expect(
      (await form.post(`${path}/verify`, { method: 'phone_callback', note: 'Called back' })).statusCode,
    ).toBe(303)
    expect((await form.post(`${path}/start`, {})).statusCode).toBe(303)
    const tasks = (await api.get(id)).json().tasks
    expect(tasks.length).toBeGreaterThan(0)
    // Completing with an open task shows the refusal, and changes nothing.
    const refused = await form.post(`${path}/complete`, { note: '' })
    expect(refused.statusCode).toBe(409)
    for (const task of tasks)
      expect((await form.post(`${path}/tasks/${task.id}/done`, { note: 'Deleted there' })).statusCode).toBe(
        303,
      )
    expect(
      (await form.post(`${path}/extend`, { reason: 'complex', note: 'Mange systemer', dueOn: '2027-01-20' }))
        .statusCode,
    ).toBe(303)
    expect((await form.post(`${path}/complete`, { note: 'Done' })).statusCode).toBe(303)
    const done = await form.get(path)
    expect(done.body).toContain('This request is closed.')
    for (const step of [
      'Received',
      'Identity verified',
      'Work started',
      'Task done',
      'Deadline extended',
      'Completed',
    ])
      expect(done.body).toContain(`<td>${step}`)
    expect((await api.get(id)).json()).toMatchObject({
      state: 'completed',
      dueOn: '2027-01-20',
      extended: true,
    })
  })

  it('applies a correction from the rectification request’s page', async () => {
    const owner = { authorization: `Bearer ${await createApiKey(t, 'owner')}` }
    const person = await t.app.inject({
      method: 'POST',
      url: '/api/v1/subjects',
      headers: owner,
      payload: { name: 'Jens Lund', email: 'jens@example.dk' },
    })
    const r = (await api.create({ kind: 'rectification', email: 'jens@example.dk', channel: 'email' })).json()
    await api.act(r.id, 'verify', { method: 'known_email', note: 'From the address on file' })
    const page = await form.get(`/admin/requests/${r.id}`)
    expect(page.body).toContain('Apply the correction')
    const empty = await form.post(`/admin/requests/${r.id}/rectify`, { name: '', street: '' })
    expect(empty.statusCode).toBe(400)
    await form.get(`/admin/requests/${r.id}`)
    const done = await form.post(`/admin/requests/${r.id}/rectify`, { name: 'Jens Lund Holm', street: '' })
    expect(done.statusCode).toBe(303)
    const after = await t.app.inject({ url: `/api/v1/subjects/${person.json().id}`, headers: owner })
    expect(after.json().name).toBe('Jens Lund Holm')
    expect((await form.get(`/admin/requests/${r.id}`)).body).toContain('Correction applied')
  })

  it('refuses bad form input with 4xx, and lets billing look but not act', async () => {
    const bad = await form.post('/admin/requests/new', { kind: 'access', email: 'nope', channel: 'phone' })
    expect(bad.statusCode).toBe(400)
    const r = (await api.create({ kind: 'access', email: 'b@example.dk', channel: 'phone' })).json()
    expect(
      (
        await form.post(`/admin/requests/${r.id}/extend`, {
          reason: 'complex',
          note: 'x',
          dueOn: '2031-01-01',
        })
      ).statusCode,
    ).toBe(400)
    expect(
      (await form.post(`/admin/requests/${r.id}/verify`, { method: 'magic', note: 'x' })).statusCode,
    ).toBe(400)
    expect((await form.get('/admin/requests/not-an-id')).statusCode).toBe(400)
    const billing = await as('billing')
    const page = await billing.get(`/admin/requests/${r.id}`)
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toContain(`action="/admin/requests/${r.id}/verify"`)
    expect((await billing.get('/admin/requests/new')).statusCode).toBe(403)
    expect(
      (await billing.post(`/admin/requests/${r.id}/verify`, { method: 'other', note: 'x' })).statusCode,
    ).toBe(403)
    // Settings belong to the organisation: support sees them, the owner changes them.
    expect(
      (await form.post('/admin/requests/settings', { deadline: 'days30', reminderDays: '5' })).statusCode,
    ).toBe(403)
    const owner = await as('owner')
    expect((await owner.get('/admin/requests/settings')).statusCode).toBe(200)
    expect(
      (await owner.post('/admin/requests/settings', { deadline: 'days30', reminderDays: '5' })).statusCode,
    ).toBe(303)
    expect((await api.list()).statusCode).toBe(200)
    expect(
      (
        await t.app.inject({
          url: '/api/v1/requests/settings',
          headers: { authorization: `Bearer ${await createApiKey(t, 'owner')}` },
        })
      ).json(),
    ).toEqual({
      deadline: 'days30',
      reminderDays: 5,
    })
    expect(
      (await owner.post('/admin/requests/settings', { deadline: 'weekly', reminderDays: '5' })).statusCode,
    ).toBe(400)
  })
})
