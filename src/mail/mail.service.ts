import type { Transporter } from 'nodemailer'
import type { Logger } from 'pino'
import { v7 as uuidv7 } from 'uuid'
import type { Clock } from '../clock.js'
import { SealError } from '../crypto/aead.js'
import type { Vault } from '../crypto/vault.js'
import type { Database, Executor } from '../db/database.js'
import type { Language } from '../i18n/languages.js'
import * as repo from './mail.repository.js'

export interface OutgoingMail {
  to: string
  subject: string
  text: string
  html?: string | undefined
  headers?: Record<string, string> | undefined
}

/**
 * outbox: no SMTP_URL, kept for reading in the admin UI. queued: waiting to be sent. sending: claimed
 * by a sender. sent. failed: gave up after retries, or the recipient's key was destroyed.
 */
export type MailStatus = 'outbox' | 'queued' | 'sending' | 'sent' | 'failed'

export interface MailSummary {
  id: string
  createdAt: string
  template: string
  language: string
  status: MailStatus
  attempts: number
  nextAttemptAt: string | null
  lastError: string | null
  sentAt: string | null
}

const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000, 12 * 60 * 60_000]
const SEND_LEASE_MS = 2 * 60_000

/**
 * Mail goes through a durable outbox: written in the caller's transaction, sent after commit. Every
 * message is sealed at rest, under the recipient's data key when the recipient is a person in the
 * register (so erasing them erases their mail) or under the system key for staff mail.
 */
export class MailService {
  readonly #smtpUrl: string | null
  #transport: Promise<Transporter> | null = null
  #kick: NodeJS.Immediate | null = null
  #closed = false

  constructor(
    private readonly database: Database,
    private readonly vault: Vault,
    private readonly clock: Clock,
    private readonly log: Logger,
    smtpUrl: string | null,
    private readonly from: string,
  ) {
    this.#smtpUrl = smtpUrl
  }

  get smtpConfigured(): boolean {
    return this.#smtpUrl !== null
  }

  /** The SMTP transport, created on first send: installations without SMTP never load nodemailer. */
  #smtp(): Promise<Transporter> | null {
    const url = this.#smtpUrl
    if (!url) return null
    this.#transport ??= import('nodemailer').then((m) => m.default.createTransport(url))
    return this.#transport
  }

  /** Queues a message inside the caller's transaction; call `kick()` after commit to send it soon. */
  async enqueue(
    trx: Executor,
    input: { template: string; language: Language; message: OutgoingMail; keyOwner?: string | null },
  ): Promise<string> {
    const id = uuidv7()
    const now = this.clock.now().toISOString()
    const payload = JSON.stringify(input.message)
    const sealed = input.keyOwner
      ? (await this.vault.keyFor(trx, input.keyOwner, this.clock.now())).seal(`mail|${id}`, payload)
      : this.vault.sealSystem(`mail|${id}`, payload)
    await repo.insertMail(trx, {
      id,
      created_at: now,
      template: input.template,
      language: input.language,
      key_owner: input.keyOwner ?? null,
      sealed,
      status: this.smtpConfigured ? 'queued' : 'outbox',
      attempts: 0,
      next_attempt_at: this.smtpConfigured ? now : null,
    })
    return id
  }

  /** Sends what is due soon, outside the current request; several kicks collapse into one pass. */
  kick(): void {
    if (!this.smtpConfigured || this.#kick || this.#closed) return
    this.#kick = setImmediate(() => {
      this.#kick = null
      this.deliverDue().catch((error: unknown) => this.log.error({ err: error }, 'mail delivery pass failed'))
    })
  }

  /** One delivery pass: claims due messages and sends them, retrying with back-off on failure. */
  async deliverDue(limit = 50): Promise<{ sent: number; failed: number }> {
    const pending = this.#smtp()
    if (!pending) return { sent: 0, failed: 0 }
    const transport = await pending
    const db = this.database.db
    let sent = 0
    let failed = 0
    const now = this.clock.now()
    for (const id of await repo.dueMailIds(db, now.toISOString(), limit)) {
      if (
        !(await repo.claimMail(
          db,
          id,
          now.toISOString(),
          new Date(now.getTime() + SEND_LEASE_MS).toISOString(),
        ))
      )
        continue
      const row = await repo.findMail(db, id)
      if (!row) continue
      let message: OutgoingMail
      try {
        message = await this.#open(db, row)
      } catch (error) {
        if (!(error instanceof SealError)) throw error
        await repo.updateMail(db, id, {
          status: 'failed',
          last_error: 'recipient data erased',
          lease_until: null,
        })
        failed++
        continue
      }
      try {
        await transport.sendMail({ from: this.from, ...message, headers: message.headers ?? {} })
        await repo.updateMail(db, id, {
          status: 'sent',
          sent_at: this.clock.now().toISOString(),
          attempts: row.attempts + 1,
          lease_until: null,
          last_error: null,
        })
        sent++
      } catch (error) {
        const attempts = row.attempts + 1
        const delay = RETRY_DELAYS_MS[attempts - 1]
        // Only the SMTP reply code and class of error: server messages may quote the recipient.
        const reason = describeSmtpError(error)
        await repo.updateMail(db, id, {
          status: delay === undefined ? 'failed' : 'queued',
          attempts,
          last_error: reason,
          lease_until: null,
          next_attempt_at:
            delay === undefined ? null : new Date(this.clock.now().getTime() + delay).toISOString(),
        })
        this.log.warn({ mailId: id, attempts, reason }, 'mail delivery failed')
        failed++
      }
    }
    return { sent, failed }
  }

  async list(db: Executor, limit = 100): Promise<MailSummary[]> {
    return (await repo.listMail(db, limit)).map(toSummary)
  }

  /** The full message for the admin UI; null when it does not exist or its key was destroyed. */
  async read(db: Executor, id: string): Promise<{ summary: MailSummary; message: OutgoingMail } | null> {
    const row = await repo.findMail(db, id)
    if (!row) return null
    try {
      return { summary: toSummary(row), message: await this.#open(db, row) }
    } catch (error) {
      if (error instanceof SealError) return null
      throw error
    }
  }

  countByStatus(db: Executor): Promise<Record<string, number>> {
    return repo.countMailByStatus(db)
  }

  close(): void {
    this.#closed = true
    if (this.#kick) clearImmediate(this.#kick)
    this.#transport?.then((t) => t.close()).catch(() => {})
  }

  async #open(db: Executor, row: repo.MailRow): Promise<OutgoingMail> {
    if (!row.key_owner)
      return JSON.parse(this.vault.openSystem(`mail|${row.id}`, row.sealed).toString('utf8')) as OutgoingMail
    const key = await this.vault.findKey(db, row.key_owner)
    if (!key) throw new SealError()
    return JSON.parse(key.open(`mail|${row.id}`, row.sealed)) as OutgoingMail
  }
}

function toSummary(r: Omit<repo.MailRow, 'sealed'>): MailSummary {
  return {
    id: r.id,
    createdAt: r.created_at,
    template: r.template,
    language: r.language,
    status: r.status as MailStatus,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    sentAt: r.sent_at,
  }
}

function describeSmtpError(error: unknown): string {
  const e = error as { responseCode?: number; code?: string }
  if (typeof e.responseCode === 'number') return `SMTP ${e.responseCode}`
  if (typeof e.code === 'string' && /^[A-Z_]+$/.test(e.code)) return e.code
  return 'send failed'
}
