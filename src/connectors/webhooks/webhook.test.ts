import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../../test/factories.js'
import { FormClient } from '../../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../../test/harness.js'
import { requestsApi, twoSystems } from '../../requests/request.testing.js'
import {
  dispatch,
  handedOver,
  startReceiver,
  verifiedRequest,
  verifyStandardWebhook,
} from './connector.testing.js'
import { connectorServices, testRequestConnection } from './index.js'
import { MAX_TRIES, retryDelay, SystemWebhookService } from './webhook.service.js'

/** Past any jitter: the longest a retry may wait after `failed` tries, and a second more. */
const pastRetry = (failed: number) => retryDelay(failed, () => 1) + 1000

forEachDatabase('system webhooks', (dialect) => {
  let t: TestApp
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let ownerKey: string
  let systems: { webshop: string; payroll: string }
  const headers = () => ({ authorization: `Bearer ${ownerKey}` })
  const hookUrl = (id: string) => `/api/v1/systems/${id}/webhook`

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    ownerKey = await createApiKey(t, 'owner')
    systems = await twoSystems(t, ownerKey)
    receiver = await startReceiver(() => t.clock.now())
  })
  afterAll(async () => {
    await t.close()
    await receiver.close()
  })

  it('sets a webhook with a secret shown once, refuses plain http beyond loopback, and pings it signed', async () => {
    const bad = await t.app.inject({
      method: 'PUT',
      url: hookUrl(systems.webshop),
      headers: headers(),
      payload: { url: 'http://shop.example/hooks', events: ['request.erasure'] },
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toMatchObject({ code: 'validation_failed', field: 'url' })
    const unknownField = await t.app.inject({
      method: 'PUT',
      url: hookUrl(systems.webshop),
      headers: headers(),
      payload: { url: receiver.url, events: ['request.erasure'], secret: 'mine' },
    })
    expect(unknownField.statusCode).toBe(400)
    const noSystem = await t.app.inject({
      method: 'PUT',
      url: hookUrl('0190a0a0-0000-7000-8000-000000000000'),
      headers: headers(),
      payload: { url: receiver.url, events: ['request.erasure'] },
    })
    expect(noSystem.statusCode).toBe(404)

    const created = await t.app.inject({
      method: 'PUT',
      url: hookUrl(systems.webshop),
      headers: headers(),
      payload: { url: receiver.url, events: ['request.erasure', 'request.access'] },
    })
    expect(created.statusCode).toBe(201)
    const secret = created.json().secret as string
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/)
    expect(Buffer.from(secret.slice(6), 'base64').length).toBe(32)
    receiver.secret.value = secret

    const read = await t.app.inject({ method: 'GET', url: hookUrl(systems.webshop), headers: headers() })
    expect(read.json()).toMatchObject({ url: receiver.url, events: ['request.erasure', 'request.access'] })
    expect(read.body).not.toContain(secret)
    const again = await t.app.inject({
      method: 'PUT',
      url: hookUrl(systems.webshop),
      headers: headers(),
      payload: { url: receiver.url, events: ['request.erasure', 'request.access'] },
    })
    expect(again.statusCode).toBe(200)
    expect(again.json().secret).toBeUndefined()

    const ping = await t.app.inject({
      method: 'POST',
      url: `${hookUrl(systems.webshop)}/test`,
      headers: headers(),
    })
    expect(ping.json()).toMatchObject({ ok: true, statusCode: 204, errorClass: null })
    const got = receiver.got.at(-1)
    expect(got?.valid).toBe(true)
    expect(JSON.parse(got?.body ?? '{}')).toMatchObject({ type: 'ping', data: { systemId: systems.webshop } })
    // The verifier is not a rubber stamp: a changed body or another secret fails it.
    const now = Math.floor(t.clock.now().getTime() / 1000)
    expect(verifyStandardWebhook(secret, got?.headers ?? {}, `${got?.body} `, now)).toBe(false)
    expect(verifyStandardWebhook('whsec_QUJDRA==', got?.headers ?? {}, got?.body ?? '', now)).toBe(false)

    // The same test for a command line.
    expect(await testRequestConnection(t.ctx, systems.webshop)).toMatchObject({
      channel: 'webhook',
      ok: true,
    })
    expect(receiver.got.at(-1)?.valid).toBe(true)
    expect(await testRequestConnection(t.ctx, systems.payroll)).toBeNull()

    // Redirects are not followed: the receiver must be configured with its final address.
    receiver.statuses.push(302)
    const moved = await t.app.inject({
      method: 'POST',
      url: `${hookUrl(systems.webshop)}/test`,
      headers: headers(),
    })
    expect(moved.json()).toMatchObject({ ok: false, statusCode: 302, errorClass: 'redirect' })
  })

  it('pushes a verified request signed, retries with back-off until the receiver answers, and the callback ticks the task off', async () => {
    const { webhooks } = connectorServices(t.ctx)
    const r = await verifiedRequest(t, ownerKey, { kind: 'erasure', email: 'ada@example.dk' })
    expect(Object.keys(r.taskIds).sort()).toEqual([systems.webshop, systems.payroll].sort())
    // Verifying handed the request over; handing it over again (a retried verification) sends nothing.
    const sent = await handedOver(t, r.id)
    expect(
      await dispatch(t, {
        requestId: r.id,
        kind: 'erasure',
        taskIds: r.taskIds,
        identifiers: { email: 'ada@example.dk' },
      }),
    ).toEqual([])
    // Payroll has no connection: its task stays with staff.
    expect(sent).toEqual([
      { systemId: systems.webshop, taskId: r.taskIds[systems.webshop], channel: 'webhook' },
    ])
    const stored = await t.ctx.db
      .selectFrom('connector_deliveries')
      .select('payload')
      .where('status', '=', 'queued')
      .execute()
    expect(stored).toHaveLength(1)
    expect(Buffer.from(stored[0]?.payload ?? []).toString('latin1')).not.toContain('ada@example')

    const before = receiver.got.length
    receiver.statuses.push(500, 503)
    expect(await webhooks.deliverDue()).toEqual({ delivered: 0, failed: 1, dead: 0 })
    const first = receiver.got[before]
    expect(first?.valid).toBe(true)
    const payload = JSON.parse(first?.body ?? '{}')
    expect(payload.type).toBe('request.erasure')
    expect(Object.keys(payload.data).sort()).toEqual(['callbackUrl', 'identifiers', 'kind', 'requestId'])
    expect(payload.data).toMatchObject({
      requestId: r.id,
      kind: 'erasure',
      identifiers: { email: 'ada@example.dk' },
    })
    expect(payload.data.callbackUrl).toMatch(
      /^http:\/\/vern\.test\/api\/v1\/connectors\/callback\/[A-Za-z0-9_-]{43}$/,
    )

    // Not yet due: nothing is sent before the back-off has passed.
    t.clock.advance(retryDelay(1, () => 0) - 1000)
    expect(await webhooks.deliverDue()).toEqual({ delivered: 0, failed: 0, dead: 0 })
    t.clock.advance(pastRetry(1))
    expect(await webhooks.deliverDue()).toEqual({ delivered: 0, failed: 1, dead: 0 })
    t.clock.advance(pastRetry(2))
    expect(await webhooks.deliverDue()).toEqual({ delivered: 1, failed: 0, dead: 0 })
    const tries = receiver.got.slice(before)
    expect(tries).toHaveLength(3)
    expect(new Set(tries.map((x) => x.headers['webhook-id'])).size).toBe(1)
    expect(tries.every((x) => x.valid)).toBe(true)

    const log = await t.app.inject({
      method: 'GET',
      url: `/api/v1/connectors/deliveries?systemId=${systems.webshop}&status=delivered`,
      headers: headers(),
    })
    const delivery = log.json().deliveries[0]
    expect(delivery.tries.map((x: { statusCode: number }) => x.statusCode)).toEqual([500, 503, 204])
    expect(delivery.tries.map((x: { errorClass: string | null }) => x.errorClass)).toEqual([
      'http_5xx',
      'http_5xx',
      null,
    ])
    expect(log.body).not.toContain('ada@example')

    const callback = new URL(payload.data.callbackUrl).pathname
    const wrongBody = await t.app.inject({ method: 'POST', url: callback, payload: { status: 'maybe' } })
    expect(wrongBody.statusCode).toBe(400)
    const extra = await t.app.inject({
      method: 'POST',
      url: callback,
      payload: { status: 'done', email: 'x@y.z' },
    })
    expect(extra.statusCode).toBe(400)
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/v1/connectors/callback/${'A'.repeat(43)}`,
      payload: { status: 'done' },
    })
    expect(unknown.statusCode).toBe(404)
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/connectors/callback/short',
      payload: { status: 'done' },
    })
    expect(malformed.statusCode).toBe(404)

    const done = await t.app.inject({
      method: 'POST',
      url: callback,
      payload: { status: 'done', note: 'Customer C-1042 anonymised', rows: 7 },
    })
    expect(done.statusCode).toBe(200)
    expect(done.json()).toEqual({ status: 'done' })
    const view = (await requestsApi(t, ownerKey).get(r.id)).json()
    const byId = new Map(view.tasks.map((x: { id: string }) => [x.id, x]))
    expect(byId.get(r.taskIds[systems.webshop] as string)).toMatchObject({
      status: 'done',
      note: 'Customer C-1042 anonymised',
    })
    expect(byId.get(r.taskIds[systems.payroll] as string)).toMatchObject({ status: 'open' })

    const reused = await t.app.inject({ method: 'POST', url: callback, payload: { status: 'failed' } })
    expect(reused.statusCode).toBe(404)

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'in', ['connector.answer', 'connector.dispatch', 'request.task'])
      .execute()
    expect(audit.map((a) => a.action).sort()).toEqual([
      'connector.answer',
      'connector.dispatch',
      'request.task',
    ])
    expect(JSON.stringify(audit)).not.toContain('ada@example')
    expect(JSON.stringify(audit)).not.toContain('anonymised')
  })

  it('keeps a delivery that failed every try as a dead letter, replayed from the admin page', async () => {
    const { webhooks } = connectorServices(t.ctx)
    const r = await verifiedRequest(t, ownerKey, { kind: 'access', email: 'bo@example.dk' })
    const before = receiver.got.length
    for (let i = 1; i <= MAX_TRIES; i++) {
      receiver.statuses.push(500)
      const pass = await webhooks.deliverDue()
      expect(pass).toEqual(
        i < MAX_TRIES ? { delivered: 0, failed: 1, dead: 0 } : { delivered: 0, failed: 0, dead: 1 },
      )
      t.clock.advance(pastRetry(i))
    }
    expect(receiver.got.length - before).toBe(MAX_TRIES)
    expect(await webhooks.deliverDue()).toEqual({ delivered: 0, failed: 0, dead: 0 })

    const dead = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/connectors/deliveries?status=dead',
        headers: headers(),
      })
    ).json().deliveries
    expect(dead).toHaveLength(1)
    expect(dead[0]).toMatchObject({ eventType: 'request.access', attempts: MAX_TRIES, lastError: 'http_5xx' })
    expect(dead[0].tries).toHaveLength(MAX_TRIES)

    const session = await signIn(t, await createUser(t, { role: 'owner' }))
    const page = await t.app.inject({
      method: 'GET',
      url: '/admin/connections/requests',
      headers: { cookie: session.cookie },
    })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain(`/admin/connections/requests/deliveries/${dead[0].id}/replay`)
    expect(page.body).not.toContain('bo@example')
    const replayed = await t.app.inject({
      method: 'POST',
      url: `/admin/connections/requests/deliveries/${dead[0].id}/replay`,
      headers: { cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: session.csrf }).toString(),
    })
    expect(replayed.statusCode).toBe(200)
    expect(replayed.body).toContain('1 delivery was queued again.')
    // The page's kick may already be sending; either way the receiver gets it once more, signed.
    for (let i = 0; i < 100 && receiver.got.length - before === MAX_TRIES; i++) {
      await webhooks.deliverDue()
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(receiver.got.length - before).toBe(MAX_TRIES + 1)
    expect(receiver.got.at(-1)?.valid).toBe(true)
    const after = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/connectors/deliveries?status=dead',
        headers: headers(),
      })
    ).json().deliveries
    expect(after).toHaveLength(0)
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/v1/connectors/deliveries/replay-dead',
      headers: headers(),
    })
    expect(none.json()).toEqual({ replayed: 0 })
    const gone = await t.app.inject({
      method: 'POST',
      url: `/api/v1/connectors/deliveries/${dead[0].id}/replay`,
      headers: headers(),
    })
    expect(gone.statusCode).toBe(404)

    // The receiver could not do it: the task stays open for staff, and the answer is kept.
    const body = JSON.parse(receiver.got.at(-1)?.body ?? '{}')
    const failed = await t.app.inject({
      method: 'POST',
      url: new URL(body.data.callbackUrl).pathname,
      payload: { status: 'failed', note: 'No such customer' },
    })
    expect(failed.statusCode).toBe(200)
    const view = (await requestsApi(t, ownerKey).get(r.id)).json()
    expect(view.tasks.find((x: { id: string }) => x.id === r.taskIds[systems.webshop]).status).toBe('open')
    const support = await createApiKey(t, 'support')
    const answers = await t.app.inject({
      method: 'GET',
      url: `/api/v1/connectors/requests/${r.id}`,
      headers: { authorization: `Bearer ${support}` },
    })
    expect(answers.json().handOvers).toMatchObject([
      { taskId: r.taskIds[systems.webshop], channel: 'webhook', status: 'failed', note: 'No such customer' },
    ])
    const marketing = await createApiKey(t, 'marketing')
    const refused = await t.app.inject({
      method: 'GET',
      url: `/api/v1/connectors/requests/${r.id}`,
      headers: { authorization: `Bearer ${marketing}` },
    })
    expect(refused.statusCode).toBe(403)
    const read = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'connector.answers.read')
      .execute()
    expect(read).toHaveLength(1)
    expect(JSON.stringify(read)).not.toContain('No such customer')
  })

  it('lets owner and dpo manage connections, and nobody else', async () => {
    const as = async (role: 'dpo' | 'support' | 'auditor' | 'marketing', method: 'GET' | 'DELETE') =>
      t.app.inject({
        method,
        url: hookUrl(systems.payroll),
        headers: { authorization: `Bearer ${await createApiKey(t, role)}` },
      })
    expect((await as('dpo', 'GET')).statusCode).toBe(404)
    for (const role of ['support', 'auditor', 'marketing'] as const) {
      expect((await as(role, 'GET')).statusCode).toBe(403)
      expect((await as(role, 'DELETE')).statusCode).toBe(403)
    }
    const support = await createApiKey(t, 'support')
    const put = await t.app.inject({
      method: 'PUT',
      url: hookUrl(systems.payroll),
      headers: { authorization: `Bearer ${support}` },
      payload: { url: receiver.url, events: ['request.access'] },
    })
    expect(put.statusCode).toBe(403)
    const auditor = await signIn(t, await createUser(t, { role: 'auditor' }))
    const page = await t.app.inject({
      method: 'GET',
      url: '/admin/connections/requests',
      headers: { cookie: auditor.cookie },
    })
    expect(page.statusCode).toBe(403)
    const removed = await t.app.inject({
      method: 'DELETE',
      url: hookUrl(systems.webshop),
      headers: headers(),
    })
    expect(removed.statusCode).toBe(204)
    expect(
      (await t.app.inject({ method: 'GET', url: hookUrl(systems.webshop), headers: headers() })).statusCode,
    ).toBe(404)
  })
})

forEachDatabase('system webhooks: closed requests and timeouts', (dialect) => {
  let t: TestApp
  let ownerKey: string
  let systems: { webshop: string; payroll: string }
  let receiver: Awaited<ReturnType<typeof startReceiver>>

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    ownerKey = await createApiKey(t, 'owner')
    systems = await twoSystems(t, ownerKey)
    receiver = await startReceiver(() => t.clock.now())
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/systems/${systems.webshop}/webhook`,
      headers: { authorization: `Bearer ${ownerKey}` },
      payload: { url: receiver.url, events: ['request.restriction'] },
    })
    receiver.secret.value = res.json().secret
  })
  afterAll(async () => {
    await t.close()
    await receiver.close()
  })

  it('keeps only the answer on record when the request was closed meanwhile, and sends kinds the webhook does not take nowhere', async () => {
    const other = await verifiedRequest(t, ownerKey, { kind: 'erasure', email: 'cai@example.dk' })
    const none = await dispatch(t, {
      requestId: other.id,
      kind: 'erasure',
      taskIds: other.taskIds,
      identifiers: { email: 'cai@example.dk' },
    })
    expect(none).toEqual([])

    const r = await verifiedRequest(t, ownerKey, { kind: 'restriction', email: 'dan@example.dk' })
    const input = {
      requestId: r.id,
      kind: 'restriction',
      taskIds: { [systems.webshop]: r.taskIds[systems.webshop] as string },
      identifiers: { email: 'dan@example.dk' },
    }
    expect(await handedOver(t, r.id)).toHaveLength(1)
    // Dispatching again (a retried verification) hands nothing over twice.
    expect(await dispatch(t, input)).toEqual([])
    expect(await connectorServices(t.ctx).webhooks.deliverDue()).toEqual({ delivered: 1, failed: 0, dead: 0 })
    const body = JSON.parse(receiver.got.at(-1)?.body ?? '{}')
    expect(body.type).toBe('request.restriction')
    expect(receiver.got.at(-1)?.valid).toBe(true)

    const rejected = await requestsApi(t, ownerKey).act(r.id, 'reject', {
      reason: 'identity_not_confirmed',
      note: 'The address did not match',
    })
    expect(rejected.statusCode).toBe(200)
    const late = await t.app.inject({
      method: 'POST',
      url: new URL(body.data.callbackUrl).pathname,
      payload: { status: 'done' },
    })
    expect(late.statusCode).toBe(200)
    const view = (await requestsApi(t, ownerKey).get(r.id)).json()
    expect(view.state).toBe('rejected')
    expect(view.tasks.find((x: { id: string }) => x.id === r.taskIds[systems.webshop]).status).toBe('open')
    expect(await connectorServices(t.ctx).links.ofRequest(t.ctx.db, r.id)).toMatchObject([{ status: 'done' }])
  })

  it('gives up on a receiver that does not answer in time', async () => {
    const silent = createServer(() => {
      // Never answers.
    })
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const port = (silent.address() as AddressInfo).port
    try {
      await t.app.inject({
        method: 'PUT',
        url: `/api/v1/systems/${systems.payroll}/webhook`,
        headers: { authorization: `Bearer ${ownerKey}` },
        payload: { url: `http://127.0.0.1:${port}/hook`, events: ['request.access'] },
      })
      const impatient = new SystemWebhookService({
        database: t.ctx.database,
        vault: t.ctx.vault,
        audit: t.ctx.audit,
        clock: t.clock,
        log: t.ctx.log,
        publicUrl: t.ctx.config.publicUrl,
        timeoutMs: 200,
      })
      const outcome = await impatient.test(systems.payroll, { actor: { type: 'system' }, role: 'owner' })
      expect(outcome).toMatchObject({ ok: false, statusCode: null, errorClass: 'timeout' })
      expect(outcome.durationMs).toBeGreaterThanOrEqual(150)
    } finally {
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
    }
  })

  it('connects, tests and removes systems from the admin page, in the reader’s language', async () => {
    const owner = new FormClient(t.app)
    const user = await createUser(t, { role: 'owner' })
    await t.ctx.db.updateTable('users').set({ locale: 'da' }).where('id', '=', user.id).execute()
    const session = await signIn(t, user)
    owner.cookies.set('vern_session', session.cookie.slice('vern_session='.length))
    const page = await owner.get('/admin/connections/requests')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Anmodninger til systemer')

    const refused = await owner.post('/admin/connections/requests/webhook', {
      webhookSystem: systems.payroll,
      url: 'http://payroll.example/hook',
      events: 'request.access',
    })
    expect(refused.statusCode).toBe(400)
    expect(refused.body).toContain('Angiv en https-adresse')
    const noEvents = await owner.post('/admin/connections/requests/webhook', {
      webhookSystem: systems.payroll,
      url: receiver.url,
    })
    expect(noEvents.statusCode).toBe(400)
    expect(noEvents.body).toContain('Vælg mindst én type anmodning.')

    // Payroll already has a webhook (the timeout test above): a new secret only when asked for.
    const kept = await owner.post('/admin/connections/requests/webhook', {
      webhookSystem: systems.payroll,
      url: receiver.url,
      events: 'request.erasure',
    })
    expect(kept.statusCode).toBe(200)
    expect(kept.body).not.toMatch(/whsec_/)
    const saved = await owner.post('/admin/connections/requests/webhook', {
      webhookSystem: systems.payroll,
      url: receiver.url,
      events: 'request.erasure',
      rotateSecret: 'on',
    })
    expect(saved.statusCode).toBe(200)
    const secret = /whsec_[A-Za-z0-9+/=]+/.exec(saved.body)?.[0] ?? ''
    expect(secret).not.toBe('')
    const read = await owner.get('/admin/connections/requests')
    expect(read.body).toContain(receiver.url)
    expect(read.body).not.toContain(secret)

    receiver.secret.value = secret
    const tested = await owner.post(`/admin/connections/requests/${systems.payroll}/webhook/test`, {})
    expect(tested.body).toContain('Webhooken svarede 204')
    expect(receiver.got.at(-1)?.valid).toBe(true)

    const badMail = await owner.post('/admin/connections/requests/email', {
      emailSystem: systems.payroll,
      address: '',
      language: 'da',
      reminderDays: '5',
    })
    // Payroll has no processor, so there is no contact to fall back on.
    expect(badMail.statusCode).toBe(400)
    expect(badMail.body).toContain('Angiv en gyldig e-mailadresse')
    const mail = await owner.post('/admin/connections/requests/email', {
      emailSystem: systems.payroll,
      address: 'loen@bureau.example',
      language: 'da',
      reminderDays: '5',
    })
    expect(mail.statusCode).toBe(200)
    expect(mail.body).toContain('loen@bureau.example')
    const removed = await owner.post(`/admin/connections/requests/${systems.payroll}/email/delete`, {})
    expect(removed.body).toContain('Forbindelsen er fjernet.')
    expect(removed.body).not.toContain('loen@bureau.example')
  })

  it('waits 30 s to 24 h between tries, spread by jitter', () => {
    expect(retryDelay(1, () => 0.5)).toBe(30_000)
    expect(retryDelay(2, () => 0.5)).toBe(120_000)
    expect(retryDelay(1, () => 0)).toBe(22_500)
    expect(retryDelay(1, () => 0.999)).toBeLessThan(37_500)
    expect(retryDelay(7, () => 0.5)).toBe(24 * 60 * 60_000)
    expect(retryDelay(7, () => 0.999)).toBe(24 * 60 * 60_000)
    const spread = new Set(Array.from({ length: 20 }, () => retryDelay(3)))
    expect(spread.size).toBeGreaterThan(1)
  })
})
