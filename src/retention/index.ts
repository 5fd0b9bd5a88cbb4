import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../http/context.js'
import { LegalHoldService } from './hold.service.js'
import { retentionPages } from './retention.pages.js'
import { retentionRoutes } from './retention.routes.js'
import { RetentionRuleService } from './retention.service.js'

export { type ActiveHold, activeHolds, type HeldRecord, holdsOn, isHeld } from './hold.service.js'
export { type DeletionDate, deletionDate, type RecordFacts } from './retention.dates.js'
export { PRESETS } from './retention.presets.js'

/** The services of this capability over a context; the plugin and the tests build them the same way. */
export function retentionServices(ctx: AppContext): { rules: RetentionRuleService; holds: LegalHoldService } {
  return {
    rules: new RetentionRuleService(ctx.audit, ctx.clock),
    holds: new LegalHoldService(ctx.audit, ctx.clock),
  }
}

/** Registers the job that releases legal holds whose end has passed (audited as the system). */
export function registerRetentionJobs(ctx: AppContext, holds: LegalHoldService): void {
  if (ctx.scheduler.jobs.some((j) => j.name === 'legal-holds.expire')) return
  ctx.scheduler.register({
    name: 'legal-holds.expire',
    schedule: '0 5 * * * *',
    leaseMs: 5 * 60_000,
    run: async () => `released ${await holds.releaseExpired(ctx.db)}`,
  })
}

/** Retention rules with the Nordic bookkeeping presets, and legal holds (issue 7, P16). */
export async function retentionPlugin(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const { rules, holds } = retentionServices(ctx)
  registerRetentionJobs(ctx, holds)
  await retentionRoutes(app, rules, holds)
  await retentionPages(app, rules, holds)
}
