// Test support only: a loopback webhook receiver that checks signatures, and verified requests to hand over.
import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { TestApp } from '../../../test/harness.js'
import { requestsApi } from '../../requests/request.testing.js'
import { type DispatchInput, dispatchRequest } from './index.js'

export interface Received {
  headers: IncomingHttpHeaders
  body: string
  /** Whether the signature checked out against the secret the receiver was given, per the spec. */
  valid: boolean
}

/**
 * Verifies a Standard Webhooks message as a receiver would, written from the specification
 * (https://www.standardwebhooks.com) and not with Vern's signer: the signed content is
 * `${webhook-id}.${webhook-timestamp}.${body}`, the key is the base64 part of `whsec_…`, the
 * header is a space-separated list of `v1,<base64 HMAC-SHA256>`, and the timestamp must be within
 * five minutes of the receiver's now.
 */
export function verifyStandardWebhook(
  secret: string,
  headers: IncomingHttpHeaders,
  body: string,
  nowSeconds: number,
): boolean {
  const id = headers['webhook-id']
  const timestamp = headers['webhook-timestamp']
  const signatures = headers['webhook-signature']
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return false
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > 300) return false
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64')
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest()
  return signatures.split(' ').some((entry) => {
    const [version, sig] = entry.split(',', 2)
    if (version !== 'v1' || !sig) return false
    const given = Buffer.from(sig, 'base64')
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}

/** A real HTTP server on loopback: checks each signature, answers with the next queued status (else 204). */
export async function startReceiver(now: () => Date): Promise<{
  url: string
  got: Received[]
  statuses: number[]
  secret: { value: string }
  close(): Promise<void>
}> {
  const got: Received[] = []
  const statuses: number[] = []
  const secret = { value: '' }
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8')
    })
    req.on('end', () => {
      const valid = verifyStandardWebhook(secret.value, req.headers, body, Math.floor(now().getTime() / 1000))
      got.push({ headers: req.headers, body, valid })
      const status = statuses.shift() ?? 204
      res.statusCode = status
      if (status >= 300 && status < 400) res.setHeader('location', 'http://127.0.0.1:1/elsewhere')
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/vern/requests`,
    got,
    statuses,
    secret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/**
 * A request registered over the API and verified through the workflow, which hands it to the systems
 * with a connection in the same transaction. Verified without the route, so nothing is sent in the
 * background: the test drives the senders itself. Its tasks by system id.
 */
export async function verifiedRequest(
  t: TestApp,
  key: string,
  body: { kind: string; email: string; language?: string },
): Promise<{ id: string; taskIds: Record<string, string> }> {
  const api = requestsApi(t, key)
  const created = await api.create({ channel: 'email', ...body })
  if (created.statusCode !== 201) throw new Error(created.body)
  const id = created.json().id as string
  const { requestServices } = await import('../../requests/index.js')
  const { requests } = requestServices(t.ctx)
  const verified = await t.ctx.db
    .transaction()
    .execute((trx) =>
      requests.verify(
        trx,
        id,
        { method: 'known_email', note: 'Wrote from the address on file' },
        { actor: { type: 'system', id: 'test' } },
      ),
    )
  const taskIds: Record<string, string> = {}
  for (const task of verified.tasks) if (task.systemId) taskIds[task.systemId] = task.id
  return { id, taskIds }
}

/** What verifying handed over: the systems, their tasks and the channel, oldest first. */
export async function handedOver(
  t: TestApp,
  requestId: string,
): Promise<Array<{ systemId: string | null; taskId: string; channel: string }>> {
  const links = await t.ctx.db
    .selectFrom('connector_links')
    .select(['system_id', 'task_id', 'channel'])
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute()
  return links.map((l) => ({ systemId: l.system_id, taskId: l.task_id, channel: l.channel }))
}

/** What the requests workflow will do on verification; the test drives the senders itself. */
export function dispatch(t: TestApp, input: DispatchInput) {
  return t.ctx.db.transaction().execute((trx) => dispatchRequest(t.ctx, trx, input))
}
