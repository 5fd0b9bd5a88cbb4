import type { FastifyInstance } from 'fastify'
import { dataMapOf } from '../datamap/services.js'
import type { AppContext } from '../http/context.js'
import { acceptUploads } from '../http/uploads.js'
import { BreachNoticeService } from './breaches/breach.notice.js'
import { BreachService } from './breaches/breach.service.js'
import { MAX_LIST_BYTES } from './breaches/recipient-list.js'
import { deskPages } from './disclosure/desk.pages.js'
import { MAX_SCREENSHOT_BYTES } from './disclosure/images.js'
import { ReportService } from './disclosure/report.service.js'
import { renewExpiry } from './disclosure/security-txt.js'
import { incidentPages } from './incidents.pages.js'
import { incidentRoutes } from './incidents.routes.js'

export { breachCountdownCard } from './incidents.pages.js'

export interface IncidentServices {
  breaches: BreachService
  notices: BreachNoticeService
  reports: ReportService
}

/** The services of this capability over a context; the plugin, the jobs and the tests build them alike. */
export function incidentServices(ctx: AppContext): IncidentServices {
  const deps = {
    audit: ctx.audit,
    clock: ctx.clock,
    mail: ctx.mail,
    organisation: ctx.organisation,
    publicUrl: ctx.config.publicUrl,
  }
  const breaches = new BreachService(deps)
  return {
    breaches,
    notices: new BreachNoticeService({ ...deps, vault: ctx.vault, dataMap: dataMapOf(ctx), breaches }),
    reports: new ReportService({ ...deps, vault: ctx.vault, breaches }),
  }
}

/** The breach reminders (every 5 minutes: thresholds are hours apart) and the security.txt renewal. */
export function registerIncidentJobs(ctx: AppContext, s: IncidentServices): void {
  if (ctx.scheduler.jobs.some((j) => j.name === 'breaches.remind')) return
  ctx.scheduler.register({
    name: 'breaches.remind',
    schedule: '0 */5 * * * *',
    leaseMs: 4 * 60_000,
    run: async () => {
      const sent = await s.breaches.remind(ctx.db)
      if (sent > 0) ctx.mail.kick()
      return `reminded ${sent}`
    },
  })
  ctx.scheduler.register({
    name: 'security-txt.renew',
    schedule: '0 40 3 * * *',
    leaseMs: 5 * 60_000,
    run: async () => {
      const { expiresAt, renewed } = await renewExpiry(ctx.db, ctx.clock)
      return renewed ? `renewed until ${expiresAt}` : `valid until ${expiresAt}`
    },
  })
}

/** Incidents (issue 8, P19, P20): the breach register and the vulnerability disclosure desk. */
export async function incidentPlugin(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const services = incidentServices(ctx)
  registerIncidentJobs(ctx, services)
  await acceptUploads(app, { fileSize: Math.max(MAX_SCREENSHOT_BYTES, MAX_LIST_BYTES) + 1, fields: 20 })
  await incidentRoutes(app, services.breaches, services.notices, services.reports)
  await incidentPages(app, services)
  await deskPages(app, services.reports)
}
