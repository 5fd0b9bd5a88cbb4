import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../http/context.js'
import { SubjectService } from '../subjects/subject.service.js'
import { subscriptionPages } from './subscription.pages.js'
import { subscriptionRoutes } from './subscription.routes.js'
import { SubscriptionService } from './subscription.service.js'
import { unsubscribePages } from './unsubscribe.pages.js'
import { WebhookService } from './webhook.service.js'

/** The services of this capability over a context; the plugin and the tests build them the same way. */
export function subscriptionServices(ctx: AppContext): {
  subscriptions: SubscriptionService
  webhooks: WebhookService
} {
  const webhooks = new WebhookService(ctx.database, ctx.vault, ctx.audit, ctx.clock, ctx.log)
  const subscriptions = new SubscriptionService({
    audit: ctx.audit,
    vault: ctx.vault,
    clock: ctx.clock,
    organisation: ctx.organisation,
    mail: ctx.mail,
    subjects: new SubjectService(ctx.audit, ctx.vault, ctx.clock, ctx.organisation),
    publicUrl: ctx.config.publicUrl,
    events: webhooks,
  })
  return { subscriptions, webhooks }
}

/** Marketing permissions, one-click unsubscribe and their webhooks (P8, P14). */
export async function subscriptionPlugin(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const { subscriptions, webhooks } = subscriptionServices(ctx)
  app.addHook('onClose', async () => webhooks.close())
  // Retries wait for the next pass; the scheduler belongs to the context, which may outlive this app.
  if (!ctx.scheduler.jobs.some((j) => j.name === 'webhooks.deliver'))
    ctx.scheduler.register({
      name: 'webhooks.deliver',
      schedule: '15 * * * * *',
      leaseMs: 5 * 60_000,
      run: async () => {
        const { delivered, failed } = await webhooks.deliverDue(500)
        return `delivered ${delivered}, failed ${failed}`
      },
    })
  await subscriptionRoutes(app, subscriptions, webhooks)
  await unsubscribePages(app, subscriptions)
  await subscriptionPages(app, webhooks)
}
