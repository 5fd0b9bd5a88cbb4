import type { AppContext } from '../http/context.js'

/** Picks up imports that wait for an instance: queued ones, and running ones whose instance died. */
export function registerImportJobs(ctx: AppContext): void {
  ctx.scheduler.register({
    name: 'imports.resume',
    schedule: '*/30 * * * * *',
    leaseMs: 60 * 60_000,
    run: async () => `resumed ${await ctx.imports.runPending()}`,
  })
}
