import type { Kysely, Updateable } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { AuditDetails, AuditLog } from '../../audit/audit.service.js'
import type { Actor } from '../../auth/principal.js'
import type { Clock } from '../../clock.js'
import type { Executor } from '../../db/database.js'
import type { DB } from '../../db/schema.js'
import { invalid, notFound, VernError } from '../../errors.js'
import { isLanguage, type Language } from '../../i18n/languages.js'
import type { MailService } from '../../mail/mail.service.js'
import { breachReminderMail } from '../../mail/templates/incident-mail.js'
import { COUNTRY_TIME_ZONES } from '../../organisation/countries.js'
import type { OrganisationService } from '../../organisation/organisation.service.js'
import type { BreachesTable } from '../incidents.table.js'
import { clockState, NOTIFY_WITHIN_HOURS, reminderDue } from './breach.clock.js'
import * as repo from './breach.repository.js'
import type {
  Breach,
  BreachPatch,
  BreachStatus,
  BreachSummary,
  NewBreach,
  NewNotification,
  NotificationView,
  Phase,
  Risk,
} from './breach.schema.js'

export interface Who {
  actor: Actor
  requestId?: string | undefined
}

export interface BreachDeps {
  audit: AuditLog
  clock: Clock
  mail: MailService
  organisation: OrganisationService
  publicUrl: URL
}

/** A short, stable reference for people and mails: the last 8 hex digits of the id. */
export function breachReference(id: string): string {
  return `BR-${id.replace(/-/g, '').slice(-8).toUpperCase()}`
}

/** A local date and time in a time zone, for mails ("2026-11-23 14:05 Europe/Copenhagen"). */
export function localTime(at: Date, timeZone: string): string {
  const f = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
  return `${f.format(at)} (${timeZone})`
}

/**
 * The breach register (Art. 33(5)): every breach is kept with its assessment and status history, on
 * the 72-hour clock from awareness; notifications to the authority are recorded phase by phase.
 */
export class BreachService {
  constructor(readonly deps: BreachDeps) {}

  async list(db: Executor): Promise<BreachSummary[]> {
    const rows = await repo.listBreaches(db)
    const notified = await repo.notifiedIds(
      db,
      rows.map((r) => r.id),
    )
    return rows.map((r) => this.#summary(r, notified.has(r.id)))
  }

  async get(db: Executor, id: string): Promise<Breach> {
    const row = await repo.findBreach(db, id)
    if (!row) throw notFound('The breach')
    const notifications = (await repo.notificationsOf(db, id)).map(toNotification)
    const events = (await repo.eventsOf(db, id)).map((e) => ({
      at: e.at,
      type: e.type,
      actor: { type: e.actor_type, id: e.actor_id },
      details: JSON.parse(e.details) as Record<string, unknown>,
    }))
    return { ...this.#summary(row, notifications.length > 0), notifications, events }
  }

  async create(trx: Executor, input: NewBreach, who: Who, reportId: string | null = null): Promise<Breach> {
    const id = uuidv7()
    const now = this.deps.clock.now().toISOString()
    const set = await this.#check(trx, input)
    const awareAt = set.aware_at ?? now
    if (awareAt > now) throw invalid('awareAt', 'awareAt cannot be in the future', 'range')
    await repo.insertBreach(trx, {
      id,
      title: input.title.trim(),
      aware_at: awareAt,
      started_at: null,
      ended_at: null,
      description: input.description.trim(),
      system_ids: '[]',
      data_categories: '[]',
      people_count: null,
      records_count: null,
      consequences: '',
      measures_taken: '',
      measures_proposed: '',
      advice: '',
      risk: 'unassessed',
      risk_reasoning: '',
      status: 'open',
      late_reason: null,
      public_notice: null,
      public_notice_at: null,
      ...set,
      report_id: reportId,
      created_by_type: who.actor.type,
      created_by: who.actor.id ?? null,
      created_at: now,
      updated_at: now,
    })
    await this.#event(trx, id, 'created', who, { risk: set.risk ?? 'unassessed', reportId })
    await this.#audit(trx, who, 'breach.create', id, { fields: Object.keys(input), reportId })
    return this.get(trx, id)
  }

  async update(trx: Executor, id: string, patch: BreachPatch, who: Who): Promise<Breach> {
    const before = await repo.findBreach(trx, id)
    if (!before) throw notFound('The breach')
    const set = await this.#check(trx, patch)
    const now = this.deps.clock.now().toISOString()
    if (set.aware_at && set.aware_at > now)
      throw invalid('awareAt', 'awareAt cannot be in the future', 'range')
    const started = set.started_at !== undefined ? set.started_at : before.started_at
    const ended = set.ended_at !== undefined ? set.ended_at : before.ended_at
    if (started && ended && ended < started) throw invalid('endedAt', 'endedAt is before startedAt', 'range')
    if (patch.status !== undefined) set.status = patch.status
    if (patch.lateReason !== undefined) set.late_reason = patch.lateReason.trim() || null
    if (patch.publicNotice !== undefined) {
      const notice = patch.publicNotice?.trim() || null
      set.public_notice = notice
      set.public_notice_at = notice ? now : null
    }
    await repo.updateBreach(trx, id, { ...set, updated_at: now })
    if (set.status && set.status !== before.status)
      await this.#event(trx, id, 'status', who, { from: before.status, to: set.status })
    if (set.risk && set.risk !== before.risk)
      await this.#event(trx, id, 'assessed', who, { from: before.risk, to: set.risk })
    if (patch.publicNotice !== undefined)
      await this.#event(trx, id, set.public_notice ? 'public_notice' : 'public_notice_removed', who, {})
    const changed = Object.keys(patch).filter((k) => !['status', 'risk'].includes(k))
    if (changed.length > 0) await this.#event(trx, id, 'updated', who, { fields: changed })
    await this.#audit(trx, who, 'breach.update', id, { fields: Object.keys(patch) })
    return this.get(trx, id)
  }

  /**
   * Records a notification filed with the authority: the initial one, a follow-up or the final one
   * (Art. 33(4)). One filed after the 72 hours needs the reasons for the delay, given here or before.
   */
  async addNotification(trx: Executor, id: string, input: NewNotification, who: Who): Promise<Breach> {
    const row = await repo.findBreach(trx, id)
    if (!row) throw notFound('The breach')
    const org = await this.deps.organisation.get(trx)
    if (!org.country)
      throw invalid('country', 'Set the organisation’s country first: it decides the authority', 'required')
    const filedAt = new Date(input.filedAt)
    if (filedAt.getTime() > this.deps.clock.now().getTime() + 5 * 60_000)
      throw invalid('filedAt', 'filedAt cannot be in the future', 'range')
    if (filedAt.getTime() < new Date(row.aware_at).getTime())
      throw invalid('filedAt', 'filedAt is before the business became aware of the breach', 'range')
    const earlier = await repo.notificationsOf(trx, id)
    const phase: Phase = input.phase
    if (phase !== 'initial' && earlier.length === 0)
      throw invalid('phase', 'The first notification of a breach is its initial one', 'one_of')
    if (phase === 'initial' && earlier.some((n) => n.phase === 'initial'))
      throw new VernError(
        'conflict',
        'The initial notification is already recorded; add a follow-up',
        'phase',
      )
    const late = phase === 'initial' && clockState(new Date(row.aware_at), filedAt).overdue
    const lateReason = input.lateReason?.trim() || row.late_reason
    if (late && !lateReason)
      throw new VernError(
        'late_reason_required',
        `The notification was filed more than ${NOTIFY_WITHIN_HOURS} hours after awareness; give the reasons for the delay`,
        'lateReason',
      )
    const now = this.deps.clock.now().toISOString()
    const nid = uuidv7()
    await repo.insertNotification(trx, {
      id: nid,
      breach_id: id,
      phase,
      country: org.country,
      filed_at: filedAt.toISOString(),
      reference: input.reference?.trim() || null,
      summary: input.summary?.trim() ?? '',
      late: late ? 1 : 0,
      created_by_type: who.actor.type,
      created_by: who.actor.id ?? null,
      created_at: now,
    })
    if (input.lateReason?.trim())
      await repo.updateBreach(trx, id, { late_reason: input.lateReason.trim(), updated_at: now })
    await this.#event(trx, id, 'notified', who, { notification: nid, phase, late, country: org.country })
    await this.#audit(trx, who, 'breach.notify', id, { notification: nid, phase, late })
    return this.get(trx, id)
  }

  /**
   * Sends the reminders due at 24, 12 and 2 hours left to the owners and the DPO, through the outbox.
   * Each threshold is claimed by its row in `breach_reminders` in the same transaction as its mails,
   * so a second run, or a second instance, sends nothing twice.
   */
  async remind(db: Kysely<DB>): Promise<number> {
    const now = this.deps.clock.now()
    const since = new Date(now.getTime() - NOTIFY_WITHIN_HOURS * 3_600_000).toISOString()
    let sent = 0
    for (const row of await repo.runningClocks(db, since)) {
      const due = reminderDue(new Date(row.aware_at), now, await repo.remindersSent(db, row.id))
      if (!due) continue
      sent += await db.transaction().execute(async (trx) => {
        const org = await this.deps.organisation.get(trx)
        const recipients = new Map<string, Language>()
        for (const u of await repo.reminderStaff(trx))
          recipients.set(
            u.email.toLowerCase(),
            u.locale && isLanguage(u.locale) ? u.locale : org.defaultLanguage,
          )
        if (org.dpo?.email && !recipients.has(org.dpo.email.toLowerCase()))
          recipients.set(org.dpo.email.toLowerCase(), org.defaultLanguage)
        for (const passed of due.passed) await repo.claimReminder(trx, row.id, passed, now.toISOString(), 0)
        if (!(await repo.claimReminder(trx, row.id, due.send, now.toISOString(), recipients.size))) return 0
        const tz = org.country ? COUNTRY_TIME_ZONES[org.country] : 'UTC'
        const deadline = localTime(clockState(new Date(row.aware_at), now).deadline, tz)
        for (const [email, language] of recipients) {
          const content = breachReminderMail(language, {
            org: org.legalName ?? this.deps.publicUrl.hostname,
            title: row.title,
            reference: breachReference(row.id),
            hoursLeft: due.send,
            deadline,
            link: new URL(`/admin/breaches/${row.id}`, this.deps.publicUrl).href,
          })
          await this.deps.mail.enqueue(trx, {
            template: 'breach-reminder',
            language,
            message: { to: email, ...content },
          })
        }
        await this.#event(
          trx,
          row.id,
          'reminded',
          { actor: { type: 'system', id: 'breaches' } },
          {
            hoursLeft: due.send,
            recipients: recipients.size,
          },
        )
        await this.#audit(trx, { actor: { type: 'system', id: 'breaches' } }, 'breach.remind', row.id, {
          hoursLeft: due.send,
          recipients: recipients.size,
        })
        return recipients.size
      })
    }
    return sent
  }

  /** Records an event in the breach's history (used by the notice sending too). */
  async event(trx: Executor, id: string, type: string, who: Who, details: AuditDetails): Promise<void> {
    await this.#event(trx, id, type, who, details)
  }

  #summary(row: repo.BreachRow, notified: boolean): BreachSummary {
    const state = clockState(new Date(row.aware_at), this.deps.clock.now())
    const risk = row.risk as Risk
    const required = risk !== 'none'
    return {
      id: row.id,
      reference: breachReference(row.id),
      title: row.title,
      awareAt: row.aware_at,
      startedAt: row.started_at,
      endedAt: row.ended_at,
      description: row.description,
      systemIds: JSON.parse(row.system_ids) as string[],
      dataCategories: JSON.parse(row.data_categories) as string[],
      peopleCount: row.people_count,
      recordsCount: row.records_count,
      consequences: row.consequences,
      measuresTaken: row.measures_taken,
      measuresProposed: row.measures_proposed,
      advice: row.advice,
      risk,
      riskReasoning: row.risk_reasoning,
      status: row.status as BreachStatus,
      lateReason: row.late_reason,
      publicNotice: row.public_notice,
      publicNoticeAt: row.public_notice_at,
      reportId: row.report_id,
      clock: {
        notifyBy: state.deadline.toISOString(),
        msLeft: Math.round(state.msLeft),
        overdue: state.overdue,
        notified,
        required,
        // Only while the authority has still not been told: a breach notified in time needs no reasons
        // once its 72 hours have passed.
        lateReasonNeeded: required && state.overdue && !notified && !row.late_reason,
      },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }
  }

  async #check(trx: Executor, input: BreachPatch): Promise<Updateable<BreachesTable>> {
    const set: Updateable<BreachesTable> = {}
    const blank = (field: string, value: string) => {
      if (value.trim() === '') throw invalid(field, `${field} must not be blank`, 'required')
      return value.trim()
    }
    if (input.title !== undefined) set.title = blank('title', input.title)
    if (input.description !== undefined) set.description = blank('description', input.description)
    if (input.awareAt !== undefined) set.aware_at = new Date(input.awareAt).toISOString()
    if (input.startedAt !== undefined)
      set.started_at = input.startedAt ? new Date(input.startedAt).toISOString() : null
    if (input.endedAt !== undefined)
      set.ended_at = input.endedAt ? new Date(input.endedAt).toISOString() : null
    if (input.peopleCount !== undefined) set.people_count = input.peopleCount
    if (input.recordsCount !== undefined) set.records_count = input.recordsCount
    if (input.consequences !== undefined) set.consequences = input.consequences.trim()
    if (input.measuresTaken !== undefined) set.measures_taken = input.measuresTaken.trim()
    if (input.measuresProposed !== undefined) set.measures_proposed = input.measuresProposed.trim()
    if (input.advice !== undefined) set.advice = input.advice.trim()
    if (input.risk !== undefined) set.risk = input.risk
    if (input.riskReasoning !== undefined) set.risk_reasoning = input.riskReasoning.trim()
    if (input.systemIds !== undefined) {
      const known = await repo.existingSystems(trx, input.systemIds)
      input.systemIds.forEach((sid, i) => {
        if (!known.has(sid))
          throw invalid(`systemIds.${i}`, 'systemIds must name systems of the data map', 'one_of')
      })
      set.system_ids = JSON.stringify(input.systemIds)
    }
    if (input.dataCategories !== undefined) {
      const known = await existingCategories(trx, input.dataCategories)
      input.dataCategories.forEach((key, i) => {
        if (!known.has(key))
          throw invalid(
            `dataCategories.${i}`,
            'dataCategories must name data categories of the taxonomy',
            'one_of',
          )
      })
      set.data_categories = JSON.stringify(input.dataCategories)
    }
    if (
      input.risk &&
      input.risk !== 'unassessed' &&
      input.riskReasoning !== undefined &&
      input.riskReasoning.trim() === ''
    )
      throw invalid('riskReasoning', 'An assessed risk needs its reasoning', 'required')
    return set
  }

  async #event(trx: Executor, id: string, type: string, who: Who, details: AuditDetails): Promise<void> {
    await repo.insertEvent(trx, {
      id: uuidv7(),
      breach_id: id,
      at: this.deps.clock.now().toISOString(),
      type,
      actor_type: who.actor.type,
      actor_id: who.actor.id ?? null,
      details: JSON.stringify(details),
    })
  }

  async #audit(trx: Executor, who: Who, action: string, id: string, details: AuditDetails): Promise<void> {
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action,
      target: { type: 'breach', id },
      details,
      requestId: who.requestId,
    })
  }
}

function toNotification(n: repo.NotificationRow): NotificationView {
  return {
    id: n.id,
    phase: n.phase as Phase,
    country: n.country,
    filedAt: n.filed_at,
    reference: n.reference,
    summary: n.summary,
    late: n.late === 1,
    createdAt: n.created_at,
  }
}

async function existingCategories(db: Executor, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set()
  const rows = await db
    .selectFrom('taxonomy_items')
    .select('key')
    .where('kind', '=', 'data_category')
    .where('key', 'in', [...keys])
    .execute()
  return new Set(rows.map((r) => r.key))
}
