import type { FastifyInstance, FastifyRequest } from 'fastify'
import { can } from '../auth/roles.js'
import type { AppContext } from '../http/context.js'
import { longDay } from '../mail/templates/policy-mail.js'
import { subscriptionServices } from '../subscriptions/index.js'
import type { SubscriptionService } from '../subscriptions/subscription.service.js'
import { html, type SafeHtml } from '../ui/html.js'
import { pageLanguage } from '../ui/page.js'
import { POLICY_ADMIN_TEXT } from './policy.admin.text.js'
import { policyPages } from './policy.pages.js'
import { policyPublicPages } from './policy.public.js'
import { policyRoutes } from './policy.routes.js'
import { PolicyService } from './policy.service.js'

export { completenessCheck, GAP_KINDS, type Gap } from './policy.check.js'
export { PolicyService } from './policy.service.js'

const BUILT = new WeakMap<AppContext, PolicyService>()

/** The policy service of an application context, built once (like dataMapOf). */
export function policyOf(ctx: AppContext): PolicyService {
  let built = BUILT.get(ctx)
  if (!built) {
    let subscriptions: SubscriptionService | undefined
    built = new PolicyService(ctx, () => {
      subscriptions ??= subscriptionServices(ctx).subscriptions
      return subscriptions
    })
    BUILT.set(ctx, built)
  }
  return built
}

/**
 * Registers the yearly review reminder (once a day, mails owners and DPOs once per review cycle) and,
 * every ten minutes, the banner revision of a material change whose effective date has come.
 */
export function registerPolicyJobs(ctx: AppContext, policy: PolicyService): void {
  if (ctx.scheduler.jobs.some((j) => j.name === 'policy.review-reminder')) return
  ctx.scheduler.register({
    name: 'policy.material-in-force',
    schedule: '0 */10 * * * *',
    leaseMs: 60_000,
    run: async () => `versions ${await policy.publishDueRevisions(ctx.db)}`,
  })
  ctx.scheduler.register({
    name: 'policy.review-reminder',
    schedule: '0 20 6 * * *',
    leaseMs: 5 * 60_000,
    run: async () => {
      const sent = await policy.remind(ctx.db)
      if (sent > 0) ctx.mail.kick()
      return `reminded ${sent}`
    },
  })
}

/** The dashboard card: the version published and the yearly review, for those who may read the policy. */
export async function policyDashboardCard(request: FastifyRequest): Promise<SafeHtml | null> {
  const principal = request.principal
  if (!principal || !can(principal.role, 'policy.read')) return null
  const { ctx } = request.server
  const lang = pageLanguage(request)
  const t = POLICY_ADMIN_TEXT[lang]
  const policy = policyOf(ctx)
  const current = await policy.current(ctx.db)
  const review = await policy.reviewStatus(ctx.db)
  return html`<section class="card" aria-labelledby="policy-h"><h2 id="policy-h">${t.card.title}</h2>
${current ? html`<p>${t.card.current(current.number)}</p>` : html`<p class="warn">${t.card.none}</p>`}
${review.dueOn && (review.overdue ? html`<p class="alert">${t.overdue(longDay(lang, review.dueOn))}</p>` : html`<p>${t.dueOn(longDay(lang, review.dueOn))}</p>`)}
<p><a href="/admin/policy">${t.card.open}</a></p></section>`
}

/** The privacy policy (issue 9, P21): API, public pages, admin page and the yearly reminder. */
export async function policyPlugin(app: FastifyInstance): Promise<void> {
  const policy = policyOf(app.ctx)
  registerPolicyJobs(app.ctx, policy)
  await policyRoutes(app, policy)
  await policyPublicPages(app, policy)
  await policyPages(app, policy)
}
