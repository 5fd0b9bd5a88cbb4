import type { AppContext } from '../http/context.js'
import { ConsentConfigService } from './consent.config.js'
import { ConsentLedger } from './consent.ledger.js'

export interface Consent {
  config: ConsentConfigService
  ledger: ConsentLedger
}

const BUILT = new WeakMap<AppContext, Consent>()

/** The consent services of an application context, built once (like dataMapOf). */
export function consentOf(ctx: Pick<AppContext, 'keys' | 'vault' | 'clock' | 'audit'>): Consent {
  let built = BUILT.get(ctx as AppContext)
  if (!built) {
    const config = new ConsentConfigService(ctx.clock, ctx.audit)
    built = { config, ledger: new ConsentLedger(ctx.keys, ctx.vault, ctx.clock, config) }
    BUILT.set(ctx as AppContext, built)
  }
  return built
}
