import { createHmac } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { subjectsApi } from '../subjects/subject.testing.js'
import { subscriptionServices } from './index.js'
import { subscriptionsApi } from './subscription.testing.js'

interface Received {
  headers: IncomingHttpHeaders
  body: string
}

/** A real HTTP server on loopback that records what it gets and answers with the next queued status. */
async function startReceiver(): Promise<{
  url: string
  got: Received[]
  statuses: number[]
  server: Server
  waitFor(n: number): Promise<void>
}> {
  const got: Received[] = []
  const statuses: number[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8')
    })
    req.on('end', () => {
      got.push({ headers: req.headers, body })
      res.statusCode = statuses.shift() ?? 204
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/hooks/vern`,
    got,
    statuses,
    server,
    waitFor: async (n) => {
      for (let i = 0; i < 200 && got.length < n; i++) await new Promise((r) => setTimeout(r, 25))
      if (got.length < n) throw new Error(`expected ${n} webhook calls, got ${got.length}`)
    },
  }
}

function verify(secret: string, r: Received): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const id = String(r.headers['webhook-id'])
  const ts = String(r.headers['webhook-timestamp'])
  const expected = createHmac('sha256', key).update(`${id}.${ts}.${r.body}`).digest('base64')
  return String(r.headers['webhook-signature'])
    .split(' ')
    .some((s) => s === `v1,${expected}`)
}

forEachDatabase('subscription webhooks', (dialect) => {
  let t: TestApp
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let api: ReturnType<typeof subscriptionsApi>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    receiver = await startReceiver()
    api = subscriptionsApi(t, await createApiKey(t, 'marketing'))
    await subjectsApi(t, await createApiKey(t, 'owner')).create({
      email: 'hook@example.fi',
      relationship: 'customer',
    })
  })
  afterAll(async () => {
    await t.close()
    await new Promise((r) => receiver.server.close(r))
  })

  it('is configured on the admin page, and pushes signed changes, retrying until the receiver answers', async () => {
    const user = await createUser(t, { role: 'marketing' })
    const session = await signIn(t, user)
    const added = await t.app.inject({
      method: 'POST',
      url: '/admin/subscriptions/webhooks',
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: session.csrf, url: receiver.url }).toString(),
    })
    expect(added.statusCode).toBe(200)
    const secret = added.body.match(/whsec_[A-Za-z0-9+/=]+/)?.[0] ?? ''
    expect(secret).not.toBe('')

    receiver.statuses.push(500)
    const res = await api.subscribe({
      email: 'hook@example.fi',
      channel: 'email',
      purpose: 'newsletter',
      basis: 'soft_opt_in',
      optOutOffered: true,
      source: 'checkout',
    })
    expect(res.statusCode).toBe(201)
    await receiver.waitFor(1)
    const first = receiver.got[0] as Received
    expect(verify(secret, first)).toBe(true)
    expect(first.headers['webhook-id']).toMatch(/^msg_/)
    expect(JSON.parse(first.body)).toMatchObject({
      type: 'subscription.activated',
      data: { subscriptionId: res.json().id, channel: 'email', purpose: 'newsletter', status: 'active' },
    })
    expect(first.body).not.toContain('hook@example')

    // The receiver failed: the delivery waits for its retry, with the same id.
    for (let i = 0; i < 200; i++) {
      const row = await t.ctx.db.selectFrom('webhook_deliveries').select('attempts').executeTakeFirstOrThrow()
      if (row.attempts === 1) break
      await new Promise((r) => setTimeout(r, 10))
    }
    const { webhooks } = subscriptionServices(t.ctx)
    expect(await webhooks.deliverDue()).toEqual({ delivered: 0, failed: 0 })
    t.clock.advance(31_000)
    expect(await webhooks.deliverDue()).toEqual({ delivered: 1, failed: 0 })
    const second = receiver.got[1] as Received
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id'])
    expect(verify(secret, second)).toBe(true)
    expect(verify('whsec_AAAA', second)).toBe(false)

    const page = await t.app.inject({
      method: 'GET',
      url: '/admin/subscriptions',
      headers: { cookie: session.cookie },
    })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('<code>newsletter</code>')
    expect(page.body).toContain(receiver.url)
    expect(page.body).not.toContain(secret)
  })

  it('refuses the page to roles without the subscriptions right', async () => {
    const auditor = await signIn(t, await createUser(t, { role: 'auditor' }))
    const page = await t.app.inject({
      method: 'GET',
      url: '/admin/subscriptions',
      headers: { cookie: auditor.cookie },
    })
    expect(page.statusCode).toBe(403)
  })
})
