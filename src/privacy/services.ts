import type { AppContext } from '../http/context.js'
import { subscriptionServices } from '../subscriptions/index.js'
import { PrivacyCenterService } from './privacy.service.js'

const BUILT = new WeakMap<AppContext, PrivacyCenterService>()

/** The privacy center's service of an application context, built once (like consentOf). */
export function privacyOf(ctx: AppContext): PrivacyCenterService {
  let built = BUILT.get(ctx)
  if (!built) {
    built = new PrivacyCenterService({
      database: ctx.database,
      vault: ctx.vault,
      clock: ctx.clock,
      audit: ctx.audit,
      mail: ctx.mail,
      organisation: ctx.organisation,
      subscriptions: subscriptionServices(ctx).subscriptions,
      publicUrl: ctx.config.publicUrl,
      log: ctx.log,
    })
    BUILT.set(ctx, built)
  }
  return built
}
