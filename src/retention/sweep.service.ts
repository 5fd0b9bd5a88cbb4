import { v7 as uuidv7 } from 'uuid'
import type { Actor } from '../auth/principal.js'
import { connectedSystems } from '../connectors/index.js'
import type { Executor } from '../db/database.js'
import { conflict, notFound } from '../errors.js'
import type { AppContext } from '../http/context.js'
import { deleteRestriction } from '../requests/erasure/erasure.repository.js'
import { openProfile } from '../subjects/subject.codec.js'
import { findSubject, updateSubject } from '../subjects/subject.repository.js'
import { type ActiveHold, activeHolds } from './hold.service.js'
import { addPeriod, type ClockStart, dayOf, type RetentionAction } from './retention.dates.js'
import type { HoldScope } from './retention.schema.js'
import type { RetentionRuleService } from './retention.service.js'
import {
  type ActivityFacts,
  holdsStopping,
  planSweep,
  type SweepStep,
  type SweepTarget,
} from './sweep.plan.js'
import * as repo from './sweep.repository.js'

const SWEEP_ACTOR: Actor = { type: 'system', id: 'retention' }
/** Records per transaction: small enough that the API is answered between batches. */
export const SWEEP_BATCH = 2000
/** A done task in another system opens again once its rule's cut-off has moved on by this many days. */
const TASK_REOPEN_DAYS = 30

export interface SampleRow {
  id: string
  kind: string
  date: string
}

/** What one step did (or, in a dry run, would do): counts only, never a value. */
export interface StepReport {
  ruleId: string | null
  ruleName: string | null
  target: SweepTarget
  action: RetentionAction
  clockStart: ClockStart | null
  cutoff: string | null
  /** Records of the kinds the step covers. */
  evaluated: number
  /** Deleted, anonymised (deleted, counted in aggregates) or restricted (people) — per the action. */
  done: number
  /** Which holds stopped how many due records. */
  held: Array<{ holdId: string; scope: HoldScope; count: number }>
  /** Due records of people who are restricted (Art. 18, or while an erasure runs): left alone. */
  restricted: number
  /** People due under the rule but kept because their records, a permission or a request remain. */
  kept: number
  /** Tasks opened in systems outside Vern. */
  tasksOpened: number
  /** People erased in connected systems (one per person and system) before their deletion here. */
  erasedIn: number
  /** People whose erasure in a connected system failed: kept, and tried again by the next sweep. */
  failed: number
  sample?: SampleRow[]
}

export interface SweepReport {
  runId: string | null
  trigger: string
  dryRun: boolean
  today: string
  startedAt: string
  finishedAt: string | null
  status: 'running' | 'finished'
  steps: StepReport[]
}

/** The run row's JSON: the plan fixed at the start (so a resumed run does the same steps) and the report. */
interface RunState {
  plan: SweepStep[]
  report: SweepReport
  /** Per step: whether the evaluated count has been taken. */
  counted: boolean[]
  /** Per step: people this run leaves for the next one (their erasure in a connected system failed). */
  skip?: string[][]
  /** Per step: the person the last batch ended with (interactions on SQLite are taken person by person). */
  cursors?: Array<string | null>
}

/** People erased in connected systems per batch: each is a round trip to another database. */
const CONNECTED_BATCH = 25

const inFlight = new WeakMap<AppContext, Promise<SweepReport>>()

/**
 * The retention sweep (P16): applies every rule to Vern's register in batches, each batch one
 * transaction that also records its counts, so a crash loses nothing and the next run finishes the
 * work; holds are read again for every batch. Systems outside Vern get manual tasks.
 */
export class RetentionSweep {
  constructor(
    private readonly ctx: AppContext,
    private readonly rules: RetentionRuleService,
    private readonly batchSize = SWEEP_BATCH,
  ) {}

  /** The SQLite database file, for counts made off the main thread; none on PostgreSQL or in memory. */
  #sqliteFile(): string | undefined {
    const target = this.ctx.config.database
    return target.kind === 'sqlite' && target.path !== ':memory:' ? target.path : undefined
  }

  today(): string {
    return this.ctx.clock.now().toISOString().slice(0, 10)
  }

  /** The steps for `today` from the rules, the activities and the organisation's financial year. */
  async plan(db: Executor, today: string): Promise<{ steps: SweepStep[]; names: Map<string, string> }> {
    const rules = await this.rules.list(db)
    const org = await this.ctx.organisation.get(db)
    const steps = planSweep({
      rules,
      activities: await activityFacts(db),
      today,
      financialYearEnd: org.financialYearEnd,
      registerSystemIds: (
        await db.selectFrom('systems').select('id').where('kind', '=', 'vern').execute()
      ).map((s) => s.id),
      connectedSystemIds: (await connectedSystems(this.ctx).forRequest(db)).map((s) => s.systemId),
    })
    return { steps, names: new Map(rules.map((r) => [r.id, r.name])) }
  }

  /** What a sweep would do now: counts per step and a sample, nothing changed. */
  async preview(db: Executor, sampleSize = 5): Promise<SweepReport> {
    const today = this.today()
    const { steps, names } = await this.plan(db, today)
    const holds = await activeHolds(db, this.ctx.clock.now())
    const ex = exclusions(holds)
    const reports: StepReport[] = []
    for (const step of steps) {
      const report = emptyStep(step, names)
      report.evaluated = await repo.countEvaluated(db, step, this.#sqliteFile())
      const stopping = holdsStopping(step, holds)
      if (step.target === 'tasks') {
        report.held = systemHolds(step, holds).map((h) => ({ holdId: h.id, scope: h.scope, count: 1 }))
        report.tasksOpened = await this.#tasks(db, step, holds, false)
      } else if (stopping.length > 0) {
        const due = await repo.countToAct(db, step, ex)
        report.held = stopping.map((h) => ({ holdId: h.id, scope: h.scope, count: due }))
      } else {
        report.done = await repo.countToAct(db, step, ex)
        report.sample = await repo.sample(db, step, ex, sampleSize)
      }
      await this.#closingCounts(db, step, report, holds)
      reports.push(report)
    }
    const now = this.ctx.clock.now().toISOString()
    return {
      runId: null,
      trigger: 'preview',
      dryRun: true,
      today,
      startedAt: now,
      finishedAt: now,
      status: 'finished',
      steps: reports,
    }
  }

  /**
   * Runs a sweep to the end: first the remainder of one cut off by a crash (with the day it started
   * on), else a new one. One at a time per process; a second call joins the first.
   */
  run(trigger: string): Promise<SweepReport> {
    const existing = inFlight.get(this.ctx)
    if (existing) return existing
    const work = this.#run(trigger).finally(() => inFlight.delete(this.ctx))
    inFlight.set(this.ctx, work)
    return work
  }

  /** Starts a sweep and answers its id at once; the sweep goes on in the background. */
  async start(trigger: string): Promise<string> {
    if (inFlight.get(this.ctx)) {
      const running = await repo.runningRun(this.ctx.db)
      if (running) return running.id
    }
    const id = await this.#open(trigger)
    this.run(trigger).catch((error: unknown) =>
      this.ctx.log.error({ err: error }, 'the retention sweep failed'),
    )
    return id
  }

  /** Finishes a sweep cut off by a crash or a shutdown, if there is one. */
  async resumePending(): Promise<SweepReport | null> {
    if (!(await repo.runningRun(this.ctx.db))) return null
    return this.run('resume')
  }

  async get(db: Executor, id: string): Promise<SweepReport> {
    const row = await repo.findRun(db, id)
    if (!row) throw notFound('The retention run')
    return (JSON.parse(row.report) as RunState).report
  }

  async list(db: Executor, limit = 50): Promise<SweepReport[]> {
    return (await repo.listRuns(db, limit)).map((r) => (JSON.parse(r.report) as RunState).report)
  }

  async #run(trigger: string): Promise<SweepReport> {
    const id = await this.#open(trigger)
    for (;;) {
      const finished = await this.#batch(id)
      if (finished) return this.get(this.ctx.db, id)
      // Let requests waiting for the database in between.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  /** The running sweep's id, or a new run with its plan fixed for today. */
  async #open(trigger: string): Promise<string> {
    const running = await repo.runningRun(this.ctx.db)
    if (running) return running.id
    const today = this.today()
    const { steps, names } = await this.plan(this.ctx.db, today)
    const id = uuidv7()
    const at = this.ctx.clock.now().toISOString()
    const state: RunState = {
      plan: steps,
      counted: steps.map(() => false),
      report: {
        runId: id,
        trigger,
        dryRun: false,
        today,
        startedAt: at,
        finishedAt: null,
        status: 'running',
        steps: steps.map((s) => emptyStep(s, names)),
      },
    }
    await this.ctx.db.transaction().execute(async (trx) => {
      if (await repo.runningRun(trx)) throw conflict('A retention sweep is already running')
      await repo.insertRun(trx, {
        id,
        trigger,
        status: 'running',
        today,
        step: 0,
        report: JSON.stringify(state),
        started_at: at,
        updated_at: at,
        finished_at: null,
      })
      await this.ctx.audit.append(trx, {
        actor: SWEEP_ACTOR,
        action: 'retention.sweep_start',
        target: { type: 'retention_run', id },
        details: { trigger, today, steps: steps.length },
      })
    })
    return id
  }

  /** One batch of the current step in one transaction, with its counts; answers whether the run is over. */
  async #batch(id: string): Promise<boolean> {
    // The count of what a step evaluates reads many rows: taken before, outside the write transaction.
    const before = await repo.findRun(this.ctx.db, id)
    if (!before || before.status === 'finished') return true
    const peek = JSON.parse(before.report) as RunState
    const next = peek.plan[before.step]
    const evaluated =
      next && !peek.counted[before.step]
        ? await repo.countEvaluated(this.ctx.db, next, this.#sqliteFile())
        : null
    // People who live on in connected systems are erased there first, outside the transaction (each is
    // a round trip to another database); only those erased everywhere are deleted here.
    const connected = next?.target === 'people' && next.erasesIn.length > 0
    const handedOver = connected && next ? await this.#eraseConnected(next, peek, before.step) : null

    return this.ctx.db.transaction().execute(async (trx) => {
      const row = await repo.lockRun(trx, id)
      if (!row || row.status === 'finished') return true
      const state = JSON.parse(row.report) as RunState
      const at = this.ctx.clock.now().toISOString()
      const index = row.step
      const step = state.plan[index]
      const report = state.report.steps[index]
      if (!step || !report) {
        state.report.status = 'finished'
        state.report.finishedAt = at
        await repo.updateRun(trx, id, {
          step: index,
          report: JSON.stringify(state),
          updated_at: at,
          status: 'finished',
          finished_at: at,
        })
        await this.ctx.audit.append(trx, {
          actor: SWEEP_ACTOR,
          action: 'retention.sweep_finish',
          target: { type: 'retention_run', id },
          details: { done: state.report.steps.reduce((n, s) => n + s.done, 0) },
        })
        return true
      }
      if (!state.counted[index] && evaluated !== null && index === before.step) {
        report.evaluated = evaluated
        state.counted[index] = true
      }
      const holds = await activeHolds(trx, this.ctx.clock.now())
      const ex = { ...exclusions(holds, state.skip?.[index]), after: state.cursors?.[index] ?? null }
      const stopping = holdsStopping(step, holds)
      let stepDone = true
      let acted = 0
      if (step.target === 'tasks') {
        report.held = systemHolds(step, holds).map((h) => ({ holdId: h.id, scope: h.scope, count: 1 }))
        report.tasksOpened += await this.#tasks(trx, step, holds, true)
      } else if (stopping.length > 0) {
        const due = await repo.countToAct(trx, step, ex)
        report.held = stopping.map((h) => ({ holdId: h.id, scope: h.scope, count: due }))
      } else if (handedOver && index === before.step) {
        state.skip ??= state.plan.map(() => [])
        state.skip[index] = [...(state.skip[index] ?? []), ...handedOver.failed]
        report.failed += handedOver.failed.length
        report.erasedIn += handedOver.erasures
        const ids = await repo.stillDuePeople(trx, step, ex, handedOver.erased)
        acted =
          step.action === 'anonymise'
            ? await this.#anonymisePeople(trx, step, ids)
            : await repo.deletePeople(trx, ids)
        for (const id of ids) this.ctx.vault.forget(id)
        report.done += acted
        stepDone = handedOver.erased.length + handedOver.failed.length === 0
      } else {
        const { count, more, last } = await this.#act(trx, step, ex, at)
        acted = count
        report.done += count
        stepDone = !more
        if (last) {
          state.cursors ??= state.plan.map(() => null)
          state.cursors[index] = last
        }
      }
      if (stepDone) await this.#closingCounts(trx, step, report, holds)
      if (acted > 0)
        await this.ctx.audit.append(trx, {
          actor: SWEEP_ACTOR,
          action: 'retention.sweep_batch',
          target: { type: 'retention_run', id },
          details: { rule: step.ruleId, target: step.target, action: step.action, count: acted },
        })
      await repo.updateRun(trx, id, {
        step: stepDone ? index + 1 : index,
        report: JSON.stringify(state),
        updated_at: at,
      })
      return false
    })
  }

  /** Acts on one batch of the step; `more` while a full batch was taken. */
  async #act(
    trx: Executor,
    step: SweepStep,
    ex: repo.Exclusions,
    at: string,
  ): Promise<{ count: number; more: boolean; last?: string | null }> {
    const limit = this.batchSize
    const ruleId = step.ruleId ?? ''
    switch (step.target) {
      case 'interactions': {
        if (step.action === 'delete') {
          const { count, taken, last } = await repo.deleteNextInteractions(trx, step, ex, limit)
          return { count, more: taken === limit, last }
        }
        if (step.action === 'restrict') {
          const people = await repo.subjectsOfNextInteractions(trx, step, ex, limit)
          await repo.restrictPeople(trx, people, at)
          return { count: people.length, more: people.length === limit }
        }
        const { rows, taken, last } = await repo.nextInteractions(trx, step, ex, limit)
        await repo.addAggregates(trx, ruleId, 'interaction', tally(rows.map((r) => [r.kind, r.occurred_at])))
        const count = await repo.deleteInteractions(
          trx,
          rows.map((r) => r.id),
        )
        return { count, more: taken === limit, last }
      }
      case 'subscriptions': {
        const rows = await repo.nextSubscriptions(trx, step, ex, limit)
        if (step.action === 'anonymise')
          await repo.addAggregates(
            trx,
            ruleId,
            'subscription',
            tally(rows.map((r) => [r.channel, r.withdrawn_at ?? ''])),
          )
        const count = await repo.deleteSubscriptions(
          trx,
          rows.map((r) => r.id),
        )
        return { count, more: rows.length === limit }
      }
      case 'people': {
        const rows = await repo.nextPeople(trx, step, ex, limit)
        const ids = rows.map((r) => r.id)
        if (step.action === 'restrict') {
          await repo.restrictPeople(trx, ids, at)
          return { count: ids.length, more: ids.length === limit }
        }
        if (step.action === 'anonymise')
          await repo.addAggregates(trx, ruleId, 'person', tally(rows.map((r) => [r.relationship, r.clock])))
        const count = await repo.deletePeople(trx, ids)
        for (const id of ids) this.ctx.vault.forget(id)
        return { count, more: rows.length === limit }
      }
      case 'retained':
        return this.#retained(trx, step, ex, at)
      default:
        return { count: 0, more: false }
    }
  }

  /**
   * What an erasure kept for the bookkeeping acts, once its date has passed: the kept vouchers are
   * deleted, and when nothing else is kept the person's data key is destroyed and the restriction ends.
   */
  async #retained(
    trx: Executor,
    step: SweepStep,
    ex: repo.Exclusions,
    at: string,
  ): Promise<{ count: number; more: boolean }> {
    const rows = await repo.nextRetained(trx, step, ex, this.batchSize)
    let count = 0
    const finished = new Set<string>()
    for (const row of rows.filter((r) => r.item !== 'profile')) {
      await repo.deleteInteractions(trx, [row.item])
      await repo.deleteRetained(trx, row.subject_id, row.item)
      count++
    }
    for (const row of rows.filter((r) => r.item === 'profile')) {
      const left = await repo.retainedLeft(trx, row.subject_id)
      if (left.some((item) => item !== 'profile')) continue
      await this.ctx.vault.destroyKey(trx, row.subject_id)
      await updateSubject(trx, row.subject_id, {
        profile: Buffer.alloc(0),
        company_id: null,
        first_contact_at: null,
        last_contact_at: null,
        relationship_ended_at: null,
        restricted: 0,
        updated_at: at,
      })
      await deleteRestriction(trx, row.subject_id)
      await repo.deleteRetained(trx, row.subject_id, 'profile')
      finished.add(row.subject_id)
      count++
    }
    for (const subjectId of finished)
      await this.ctx.audit.append(trx, {
        actor: SWEEP_ACTOR,
        action: 'erasure.retained_deleted',
        target: { type: 'subject', id: subjectId },
        details: { keyDestroyed: true },
      })
    // A batch that could do nothing (a profile waiting for later vouchers) ends the step: no endless loop.
    return { count, more: rows.length === this.batchSize && count > 0 }
  }

  /** Opens (or, with `write` false, counts what would open) the manual tasks of a step. */
  async #tasks(db: Executor, step: SweepStep, holds: readonly ActiveHold[], write: boolean): Promise<number> {
    if (!step.cutoff || !step.ruleId) return 0
    const held = new Set(systemHolds(step, holds).map((h) => h.target))
    const at = this.ctx.clock.now().toISOString()
    let opened = 0
    for (const systemId of step.systemIds) {
      if (held.has(systemId)) continue
      const task = await repo.findTask(db, step.ruleId, systemId)
      if (!task) {
        opened++
        if (write)
          await repo.insertTask(db, {
            id: uuidv7(),
            rule_id: step.ruleId,
            system_id: systemId,
            cutoff: step.cutoff,
            status: 'open',
            opened_at: at,
            done_at: null,
            done_by: null,
            done_cutoff: null,
          })
      } else if (task.status === 'open') {
        if (write && task.cutoff !== step.cutoff) await repo.updateTask(db, task.id, { cutoff: step.cutoff })
      } else if (movedOn(task.done_cutoff, step.cutoff)) {
        opened++
        if (write) await repo.updateTask(db, task.id, { status: 'open', cutoff: step.cutoff, opened_at: at })
      }
    }
    return opened
  }

  /** At the end of a step: who was held by a hold on them, how many were restricted, who was kept. */
  async #closingCounts(db: Executor, step: SweepStep, report: StepReport, holds: readonly ActiveHold[]) {
    if (step.target === 'tasks') return
    const onPeople = holds.filter((h) => h.scope === 'subject')
    const due = await repo.dueOfSubjects(
      db,
      step,
      onPeople.map((h) => h.target),
    )
    for (const hold of onPeople) {
      const count = due.get(hold.target) ?? 0
      if (count > 0) report.held.push({ holdId: hold.id, scope: hold.scope, count })
    }
    report.restricted = await repo.dueRestricted(db, step)
    if (step.target === 'people') report.kept = await repo.peopleKept(db, step, exclusions(holds))
  }

  /**
   * Erases the next due people in the step's connected systems, by their e-mail and phone; answers who
   * was erased everywhere, who failed somewhere (kept for the next run), and how many erasures ran.
   */
  async #eraseConnected(
    step: SweepStep,
    state: RunState,
    index: number,
  ): Promise<{ erased: string[]; failed: string[]; erasures: number }> {
    const holds = await activeHolds(this.ctx.db, this.ctx.clock.now())
    if (holdsStopping(step, holds).length > 0) return { erased: [], failed: [], erasures: 0 }
    const ex = exclusions(holds, state.skip?.[index])
    const rows = await repo.nextPeople(this.ctx.db, step, ex, CONNECTED_BATCH)
    const systems = connectedSystems(this.ctx)
    const erased: string[] = []
    const failed: string[] = []
    let erasures = 0
    for (const { id } of rows) {
      const subject = await findSubject(this.ctx.db, id)
      const profile = subject && openProfile(await this.ctx.vault.findKey(this.ctx.db, id), subject)
      const identity = { email: profile?.email ?? undefined, phone: profile?.phone ?? undefined }
      let ok = true
      if (identity.email || identity.phone)
        for (const systemId of step.erasesIn) {
          try {
            await systems.erase(systemId, identity, { dryRun: false, actor: SWEEP_ACTOR })
            erasures++
          } catch (error) {
            ok = false
            this.ctx.log.warn(
              { err: error, system: systemId },
              'retention: erasure in a connected system failed',
            )
          }
        }
      ;(ok ? erased : failed).push(id)
    }
    return { erased, failed, erasures }
  }

  async #anonymisePeople(trx: Executor, step: SweepStep, ids: readonly string[]): Promise<number> {
    const rows = await trx
      .selectFrom('subjects')
      .select(['relationship', 'first_contact_at', 'last_contact_at', 'relationship_ended_at', 'created_at'])
      .where('id', 'in', ids.length > 0 ? [...ids] : [''])
      .execute()
    const clock = (r: (typeof rows)[number]) =>
      step.clockStart === 'last_contact'
        ? r.last_contact_at
        : step.clockStart === 'relationship_ended'
          ? r.relationship_ended_at
          : (r.first_contact_at ?? r.created_at)
    await repo.addAggregates(
      trx,
      step.ruleId ?? '',
      'person',
      tally(rows.map((r) => [r.relationship, clock(r) ?? ''])),
    )
    return repo.deletePeople(trx, ids)
  }

  /** Marks a manual task done (audited); the next sweep reopens it when the cut-off has moved on. */
  async taskDone(db: Executor, id: string, actor: Actor, requestId?: string): Promise<repo.TaskRow> {
    const task = await repo.getTask(db, id)
    if (!task) throw notFound('The retention task')
    const at = this.ctx.clock.now().toISOString()
    await repo.updateTask(db, id, {
      status: 'done',
      done_at: at,
      done_by: actor.id ?? actor.type,
      done_cutoff: task.cutoff,
    })
    await this.ctx.audit.append(db, {
      actor,
      action: 'retention.task_done',
      target: { type: 'retention_task', id },
      details: { rule: task.rule_id, system: task.system_id, cutoff: task.cutoff },
      requestId,
    })
    return { ...task, status: 'done', done_at: at, done_by: actor.id ?? actor.type, done_cutoff: task.cutoff }
  }
}

function emptyStep(step: SweepStep, names: ReadonlyMap<string, string>): StepReport {
  return {
    ruleId: step.ruleId,
    ruleName: step.ruleId ? (names.get(step.ruleId) ?? null) : null,
    target: step.target,
    action: step.action,
    clockStart: step.clockStart,
    cutoff: step.cutoff,
    evaluated: 0,
    done: 0,
    held: [],
    restricted: 0,
    kept: 0,
    tasksOpened: 0,
    erasedIn: 0,
    failed: 0,
  }
}

/** The people a step must not touch: under a hold, or left for the next run by this one. */
function exclusions(holds: readonly ActiveHold[], skip: readonly string[] = []): repo.Exclusions {
  return { heldSubjects: [...holds.filter((h) => h.scope === 'subject').map((h) => h.target), ...skip] }
}

function systemHolds(step: SweepStep, holds: readonly ActiveHold[]): ActiveHold[] {
  return holds.filter((h) => h.scope === 'system' && step.systemIds.includes(h.target))
}

/** Counts by kind and month ("order|2019-03"): all that anonymisation keeps. */
function tally(rows: ReadonlyArray<readonly [string, string]>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const [kind, date] of rows) {
    const key = `${kind}|${String(date).slice(0, 7)}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

function movedOn(doneCutoff: string | null, cutoff: string): boolean {
  if (!doneCutoff) return true
  return addPeriod(dayOf(doneCutoff), TASK_REOPEN_DAYS, 'days') <= dayOf(cutoff)
}

/** The processing activities with their categories, kinds of data subject and systems. */
async function activityFacts(db: Executor): Promise<ActivityFacts[]> {
  const activities = await db
    .selectFrom('activities')
    .select(['id', 'data_categories', 'data_subjects'])
    .execute()
  const links = await db.selectFrom('activity_systems').select(['activity_id', 'system_id']).execute()
  return activities.map((a) => ({
    id: a.id,
    dataCategories: JSON.parse(a.data_categories) as string[],
    dataSubjects: JSON.parse(a.data_subjects) as string[],
    systemIds: links.filter((l) => l.activity_id === a.id).map((l) => l.system_id),
  }))
}
