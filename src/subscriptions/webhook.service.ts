import type { Logger } from 'pino'
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import type { Clock } from '../clock.js'
import { newWebhookSecret, sendSigned } from '../connectors/webhooks/signing.js'
import type { Vault } from '../crypto/vault.js'
import type { Database, Executor } from '../db/database.js'
import { invalid, notFound } from '../errors.js'
import type { Who } from '../subjects/subject.access.js'
import type { SubscriptionEvents } from './subscription.service.js'
import * as repo from './webhook.repository.js'

const RETRY_DELAYS_MS = [30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000, 6 * 60 * 60_000]
const LEASE_MS = 60_000
const TIMEOUT_MS = 10_000

export interface WebhookEndpoint {
  id: string
  url: string
  active: boolean
  createdAt: string
}

/** Signing is shared with the system webhooks (Standard Webhooks). */
export { signWebhook } from '../connectors/webhooks/signing.js'

/**
 * Changes of marketing permissions pushed to the configured endpoints: written to a small outbox in
 * the transaction that made the change, delivered after commit and retried with back-off. Payloads
 * carry ids, channels, purposes and statuses, never personal values.
 */
export class WebhookService implements SubscriptionEvents {
  #kick: NodeJS.Immediate | null = null
  #closed = false

  constructor(
    private readonly database: Database,
    private readonly vault: Vault,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  async emit(db: Executor, type: string, data: Record<string, string | null>): Promise<void> {
    const endpoints = await repo.listEndpoints(db, true)
    const now = this.clock.now().toISOString()
    await repo.insertDeliveries(
      db,
      endpoints.map((e) => {
        const id = uuidv7()
        return {
          id,
          endpoint_id: e.id,
          event_type: type,
          payload: JSON.stringify({ type, timestamp: now, data }),
          status: 'queued',
          attempts: 0,
          next_attempt_at: now,
          created_at: now,
        }
      }),
    )
  }

  /** Adds an endpoint; the answer carries the signing secret, shown this once. */
  async create(trx: Executor, url: string, who: Who): Promise<WebhookEndpoint & { secret: string }> {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw invalid('url', 'url must be an absolute http(s) URL', 'format')
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      throw invalid('url', 'url must be an absolute http(s) URL', 'format')
    const id = uuidv7()
    const secret = newWebhookSecret()
    const at = this.clock.now().toISOString()
    await repo.insertEndpoint(trx, {
      id,
      url: parsed.href,
      secret: this.vault.sealSystem(`webhook|${id}`, secret),
      active: 1,
      created_at: at,
    })
    await this.audit.append(trx, {
      actor: who.actor,
      action: 'webhook.create',
      target: { type: 'webhook', id },
      requestId: who.requestId,
    })
    return { id, url: parsed.href, active: true, createdAt: at, secret }
  }

  async list(db: Executor): Promise<WebhookEndpoint[]> {
    return (await repo.listEndpoints(db)).map((e) => ({
      id: e.id,
      url: e.url,
      active: e.active === 1,
      createdAt: new Date(e.created_at).toISOString(),
    }))
  }

  async remove(trx: Executor, id: string, who: Who): Promise<void> {
    if (!(await repo.deleteEndpoint(trx, id))) throw notFound('The webhook')
    await this.audit.append(trx, {
      actor: who.actor,
      action: 'webhook.delete',
      target: { type: 'webhook', id },
      requestId: who.requestId,
    })
  }

  recent(db: Executor, limit = 20): Promise<repo.DeliveryRow[]> {
    return repo.recentDeliveries(db, limit)
  }

  /** Delivers soon, outside the current request; several kicks collapse into one pass. */
  kick(): void {
    if (this.#kick || this.#closed) return
    this.#kick = setImmediate(() => {
      this.#kick = null
      this.deliverDue().catch((error: unknown) => this.log.error({ err: error }, 'webhook pass failed'))
    })
  }

  close(): void {
    this.#closed = true
    if (this.#kick) clearImmediate(this.#kick)
  }

  /** One delivery pass: claims due deliveries and posts them, retrying with back-off on failure. */
  async deliverDue(limit = 50): Promise<{ delivered: number; failed: number }> {
    const db = this.database.db
    let delivered = 0
    let failed = 0
    const now = this.clock.now()
    for (const row of await repo.dueDeliveries(db, now.toISOString(), limit)) {
      if (!(await repo.claimDelivery(db, row, new Date(now.getTime() + LEASE_MS).toISOString()))) continue
      const endpoint = await repo.findEndpoint(db, row.endpoint_id)
      if (!endpoint) continue
      const secret = this.vault.openSystem(`webhook|${endpoint.id}`, endpoint.secret).toString('utf8')
      const id = `msg_${row.id}`
      const timestamp = Math.floor(this.clock.now().getTime() / 1000)
      const attempts = row.attempts + 1
      const outcome = await sendSigned({
        url: endpoint.url,
        secret,
        id,
        timestamp,
        body: row.payload,
        timeoutMs: TIMEOUT_MS,
      })
      const error = outcome.ok ? null : outcome.statusCode ? `HTTP ${outcome.statusCode}` : outcome.errorClass
      if (!error) {
        await repo.updateDelivery(db, row.id, {
          status: 'delivered',
          attempts,
          delivered_at: this.clock.now().toISOString(),
          next_attempt_at: null,
          last_error: null,
        })
        delivered++
        continue
      }
      const delay = RETRY_DELAYS_MS[attempts - 1]
      await repo.updateDelivery(db, row.id, {
        status: delay === undefined ? 'failed' : 'queued',
        attempts,
        last_error: error,
        next_attempt_at:
          delay === undefined ? null : new Date(this.clock.now().getTime() + delay).toISOString(),
      })
      this.log.warn({ deliveryId: row.id, attempts, reason: error }, 'webhook delivery failed')
      failed++
    }
    return { delivered, failed }
  }
}
