import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../../audit/audit.service.js'
import type { Clock } from '../../clock.js'
import type { Vault } from '../../crypto/vault.js'
import { isWithin } from '../../datamap/activity.coverage.js'
import type { DataMap } from '../../datamap/services.js'
import type { Executor } from '../../db/database.js'
import { invalid, notFound, VernError } from '../../errors.js'
import type { Upload } from '../../http/uploads.js'
import { isLanguage, type Language } from '../../i18n/languages.js'
import type { MailService } from '../../mail/mail.service.js'
import type { MailContent } from '../../mail/render.js'
import { breachNoticeMail } from '../../mail/templates/incident-mail.js'
import type { OrganisationService } from '../../organisation/organisation.service.js'
import { categoriesOf } from '../../requests/request.tasks.js'
import { openProfile } from '../../subjects/subject.codec.js'
import { findSubject, subjectsByHash } from '../../subjects/subject.repository.js'
import * as repo from './breach.repository.js'
import type { Breach, RecipientSelection, RecipientView } from './breach.schema.js'
import { type BreachService, localTime, type Who } from './breach.service.js'
import { type ListEntry, listFileText, parseList } from './recipient-list.js'

interface Candidate {
  email: string
  hash: string
  subjectId: string | null
  language: Language | null
}

export interface NoticeDeps {
  audit: AuditLog
  clock: Clock
  vault: Vault
  mail: MailService
  organisation: OrganisationService
  dataMap: DataMap
  breaches: BreachService
}

/** Data category names in a language, from the taxonomy's labels (the name when none is given). */
export async function categoryLabels(
  db: Executor,
  keys: readonly string[],
  language: Language,
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map()
  const rows = await db
    .selectFrom('taxonomy_items')
    .select(['key', 'name', 'labels'])
    .where('kind', '=', 'data_category')
    .where('key', 'in', [...keys])
    .execute()
  return new Map(
    rows.map((r) => {
      const labels = JSON.parse(r.labels) as Partial<Record<Language, string>>
      return [r.key, labels[language] ?? r.name]
    }),
  )
}

/**
 * Telling the people affected by a high-risk breach (Art. 34): choose them from the register (by
 * system, data category and time window) or from an uploaded list, preview the notice in each
 * person's language, send through the mail outbox and follow the delivery of each.
 */
export class BreachNoticeService {
  constructor(readonly deps: NoticeDeps) {}

  /**
   * Adds the people a selection finds: from the register (system, data category, time window) or a
   * pasted list. Those already chosen are skipped. Returns the number added.
   */
  async select(trx: Executor, breachId: string, selection: RecipientSelection, who: Who): Promise<number> {
    await this.deps.breaches.get(trx, breachId)
    if (selection.list !== undefined)
      return this.#add(
        trx,
        breachId,
        await this.#fromList(trx, parseList(selection.list, 'list')),
        who,
        'list',
      )
    if (!selection.systemIds?.length && !selection.dataCategories?.length && !selection.from && !selection.to)
      throw invalid('systemIds', 'Choose by system, data category or time window, or send a list', 'required')
    return this.#add(trx, breachId, await this.#fromRegister(trx, selection), who, 'register')
  }

  /** Adds the people of an uploaded CSV or text file (checked for size and type first). */
  async selectFile(trx: Executor, breachId: string, file: Upload, who: Who): Promise<number> {
    await this.deps.breaches.get(trx, breachId)
    const entries = parseList(listFileText(file), 'file')
    return this.#add(trx, breachId, await this.#fromList(trx, entries), who, 'upload')
  }

  /**
   * The people of a list, matched against the register by their e-mail's keyed hash. Each gets the
   * language the list gives, else the one they chose themselves (a request, a permission), else none
   * (the organisation's default is applied when adding).
   */
  async #fromList(trx: Executor, entries: ListEntry[]): Promise<Candidate[]> {
    const hashes = entries.map((e) => this.deps.vault.blindIndex('email', e.email))
    const matched = await subjectsByHash(
      trx,
      hashes.map((hash) => ({ kind: 'email' as const, hash })),
    )
    const chosen = await repo.chosenLanguages(trx, [...new Set(matched.values())], hashes)
    return entries.map((e, i) => {
      const hash = hashes[i] as string
      const subjectId = matched.get(hash) ?? null
      const known = (subjectId && chosen.bySubject.get(subjectId)) || chosen.byHash.get(hash)
      return {
        email: e.email,
        hash,
        subjectId,
        language: e.language ?? (known && isLanguage(known) ? known : null),
      }
    })
  }

  async #add(
    trx: Executor,
    breachId: string,
    candidates: Candidate[],
    who: Who,
    source: 'list' | 'upload' | 'register',
  ): Promise<number> {
    const org = await this.deps.organisation.get(trx)
    const known = await repo.recipientHashes(trx, breachId)
    const now = this.deps.clock.now()
    const rows: Array<Parameters<typeof repo.insertRecipients>[1][number]> = []
    let matched = 0
    for (const c of candidates) {
      if (known.has(c.hash)) continue
      known.add(c.hash)
      const id = uuidv7()
      const owner = c.subjectId ?? id
      const key = await this.deps.vault.keyFor(trx, owner, now)
      if (c.subjectId) matched++
      rows.push({
        id,
        breach_id: breachId,
        key_owner: owner,
        subject_id: c.subjectId,
        source,
        email: key.seal('breach-recipient', c.email),
        email_hash: c.hash,
        language: c.language ?? org.defaultLanguage,
        mail_id: null,
        created_at: now.toISOString(),
        sent_at: null,
      })
    }
    await repo.insertRecipients(trx, rows)
    await this.deps.breaches.event(trx, breachId, 'people_chosen', who, {
      added: rows.length,
      source,
      matched,
    })
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: 'breach.recipients.add',
      target: { type: 'breach', id: breachId },
      details: { added: rows.length, source, matched },
      requestId: who.requestId,
    })
    return rows.length
  }

  /** The people in the register the selection finds, in the language they chose, if any. */
  async #fromRegister(trx: Executor, s: RecipientSelection): Promise<Candidate[]> {
    const activities = await this.deps.dataMap.activities.list(trx)
    // The categories held in the chosen systems, by the activities run there.
    const systemCategories = s.systemIds?.length
      ? activities
          .filter((a) => a.systemIds.some((id) => s.systemIds?.includes(id)))
          .flatMap((a) => a.dataCategories)
      : null
    const found: Array<{ id: string; email: string }> = []
    for (const { id } of await repo.registerPeople(trx, { from: s.from, to: s.to })) {
      const held = await categoriesOf(trx, this.deps.vault, id)
      if (!held) continue
      const touches = (listed: readonly string[]) =>
        held.some((h) => listed.some((l) => isWithin(h, l) || isWithin(l, h)))
      if (systemCategories && !touches(systemCategories)) continue
      if (s.dataCategories?.length && !touches(s.dataCategories)) continue
      const row = await findSubject(trx, id)
      const profile = row ? openProfile(await this.deps.vault.findKey(trx, id), row) : null
      if (!profile?.email) continue
      found.push({ id, email: profile.email.trim().toLowerCase() })
    }
    const chosen = await repo.chosenLanguages(
      trx,
      found.map((f) => f.id),
      [],
    )
    return found.map((f) => {
      const language = chosen.bySubject.get(f.id)
      return {
        email: f.email,
        hash: this.deps.vault.blindIndex('email', f.email),
        subjectId: f.id,
        language: language && isLanguage(language) ? language : null,
      }
    })
  }

  /**
   * Changes the language a chosen person's notice is sent in (staff know better, or the person asked);
   * refused once the notice has gone. Audited, without the person's data.
   */
  async setLanguage(
    trx: Executor,
    breachId: string,
    recipientId: string,
    language: Language,
    who: Who,
  ): Promise<void> {
    const row = await repo.findRecipient(trx, breachId, recipientId)
    if (!row) throw notFound('The recipient')
    if (row.mail_id)
      throw new VernError('conflict', 'The notice has already been sent to this person', 'language')
    if (row.language === language) return
    await repo.setRecipientLanguage(trx, recipientId, language)
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: 'breach.recipients.language',
      target: { type: 'breach', id: breachId },
      details: { recipient: recipientId, from: row.language, to: language },
      requestId: who.requestId,
    })
  }

  /** The people chosen, with the delivery of their notice; reading their e-mails is audited. */
  async list(trx: Executor, breachId: string, who: Who): Promise<RecipientView[]> {
    if (!(await repo.findBreach(trx, breachId))) throw notFound('The breach')
    const rows = await repo.recipientsOf(trx, breachId)
    const keys = await this.deps.vault.findKeys(trx, [...new Set(rows.map((r) => r.key_owner))])
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: 'breach.recipients.read',
      target: { type: 'breach', id: breachId },
      details: { count: rows.length },
      requestId: who.requestId,
    })
    return rows.map((r) => {
      const key = keys.get(r.key_owner)
      return {
        id: r.id,
        email: key ? key.open('breach-recipient', r.email) : '(erased)',
        language: r.language as Language,
        source: r.source,
        subjectId: r.subject_id,
        status: r.mail_id ? (r.status ?? 'failed') : 'not_sent',
        sentAt: r.sent_at,
      }
    })
  }

  /** The notice a person reading `language` would get. */
  async preview(db: Executor, breach: Breach, language: Language): Promise<MailContent> {
    const org = await this.deps.organisation.get(db)
    const labels = await categoryLabels(db, breach.dataCategories, language)
    const tz = org.country
      ? { DK: 'Europe/Copenhagen', NO: 'Europe/Oslo', SE: 'Europe/Stockholm', FI: 'Europe/Helsinki' }[
          org.country
        ]
      : 'UTC'
    return breachNoticeMail(language, {
      org: org.legalName ?? 'Vern',
      what: breach.description,
      when: localTime(new Date(breach.awareAt), tz).slice(0, 10),
      categories: breach.dataCategories.map((c) => labels.get(c) ?? c).join(', ') || '-',
      consequences: breach.consequences || '-',
      measures: [breach.measuresTaken, breach.measuresProposed].filter(Boolean).join(' ') || '-',
      advice: breach.advice,
      contact: org.dpo?.email ?? org.contactEmail ?? '',
      authority: org.supervisoryAuthority
        ? language === 'en'
          ? org.supervisoryAuthority.englishName
          : org.supervisoryAuthority.name
        : '-',
    })
  }

  /** Queues the notice for everyone chosen and not yet sent; returns how many were queued. */
  async send(trx: Executor, breachId: string, who: Who): Promise<number> {
    const breach = await this.deps.breaches.get(trx, breachId)
    const rows = (await repo.recipientsOf(trx, breachId)).filter((r) => !r.mail_id)
    const keys = await this.deps.vault.findKeys(trx, [...new Set(rows.map((r) => r.key_owner))])
    const previews = new Map<string, MailContent>()
    const at = this.deps.clock.now().toISOString()
    let queued = 0
    for (const r of rows) {
      const key = keys.get(r.key_owner)
      if (!key) continue
      const language = r.language as Language
      let content = previews.get(language)
      if (!content) {
        content = await this.preview(trx, breach, language)
        previews.set(language, content)
      }
      const mailId = await this.deps.mail.enqueue(trx, {
        template: 'breach-notice',
        language,
        keyOwner: r.key_owner,
        message: { to: key.open('breach-recipient', r.email), ...content },
      })
      await repo.markRecipientSent(trx, r.id, mailId, at)
      queued++
    }
    await this.deps.breaches.event(trx, breachId, 'people_told', who, { queued })
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: 'breach.recipients.send',
      target: { type: 'breach', id: breachId },
      details: { queued },
      requestId: who.requestId,
    })
    return queued
  }
}
