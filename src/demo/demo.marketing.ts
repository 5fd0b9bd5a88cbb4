import { ManualClock } from '../clock.js'
import type { Executor } from '../db/database.js'
import type { AppContext } from '../http/context.js'
import type { Who } from '../subjects/subject.access.js'
import type { SubjectService } from '../subjects/subject.service.js'
import { SubscriptionService } from '../subscriptions/subscription.service.js'
import { WebhookService } from '../subscriptions/webhook.service.js'
import type { PlannedPermission } from './marketing.plan.js'

export interface MarketingCounts {
  /** Newsletter permissions given, withdrawn ones included. */
  permissions: number
  softOptIn: number
  explicitOptIn: number
  /** Withdrawn with one click since: those people are on the suppression list. */
  withdrawn: number
}

/**
 * The demo's newsletter permissions, given through the subscription service on a clock the demo sets to
 * each synthetic moment. Only current customers get one (see PermissionPlanner), so a soft opt-in is
 * allowed and an explicit one is active at once: no double opt-in mail is queued for a demo person.
 */
export class DemoMarketing {
  readonly #clock = new ManualClock()
  readonly #service: SubscriptionService
  readonly counts: MarketingCounts = { permissions: 0, softOptIn: 0, explicitOptIn: 0, withdrawn: 0 }

  constructor(ctx: AppContext, subjects: SubjectService) {
    this.#service = new SubscriptionService({
      audit: ctx.audit,
      vault: ctx.vault,
      clock: this.#clock,
      organisation: ctx.organisation,
      mail: ctx.mail,
      subjects,
      publicUrl: ctx.config.publicUrl,
      // Webhook endpoints configured before the demo hear of its permissions like of any other.
      events: new WebhookService(ctx.database, ctx.vault, ctx.audit, this.#clock, ctx.log),
    })
  }

  /** Gives one person their planned permission in the caller's transaction, then withdraws it if planned. */
  async give(trx: Executor, subjectId: string, p: PlannedPermission, who: Who): Promise<void> {
    this.#clock.set(p.at)
    const { subscription } = await this.#service.subscribe(trx, p.input, who)
    if (subscription.subjectId !== subjectId || subscription.status !== 'active')
      throw new Error('demo: a newsletter permission did not go to its customer as an active permission')
    if (p.withdrawnAt) {
      this.#clock.set(p.withdrawnAt)
      await this.#service.unsubscribeSubject(trx, subjectId, 'one_click', who.actor)
    }
  }

  /** Counts what `give` wrote, once its transaction has committed. */
  count(p: PlannedPermission): void {
    this.counts.permissions++
    if (p.input.basis === 'soft_opt_in') this.counts.softOptIn++
    else this.counts.explicitOptIn++
    if (p.withdrawnAt) this.counts.withdrawn++
  }
}
