import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApiKey, createUser, signIn } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'

forEachDatabase('users API', (dialect) => {
  let t: TestApp
  let auth: { authorization: string }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    auth = { authorization: `Bearer ${await createApiKey(t, 'owner')}` }
  })
  afterAll(() => t.close())

  it('adds a user without a password until the invitation is used, and refuses a duplicate e-mail', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: auth,
      payload: { email: 'Kim@Nordlys.example', name: 'Kim', role: 'billing', sendInvite: false },
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      email: 'kim@nordlys.example',
      role: 'billing',
      hasPassword: false,
      twoFactorEnabled: false,
      disabled: false,
    })
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: auth,
      payload: { email: 'kim@nordlys.example', name: 'Kim 2', role: 'billing' },
    })
    expect(dup.statusCode).toBe(409)
    expect(dup.json().error).toMatchObject({ code: 'conflict', field: 'email' })
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: auth,
      payload: { email: 'x@y.example', name: 'X', role: 'king' },
    })
    expect(bad.json().error).toMatchObject({ code: 'validation_failed', field: 'role' })
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users/0190aaaa-0000-7000-8000-000000000000',
      headers: auth,
    })
    expect(missing.statusCode).toBe(404)
  })

  it('ends the sessions of a user whose role changes or who is disabled', async () => {
    const user = await createUser(t, { role: 'dpo' })
    const session = await signIn(t, user)
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/organisation',
          headers: { cookie: session.cookie },
        })
      ).statusCode,
    ).toBe(200)
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: auth,
      payload: { role: 'support' },
    })
    expect(res.json().role).toBe('support')
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/organisation',
          headers: { cookie: session.cookie },
        })
      ).statusCode,
    ).toBe(401)
    const [entry] = await t.ctx.audit.list(t.ctx.db, { action: 'user.update' }, 1)
    expect(entry?.details).toMatchObject({ fields: ['role'], role: 'support' })
  })

  it('never lets the last active owner be demoted or disabled', async () => {
    const patch = async (id: string, payload: object) =>
      (await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: auth, payload })).statusCode
    const owners = (await t.ctx.users.list(t.ctx.db)).filter((u) => u.role === 'owner' && !u.disabled)
    for (const o of owners)
      await t.ctx.db.updateTable('users').set({ role: 'dpo' }).where('id', '=', o.id).execute()
    const last = await createUser(t, { role: 'owner' })
    expect(await patch(last.id, { role: 'dpo' })).toBe(409)
    expect(await patch(last.id, { disabled: true })).toBe(409)
    const second = await createUser(t, { role: 'owner' })
    expect(await patch(last.id, { disabled: true })).toBe(200)
    expect(await patch(second.id, { disabled: true })).toBe(409)
  })
})
