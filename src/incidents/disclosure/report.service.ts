import { randomBytes } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../../audit/audit.service.js'
import type { Clock } from '../../clock.js'
import type { Vault } from '../../crypto/vault.js'
import type { Executor } from '../../db/database.js'
import { notFound, VernError } from '../../errors.js'
import type { Language } from '../../i18n/languages.js'
import type { MailService } from '../../mail/mail.service.js'
import { reportAnswerMail, reportReceiptMail } from '../../mail/templates/incident-mail.js'
import { COUNTRY_TIME_ZONES } from '../../organisation/countries.js'
import type { OrganisationService } from '../../organisation/organisation.service.js'
import { localDay } from '../../requests/request.deadlines.js'
import { isLinkToken, sameHash } from '../../requests/request.tokens.js'
import type { BreachService, Who } from '../breaches/breach.service.js'
import { answerDueOn, receiptDueOn } from './business-days.js'
import type { ImageType } from './images.js'
import * as repo from './report.repository.js'
import type { AnswerInput, ReportStatus, ReportView, Triage, TriageInput } from './report.schema.js'

export interface ReportDeps {
  audit: AuditLog
  clock: Clock
  vault: Vault
  mail: MailService
  organisation: OrganisationService
  breaches: BreachService
  publicUrl: URL
}

export interface NewReport {
  language: Language
  what: string
  location: string
  howFound: string
  name: string | null
  email: string | null
  screenshot: { type: ImageType; bytes: Buffer } | null
}

const ANONYMOUS: Who = { actor: { type: 'anonymous' } }

export function reportReference(id: string): string {
  return `VR-${id.replace(/-/g, '').slice(-8).toUpperCase()}`
}

/**
 * The vulnerability disclosure desk (P20): reports from outside, anonymous or with a contact, a
 * receipt at once, an answer due within 14 days, triage (a breach opens a linked breach record), and a
 * private link by which the reporter follows the case and replies. The contact is sealed and never
 * logged; the token is stored only as a keyed hash.
 */
export class ReportService {
  constructor(readonly deps: ReportDeps) {}

  async #today(db: Executor): Promise<string> {
    const org = await this.deps.organisation.get(db)
    return localDay(this.deps.clock.now(), org.country ? COUNTRY_TIME_ZONES[org.country] : 'UTC')
  }

  #followLink(token: string): string {
    return new URL(`/security/report/case/${token}`, this.deps.publicUrl).href
  }

  /** Receives a report; returns its reference and the private link's token (shown once, never stored). */
  async submit(
    trx: Executor,
    input: NewReport,
  ): Promise<{ id: string; reference: string; token: string; answerDueOn: string }> {
    const id = uuidv7()
    const now = this.deps.clock.now()
    const today = await this.#today(trx)
    const token = randomBytes(32).toString('base64url')
    const contact =
      input.name || input.email
        ? JSON.stringify({ name: input.name, email: input.email?.toLowerCase() ?? null })
        : null
    const key = contact ? await this.deps.vault.keyFor(trx, id, now) : null
    const due = answerDueOn(today)
    await repo.insertReport(trx, {
      id,
      reference: reportReference(id),
      language: input.language,
      what: input.what,
      location: input.location,
      how_found: input.howFound,
      contact: key && contact ? key.seal('reporter', contact) : null,
      token_hash: this.deps.vault.blindIndex('vulnerability-link', token),
      status: 'received',
      triage: null,
      breach_id: null,
      received_at: now.toISOString(),
      receipt_due_on: receiptDueOn(today),
      answer_due_on: due,
      triaged_at: null,
      answered_at: null,
      closed_at: null,
      updated_at: now.toISOString(),
    })
    if (input.screenshot)
      await repo.insertAttachment(trx, {
        id: uuidv7(),
        report_id: id,
        message_id: null,
        content_type: input.screenshot.type,
        size: input.screenshot.bytes.length,
        bytes: input.screenshot.bytes,
        created_at: now.toISOString(),
      })
    if (input.email) {
      const org = await this.deps.organisation.get(trx)
      const content = reportReceiptMail(input.language, {
        org: org.legalName ?? this.deps.publicUrl.hostname,
        reference: reportReference(id),
        answerBy: due,
        link: this.#followLink(token),
      })
      await this.deps.mail.enqueue(trx, {
        template: 'vulnerability-receipt',
        language: input.language,
        keyOwner: id,
        message: { to: input.email, ...content },
      })
    }
    await this.#audit(trx, ANONYMOUS, 'vulnerability.receive', id, {
      contact: input.email !== null,
      screenshot: input.screenshot !== null,
    })
    return { id, reference: reportReference(id), token, answerDueOn: due }
  }

  /** The report a private link opens, or null for any token that is not one (no hint which). */
  async byToken(db: Executor, token: string): Promise<repo.ReportRow | null> {
    if (!isLinkToken(token)) return null
    const hash = this.deps.vault.blindIndex('vulnerability-link', token)
    const row = await repo.reportByToken(db, hash)
    return row && sameHash(row.token_hash, hash) ? row : null
  }

  /** The reporter's view of the case: their report, the messages, the dates; no staff names. */
  async publicView(
    db: Executor,
    row: repo.ReportRow,
  ): Promise<Omit<ReportView, 'contact' | 'breachId' | 'triage'>> {
    const full = await this.#view(db, row, false)
    const { contact: _c, breachId: _b, triage: _t, ...rest } = full
    return rest
  }

  /** The reporter's reply behind the private link, with an optional screenshot (checked by the caller). */
  async reply(
    trx: Executor,
    row: repo.ReportRow,
    body: string,
    screenshot: { type: ImageType; bytes: Buffer } | null = null,
  ): Promise<void> {
    if (row.status === 'closed') throw new VernError('conflict', 'The case is closed')
    const now = this.deps.clock.now().toISOString()
    const messageId = uuidv7()
    await repo.insertMessage(trx, {
      id: messageId,
      report_id: row.id,
      at: now,
      author: 'reporter',
      user_id: null,
      body,
    })
    if (screenshot)
      await repo.insertAttachment(trx, {
        id: uuidv7(),
        report_id: row.id,
        message_id: messageId,
        content_type: screenshot.type,
        size: screenshot.bytes.length,
        bytes: screenshot.bytes,
        created_at: now,
      })
    await repo.updateReport(trx, row.id, { updated_at: now })
    await this.#audit(trx, ANONYMOUS, 'vulnerability.reply', row.id, { screenshot: screenshot !== null })
  }

  async list(db: Executor): Promise<ReportView[]> {
    const rows = await repo.listReports(db)
    return Promise.all(rows.map((r) => this.#view(db, r, false)))
  }

  /** One report for staff, with the reporter's contact opened: the read is audited. */
  async get(trx: Executor, id: string, who: Who): Promise<ReportView> {
    const row = await repo.findReport(trx, id)
    if (!row) throw notFound('The vulnerability report')
    const view = await this.#view(trx, row, true)
    if (row.contact) await this.#audit(trx, who, 'vulnerability.read', id, { contact: true })
    return view
  }

  async triage(trx: Executor, id: string, input: TriageInput, who: Who): Promise<ReportView> {
    const row = await repo.findReport(trx, id)
    if (!row) throw notFound('The vulnerability report')
    if (row.status === 'closed') throw new VernError('conflict', 'The case is closed')
    const now = this.deps.clock.now().toISOString()
    let breachId = row.breach_id
    if (input.triage === 'breach' && !breachId) {
      const breach = await this.deps.breaches.create(
        trx,
        {
          title: input.breachTitle ?? `Vulnerability report ${row.reference}`,
          awareAt: now,
          description: `${row.what}\n\n${row.location}`.slice(0, 10_000),
        },
        who,
        id,
      )
      breachId = breach.id
    }
    await repo.updateReport(trx, id, {
      triage: input.triage,
      breach_id: breachId,
      status: row.status === 'received' ? 'triaged' : row.status,
      triaged_at: row.triaged_at ?? now,
      updated_at: now,
    })
    await this.#audit(trx, who, 'vulnerability.triage', id, { triage: input.triage, breachId })
    return this.get(trx, id, who)
  }

  async answer(
    trx: Executor,
    id: string,
    input: AnswerInput,
    who: Who,
    userId: string | null,
  ): Promise<ReportView> {
    const row = await repo.findReport(trx, id)
    if (!row) throw notFound('The vulnerability report')
    if (row.status === 'closed') throw new VernError('conflict', 'The case is closed')
    const now = this.deps.clock.now().toISOString()
    await repo.insertMessage(trx, {
      id: uuidv7(),
      report_id: id,
      at: now,
      author: 'staff',
      user_id: userId,
      body: input.body.trim(),
    })
    const status: ReportStatus = input.close ? 'closed' : 'answered'
    await repo.updateReport(trx, id, {
      status,
      answered_at: row.answered_at ?? now,
      closed_at: input.close ? now : null,
      updated_at: now,
    })
    const contact = await this.#contact(trx, row)
    if (contact?.email) {
      // The reporter's link is not kept; the mail says there is news and where the case is listed.
      const org = await this.deps.organisation.get(trx)
      const content = reportAnswerMail(row.language as Language, {
        org: org.legalName ?? this.deps.publicUrl.hostname,
        reference: row.reference,
        link: new URL('/security/report/case', this.deps.publicUrl).href,
      })
      await this.deps.mail.enqueue(trx, {
        template: 'vulnerability-answer',
        language: row.language as Language,
        keyOwner: id,
        message: { to: contact.email, ...content },
      })
    }
    await this.#audit(trx, who, 'vulnerability.answer', id, { close: input.close === true })
    return this.get(trx, id, who)
  }

  /** A screenshot for staff: it may show anyone's data, so the read is audited. */
  async attachment(
    trx: Executor,
    reportId: string,
    id: string,
    who: Who,
  ): Promise<{ type: string; bytes: Buffer }> {
    const row = await repo.findAttachment(trx, reportId, id)
    if (!row) throw notFound('The screenshot')
    await this.#audit(trx, who, 'vulnerability.attachment.read', reportId, { attachment: id })
    return { type: row.content_type, bytes: Buffer.from(row.bytes) }
  }

  async #contact(
    db: Executor,
    row: repo.ReportRow,
  ): Promise<{ name: string | null; email: string | null } | null> {
    if (!row.contact) return null
    const key = await this.deps.vault.findKey(db, row.id)
    if (!key) return null
    return JSON.parse(key.open('reporter', row.contact)) as { name: string | null; email: string | null }
  }

  async #view(db: Executor, row: repo.ReportRow, withContact: boolean): Promise<ReportView> {
    const today = await this.#today(db)
    return {
      id: row.id,
      reference: row.reference,
      language: row.language as Language,
      what: row.what,
      location: row.location,
      howFound: row.how_found,
      contact: withContact ? await this.#contact(db, row) : null,
      status: row.status as ReportStatus,
      triage: row.triage as Triage | null,
      breachId: row.breach_id,
      receivedAt: row.received_at,
      receiptDueOn: row.receipt_due_on,
      answerDueOn: row.answer_due_on,
      overdue: row.answered_at === null && today > row.answer_due_on,
      answeredAt: row.answered_at,
      messages: (await repo.messagesOf(db, row.id)).map((m) => ({
        at: m.at,
        author: m.author as 'reporter' | 'staff',
        body: m.body,
      })),
      attachments: (await repo.attachmentsOf(db, row.id)).map((a) => ({
        id: a.id,
        contentType: a.content_type,
        size: a.size,
      })),
    }
  }

  async #audit(
    trx: Executor,
    who: Who,
    action: string,
    id: string,
    details: Record<string, string | number | boolean | null>,
  ) {
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action,
      target: { type: 'vulnerability_report', id },
      details,
      requestId: who.requestId,
    })
  }
}
