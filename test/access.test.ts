import { afterAll, beforeAll, expect, it } from 'vitest'
import { ROLE_PERMISSIONS, ROLES, type Role } from '../src/auth/roles.js'
import type { RouteEntry } from '../src/http/auth.js'
import type { Access } from '../src/http/context.js'
import { createApiKey, createUser, type SignedIn, signIn } from './factories.js'
import { createTestApp, forEachDatabase, type TestApp } from './harness.js'

/** Every registered route with the access it declares. */
function routes(t: TestApp): RouteEntry[] {
  return t.app.routeCatalog
}

function allowed(role: Role, access: Access): boolean {
  if (access === 'public' || access === 'authenticated') return true
  return typeof access === 'string'
    ? ROLE_PERMISSIONS[role].has(access)
    : access.some((p) => ROLE_PERMISSIONS[role].has(p))
}

forEachDatabase('every route against every role', (dialect) => {
  let t: TestApp
  const keys = new Map<Role, string>()
  const sessions = new Map<Role, SignedIn>()
  beforeAll(async () => {
    t = await createTestApp(dialect)
    for (const role of ROLES) {
      keys.set(role, await createApiKey(t, role))
      sessions.set(role, await signIn(t, await createUser(t, { role })))
    }
  })
  afterAll(() => t.close())

  const fill = (url: string) =>
    url
      .replace(/:id/g, '0190aaaa-0000-7000-8000-000000000000')
      .replace(/:token/g, 'x'.repeat(43))
      .replace(/:name/g, 'admin.css')

  it('declares access on every route and lists them', () => {
    const list = routes(t)
    expect(list.length).toBeGreaterThan(30)
    for (const r of list) expect(r.access, `${r.method} ${r.url}`).toBeDefined()
  })

  it('lets each role through exactly where the role matrix says, and audits each refusal', async () => {
    const protectedRoutes = routes(t).filter((r) => r.access !== 'public')
    let denials = 0
    for (const route of protectedRoutes) {
      for (const role of ROLES) {
        const session = sessions.get(role)!
        const headers: Record<string, string> =
          route.page || !route.url.startsWith('/api/')
            ? { cookie: session.cookie, accept: 'text/html' }
            : { authorization: `Bearer ${keys.get(role)}` }
        const payload =
          route.method === 'GET' ? undefined : route.url.startsWith('/api/') ? {} : { _csrf: session.csrf }
        if (headers.cookie && route.method !== 'GET' && route.url.startsWith('/api/'))
          headers['x-csrf-token'] = session.csrf
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: fill(route.url),
          headers,
          ...(payload ? { payload } : {}),
        })
        const label = `${role} ${route.method} ${route.url} -> ${res.statusCode}`
        // Signing out ends the session the rest of the walk uses: sign that role in again.
        if (route.url === '/logout') sessions.set(role, await signIn(t, await createUser(t, { role })))
        if (allowed(role, route.access)) {
          expect([401, 403], label).not.toContain(res.statusCode)
        } else {
          expect(res.statusCode, label).toBe(403)
          denials++
        }
      }
    }
    expect(denials).toBeGreaterThan(20)
    const audited = await t.ctx.audit.list(t.ctx.db, { action: 'access.denied' }, 10_000)
    expect(audited.length).toBe(denials)
  })

  it('sends the unauthenticated to sign in (pages) or answers 401 (API)', async () => {
    for (const route of routes(t).filter((r) => r.access !== 'public')) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: fill(route.url),
        ...(route.method === 'GET' ? {} : { payload: {} }),
      })
      if (route.url.startsWith('/api/')) expect(res.statusCode, route.url).toBe(401)
      else expect([303, 403], route.url).toContain(res.statusCode)
    }
  })
})
