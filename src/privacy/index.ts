import type { FastifyInstance } from 'fastify'
import { managePages } from './manage.pages.js'
import { privacyPages } from './privacy.pages.js'
import { privacyOf } from './services.js'

/** The public privacy center (/privacy): rights, cookies, and managing marketing permissions by mailed link. */
export async function privacyPlugin(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const center = privacyOf(ctx)
  // Links asked for just before shutdown are still sent (or fail in the log) before the database closes.
  app.addHook('onClose', async () => center.settled())
  // The scheduler belongs to the context, which may outlive this app.
  if (!ctx.scheduler.jobs.some((j) => j.name === 'privacy.links.expire'))
    ctx.scheduler.register({
      name: 'privacy.links.expire',
      schedule: '0 17 * * * *',
      leaseMs: 5 * 60_000,
      run: async () => `deleted ${await center.forgetExpired()}`,
    })
  await app.register(privacyPages)
  await app.register(managePages)
}
