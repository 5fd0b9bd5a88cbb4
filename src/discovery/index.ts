import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../http/context.js'
import { discoveryPages } from './discovery.pages.js'
import { failStale } from './discovery.repository.js'
import { DiscoveryService } from './discovery.service.js'
import { discoveryHooks } from './hooks.js'

const STALE_AFTER_MS = 6 * 60 * 60_000

export { cardFindings as discoveryCardFindings } from './discovery.repository.js'
export { DiscoveryService, type ProposedDataset, proposalsAsDataset, scan } from './discovery.service.js'
export { type DiscoveryHooks, setDiscoveryHooks } from './hooks.js'
export type { SampleSource, SourceColumn, SourceTable } from './source.js'

/** The service over a context; the plugin, the command line and the tests build it the same way. */
export function discoveryService(ctx: AppContext): DiscoveryService {
  return new DiscoveryService(ctx.db, ctx.audit, ctx.clock)
}

/** Discovery of personal data in connected systems (issue 6): the admin pages. */
export async function discoveryPlugin(app: FastifyInstance): Promise<void> {
  const service = discoveryService(app.ctx)
  const running = new Set<Promise<unknown>>()
  // A scan started from the page finishes (or fails and says so) before the database closes.
  app.addHook('onClose', async () => {
    await Promise.allSettled([...running])
  })
  // A scan that was running when a process stopped would otherwise show as running for ever. Scans are
  // bounded samples that take minutes at most; one still running after six hours is gone.
  app.addHook('onReady', async () => {
    const now = app.ctx.clock.now()
    await failStale(app.ctx.db, new Date(now.getTime() - STALE_AFTER_MS).toISOString(), now.toISOString())
  })
  await discoveryPages(app, service, discoveryHooks, running)
}
