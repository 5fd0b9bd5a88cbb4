import { createHmac, randomBytes } from 'node:crypto'

/**
 * Standard Webhooks (https://www.standardwebhooks.com), the sending side, shared by the system
 * webhooks and the marketing-permission webhooks: the secret, the signature and one signed POST.
 */

/** A new signing secret: `whsec_` and 32 random bytes in base64, as the specification shows them. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`
}

/** `v1,` and the base64 HMAC-SHA256, keyed with the secret's bytes, of `id.timestamp.body`. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`
}

/**
 * What one try brought back, without anything the receiver said: the status code, how long it took
 * and, when it failed, the class of failure (http_4xx, http_5xx, redirect, timeout, connection).
 */
export interface SendOutcome {
  ok: boolean
  statusCode: number | null
  durationMs: number
  errorClass: string | null
}

export const DEFAULT_TIMEOUT_MS = 10_000

/**
 * POSTs a signed body once. Redirects are not followed (a 3xx is a failure: the receiver must give
 * its final URL), and the answer's body is thrown away unread.
 */
export async function sendSigned(input: {
  url: string
  secret: string
  id: string
  timestamp: number
  body: string
  timeoutMs?: number
}): Promise<SendOutcome> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await fetch(input.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Vern-Webhooks/1',
        'webhook-id': input.id,
        'webhook-timestamp': String(input.timestamp),
        'webhook-signature': signWebhook(input.secret, input.id, input.timestamp, input.body),
      },
      body: input.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(input.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    })
    await response.body?.cancel()
    const status = response.status
    const ok = status >= 200 && status < 300
    return {
      ok,
      statusCode: status,
      durationMs: elapsed(),
      errorClass: ok
        ? null
        : status >= 300 && status < 400
          ? 'redirect'
          : `http_${Math.floor(status / 100)}xx`,
    }
  } catch (e) {
    const name = e instanceof Error ? e.name : ''
    return {
      ok: false,
      statusCode: null,
      durationMs: elapsed(),
      errorClass: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'connection',
    }
  }
}
