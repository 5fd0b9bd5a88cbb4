import type { FastifyInstance } from 'fastify'
import { dataMapOf } from '../datamap/services.js'
import type { AppContext } from '../http/context.js'
import { subscriptionServices } from '../subscriptions/index.js'
import { ErasureService } from './erasure/index.js'
import { intakePages } from './intake.pages.js'
import { RequestIntake } from './request.intake.js'
import { requestPages } from './request.pages.js'
import { requestRoutes } from './request.routes.js'
import { RequestService } from './request.service.js'

const finishing = new WeakSet<AppContext>()

/** The services of this capability over a context; the plugin, the jobs and the tests build them alike. */
export function requestServices(ctx: AppContext): {
  requests: RequestService
  intake: RequestIntake
  erasure: ErasureService
  close(): void
} {
  const { subscriptions, webhooks } = subscriptionServices(ctx)
  const erasure = new ErasureService(ctx)
  const requests = new RequestService({
    audit: ctx.audit,
    vault: ctx.vault,
    clock: ctx.clock,
    organisation: ctx.organisation,
    mail: ctx.mail,
    dataMap: dataMapOf(ctx),
    subscriptions,
    publicUrl: ctx.config.publicUrl,
    fulfil: { ctx, erasure },
  })
  // Whichever runner finishes an erasure (this request, the start-up resume, the scheduler's job)
  // completes its request in the same transaction; once per context.
  if (!finishing.has(ctx)) {
    finishing.add(ctx)
    erasure.onFinished((trx, report) => requests.finishErasure(trx, report))
  }
  return {
    requests,
    intake: new RequestIntake(requests),
    erasure,
    close: () => webhooks.close(),
  }
}

/** The jobs of requests: reminders to assignees before due dates, and purging unconfirmed requests. */
export function registerRequestJobs(ctx: AppContext, requests: RequestService): void {
  if (ctx.scheduler.jobs.some((j) => j.name === 'requests.remind')) return
  ctx.scheduler.register({
    name: 'requests.remind',
    schedule: '0 0 6 * * *',
    leaseMs: 30 * 60_000,
    run: async () => {
      const sent = await requests.remind(ctx.db)
      if (sent > 0) ctx.mail.kick()
      return `reminded ${sent}`
    },
  })
  ctx.scheduler.register({
    name: 'requests.purge',
    schedule: '0 20 * * * *',
    leaseMs: 10 * 60_000,
    run: async () => {
      const purged = await ctx.db.transaction().execute((trx) => requests.purgeUnconfirmed(trx))
      return `purged ${purged} unconfirmed`
    },
  })
}

/** Data-subject requests (P10-P15): the public intake, the workflow, its API and admin pages. */
export async function requestPlugin(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const { requests, intake, close } = requestServices(ctx)
  app.addHook('onClose', async () => close())
  registerRequestJobs(ctx, requests)
  await requestRoutes(app, requests)
  await requestPages(app, requests)
  await intakePages(app, intake)
}
