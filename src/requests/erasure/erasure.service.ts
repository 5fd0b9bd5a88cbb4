import type { Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { AuditDetails } from '../../audit/audit.service.js'
import type { Actor } from '../../auth/principal.js'
import type { Executor } from '../../db/database.js'
import type { DB } from '../../db/schema.js'
import { conflict, notFound } from '../../errors.js'
import type { AppContext } from '../../http/context.js'
import type { ProfileField } from '../../subjects/subject.access.js'
import { openProfile, sealProfile } from '../../subjects/subject.codec.js'
import type { LookupHash } from '../../subjects/subject.lookups.js'
import * as subjects from '../../subjects/subject.repository.js'
import { subscriptionServices } from '../../subscriptions/index.js'
import type { SubscriptionService } from '../../subscriptions/subscription.service.js'
import { BOOKKEEPING_RULES, bookkeepingRule, VOUCHER_KINDS, voucherKeptUntil } from './bookkeeping.js'
import { type ErasurePlan, holds, keepOnly, keptFields } from './erasure.plan.js'
import * as repo from './erasure.repository.js'
import type { ErasureReport } from './erasure.schema.js'
import { ErasureListFile } from './erasure-list.file.js'
import { addToList, subjectHashes } from './erasure-list.js'

/** Interactions deleted per transaction: small steps keep locks short and make progress durable. */
export const INTERACTION_BATCH = 25

/** Runs inside the transaction that finishes an erasure, e.g. to complete its request at the same time. */
export type ErasureListener = (trx: Transaction<DB>, report: ErasureReport) => Promise<void>

type Step = 'plan' | 'marketing' | 'interactions' | 'reseal' | 'shred' | 'finish' | 'done'

/** Erasures being driven in this process, so a job and a request never run the same one twice at once. */
const inFlight = new WeakMap<object, Map<string, Promise<ErasureReport>>>()
/** Contexts whose erasure list was put back from the data folder. */
const reapplied = new WeakSet<object>()
/**
 * Work added to the finishing transaction, per context: whichever runner finishes an erasure (a
 * request, the start-up resume or the scheduler's job) runs every listener registered for it.
 */
const listeners = new WeakMap<object, ErasureListener[]>()

/**
 * Erasure (Art. 17, P12) as durable steps, each in its own transaction and safe to run again:
 * plan (what is deleted and kept, identifiers onto the erasure list, the person restricted meanwhile),
 * marketing (permissions withdrawn, suppressed and deleted; mails to the person deleted),
 * interactions (in batches), then either reseal (only what the bookkeeping acts keep, restricted
 * until its date) or shred (the data key destroyed), and finish (the report, once everything is done).
 */
export class ErasureRunner {
  readonly #subscriptions: SubscriptionService
  readonly #file: ErasureListFile

  constructor(private readonly ctx: AppContext) {
    this.#subscriptions = subscriptionServices(ctx).subscriptions
    this.#file = new ErasureListFile(ctx.config.dataDir)
  }

  /** Adds work to the transaction that marks an erasure finished, by any runner over this context. */
  onFinished(listener: ErasureListener): void {
    listeners.set(this.ctx, [...(listeners.get(this.ctx) ?? []), listener])
  }

  /** Records an erasure for the request (once; a second call finds the first). Nothing is deleted yet. */
  async start(
    input: { requestId: string; subjectId: string; actor: Actor },
    within?: Transaction<DB>,
  ): Promise<string> {
    if (within) return this.#start(within, input)
    return this.ctx.db.transaction().execute((trx) => this.#start(trx, input))
  }

  async #start(
    trx: Transaction<DB>,
    input: { requestId: string; subjectId: string; actor: Actor },
  ): Promise<string> {
    const existing = await repo.findByRequest(trx, input.requestId)
    if (existing) {
      if (existing.subject_id !== input.subjectId)
        throw conflict('This request already erases another person')
      return existing.id
    }
    if (!(await subjects.findSubject(trx, input.subjectId))) throw notFound('The person')
    if (await repo.runningFor(trx, input.subjectId))
      throw conflict('This person is already being erased for another request')
    const id = uuidv7()
    const at = this.ctx.clock.now().toISOString()
    await repo.insertErasure(trx, {
      id,
      request_id: input.requestId,
      subject_id: input.subjectId,
      status: 'running',
      step: 'plan',
      steps_done: 0,
      plan: null,
      report: null,
      actor_type: input.actor.type,
      actor_id: input.actor.id ?? null,
      created_at: at,
      updated_at: at,
      finished_at: null,
    })
    await this.#audit(trx, input.actor, input.subjectId, 'erasure.start', {
      erasure: id,
      request: input.requestId,
    })
    return id
  }

  /** Runs the erasure's remaining steps to the end and answers its report. */
  run(id: string): Promise<ErasureReport> {
    const running = inFlight.get(this.ctx) ?? new Map<string, Promise<ErasureReport>>()
    inFlight.set(this.ctx, running)
    const existing = running.get(id)
    if (existing) return existing
    const work = this.#drive(id).finally(() => running.delete(id))
    running.set(id, work)
    return work
  }

  /**
   * Finishes every erasure cut off by a crash or a shutdown; answers how many it finished. One that
   * fails is logged (by id) and left for the next pass, so it does not hold up the others.
   */
  async resumePending(): Promise<number> {
    await this.#reapplyList()
    let finished = 0
    for (const id of await repo.unfinished(this.ctx.db, 1000)) {
      try {
        await this.run(id)
        finished++
      } catch (error) {
        this.ctx.log.error({ err: error, erasure: id }, 'erasure step failed; retried on the next pass')
      }
    }
    return finished
  }

  /**
   * Puts the erasure list kept in the data folder back into the database, and erases again anyone it
   * names who has a data key once more, as after restoring a backup taken before their erasure. People
   * kept by a retention rule have a key on purpose and are left alone.
   */
  async #reapplyList(): Promise<void> {
    // Once per process: a backup is restored with Vern stopped, and the file only grows.
    if (reapplied.has(this.ctx)) return
    const entries = this.#file.read()
    if (entries.length === 0) return
    const at = this.ctx.clock.now().toISOString()
    await this.ctx.db.transaction().execute(async (trx) => {
      for (const e of entries)
        await addToList(
          trx,
          e.hashes.map(([kind, hash]) => ({ kind: kind as LookupHash['kind'], hash })),
          e.erasure,
          at,
        )
    })
    const back = await repo.restoredSubjects(this.ctx.db, [...new Set(entries.map((e) => e.subject))])
    for (const subjectId of back) {
      const requestId = `restored:${uuidv7()}`
      await this.start({ requestId, subjectId, actor: { type: 'system', id: 'erasure-list' } })
      this.ctx.log.warn({ subject: subjectId }, 'an erased person was back (restored backup?); erasing again')
    }
    reapplied.add(this.ctx)
  }

  /** The stored report of a finished erasure; null while it runs or when there is none. */
  async report(db: Executor, requestId: string): Promise<ErasureReport | null> {
    const row = await repo.findByRequest(db, requestId)
    return row?.report ? (JSON.parse(row.report) as ErasureReport) : null
  }

  async #drive(id: string): Promise<ErasureReport> {
    for (;;) {
      const report = await this.ctx.db.transaction().execute((trx) => this.#step(trx, id))
      if (report) return report
    }
  }

  /** One step in the caller's transaction; answers the report once the erasure is finished. */
  async #step(trx: Transaction<DB>, id: string): Promise<ErasureReport | null> {
    const row = await repo.lockErasure(trx, id)
    if (!row) throw notFound('The erasure')
    if (row.status === 'finished') return JSON.parse(row.report ?? 'null') as ErasureReport
    const actor = { type: row.actor_type, id: row.actor_id ?? undefined } as Actor
    const plan = row.plan ? (JSON.parse(row.plan) as ErasurePlan) : await this.#plan(trx, row)
    const at = this.ctx.clock.now().toISOString()
    let next: Step
    let details: AuditDetails = {}
    switch (row.step as Step) {
      case 'plan':
        next = 'marketing'
        details = {
          fields: plan.fields,
          kept: plan.keptFields,
          interactions: Object.values(plan.interactions).reduce((a, b) => a + b, 0),
          keepUntil: plan.keepUntil,
        }
        break
      case 'marketing': {
        await this.#subscriptions.withdrawAll(trx, row.subject_id, 'erasure', actor)
        plan.marketingPermissions = await repo.deleteSubscriptions(trx, row.subject_id)
        plan.messages = await repo.deleteMails(trx, row.subject_id)
        details = { marketingPermissions: plan.marketingPermissions, messages: plan.messages }
        next = 'interactions'
        break
      }
      case 'interactions': {
        const deleted = await repo.deleteUnretainedInteractions(trx, row.subject_id, INTERACTION_BATCH)
        for (const [kind, n] of Object.entries(deleted))
          plan.deletedInteractions[kind] = (plan.deletedInteractions[kind] ?? 0) + n
        const count = Object.values(deleted).reduce((a, b) => a + b, 0)
        details = { interactions: count }
        next = count < INTERACTION_BATCH ? (plan.keepUntil ? 'reseal' : 'shred') : 'interactions'
        break
      }
      case 'reseal':
        await this.#reseal(trx, row.subject_id, plan, row.request_id, at)
        details = { kept: plan.keptFields, keepUntil: plan.keepUntil }
        next = 'finish'
        break
      case 'shred': {
        const destroyed = await this.ctx.vault.destroyKey(trx, row.subject_id)
        await repo.deleteLookups(trx, row.subject_id)
        await repo.deleteRestriction(trx, row.subject_id)
        await subjects.updateSubject(trx, row.subject_id, {
          profile: Buffer.alloc(0),
          company_id: null,
          first_contact_at: null,
          last_contact_at: null,
          relationship_ended_at: null,
          restricted: 0,
          updated_at: at,
        })
        details = { keyDestroyed: destroyed }
        next = 'finish'
        break
      }
      case 'finish': {
        const report = toReport(row.request_id, row.subject_id, plan, at)
        await repo.updateErasure(trx, id, {
          status: 'finished',
          step: 'done',
          steps_done: row.steps_done + 1,
          plan: JSON.stringify(plan),
          report: JSON.stringify(report),
          updated_at: at,
          finished_at: at,
        })
        await this.#audit(trx, actor, row.subject_id, 'erasure.finish', {
          erasure: id,
          request: row.request_id,
          keyDestroyed: report.keyDestroyed,
          kept: report.kept?.fields ?? [],
          keepUntil: report.kept?.until ?? null,
        })
        for (const listener of listeners.get(this.ctx) ?? []) await listener(trx, report)
        return report
      }
      default:
        throw new Error(`unknown erasure step ${row.step}`)
    }
    await repo.updateErasure(trx, id, {
      step: next,
      steps_done: row.steps_done + 1,
      plan: JSON.stringify(plan),
      updated_at: at,
    })
    await this.#audit(trx, actor, row.subject_id, 'erasure.step', {
      erasure: id,
      request: row.request_id,
      step: row.step,
      ...details,
    })
    return null
  }

  /**
   * Decides what goes and what stays, puts the person's identifiers on the erasure list and restricts
   * the person while the erasure runs, so nothing else changes them meanwhile.
   */
  async #plan(trx: Transaction<DB>, row: repo.ErasureRow): Promise<ErasurePlan> {
    const subject = await subjects.lockSubject(trx, row.subject_id)
    if (!subject) throw notFound('The person')
    const key = await this.ctx.vault.findKey(trx, row.subject_id)
    const profile = openProfile(key, subject)
    const org = await this.ctx.organisation.get(trx)
    const rule = bookkeepingRule(org.country)
    const today = this.ctx.clock.now().toISOString().slice(0, 10)
    const interactions = await repo.countInteractions(trx, row.subject_id)
    // Vouchers whose bookkeeping period has not ended stay; the rest go now.
    const vouchers = (await repo.interactionDates(trx, row.subject_id, VOUCHER_KINDS))
      .map((v) => ({ ...v, until: voucherKeptUntil(v.occurred_at, rule, org.financialYearEnd) }))
      .filter((v) => v.until >= today)
    const kept = VOUCHER_KINDS.map((kind) => {
      const of = vouchers.filter((v) => v.kind === kind)
      return {
        kind,
        count: of.length,
        until:
          of
            .map((v) => v.until)
            .sort()
            .at(-1) ?? '',
      }
    }).filter((k) => k.count > 0)
    const keepUntil =
      kept
        .map((k) => k.until)
        .sort()
        .at(-1) ?? null
    const plan: ErasurePlan = {
      hadKey: key !== null,
      fields: profile ? (Object.keys(profile) as ProfileField[]).filter((f) => holds(profile, f)) : [],
      keptFields: profile && keepUntil ? keptFields(profile) : [],
      interactions,
      kept,
      rule: keepUntil ? rule.key : null,
      keepUntil,
      deletedInteractions: {},
      marketingPermissions: 0,
      messages: 0,
    }
    const item = (i: string, until: string) => ({
      subject_id: row.subject_id,
      item: i,
      erasure_id: row.id,
      rule: `bookkeeping.${rule.key}`,
      keep_until: until,
    })
    if (keepUntil)
      await repo.insertRetained(trx, [
        item('profile', keepUntil),
        ...vouchers.map((v) => item(v.id, v.until)),
      ])
    const at = this.ctx.clock.now().toISOString()
    const hashes = await subjectHashes(trx, row.subject_id)
    await addToList(trx, hashes, row.id, at)
    // Outside the database too, before this commits: a restored backup does not bring the person back.
    this.#file.append({
      at,
      erasure: row.id,
      subject: row.subject_id,
      hashes: hashes.map((h) => [h.kind, h.hash]),
    })
    await repo.saveRestriction(trx, {
      subject_id: row.subject_id,
      basis: 'erasure',
      reason: null,
      request_id: row.request_id,
      keep_until: keepUntil,
      since: at,
    })
    await repo.setRestricted(trx, row.subject_id, true, at)
    return plan
  }

  /** Only the fields an invoice needs stay, sealed again; the person is restricted until the rule ends. */
  async #reseal(
    trx: Transaction<DB>,
    subjectId: string,
    plan: ErasurePlan,
    requestId: string,
    at: string,
  ): Promise<void> {
    const subject = await subjects.lockSubject(trx, subjectId)
    const key = await this.ctx.vault.findKey(trx, subjectId)
    const profile = subject && openProfile(key, subject)
    if (subject && key && profile)
      await subjects.updateSubject(trx, subjectId, {
        profile: sealProfile(key, keepOnly(profile, plan.keptFields)),
        updated_at: at,
      })
    // Nobody finds a restricted person by e-mail or phone any more: the look-ups go with the values.
    await repo.deleteLookups(trx, subjectId)
    await repo.saveRestriction(trx, {
      subject_id: subjectId,
      basis: 'retention',
      reason: null,
      request_id: requestId,
      keep_until: plan.keepUntil,
      since: at,
    })
    await repo.setRestricted(trx, subjectId, true, at)
  }

  #audit(db: Executor, actor: Actor, subjectId: string, action: string, details: AuditDetails) {
    return this.ctx.audit.append(db, { actor, action, target: { type: 'subject', id: subjectId }, details })
  }
}

/** The report from the plan and its progress. */
function toReport(requestId: string, subjectId: string, plan: ErasurePlan, at: string): ErasureReport {
  const kept = new Set(plan.keptFields)
  const rule = plan.rule ? BOOKKEEPING_RULES[plan.rule] : null
  return {
    requestId,
    subjectId,
    finishedAt: at,
    deleted: {
      fields: plan.fields.filter((f) => !kept.has(f)),
      interactions: Object.entries(plan.deletedInteractions)
        .filter(([, count]) => count > 0)
        .map(([kind, count]) => ({ kind, count }))
        .sort((a, b) => a.kind.localeCompare(b.kind)) as ErasureReport['deleted']['interactions'],
      marketingPermissions: plan.marketingPermissions,
      messages: plan.messages,
    },
    kept:
      rule && plan.keepUntil
        ? {
            fields: plan.keptFields,
            interactions: plan.kept as NonNullable<ErasureReport['kept']>['interactions'],
            rule: rule.key,
            reason:
              'The bookkeeping act requires invoices and orders (vouchers) to be kept for a fixed period; they and the details an invoice needs are kept, restricted, and deleted when the period ends.',
            law: rule.law,
            until: plan.keepUntil,
          }
        : null,
    keyDestroyed: plan.keepUntil === null,
  }
}
