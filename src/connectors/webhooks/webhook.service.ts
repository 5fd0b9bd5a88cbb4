import { isIP } from 'node:net'
import type { Logger } from 'pino'
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../../audit/audit.service.js'
import type { Clock } from '../../clock.js'
import { SealError } from '../../crypto/aead.js'
import type { Vault } from '../../crypto/vault.js'
import type { Database, Executor } from '../../db/database.js'
import { invalid, notFound } from '../../errors.js'
import type { Who } from '../../subjects/subject.access.js'
import type { HandOver } from './link.service.js'
import { DEFAULT_TIMEOUT_MS, newWebhookSecret, type SendOutcome, sendSigned } from './signing.js'
import * as repo from './webhook.repository.js'
import type { DeliveryQuery, DeliveryView, WebhookBody, WebhookEvent, WebhookView } from './webhook.schema.js'

/** Tries per delivery; after the last one it lands on the dead-letter list. */
export const MAX_TRIES = 8
const BASE_DELAY_MS = 30_000
const MAX_DELAY_MS = 24 * 60 * 60_000
const LEASE_MS = 2 * 60_000

/**
 * The wait after the n-th failed try: 30 s × 4^(n-1), at most 24 h (30 s, 2 min, 8 min, 32 min, 2 h
 * 8 min, 8 h 32 min, 24 h), spread by ±25 % jitter so receivers coming back are not hit all at once.
 */
export function retryDelay(failedTries: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 4 ** (failedTries - 1))
  return Math.min(MAX_DELAY_MS, Math.round(base * (0.75 + 0.5 * random())))
}

export interface WebhookDeps {
  database: Database
  vault: Vault
  audit: AuditLog
  clock: Clock
  log: Logger
  publicUrl: URL
  /** For the jitter; tests pass a constant. */
  random?: () => number
  timeoutMs?: number
}

/**
 * Webhook connections of systems in the data map, after the Standard Webhooks specification: a
 * request's hand-over is written to a durable outbox in the transaction that verified the request,
 * sent after commit with the same `webhook-id` on every try, retried with exponential back-off and
 * jitter, and moved to a dead-letter list after the last try, from where staff replay it. The body
 * names the person, so it is sealed under the request's data key; the tries record only what came
 * back (status, duration, class of error).
 */
export class SystemWebhookService {
  #kick: NodeJS.Immediate | null = null
  #closed = false
  readonly #random: () => number
  readonly #timeoutMs: number

  constructor(private readonly deps: WebhookDeps) {
    this.#random = deps.random ?? Math.random
    this.#timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS
  }

  async list(db: Executor): Promise<WebhookView[]> {
    return (await repo.listWebhooks(db)).map(toView)
  }

  async get(db: Executor, systemId: string): Promise<WebhookView | null> {
    const row = await repo.findWebhook(db, systemId)
    return row ? toView(row) : null
  }

  /** Creates or changes a system's webhook; a new or rotated secret is in the answer, this once. */
  async put(
    trx: Executor,
    systemId: string,
    body: WebhookBody,
    who: Who,
  ): Promise<{ view: WebhookView; created: boolean }> {
    if (!(await repo.systemExists(trx, systemId))) throw notFound('The system')
    const url = checkUrl(body.url)
    const existing = await repo.findWebhook(trx, systemId)
    const now = this.deps.clock.now().toISOString()
    const secret = !existing || body.rotateSecret ? newWebhookSecret() : null
    await repo.upsertWebhook(trx, {
      system_id: systemId,
      url,
      secret: secret
        ? this.deps.vault.sealSystem(`connector-webhook|${systemId}`, secret)
        : (existing?.secret as Buffer),
      events: [...new Set(body.events)].join(','),
      created_at: existing?.created_at ?? now,
      updated_at: now,
    })
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: existing ? 'connector.webhook.update' : 'connector.webhook.create',
      target: { type: 'system', id: systemId },
      details: { events: body.events, rotated: Boolean(existing && secret) },
      requestId: who.requestId,
    })
    const row = await repo.findWebhook(trx, systemId)
    if (!row) throw notFound('The webhook')
    return { view: { ...toView(row), ...(secret ? { secret } : {}) }, created: !existing }
  }

  async remove(trx: Executor, systemId: string, who: Who): Promise<void> {
    if (!(await repo.deleteWebhook(trx, systemId))) throw notFound('The webhook')
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: 'connector.webhook.delete',
      target: { type: 'system', id: systemId },
      requestId: who.requestId,
    })
  }

  /** Sends a signed `ping` now and reports what came back; the try is audited, nothing is queued. */
  async test(systemId: string, who: Who): Promise<SendOutcome> {
    const db = this.deps.database.db
    const row = await repo.findWebhook(db, systemId)
    if (!row) throw notFound('The webhook')
    const at = this.deps.clock.now()
    const body = JSON.stringify({ type: 'ping', timestamp: at.toISOString(), data: { systemId } })
    const outcome = await sendSigned({
      url: row.url,
      secret: this.#secret(row),
      id: `msg_${uuidv7()}`,
      timestamp: Math.floor(at.getTime() / 1000),
      body,
      timeoutMs: this.#timeoutMs,
    })
    await this.deps.audit.append(db, {
      actor: who.actor,
      action: 'connector.webhook.test',
      target: { type: 'system', id: systemId },
      outcome: outcome.ok ? 'success' : 'failure',
      details: { status: outcome.statusCode, error: outcome.errorClass },
      requestId: who.requestId,
    })
    return outcome
  }

  /** The event a system would be sent for a request, or null when its webhook does not take it. */
  async subscribed(db: Executor, systemId: string, event: WebhookEvent): Promise<boolean> {
    const row = await repo.findWebhook(db, systemId)
    return row ? row.events.split(',').includes(event) : false
  }

  /** Queues a request's hand-over for a system, in the caller's transaction; `kick()` after commit. */
  async enqueue(
    trx: Executor,
    input: { linkId: string; systemId: string; event: WebhookEvent; handOver: HandOver; token: string },
  ): Promise<string> {
    const id = uuidv7()
    const now = this.deps.clock.now()
    const { handOver } = input
    const callbackUrl = new URL(`/api/v1/connectors/callback/${input.token}`, this.deps.publicUrl).href
    const payload = JSON.stringify({
      type: input.event,
      timestamp: now.toISOString(),
      data: {
        requestId: handOver.requestId,
        kind: handOver.kind,
        identifiers: {
          ...(handOver.identifiers.email ? { email: handOver.identifiers.email } : {}),
          ...(handOver.identifiers.customerIds?.length
            ? { customerIds: handOver.identifiers.customerIds }
            : {}),
        },
        callbackUrl,
      },
    })
    const key = await this.deps.vault.keyFor(trx, handOver.requestId, now)
    await repo.insertDelivery(trx, {
      id,
      link_id: input.linkId,
      system_id: input.systemId,
      event_type: input.event,
      key_owner: handOver.requestId,
      payload: Buffer.from(key.seal(`connector-delivery|${id}`, payload)),
      status: 'queued',
      attempts: 0,
      next_attempt_at: now.toISOString(),
      last_status: null,
      last_error: null,
      created_at: now.toISOString(),
      delivered_at: null,
      dead_at: null,
    })
    return id
  }

  /** Delivers soon, outside the current request; several kicks collapse into one pass. */
  kick(): void {
    if (this.#kick || this.#closed) return
    this.#kick = setImmediate(() => {
      this.#kick = null
      this.deliverDue().catch((error: unknown) =>
        this.deps.log.error({ err: error }, 'connector webhook pass failed'),
      )
    })
  }

  close(): void {
    this.#closed = true
    if (this.#kick) clearImmediate(this.#kick)
  }

  /** One pass: claims due deliveries and posts each once; a failure waits for its retry or goes dead. */
  async deliverDue(limit = 50): Promise<{ delivered: number; failed: number; dead: number }> {
    const db = this.deps.database.db
    const counts = { delivered: 0, failed: 0, dead: 0 }
    const now = this.deps.clock.now()
    for (const row of await repo.dueDeliveries(db, now.toISOString(), limit)) {
      if (!(await repo.claimDelivery(db, row, new Date(now.getTime() + LEASE_MS).toISOString()))) continue
      const hook = await repo.findWebhook(db, row.system_id)
      const body = hook ? await this.#body(row) : null
      if (!hook || body === null) {
        // The connection was removed, or the request's key destroyed: nothing can be sent any more.
        await repo.updateDelivery(db, row.id, {
          status: 'dead',
          next_attempt_at: null,
          last_error: hook ? 'data erased' : 'no connection',
          dead_at: this.deps.clock.now().toISOString(),
        })
        counts.dead++
        continue
      }
      const attempt = row.attempts + 1
      const at = this.deps.clock.now()
      const outcome = await sendSigned({
        url: hook.url,
        secret: this.#secret(hook),
        id: `msg_${row.id}`,
        timestamp: Math.floor(at.getTime() / 1000),
        body,
        timeoutMs: this.#timeoutMs,
      })
      await repo.insertAttempt(db, {
        id: uuidv7(),
        delivery_id: row.id,
        attempt,
        at: at.toISOString(),
        status_code: outcome.statusCode,
        duration_ms: outcome.durationMs,
        error_class: outcome.errorClass,
      })
      const done = this.deps.clock.now()
      if (outcome.ok) {
        await repo.updateDelivery(db, row.id, {
          status: 'delivered',
          attempts: attempt,
          next_attempt_at: null,
          last_status: outcome.statusCode,
          last_error: null,
          delivered_at: done.toISOString(),
        })
        counts.delivered++
        continue
      }
      const dead = attempt >= MAX_TRIES
      await repo.updateDelivery(db, row.id, {
        status: dead ? 'dead' : 'queued',
        attempts: attempt,
        last_status: outcome.statusCode,
        last_error: outcome.errorClass,
        next_attempt_at: dead
          ? null
          : new Date(done.getTime() + retryDelay(attempt, this.#random)).toISOString(),
        dead_at: dead ? done.toISOString() : null,
      })
      this.deps.log.warn(
        { deliveryId: row.id, systemId: row.system_id, attempt, reason: outcome.errorClass, dead },
        'connector webhook delivery failed',
      )
      if (dead) counts.dead++
      else counts.failed++
    }
    return counts
  }

  async deliveries(db: Executor, q: DeliveryQuery): Promise<DeliveryView[]> {
    const rows = await repo.listDeliveries(db, {
      status: q.status,
      systemId: q.systemId,
      limit: q.limit ?? 100,
    })
    const tries = await repo.attemptsOf(
      db,
      rows.map((r) => r.id),
    )
    return rows.map((r) => ({
      id: r.id,
      systemId: r.system_id,
      eventType: r.event_type,
      status: r.status as DeliveryView['status'],
      attempts: r.attempts,
      nextAttemptAt: iso(r.next_attempt_at),
      lastError: r.last_error,
      createdAt: iso(r.created_at) ?? '',
      deliveredAt: iso(r.delivered_at),
      deadAt: iso(r.dead_at),
      tries: tries
        .filter((a) => a.delivery_id === r.id)
        .map((a) => ({
          attempt: a.attempt,
          at: iso(a.at) ?? '',
          statusCode: a.status_code,
          durationMs: a.duration_ms,
          errorClass: a.error_class,
        })),
    }))
  }

  /** Puts one dead delivery, or every dead one, back in the queue with a fresh round of tries. */
  async replay(trx: Executor, deliveryId: string | null, who: Who): Promise<number> {
    if (deliveryId) {
      const row = await repo.findDelivery(trx, deliveryId)
      if (row?.status !== 'dead') throw notFound('The dead delivery')
    }
    const ids = await repo.requeueDead(trx, this.deps.clock.now().toISOString(), deliveryId ?? undefined)
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: 'connector.webhook.replay',
      target: { type: 'connector_delivery', id: deliveryId ?? 'dead' },
      details: { count: ids.length },
      requestId: who.requestId,
    })
    return ids.length
  }

  #secret(row: repo.WebhookRow): string {
    return this.deps.vault.openSystem(`connector-webhook|${row.system_id}`, row.secret).toString('utf8')
  }

  async #body(row: repo.DeliveryRow): Promise<string | null> {
    const db = this.deps.database.db
    try {
      if (!row.key_owner)
        return this.deps.vault.openSystem(`connector-delivery|${row.id}`, row.payload).toString('utf8')
      const key = await this.deps.vault.findKey(db, row.key_owner)
      return key ? key.open(`connector-delivery|${row.id}`, row.payload) : null
    } catch (error) {
      if (error instanceof SealError) return null
      throw error
    }
  }
}

/** https only; plain http to a loopback address (a receiver on the same machine, the tests). No credentials. */
export function checkUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw invalid('url', 'url must be an absolute https URL', 'format')
  }
  if (url.username || url.password) throw invalid('url', 'url must not carry credentials', 'format')
  if (url.protocol === 'https:') return url.href
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return url.href
  throw invalid('url', 'url must be an https URL (http only to a loopback address)', 'format')
}

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '')
  if (h === 'localhost') return true
  if (isIP(h) === 4) return h.startsWith('127.')
  return h === '::1'
}

function toView(row: repo.WebhookRow): WebhookView {
  return {
    systemId: row.system_id,
    url: row.url,
    events: row.events.split(',') as WebhookEvent[],
    createdAt: iso(row.created_at) ?? '',
    updatedAt: iso(row.updated_at) ?? '',
  }
}

/** PostgreSQL gives Date objects for timestamptz, SQLite the stored text. */
function iso(value: string | Date | null): string | null {
  return value === null ? null : new Date(value).toISOString()
}
