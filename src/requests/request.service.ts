import type { Kysely, Transaction } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { AuditDetails, AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import { can, isRole, type Role } from '../auth/roles.js'
import type { Clock } from '../clock.js'
import { connectedSystems } from '../connectors/index.js'
import { connectorServices, dispatchRequest } from '../connectors/webhooks/index.js'
import type { DataKey, Vault } from '../crypto/vault.js'
import type { DataMap } from '../datamap/services.js'
import type { Executor } from '../db/database.js'
import type { DB } from '../db/schema.js'
import { conflict, invalid, notFound, VernError } from '../errors.js'
import { isAdminLanguage, type Language } from '../i18n/languages.js'
import type { MailService } from '../mail/mail.service.js'
import {
  requestCompletedMail,
  requestExtendedMail,
  requestReceivedMail,
  requestRejectedMail,
  requestReminderMail,
} from '../mail/templates/request-mail.js'
import { COUNTRY_TIME_ZONES } from '../organisation/countries.js'
import type { OrganisationService } from '../organisation/organisation.service.js'
import type { SubjectPatch } from '../subjects/subject.schema.js'
import type { SubscriptionService } from '../subscriptions/subscription.service.js'
import { type ErasureReport, renderErasureReport } from './erasure/index.js'
import { addDays, dueDate, isCalendarDay, latestExtension, localDay } from './request.deadlines.js'
import { FULFILMENT, type FulfilContext, type FulfilOutcome, type FulfilServices } from './request.fulfil.js'
import * as repo from './request.repository.js'
import {
  type DeadlineRule,
  type ExtendBody,
  type IdentityCheck,
  type ListQuery,
  type NewRequest,
  OPEN_STATES,
  type RejectBody,
  type RequestKind,
  type RequestState,
  type RequestSummary,
  type RequestView,
  type Settings,
  type SettingsPatch,
} from './request.schema.js'
import { categoriesOf, systemsHolding } from './request.tasks.js'
import { toSummary, toView } from './request.view.js'
import { requestAdminText } from './requests.admin-text.js'

export const DEFAULT_SETTINGS: Settings = { deadline: 'month', reminderDays: 7 }

export interface RequestDeps {
  audit: AuditLog
  vault: Vault
  clock: Clock
  organisation: OrganisationService
  mail: MailService
  dataMap: DataMap
  subscriptions: SubscriptionService
  publicUrl: URL
  /** The modules that fulfil kinds Vern does itself (access package, erasure, restriction). */
  fulfil: FulfilServices
}

/** Who acts on a request: staff (user or key) or, for the public intake, the person (anonymous). */
export interface RequestActor {
  actor: Actor
  requestId?: string | undefined
}

/** A dry run of an erasure in one connected system. */
export interface ConnectedPreview {
  systemId: string
  name: string
  changes: Array<{ table: string; column: string | null; action: string; rows: number }>
  kept: Array<{ table: string; column: string; retention: string; rows: number }>
}

/** Who completes an erasure request when the erasure finishes: the erasure itself, not a person. */
const ERASURE_ACTOR: Actor = { type: 'system', id: 'erasure' }

/** Roles that may be given requests to answer. */
export const ASSIGNABLE = ['owner', 'dpo', 'support'] as const

/**
 * The workflow of data-subject requests after the Data Rights Protocol: received → verified →
 * in_progress → completed | rejected, with extensions (reason, new due date) inside the first month.
 * Every transition is one transaction: the row, a history event, the audit entry and the mail to the
 * person are written together or not at all.
 */
export class RequestService {
  constructor(readonly deps: RequestDeps) {}

  async settings(db: Executor): Promise<Settings> {
    const row = await repo.readSettings(db)
    return row
      ? { deadline: row.deadline as DeadlineRule, reminderDays: row.reminder_days }
      : DEFAULT_SETTINGS
  }

  async updateSettings(trx: Executor, patch: SettingsPatch, who: RequestActor): Promise<Settings> {
    const next = { ...(await this.settings(trx)), ...patch }
    await repo.writeSettings(trx, {
      deadline: next.deadline,
      reminder_days: next.reminderDays,
      updated_at: this.deps.clock.now().toISOString(),
    })
    await this.deps.audit.append(trx, {
      actor: who.actor,
      action: 'request.settings',
      target: { type: 'request_settings', id: '1' },
      details: { deadline: next.deadline, reminderDays: next.reminderDays },
      requestId: who.requestId,
    })
    return next
  }

  /** The calendar day in the organisation's time zone (UTC until a country is set). */
  async today(db: Executor, at = this.deps.clock.now()): Promise<string> {
    return localDay(at, await this.#timeZone(db))
  }

  /** A request that reached the business by phone, letter, e-mail or in person (P10-P15). */
  async register(trx: Executor, input: NewRequest, who: RequestActor): Promise<RequestView> {
    const now = this.deps.clock.now()
    const today = await this.today(trx, now)
    if (input.receivedOn !== undefined) {
      if (!isCalendarDay(input.receivedOn))
        throw invalid('receivedOn', 'receivedOn is not a calendar date', 'date')
      if (input.receivedOn > today) throw invalid('receivedOn', 'receivedOn cannot be in the future', 'range')
      if (input.receivedOn < addDays(today, -92))
        throw invalid('receivedOn', 'receivedOn is more than three months ago', 'range')
    }
    if (input.objectionScope && input.kind !== 'objection')
      throw invalid('objectionScope', 'objectionScope is only for objections', 'one_of')
    const org = await this.deps.organisation.get(trx)
    const id = await this.create(trx, {
      kind: input.kind,
      channel: input.channel,
      language: input.language ?? org.defaultLanguage,
      email: input.email,
      details: input.details ?? null,
      objectionScope: input.kind === 'objection' ? (input.objectionScope ?? 'other') : null,
      state: 'received',
      expiresAt: null,
    })
    const receivedOn = input.receivedOn ?? today
    // A day in the past counts from that day; noon UTC falls on the same date in every Nordic zone.
    const receivedAt = receivedOn === today ? now : new Date(`${receivedOn}T12:00:00.000Z`)
    await this.receive(trx, id, receivedAt, who)
    if (input.identityCheck) await this.verify(trx, id, input.identityCheck, who)
    return this.#viewOf(trx, id)
  }

  /** Inserts a request with its sealed e-mail and details, under the request's own data key. */
  async create(
    trx: Executor,
    r: {
      kind: RequestKind
      channel: string
      language: Language
      email: string
      details: string | null
      objectionScope: string | null
      state: 'unconfirmed' | 'received'
      expiresAt: Date | null
    },
  ): Promise<string> {
    const now = this.deps.clock.now()
    const id = uuidv7()
    const email = r.email.trim().toLowerCase()
    const key = await this.deps.vault.keyFor(trx, id, now)
    await repo.insertRequest(trx, {
      id,
      kind: r.kind,
      state: r.state,
      channel: r.channel,
      language: r.language,
      email: key.seal('email', email),
      email_hash: this.deps.vault.blindIndex('email', email),
      details: r.details ? key.seal('details', r.details) : null,
      objection_scope: r.objectionScope,
      subject_id: null,
      assignee_id: null,
      verification_method: null,
      created_at: now.toISOString(),
      received_at: null,
      due_on: null,
      original_due_on: null,
      extended_until: null,
      extension_reason: null,
      rejection_reason: null,
      reminded_for: null,
      expires_at: r.expiresAt?.toISOString() ?? null,
      closed_at: null,
      updated_at: now.toISOString(),
    })
    return id
  }

  /**
   * The request counts as received: its deadline starts, it is matched to the register by the keyed
   * e-mail hash, the person gets a receipt with the due date, and what must be honoured at once is.
   */
  async receive(trx: Executor, id: string, receivedAt: Date, who: RequestActor): Promise<void> {
    const row = await repo.lockRequest(trx, id)
    if (!row) throw notFound('The request')
    const settings = await this.settings(trx)
    const receivedOn = localDay(receivedAt, await this.#timeZone(trx))
    const due = dueDate(receivedOn, settings.deadline)
    const subjectId = await repo.subjectByEmailHash(trx, row.email_hash)
    const at = this.deps.clock.now().toISOString()
    await repo.updateRequest(trx, id, {
      state: 'received',
      received_at: receivedAt.toISOString(),
      due_on: due,
      original_due_on: due,
      subject_id: subjectId,
      expires_at: null,
      updated_at: at,
    })
    const next = { ...row, state: 'received', due_on: due, subject_id: subjectId }
    await this.#event(trx, next, who.actor, { type: 'received', from: row.state, to: 'received', dueOn: due })
    await this.#mailPerson(
      trx,
      next,
      (org, ref) =>
        requestReceivedMail(row.language as Language, {
          org,
          kind: row.kind as RequestKind,
          reference: ref,
          receivedOn,
          dueOn: due,
        }),
      'request-received',
    )
    const done = await this.#fulfil(trx, next, who, 'atReceipt')
    await this.#audit(trx, who, 'request.receive', id, {
      kind: row.kind,
      channel: row.channel,
      subject: subjectId,
      dueOn: due,
      ...(done ? { fulfilled: true } : {}),
    })
  }

  async list(db: Executor, q: ListQuery): Promise<RequestSummary[]> {
    const states = q.state
      ? [q.state]
      : q.open === false
        ? ['received', 'verified', 'in_progress', 'completed', 'rejected']
        : OPEN_STATES
    const rows = await repo.listRequests(db, { states, assigneeId: q.assigneeId, limit: q.limit ?? 100 })
    const today = await this.today(db)
    return rows.map((r) => toSummary(r, today))
  }

  /** One request with the person's e-mail and words, its tasks and history; the read is audited. */
  async get(db: Executor, id: string, who: RequestActor): Promise<RequestView> {
    const view = await this.#viewOf(db, id)
    await this.#audit(db, who, 'request.read', id, { subject: view.subjectId, fields: ['email', 'details'] })
    return view
  }

  /** received → verified: identity checked (how, and a sealed note); tasks for outside systems are made. */
  async verify(trx: Executor, id: string, check: IdentityCheck, who: RequestActor): Promise<RequestView> {
    const row = await this.#lock(trx, id)
    this.#expect(row, ['received'], 'verify')
    const at = this.deps.clock.now().toISOString()
    await repo.updateRequest(trx, id, {
      state: 'verified',
      verification_method: check.method,
      updated_at: at,
    })
    await this.#event(trx, row, who.actor, {
      type: 'verified',
      from: row.state,
      to: 'verified',
      reason: check.method,
      note: check.note,
    })
    const tasks = await this.#createTasks(trx, row)
    // Systems with a webhook or an e-mail connection are handed the request now; their tasks stay
    // open until they answer.
    const open = (await repo.tasksOf(trx, id)).filter((t) => t.status === 'open' && t.system_id)
    await dispatchRequest(this.deps.fulfil.ctx, trx, {
      requestId: id,
      kind: row.kind,
      taskIds: Object.fromEntries(open.map((t) => [t.system_id as string, t.id])),
      identifiers: { email: (await this.#key(trx, id)).open('email', row.email) },
    })
    await this.#audit(trx, who, 'request.verify', id, {
      method: check.method,
      subject: row.subject_id,
      tasks,
    })
    return this.#viewOf(trx, id)
  }

  /** verified → in_progress. */
  async start(trx: Executor, id: string, who: RequestActor): Promise<RequestView> {
    const row = await this.#lock(trx, id)
    this.#expect(row, ['verified'], 'start')
    await repo.updateRequest(trx, id, {
      state: 'in_progress',
      updated_at: this.deps.clock.now().toISOString(),
    })
    await this.#event(trx, row, who.actor, { type: 'started', from: row.state, to: 'in_progress' })
    await this.#audit(trx, who, 'request.start', id, { from: row.state })
    return this.#viewOf(trx, id)
  }

  /**
   * Before completing: the open tasks of systems Vern reaches by SQL (connected and annotated) are
   * done by Vern itself: an erasure runs in the system's own database (one transaction there, with
   * what its annotation keeps under a retention rule), and for access the rows go into the package
   * at download. Touches nothing while another task is still open, since completing would be refused.
   * Answers how many tasks were done.
   */
  async answerInConnectedSystems(db: Kysely<DB>, id: string, who: RequestActor): Promise<number> {
    const row = await repo.findRequest(db, id)
    if (!row || !['verified', 'in_progress'].includes(row.state)) return 0
    if (!['erasure', 'access', 'portability'].includes(row.kind)) return 0
    const systems = connectedSystems(this.deps.fulfil.ctx)
    const connected = new Set((await systems.forRequest(db)).map((s) => s.systemId))
    const open = (await repo.tasksOf(db, id)).filter((t) => t.status === 'open')
    const ours = open.filter((t) => t.system_id && connected.has(t.system_id))
    if (ours.length === 0 || ours.length < open.length) return 0
    const email = (await this.#key(db, id)).open('email', row.email)
    const t = requestAdminText((await this.deps.organisation.get(db)).defaultLanguage)
    for (const task of ours) {
      let note = t.connected.access
      if (row.kind === 'erasure') {
        const report = await systems.erase(
          task.system_id as string,
          { email },
          {
            dryRun: false,
            requestId: id,
            actor: who.actor,
          },
        )
        const changed = report.changes.reduce((n, c) => n + c.rows, 0)
        note = t.connected.erased(changed, report.kept.length)
      }
      await db.transaction().execute((trx) => this.completeTask(trx, id, task.id, note, who))
    }
    return ours.length
  }

  /**
   * What completing an erasure request would change in the systems Vern reaches by SQL: a dry run in
   * each (read credentials, nothing written), per table and column, with what stays under a
   * retention rule. Audited by the connectors with counts only.
   */
  async previewConnected(db: Kysely<DB>, id: string, who: RequestActor): Promise<ConnectedPreview[]> {
    const row = await repo.findRequest(db, id)
    if (!row || row.state === 'unconfirmed') throw notFound('The request')
    if (row.kind !== 'erasure') throw conflict('Only an erasure request has a preview')
    const systems = connectedSystems(this.deps.fulfil.ctx)
    const email = (await this.#key(db, id)).open('email', row.email)
    const open = new Set(
      (await repo.tasksOf(db, id)).filter((t) => t.status === 'open').map((t) => t.system_id),
    )
    const previews: ConnectedPreview[] = []
    for (const system of await systems.forRequest(db)) {
      if (!open.has(system.systemId)) continue
      const report = await systems.erase(
        system.systemId,
        { email },
        {
          dryRun: true,
          requestId: id,
          actor: who.actor,
        },
      )
      previews.push({
        systemId: system.systemId,
        name: system.name,
        changes: report.changes,
        kept: report.kept,
      })
    }
    return previews
  }

  /**
   * Rectification (Art. 16): staff apply the correction (their own, or the one the person proposed)
   * to the person in the register, with their own field rights; the register audits the change with
   * this request's id, and the request's history records which fields changed.
   */
  async rectify(
    trx: Executor,
    id: string,
    patch: SubjectPatch,
    who: RequestActor & { role: Role },
  ): Promise<RequestView> {
    const row = await this.#lock(trx, id)
    if (row.kind !== 'rectification') throw conflict('Only a rectification request applies a correction')
    this.#expect(row, ['verified', 'in_progress'], 'correct the data of')
    if (!row.subject_id) throw conflict('No one in the register has this e-mail: there is nothing to correct')
    const fields = Object.keys(patch)
    if (fields.length === 0) throw invalid('patch', 'give at least one field to correct', 'required')
    await this.deps.fulfil.erasure.rectify(trx as Transaction<DB>, {
      subjectId: row.subject_id,
      patch,
      requestId: id,
      actor: who.actor,
      role: who.role,
    })
    await this.#event(trx, row, who.actor, { type: 'rectified', note: fields.join(', ') })
    await this.#audit(trx, who, 'request.rectify', id, { subject: row.subject_id, fields })
    return this.#viewOf(trx, id)
  }

  /** Gives an open request to a staff member who may answer requests, or to no one. */
  async assign(
    trx: Executor,
    id: string,
    assigneeId: string | null,
    who: RequestActor,
  ): Promise<RequestView> {
    const row = await this.#lock(trx, id)
    this.#expect(row, OPEN_STATES, 'assign')
    if (assigneeId) {
      const user = await repo.activeUser(trx, assigneeId)
      if (!user || !isRole(user.role) || !can(user.role, 'requests.write'))
        throw invalid(
          'assigneeId',
          'assigneeId is not an active staff member who may answer requests',
          'one_of',
        )
    }
    await repo.updateRequest(trx, id, {
      assignee_id: assigneeId,
      updated_at: this.deps.clock.now().toISOString(),
    })
    await this.#event(trx, row, who.actor, { type: 'assigned', reason: assigneeId })
    await this.#audit(trx, who, 'request.assign', id, { assignee: assigneeId })
    return this.#viewOf(trx, id)
  }

  /**
   * Extends the deadline by up to two further months (Art. 12(3)): only within the first month, to a
   * date after the current one and at most three months after receipt; the person is told at once.
   */
  async extend(trx: Executor, id: string, body: ExtendBody, who: RequestActor): Promise<RequestView> {
    const row = await this.#lock(trx, id)
    this.#expect(row, OPEN_STATES, 'extend')
    if (!isCalendarDay(body.dueOn)) throw invalid('dueOn', 'dueOn is not a calendar date', 'date')
    const today = await this.today(trx)
    const original = row.original_due_on ?? row.due_on ?? today
    if (today > original)
      throw new VernError(
        'extension_too_late',
        'The first month has passed; the deadline can no longer be extended',
      )
    const receivedOn = await this.#receivedOn(trx, row)
    const latest = latestExtension(receivedOn)
    if (body.dueOn <= (row.due_on ?? today) || body.dueOn > latest)
      throw invalid('dueOn', `dueOn must be after the current due date and no later than ${latest}`, 'range')
    const at = this.deps.clock.now().toISOString()
    await repo.updateRequest(trx, id, {
      due_on: body.dueOn,
      extended_until: body.dueOn,
      extension_reason: body.reason,
      updated_at: at,
    })
    const next = { ...row, due_on: body.dueOn }
    await this.#event(trx, next, who.actor, {
      type: 'extended',
      reason: body.reason,
      note: body.note,
      dueOn: body.dueOn,
    })
    await this.#mailPerson(
      trx,
      next,
      (org, ref) =>
        requestExtendedMail(row.language as Language, {
          org,
          kind: row.kind as RequestKind,
          reference: ref,
          receivedOn,
          dueOn: body.dueOn,
          reason: body.reason,
          note: body.note,
        }),
      'request-extended',
    )
    await this.#audit(trx, who, 'request.extend', id, {
      reason: body.reason,
      dueOn: body.dueOn,
      from: row.due_on,
    })
    return this.#viewOf(trx, id)
  }

  /** Refuses an open request with reasons; the person is told why and where to complain (Art. 12(4)). */
  async reject(trx: Executor, id: string, body: RejectBody, who: RequestActor): Promise<RequestView> {
    const row = await this.#lock(trx, id)
    this.#expect(row, OPEN_STATES, 'reject')
    const at = this.deps.clock.now().toISOString()
    await repo.updateRequest(trx, id, {
      state: 'rejected',
      rejection_reason: body.reason,
      closed_at: at,
      updated_at: at,
    })
    const next = { ...row, state: 'rejected' }
    await this.#event(trx, next, who.actor, {
      type: 'rejected',
      from: row.state,
      to: 'rejected',
      reason: body.reason,
      note: body.note,
    })
    const org = await this.deps.organisation.get(trx)
    const receivedOn = await this.#receivedOn(trx, row)
    await this.#mailPerson(
      trx,
      next,
      (name, ref) =>
        requestRejectedMail(row.language as Language, {
          org: name,
          kind: row.kind as RequestKind,
          reference: ref,
          receivedOn,
          reason: body.reason,
          note: body.note,
          authority: org.supervisoryAuthority,
        }),
      'request-rejected',
    )
    await this.#audit(trx, who, 'request.reject', id, { reason: body.reason, from: row.state })
    return this.#viewOf(trx, id)
  }

  /**
   * Completes a verified request: refused while a task for a system outside Vern is open; the
   * fulfilment of its kind runs in the same transaction, then the person gets the answer.
   */
  async complete(
    trx: Executor,
    id: string,
    note: string | undefined,
    who: RequestActor,
  ): Promise<RequestView> {
    const row = await this.#lock(trx, id)
    this.#expect(row, ['verified', 'in_progress'], 'complete')
    const open = (await repo.tasksOf(trx, id)).filter((t) => t.status === 'open').length
    if (open > 0)
      throw new VernError(
        'tasks_open',
        `${open} task(s) for systems outside Vern are still open; tick them off first`,
      )
    const outcome = await this.#fulfil(trx, row, who, 'atCompletion')
    if (outcome?.deferred) {
      // The work runs on in durable steps and completes the request when it is done.
      const at = this.deps.clock.now().toISOString()
      await repo.updateRequest(trx, id, { state: 'in_progress', updated_at: at })
      await this.#event(trx, { ...row, state: 'in_progress' }, who.actor, {
        type: 'fulfilment_started',
        from: row.state,
        to: 'in_progress',
        note: note ?? null,
      })
      await this.#audit(trx, who, 'request.fulfilment_started', id, { from: row.state, ...outcome.details })
      return this.#viewOf(trx, id)
    }
    return this.#completeWith(trx, row, outcome, note, who)
  }

  /**
   * Runs what a transition left for after its commit (an erasure's durable steps, which complete the
   * request as they finish) and answers the request as it is then. A failure is left for the
   * scheduler's next pass: the steps resume where they stopped.
   */
  async afterCommit(db: Executor, view: RequestView): Promise<RequestView> {
    connectorServices(this.deps.fulfil.ctx).kick()
    if (view.state !== 'in_progress' || view.kind !== 'erasure') return view
    await this.deps.fulfil.erasure.resumePending()
    return this.#viewOf(db, view.id)
  }

  /**
   * Completes an erasure request in the transaction that finishes the erasure, so the request never
   * says completed while the person is half-erased; the person is told what was deleted and kept.
   */
  async finishErasure(trx: Executor, report: ErasureReport): Promise<void> {
    const row = await repo.findRequest(trx, report.requestId)
    if (!row || row.state === 'completed' || row.state === 'rejected') return
    const locked = await this.#lock(trx, row.id)
    const outcome: FulfilOutcome = {
      details: { erasure: 'finished', keyDestroyed: report.keyDestroyed, kept: report.kept?.until ?? null },
      mail: { paragraphs: renderErasureReport(report, locked.language as Language) },
    }
    await this.#completeWith(trx, locked, outcome, undefined, { actor: ERASURE_ACTOR })
  }

  async #completeWith(
    trx: Executor,
    row: repo.RequestRow,
    outcome: FulfilOutcome | null,
    note: string | undefined,
    who: RequestActor,
  ): Promise<RequestView> {
    const id = row.id
    const at = this.deps.clock.now().toISOString()
    await repo.updateRequest(trx, id, { state: 'completed', closed_at: at, updated_at: at })
    const next = { ...row, state: 'completed' }
    await this.#event(trx, next, who.actor, {
      type: 'completed',
      from: row.state,
      to: 'completed',
      note: note ?? null,
    })
    const receivedOn = await this.#receivedOn(trx, row)
    await this.#mailPerson(
      trx,
      next,
      (org, ref) =>
        requestCompletedMail(row.language as Language, {
          org,
          kind: row.kind as RequestKind,
          reference: ref,
          receivedOn,
          ...(outcome?.mail ?? {}),
        }),
      'request-completed',
    )
    await this.#audit(trx, who, 'request.complete', id, { from: row.state, ...(outcome?.details ?? {}) })
    return this.#viewOf(trx, id)
  }

  /** Ticks off a task for a system outside Vern, with a note of what was done there. */
  async completeTask(
    trx: Executor,
    id: string,
    taskId: string,
    note: string,
    who: RequestActor,
  ): Promise<RequestView> {
    const row = await this.#lock(trx, id)
    this.#expect(row, OPEN_STATES, 'complete a task of')
    const task = (await repo.tasksOf(trx, id)).find((t) => t.id === taskId)
    if (!task) throw notFound('The task')
    if (task.status !== 'open') throw conflict('The task is already done')
    const now = this.deps.clock.now()
    const key = await this.deps.vault.keyFor(trx, id, now)
    await repo.updateTask(trx, taskId, {
      status: 'done',
      note: key.seal(`task|${taskId}`, note),
      done_by: who.actor.id ?? null,
      done_at: now.toISOString(),
    })
    await this.#event(trx, row, who.actor, { type: 'task_done', reason: task.system_name })
    await this.#audit(trx, who, 'request.task', id, { task: taskId, system: task.system_id })
    return this.#viewOf(trx, id)
  }

  /**
   * Reminds each assignee of an open request due within the configured number of days, once per due
   * date (an extension brings a new reminder). Staff mail, sealed under the system key.
   */
  async remind(db: Kysely<DB>): Promise<number> {
    const settings = await this.settings(db)
    if (settings.reminderDays <= 0) return 0
    const today = await this.today(db)
    const rows = await repo.dueForReminder(db, OPEN_STATES, addDays(today, settings.reminderDays))
    let sent = 0
    for (const row of rows) {
      const user = row.assignee_id ? await repo.activeUser(db, row.assignee_id) : undefined
      if (!user || !row.due_on) continue
      const language = user.locale && isAdminLanguage(user.locale) ? user.locale : 'en'
      const content = requestReminderMail(language, {
        reference: reference(row.id),
        kindLabel: requestAdminText(language).kinds[row.kind as RequestKind],
        dueOn: row.due_on,
        link: new URL(`/admin/requests/${row.id}`, this.deps.publicUrl).href,
      })
      await db.transaction().execute(async (trx) => {
        await this.deps.mail.enqueue(trx, {
          template: 'request-reminder',
          language,
          message: { to: user.email, ...content },
        })
        await repo.updateRequest(trx, row.id, { reminded_for: row.due_on })
        await this.deps.audit.append(trx, {
          actor: { type: 'system', id: 'requests' },
          action: 'request.remind',
          target: { type: 'request', id: row.id },
          details: { assignee: user.id, dueOn: row.due_on },
        })
      })
      sent++
    }
    return sent
  }

  /** Confirming requests takes 24 hours at most; the unconfirmed ones and their keys are then removed. */
  async purgeUnconfirmed(db: Executor): Promise<number> {
    const ids = await repo.expiredUnconfirmed(db, this.deps.clock.now().toISOString(), 500)
    for (const id of ids) await this.deps.vault.destroyKey(db, id)
    await repo.deleteRequests(db, ids)
    return ids.length
  }

  async #createTasks(trx: Executor, row: repo.RequestRow): Promise<number> {
    const categories = await categoriesOf(trx, this.deps.vault, row.subject_id)
    const systems = await this.deps.dataMap.systems.list(trx)
    const activities = await this.deps.dataMap.activities.list(trx)
    const holding = systemsHolding(systems, activities, categories)
    const at = this.deps.clock.now().toISOString()
    await repo.insertTasks(
      trx,
      holding.map((s) => ({
        id: uuidv7(),
        request_id: row.id,
        system_id: s.id,
        system_name: s.name,
        status: 'open',
        note: null,
        done_by: null,
        done_at: null,
        created_at: at,
      })),
    )
    return holding.length
  }

  async #fulfil(
    trx: Executor,
    row: repo.RequestRow,
    who: RequestActor,
    step: 'atReceipt' | 'atCompletion',
  ): Promise<FulfilOutcome | null> {
    const f = FULFILMENT[row.kind as RequestKind][step]
    if (!f) return null
    const context: FulfilContext = {
      trx,
      request: {
        id: row.id,
        kind: row.kind as RequestKind,
        subjectId: row.subject_id,
        emailHash: row.email_hash,
        language: row.language as Language,
        objectionScope: row.objection_scope as FulfilContext['request']['objectionScope'],
      },
      actor: who.actor,
      clock: this.deps.clock,
      subscriptions: this.deps.subscriptions,
      services: this.deps.fulfil,
      email: async () => (await this.#key(trx, row.id)).open('email', row.email),
    }
    return f(context)
  }

  async #mailPerson(
    trx: Executor,
    row: repo.RequestRow,
    build: (org: string, ref: string) => { subject: string; text: string; html: string },
    template: string,
  ): Promise<void> {
    const org = await this.deps.organisation.get(trx)
    const key = await this.#key(trx, row.id)
    const to = key.open('email', row.email)
    await this.deps.mail.enqueue(trx, {
      template,
      language: row.language as Language,
      keyOwner: row.id,
      message: { to, ...build(org.legalName ?? this.deps.publicUrl.hostname, reference(row.id)) },
    })
  }

  async #event(
    trx: Executor,
    row: repo.RequestRow,
    actor: Actor,
    e: {
      type: string
      from?: string
      to?: string
      reason?: string | null
      note?: string | null
      dueOn?: string
    },
  ): Promise<void> {
    const id = uuidv7()
    const note = e.note ? (await this.#key(trx, row.id)).seal(`event|${id}`, e.note) : null
    await repo.insertEvent(trx, {
      id,
      request_id: row.id,
      type: e.type,
      from_state: e.from ?? null,
      to_state: e.to ?? null,
      reason: e.reason ?? null,
      note,
      due_on: e.dueOn ?? null,
      actor_type: actor.type,
      actor_id: actor.id ?? null,
      at: this.deps.clock.now().toISOString(),
    })
  }

  #audit(
    db: Executor,
    who: RequestActor,
    action: string,
    id: string,
    details: AuditDetails,
  ): Promise<unknown> {
    return this.deps.audit.append(db, {
      actor: who.actor,
      action,
      target: { type: 'request', id },
      details,
      requestId: who.requestId,
    })
  }

  #expect(row: repo.RequestRow, states: readonly RequestState[], action: string): void {
    if (!states.includes(row.state as RequestState))
      throw new VernError(
        'invalid_transition',
        `A ${row.state} request cannot ${action}; it must be ${states.join(' or ')}`,
      )
  }

  async #lock(trx: Executor, id: string): Promise<repo.RequestRow> {
    const row = await repo.lockRequest(trx, id)
    if (!row || row.state === 'unconfirmed') throw notFound('The request')
    return row
  }

  async #key(db: Executor, id: string): Promise<DataKey> {
    const key = await this.deps.vault.findKey(db, id)
    if (!key)
      throw new VernError('conflict', 'The request’s data key was destroyed; its personal data is gone')
    return key
  }

  async #receivedOn(db: Executor, row: repo.RequestRow): Promise<string> {
    return row.received_at
      ? localDay(new Date(row.received_at), await this.#timeZone(db))
      : await this.today(db)
  }

  async #timeZone(db: Executor): Promise<string> {
    const country = (await this.deps.organisation.get(db)).country
    return country ? COUNTRY_TIME_ZONES[country] : 'UTC'
  }

  async #viewOf(db: Executor, id: string): Promise<RequestView> {
    const row = await repo.findRequest(db, id)
    if (!row || row.state === 'unconfirmed') throw notFound('The request')
    const key = await this.deps.vault.findKey(db, id)
    const events = await repo.eventsOf(db, id)
    const tasks = await repo.tasksOf(db, id)
    return toView(row, key, events, tasks, await this.today(db))
  }
}

/** The short reference a person and staff quote: the random tail of the id. */
export function reference(id: string): string {
  return id.replace(/-/g, '').slice(-8).toUpperCase()
}
