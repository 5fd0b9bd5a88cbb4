import { Cron } from 'croner'
import type { Logger } from 'pino'
import { v7 as uuidv7 } from 'uuid'
import type { Clock } from '../clock.js'
import type { Database } from '../db/database.js'

export interface JobDefinition {
  /** Stable name, e.g. 'mail.deliver'; runs are recorded under it. */
  name: string
  /** Cron pattern with seconds (6 fields) or without (5 fields), in UTC. */
  schedule: string
  /** How long a run may take before another instance may consider it abandoned. */
  leaseMs?: number
  /** Does the work; returns a short summary without personal data (counts, ids). */
  run(tick: Date): Promise<string | undefined>
}

export type TickOutcome = 'ran' | 'skipped' | 'failed'

/** A failure whose message is safe to keep in the run record (no personal data). */
export class JobFailure extends Error {
  constructor(summary: string) {
    super(summary)
    this.name = 'JobFailure'
  }
}

/**
 * Runs jobs on their schedule. Each tick is claimed by inserting (job, tick) into job_runs, which is
 * unique: when several Vern instances share one database, exactly one of them runs each tick, and the
 * row records when it ran, where, and how it ended.
 */
export class Scheduler {
  readonly #jobs = new Map<string, { def: JobDefinition; cron: Cron }>()
  readonly #timers = new Map<string, NodeJS.Timeout>()
  readonly #running = new Set<Promise<unknown>>()
  #stopped = true

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly instanceId: string,
    private readonly log: Logger,
  ) {}

  register(def: JobDefinition): void {
    if (this.#jobs.has(def.name)) throw new Error(`job ${def.name} is registered twice`)
    this.#jobs.set(def.name, { def, cron: new Cron(def.schedule, { paused: true, timezone: 'UTC' }) })
  }

  get jobs(): JobDefinition[] {
    return [...this.#jobs.values()].map((j) => j.def)
  }

  /** Starts the timers; each job sleeps until its next scheduled time. */
  start(): void {
    this.#stopped = false
    for (const name of this.#jobs.keys()) this.#arm(name)
  }

  /** Stops the timers and waits for runs in progress to finish. */
  async stop(): Promise<void> {
    this.#stopped = true
    for (const timer of this.#timers.values()) clearTimeout(timer)
    this.#timers.clear()
    await Promise.allSettled([...this.#running])
  }

  /** Runs one tick of a job unless another instance already claimed it. */
  async runTick(name: string, tick: Date): Promise<TickOutcome> {
    const job = this.#jobs.get(name)
    if (!job) throw new Error(`no job named ${name}`)
    const db = this.database.db
    const id = uuidv7()
    const started = this.clock.now()
    const claimed = await db
      .insertInto('job_runs')
      .values({
        id,
        job: name,
        tick: tick.toISOString(),
        instance: this.instanceId,
        started_at: started.toISOString(),
        lease_until: new Date(started.getTime() + (job.def.leaseMs ?? 10 * 60_000)).toISOString(),
        outcome: 'running',
      })
      .onConflict((oc) => oc.columns(['job', 'tick']).doNothing())
      .executeTakeFirst()
    if (!claimed.numInsertedOrUpdatedRows) return 'skipped'
    const work = job.def.run(tick)
    this.#running.add(work)
    try {
      const summary = await work
      await db
        .updateTable('job_runs')
        .set({ outcome: 'success', finished_at: this.clock.now().toISOString(), summary: summary ?? null })
        .where('id', '=', id)
        .execute()
      return 'ran'
    } catch (error) {
      const summary =
        error instanceof JobFailure ? error.message : error instanceof Error ? error.name : 'Error'
      this.log.error({ err: error, job: name }, 'job failed')
      await db
        .updateTable('job_runs')
        .set({ outcome: 'failure', finished_at: this.clock.now().toISOString(), summary })
        .where('id', '=', id)
        .execute()
      return 'failed'
    } finally {
      this.#running.delete(work)
    }
  }

  /** Runs every job whose latest scheduled time is at or before `now` (used at start and in tests). */
  async runDue(now: Date): Promise<Record<string, TickOutcome>> {
    const out: Record<string, TickOutcome> = {}
    for (const [name, job] of this.#jobs) {
      const [tick] = job.cron.previousRuns(1, now)
      if (tick) out[name] = await this.runTick(name, tick)
    }
    return out
  }

  /** The scheduled time after `from` for a job. */
  nextTick(name: string, from: Date): Date | null {
    return this.#jobs.get(name)?.cron.nextRun(from) ?? null
  }

  #arm(name: string): void {
    if (this.#stopped) return
    const next = this.nextTick(name, this.clock.now())
    if (!next) return
    // setTimeout holds at most ~24.8 days; longer waits re-arm on the way.
    const delay = Math.min(Math.max(0, next.getTime() - this.clock.now().getTime()), 2 ** 31 - 1)
    const timer = setTimeout(() => {
      this.#timers.delete(name)
      const tick = next.getTime() <= this.clock.now().getTime() ? next : null
      const run = tick ? this.runTick(name, tick) : Promise.resolve('skipped' as const)
      run
        .catch((error: unknown) => this.log.error({ err: error, job: name }, 'could not record job run'))
        .finally(() => this.#arm(name))
    }, delay)
    timer.unref()
    this.#timers.set(name, timer)
  }
}
