import { randomBytes, timingSafeEqual } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../../audit/audit.service.js'
import type { Actor } from '../../auth/principal.js'
import type { Clock } from '../../clock.js'
import type { Vault } from '../../crypto/vault.js'
import type { Executor } from '../../db/database.js'
import type { Language } from '../../i18n/languages.js'
import { OPEN_STATES } from '../../requests/request.schema.js'
import * as repo from './webhook.repository.js'

/** How long a receiver or processor may take to answer: past the longest extended deadline. */
export const LINK_TTL_MS = 120 * 24 * 60 * 60_000
const TOKEN = /^[A-Za-z0-9_-]{43}$/
const ACTOR: Actor = { type: 'system', id: 'connector' }

export type Channel = 'webhook' | 'email'
export type AnswerStatus = 'done' | 'failed'

/** What a system is asked to do, kept sealed with the link so a reminder can say it again. */
export interface HandOver {
  requestId: string
  kind: string
  identifiers: Identifiers
  dueOn: string | null
  systemName: string
}

/** The identifiers a receiver needs to find the person in its own data, and nothing more. */
export interface Identifiers {
  email?: string | undefined
  customerIds?: string[] | undefined
}

export interface Answer {
  status: AnswerStatus
  note?: string | undefined
  rows?: number | undefined
}

/** Ticks off a request's task: the requests workflow, given to this module by whoever wires it. */
export type CompleteTask = (
  trx: Executor,
  requestId: string,
  taskId: string,
  note: string,
  who: { actor: Actor },
) => Promise<unknown>

export interface Link {
  id: string
  taskId: string
  requestId: string
  systemId: string | null
  channel: Channel
  language: Language
  status: 'waiting' | AnswerStatus
  handOver: HandOver
}

/**
 * The tie between a request's task and its hand-over to a system (a webhook delivery or a mail to a
 * processor). The answer comes back with an opaque token: 256 random bits, only its keyed hash kept,
 * compared in constant time, single-use, expiring. A `done` answer ticks the task off through the
 * requests workflow; `failed` keeps it open for staff, with the receiver's note.
 */
export class LinkService {
  constructor(
    private readonly vault: Vault,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly completeTask: CompleteTask,
  ) {}

  async create(
    trx: Executor,
    input: { taskId: string; systemId: string; channel: Channel; language: Language; handOver: HandOver },
  ): Promise<{ linkId: string; token: string }> {
    const id = uuidv7()
    const token = randomBytes(32).toString('base64url')
    const now = this.clock.now()
    const key = await this.vault.keyFor(trx, input.handOver.requestId, now)
    await repo.insertLink(trx, {
      id,
      task_id: input.taskId,
      request_id: input.handOver.requestId,
      system_id: input.systemId,
      channel: input.channel,
      token_hash: hashToken(this.vault, token),
      status: 'waiting',
      details: key.seal(`connector-link|${id}`, JSON.stringify(input.handOver)),
      note: null,
      rows: null,
      language: input.language,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + LINK_TTL_MS).toISOString(),
      last_sent_at: now.toISOString(),
      reminders: 0,
      answered_at: null,
    })
    return { linkId: id, token }
  }

  /** A new token for a waiting link (a reminder): the earlier one stops working. */
  async renew(trx: Executor, linkId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url')
    const now = this.clock.now()
    const row = await repo.findLink(trx, linkId)
    await repo.updateLink(trx, linkId, {
      token_hash: hashToken(this.vault, token),
      last_sent_at: now.toISOString(),
      reminders: (row?.reminders ?? 0) + 1,
      expires_at: new Date(now.getTime() + LINK_TTL_MS).toISOString(),
    })
    return token
  }

  /** The waiting link a presented token opens, or null (malformed, unknown, used or expired alike). */
  async find(db: Executor, token: string): Promise<Link | null> {
    if (!TOKEN.test(token)) return null
    const hash = hashToken(this.vault, token)
    const row = await repo.findLinkByHash(db, hash)
    if (!row || !timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash))) return null
    if (row.status !== 'waiting' || new Date(row.expires_at).getTime() <= this.clock.now().getTime())
      return null
    return this.open(db, row)
  }

  /** A link with its hand-over opened; null when the request's key was destroyed. */
  async open(db: Executor, row: repo.LinkRow): Promise<Link | null> {
    const key = await this.vault.findKey(db, row.request_id)
    if (!key) return null
    return {
      id: row.id,
      taskId: row.task_id,
      requestId: row.request_id,
      systemId: row.system_id,
      channel: row.channel as Channel,
      language: row.language as Language,
      status: row.status as Link['status'],
      handOver: JSON.parse(key.open(`connector-link|${row.id}`, row.details)) as HandOver,
    }
  }

  /**
   * Records the answer a token carries, once, in the caller's transaction; null when the token opens
   * nothing. `done` ticks the task off (unless staff already did); the audit entry holds ids only.
   */
  async answer(trx: Executor, token: string, answer: Answer): Promise<Link | null> {
    const link = await this.find(trx, token)
    if (!link) return null
    const now = this.clock.now()
    const key = await this.vault.keyFor(trx, link.requestId, now)
    const recorded = await repo.answerLink(trx, link.id, {
      status: answer.status,
      note: answer.note ? key.seal(`connector-note|${link.id}`, answer.note) : null,
      rows: answer.rows ?? null,
      answered_at: now.toISOString(),
    })
    if (!recorded) return null
    // A task staff already ticked off, or a request already closed, keeps the answer on record only.
    const request = await repo.requestFacts(trx, link.requestId)
    const open = request !== undefined && (OPEN_STATES as readonly string[]).includes(request.state)
    if (answer.status === 'done' && open && (await repo.openTask(trx, link.requestId, link.taskId))) {
      const note = answer.note ?? DONE_NOTES[link.channel](answer.rows)
      await this.completeTask(trx, link.requestId, link.taskId, note, { actor: ACTOR })
    }
    await this.audit.append(trx, {
      actor: ACTOR,
      action: 'connector.answer',
      target: { type: 'request', id: link.requestId },
      details: {
        task: link.taskId,
        system: link.systemId,
        channel: link.channel,
        status: answer.status,
        ...(answer.rows === undefined ? {} : { rows: answer.rows }),
      },
    })
    return { ...link, status: answer.status }
  }

  /** The hand-overs of a request and their answers, notes opened; the read is audited (notes may name people). */
  async ofRequest(
    db: Executor,
    requestId: string,
    who?: { actor: Actor; requestId?: string | undefined },
  ): Promise<HandOverView[]> {
    const rows = await repo.linksOfRequest(db, requestId)
    const key = await this.vault.findKey(db, requestId)
    if (who)
      await this.audit.append(db, {
        actor: who.actor,
        action: 'connector.answers.read',
        target: { type: 'request', id: requestId },
        details: { links: rows.length },
        requestId: who.requestId,
      })
    return rows.map((r) => ({
      taskId: r.task_id,
      systemId: r.system_id,
      channel: r.channel as Channel,
      status: r.status as HandOverView['status'],
      note: r.note && key ? key.open(`connector-note|${r.id}`, r.note) : null,
      rows: r.rows,
      sentAt: new Date(r.created_at).toISOString(),
      reminders: r.reminders,
      answeredAt: r.answered_at === null ? null : new Date(r.answered_at).toISOString(),
    }))
  }
}

export interface HandOverView {
  taskId: string
  systemId: string | null
  channel: Channel
  status: 'waiting' | AnswerStatus
  note: string | null
  rows: number | null
  sentAt: string
  reminders: number
  answeredAt: string | null
}

/** The task's note when the receiver sent none (stored data, in English like other system notes). */
const DONE_NOTES: Record<Channel, (rows: number | undefined) => string> = {
  webhook: (rows) => `Done in the system (webhook callback${rows === undefined ? '' : `, ${rows} rows`})`,
  email: () => 'Confirmed done by the processor (reply link)',
}

export function hashToken(vault: Vault, token: string): string {
  return vault.blindIndex('connector-token', token)
}
