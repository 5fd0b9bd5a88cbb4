import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../../audit/audit.service.js'
import type { Clock } from '../../clock.js'
import type { Vault } from '../../crypto/vault.js'
import { isWithin } from '../../datamap/activity.coverage.js'
import type { DataMap } from '../../datamap/services.js'
import type { Executor } from '../../db/database.js'
import { invalid, notFound } from '../../errors.js'
import { isLanguage, LANGUAGES, type Language } from '../../i18n/languages.js'
import type { MailService } from '../../mail/mail.service.js'
import type { MailContent } from '../../mail/render.js'
import { breachNoticeMail } from '../../mail/templates/incident-mail.js'
import type { OrganisationService } from '../../organisation/organisation.service.js'
import { categoriesOf } from '../../requests/request.tasks.js'
import { openProfile } from '../../subjects/subject.codec.js'
import { findSubject } from '../../subjects/subject.repository.js'
import * as repo from './breach.repository.js'
import type { Breach, RecipientSelection, RecipientView } from './breach.schema.js'
import { type BreachService, localTime, type Who } from './breach.service.js'

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/
const MAX_LIST = 10_000

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

  /** Adds the people a selection finds; those already chosen are skipped. Returns the number added. */
  async select(trx: Executor, breachId: string, selection: RecipientSelection, who: Who): Promise<number> {
    await this.deps.breaches.get(trx, breachId)
    const org = await this.deps.organisation.get(trx)
    const known = await repo.recipientHashes(trx, breachId)
    const now = this.deps.clock.now()
    const rows: Array<Parameters<typeof repo.insertRecipients>[1][number]> = []
    const add = async (email: string, language: Language, subjectId: string | null, source: string) => {
      const normal = email.trim().toLowerCase()
      const hash = this.deps.vault.blindIndex('email', normal)
      if (known.has(hash)) return
      known.add(hash)
      const id = uuidv7()
      const owner = subjectId ?? id
      const key = await this.deps.vault.keyFor(trx, owner, now)
      rows.push({
        id,
        breach_id: breachId,
        key_owner: owner,
        subject_id: subjectId,
        source,
        email: key.seal('breach-recipient', normal),
        email_hash: hash,
        language,
        mail_id: null,
        created_at: now.toISOString(),
        sent_at: null,
      })
    }
    if (selection.list !== undefined) {
      const lines = selection.list
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
      if (lines.length > MAX_LIST)
        throw invalid('list', `list may hold at most ${MAX_LIST} people`, 'too_many', { limit: MAX_LIST })
      for (const [i, line] of lines.entries()) {
        const [email = '', lang = ''] = line.split(/[,;\t]/).map((s) => s.trim().replace(/^"|"$/g, ''))
        if (i === 0 && !EMAIL.test(email) && /mail/i.test(email)) continue // a header row
        if (email.length > 254 || !EMAIL.test(email))
          throw invalid(`list.${i}`, `Line ${i + 1} of the list is not an e-mail address`, 'email')
        const language = lang === '' ? org.defaultLanguage : lang.toLowerCase()
        if (!isLanguage(language))
          throw invalid(
            `list.${i}`,
            `Line ${i + 1}: the language must be one of ${LANGUAGES.join(', ')}`,
            'one_of',
          )
        await add(email, language, null, 'list')
      }
    } else {
      if (
        !selection.systemIds?.length &&
        !selection.dataCategories?.length &&
        !selection.from &&
        !selection.to
      )
        throw invalid(
          'systemIds',
          'Choose by system, data category or time window, or send a list',
          'required',
        )
      await this.#fromRegister(trx, selection, org.defaultLanguage, add)
    }
    await repo.insertRecipients(trx, rows)
    await this.deps.breaches.event(trx, breachId, 'people_chosen', who, {
      added: rows.length,
      source: selection.list !== undefined ? 'list' : 'register',
    })
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: 'breach.recipients.add',
      target: { type: 'breach', id: breachId },
      details: { added: rows.length, source: selection.list !== undefined ? 'list' : 'register' },
      requestId: who.requestId,
    })
    return rows.length
  }

  async #fromRegister(
    trx: Executor,
    s: RecipientSelection,
    language: Language,
    add: (email: string, language: Language, subjectId: string, source: string) => Promise<void>,
  ): Promise<void> {
    const activities = await this.deps.dataMap.activities.list(trx)
    // The categories held in the chosen systems, by the activities run there.
    const systemCategories = s.systemIds?.length
      ? activities
          .filter((a) => a.systemIds.some((id) => s.systemIds?.includes(id)))
          .flatMap((a) => a.dataCategories)
      : null
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
      await add(profile.email, language, id, 'register')
    }
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
      advice: '',
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
