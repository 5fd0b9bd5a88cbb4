import type { AuditLog } from '../../audit/audit.service.js'
import type { Clock } from '../../clock.js'
import type { Database, Executor } from '../../db/database.js'
import { invalid, notFound } from '../../errors.js'
import type { Language } from '../../i18n/languages.js'
import type { MailService } from '../../mail/mail.service.js'
import { processorRequestMail, processorTestMail } from '../../mail/templates/connector-mail.js'
import type { OrganisationService } from '../../organisation/organisation.service.js'
import type { Who } from '../../subjects/subject.access.js'
import type { HandOver, LinkService } from '../webhooks/link.service.js'
import * as links from '../webhooks/webhook.repository.js'
import * as repo from './email.repository.js'
import type { EmailConnectionBody, EmailConnectionView } from './email.schema.js'

const DAY_MS = 24 * 60 * 60_000
const DEFAULT_REMINDER_DAYS = 7

/** The language a processor is written to when none was chosen: its country's, else English. */
const COUNTRY_LANGUAGE: Readonly<Record<string, Language>> = { DK: 'da', NO: 'nb', SE: 'sv', FI: 'fi' }

export interface EmailDeps {
  database: Database
  audit: AuditLog
  clock: Clock
  mail: MailService
  organisation: OrganisationService
  links: LinkService
  publicUrl: URL
}

/**
 * E-mail connections: a system run by a processor is asked by mail, in the processor's language, to
 * carry out a request, with a single-use link to a small page where it answers done or failed. The
 * request's task stays open until then; the mail names the person, so it is sealed under the
 * request's data key. Reminders go after the configured number of days, each with a new link.
 */
export class EmailConnectionService {
  constructor(private readonly deps: EmailDeps) {}

  async list(db: Executor): Promise<EmailConnectionView[]> {
    const views: EmailConnectionView[] = []
    for (const row of await repo.listConnections(db)) {
      const system = await repo.systemWithProcessor(db, row.system_id)
      views.push(toView(row, row.address ?? system?.contact_email ?? null))
    }
    return views
  }

  async get(db: Executor, systemId: string): Promise<EmailConnectionView | null> {
    const row = await repo.findConnection(db, systemId)
    if (!row) return null
    const system = await repo.systemWithProcessor(db, systemId)
    return toView(row, row.address ?? system?.contact_email ?? null)
  }

  async put(
    trx: Executor,
    systemId: string,
    body: EmailConnectionBody,
    who: Who,
  ): Promise<{ view: EmailConnectionView; created: boolean }> {
    const system = await repo.systemWithProcessor(trx, systemId)
    if (!system) throw notFound('The system')
    const existing = await repo.findConnection(trx, systemId)
    const address = body.address === undefined ? (existing?.address ?? null) : body.address
    if (!address && !system.contact_email)
      throw invalid('address', "the system's processor has no contact e-mail; give an address", 'required')
    const now = this.deps.clock.now().toISOString()
    const language =
      body.language ??
      (existing?.language as Language | undefined) ??
      COUNTRY_LANGUAGE[system.country ?? ''] ??
      'en'
    await repo.upsertConnection(trx, {
      system_id: systemId,
      address,
      language,
      reminder_days: body.reminderDays ?? existing?.reminder_days ?? DEFAULT_REMINDER_DAYS,
      created_at: existing?.created_at ?? now,
      updated_at: now,
    })
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: existing ? 'connector.email.update' : 'connector.email.create',
      target: { type: 'system', id: systemId },
      details: { language, ownAddress: address !== null },
      requestId: who.requestId,
    })
    const view = await this.get(trx, systemId)
    if (!view) throw notFound('The e-mail connection')
    return { view, created: !existing }
  }

  async remove(trx: Executor, systemId: string, who: Who): Promise<void> {
    if (!(await repo.deleteConnection(trx, systemId))) throw notFound('The e-mail connection')
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: 'connector.email.delete',
      target: { type: 'system', id: systemId },
      requestId: who.requestId,
    })
  }

  /** Queues a test mail to the processor; `mail.kick()` after commit sends it. */
  async test(trx: Executor, systemId: string, who: Who): Promise<string> {
    const target = await this.#target(trx, systemId)
    if (!target) throw notFound('The e-mail connection')
    const org = await this.#org(trx)
    const content = processorTestMail(target.language, { org, system: target.systemName })
    const mailId = await this.deps.mail.enqueue(trx, {
      template: 'connector-test',
      language: target.language,
      message: { to: target.address, ...content },
    })
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: 'connector.email.test',
      target: { type: 'system', id: systemId },
      details: { mail: mailId },
      requestId: who.requestId,
    })
    return mailId
  }

  /** The processor's address and language for a system, or null when it has no usable connection. */
  async #target(
    db: Executor,
    systemId: string,
  ): Promise<{ address: string; language: Language; systemName: string; reminderDays: number } | null> {
    const row = await repo.findConnection(db, systemId)
    const system = await repo.systemWithProcessor(db, systemId)
    const address = row?.address ?? system?.contact_email ?? null
    if (!row || !system || !address) return null
    return {
      address,
      language: row.language as Language,
      systemName: system.name,
      reminderDays: row.reminder_days,
    }
  }

  /** Whether a system has a usable e-mail connection, and the language it is written in. */
  async languageOf(db: Executor, systemId: string): Promise<Language | null> {
    return (await this.#target(db, systemId))?.language ?? null
  }

  /** Mails the hand-over of a request's task to the processor, with its reply link. */
  async send(
    trx: Executor,
    input: { systemId: string; handOver: HandOver; token: string; firstSentOn?: string },
  ): Promise<string | null> {
    const target = await this.#target(trx, input.systemId)
    if (!target) return null
    const org = await this.#org(trx)
    const content = processorRequestMail(target.language, {
      org,
      system: target.systemName,
      kind: input.handOver.kind,
      reference: reference(input.handOver.requestId),
      identifiers: input.handOver.identifiers,
      dueOn: input.handOver.dueOn,
      replyUrl: new URL(`/connectors/reply/${input.token}`, this.deps.publicUrl).href,
      firstSentOn: input.firstSentOn,
    })
    return this.deps.mail.enqueue(trx, {
      template: input.firstSentOn ? 'connector-reminder' : 'connector-request',
      language: target.language,
      message: { to: target.address, ...content },
      keyOwner: input.handOver.requestId,
    })
  }

  /**
   * Reminds processors who have not answered within their connection's number of days, once per
   * period; each reminder carries a new link (the stored token is a hash, so the old one cannot be
   * sent again) and the old link stops working.
   */
  async remind(limit = 200): Promise<number> {
    const db = this.deps.database.db
    const now = this.deps.clock.now()
    let sent = 0
    for (const row of await links.waitingEmailLinks(
      db,
      new Date(now.getTime() - DAY_MS).toISOString(),
      limit,
    )) {
      const systemId = row.system_id
      if (!systemId) continue
      const target = await this.#target(db, systemId)
      if (!target) continue
      const lastSent = new Date(row.last_sent_at).getTime()
      if (now.getTime() - lastSent < target.reminderDays * DAY_MS) continue
      if (new Date(row.expires_at).getTime() <= now.getTime()) continue
      const mailed = await db.transaction().execute(async (trx) => {
        const link = await this.deps.links.open(trx, row)
        if (!link) return false
        const token = await this.deps.links.renew(trx, row.id)
        const mailId = await this.send(trx, {
          systemId,
          handOver: link.handOver,
          token,
          firstSentOn: new Date(row.created_at).toISOString().slice(0, 10),
        })
        await this.deps.audit.append(trx, {
          actor: { type: 'system', id: 'connector' },
          action: 'connector.email.remind',
          target: { type: 'request', id: row.request_id },
          details: { task: row.task_id, system: row.system_id, mail: mailId },
        })
        return mailId !== null
      })
      if (mailed) sent++
    }
    return sent
  }

  async #org(db: Executor): Promise<string> {
    return (await this.deps.organisation.get(db)).legalName ?? this.deps.publicUrl.hostname
  }
}

/** The short reference staff and the person quote (as the requests workflow writes it). */
function reference(id: string): string {
  return id.replace(/-/g, '').slice(-8).toUpperCase()
}

function toView(row: repo.EmailRow, recipient: string | null): EmailConnectionView {
  return {
    systemId: row.system_id,
    address: row.address,
    recipient,
    language: row.language as Language,
    reminderDays: row.reminder_days,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}
