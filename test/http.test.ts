import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApiKey } from './factories.js'
import { createTestApp, forEachDatabase, type TestApp } from './harness.js'

forEachDatabase('HTTP surface', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, { limits: { authPerMinute: 3, pagesPerMinute: 1000 } })
  })
  afterAll(() => t.close())

  it('answers /healthz when the database does', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ status: 'ok' })
  })

  it('serves an OpenAPI 3.1 document that covers every /api/v1 route, and nothing else', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    expect(doc.openapi).toBe('3.1.0')
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    )
    const routes = t.app.routeCatalog
      .filter((r) => r.url.startsWith('/api/v1/'))
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`)
    expect(routes.length).toBeGreaterThan(10)
    for (const r of routes) expect(documented, r).toContain(r)
    expect(documented.size).toBe(new Set(routes).size)
    const patch = doc.paths['/api/v1/organisation'].patch
    expect(patch.requestBody.content['application/json'].schema.additionalProperties).toBe(false)
  })

  it('rejects unknown fields in every /api/v1 request body schema', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    const objects: Array<[string, Record<string, unknown>]> = []
    const walk = (where: string, schema: unknown) => {
      if (!schema || typeof schema !== 'object') return
      const s = schema as Record<string, unknown>
      if (s.type === 'object' && s.properties) objects.push([where, s])
      for (const [k, v] of Object.entries(s)) walk(`${where}.${k}`, v)
    }
    for (const [path, ops] of Object.entries(
      doc.paths as Record<string, Record<string, { requestBody?: unknown; parameters?: unknown }>>,
    )) {
      for (const [method, op] of Object.entries(ops)) walk(`${method} ${path}`, op.requestBody)
    }
    expect(objects.length).toBeGreaterThan(3)
    for (const [where, schema] of objects) expect(schema.additionalProperties, where).toBe(false)
  })

  it('sets security headers: a CSP without inline script, no framing, a request id', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/login',
      headers: { 'x-request-id': 'trace-abc-123' },
    })
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers['x-frame-options']).toBe('DENY')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['x-request-id']).toBe('trace-abc-123')
    const other = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'bad id with spaces' },
    })
    expect(other.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers unknown routes with not_found, in JSON for the API and as a page for browsers', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/nothing' })
    expect(api.statusCode).toBe(404)
    expect(api.json().error.code).toBe('not_found')
    const page = await t.app.inject({ method: 'GET', url: '/nothing', headers: { accept: 'text/html' } })
    expect(page.statusCode).toBe(404)
    expect(page.headers['content-type']).toContain('text/html')
  })

  it('refuses a body of the wrong type with 415', async () => {
    const key = await createApiKey(t, 'owner')
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/organisation',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'text/plain' },
      payload: 'hello',
    })
    expect(res.statusCode).toBe(415)
    expect(res.json().error.code).toBe('unsupported_media_type')
  })

  it('rate-limits the public sign-in form with 429 and Retry-After', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/login',
        remoteAddress: '203.0.113.9',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'email=a%40b.example&password=x',
      })
      statuses.push(res.statusCode)
      if (res.statusCode === 429) expect(res.headers['retry-after']).toBeDefined()
    }
    expect(statuses.slice(0, 3)).not.toContain(429)
    expect(statuses.slice(3)).toEqual([429, 429])
  })
})
