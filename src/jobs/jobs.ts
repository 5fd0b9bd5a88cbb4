import type { AppContext } from '../http/context.js'
import { deleteExpiredTokens } from '../users/user.repository.js'
import { JobFailure } from './scheduler.js'

/** The jobs of the foundation; later capabilities add theirs the same way. */
export function registerFoundationJobs(ctx: AppContext): void {
  ctx.scheduler.register({
    name: 'mail.deliver',
    schedule: '0 * * * * *',
    leaseMs: 5 * 60_000,
    run: async () => {
      const { sent, failed } = await ctx.mail.deliverDue(500)
      return `sent ${sent}, failed ${failed}`
    },
  })
  ctx.scheduler.register({
    name: 'housekeeping',
    schedule: '0 7 * * * *',
    run: async () => {
      const now = ctx.clock.now().toISOString()
      const sessions = await ctx.sessions.deleteExpired(ctx.db)
      const tokens = await deleteExpiredTokens(ctx.db, now)
      // A run still 'running' after its lease belonged to an instance that died mid-run.
      const abandoned = await ctx.db
        .updateTable('job_runs')
        .set({ outcome: 'abandoned', finished_at: now })
        .where('outcome', '=', 'running')
        .where('lease_until', '<', now)
        .executeTakeFirst()
      return `sessions ${sessions}, links ${tokens}, abandoned runs ${Number(abandoned.numUpdatedRows)}`
    },
  })
  ctx.scheduler.register({
    name: 'audit.verify',
    schedule: '0 30 2 * * *',
    leaseMs: 60 * 60_000,
    run: async () => {
      const result = await ctx.audit.verify(ctx.db)
      if (!result.ok) {
        ctx.log.error({ seq: result.seq, problem: result.problem }, 'audit chain broken')
        throw new JobFailure(JSON.stringify({ seq: result.seq, problem: result.problem }))
      }
      return JSON.stringify({ entries: result.entries })
    },
  })
}
