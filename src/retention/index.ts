import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../http/context.js'
import { LegalHoldService } from './hold.service.js'
import { retentionPages } from './retention.pages.js'
import { retentionRoutes } from './retention.routes.js'
import { RetentionRuleService } from './retention.service.js'
import { sweepPages } from './sweep.pages.js'
import { sweepRoutes } from './sweep.routes.js'
import { RetentionSweep } from './sweep.service.js'

export { type ActiveHold, activeHolds, type HeldRecord, holdsOn, isHeld } from './hold.service.js'
export { type DeletionDate, deletionDate, type RecordFacts } from './retention.dates.js'
export { PRESETS } from './retention.presets.js'
export { RetentionSweep, type SweepReport } from './sweep.service.js'

/** The services of this capability over a context; the plugin and the tests build them the same way. */
export function retentionServices(ctx: AppContext): {
  rules: RetentionRuleService
  holds: LegalHoldService
  sweep: RetentionSweep
} {
  const rules = new RetentionRuleService(ctx.audit, ctx.clock)
  return { rules, holds: new LegalHoldService(ctx.audit, ctx.clock), sweep: new RetentionSweep(ctx, rules) }
}

/**
 * Registers the jobs: the release of legal holds whose end has passed (audited as the system), and
 * the sweep on RETENTION_SCHEDULE (daily by default), which first finishes one a crash cut off.
 */
export function registerRetentionJobs(ctx: AppContext, holds: LegalHoldService, sweep: RetentionSweep): void {
  if (ctx.scheduler.jobs.some((j) => j.name === 'legal-holds.expire')) return
  ctx.scheduler.register({
    name: 'legal-holds.expire',
    schedule: '0 5 * * * *',
    leaseMs: 5 * 60_000,
    run: async () => `released ${await holds.releaseExpired(ctx.db)}`,
  })
  ctx.scheduler.register({
    name: 'retention.sweep',
    schedule: ctx.config.retentionSchedule,
    leaseMs: 12 * 60 * 60_000,
    run: async () => {
      await sweep.resumePending()
      const report = await sweep.run('schedule')
      return `handled ${report.steps.reduce((n, s) => n + s.done, 0)} records`
    },
  })
}

/** At start: a sweep cut off by a crash finishes now, in the background; failures are logged. */
export function resumeSweepAtStart(ctx: AppContext): void {
  retentionServices(ctx)
    .sweep.resumePending()
    .then((report) => {
      if (report) ctx.log.info({ run: report.runId }, 'finished a retention sweep cut off by a restart')
    })
    .catch((error: unknown) => ctx.log.error({ err: error }, 'could not resume the retention sweep'))
}

/** Retention rules with the Nordic bookkeeping presets, and legal holds (issue 7, P16). */
export async function retentionPlugin(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const { rules, holds, sweep } = retentionServices(ctx)
  registerRetentionJobs(ctx, holds, sweep)
  await retentionRoutes(app, rules, holds)
  await retentionPages(app, rules, holds)
  await sweepRoutes(app, sweep)
  await sweepPages(app, sweep)
}
