import type { Transaction } from 'kysely'
import type { DB } from '../db/schema.js'
import type { AppContext } from '../http/context.js'
import type { Who } from '../subjects/subject.access.js'
import type { ProposedDataset } from './discovery.service.js'
import type { SampleSource } from './source.js'

/**
 * What discovery needs from the connectors, plugged in where both are wired (src/http/app.ts or the
 * connectors' plugin) so that neither folder imports the other. Without a hook its button is hidden.
 */
export interface DiscoveryHooks {
  /** A SampleSource over a data-map system's read connection, or null when it has none. */
  openSystemSource?: (ctx: AppContext, systemId: string) => Promise<SampleSource | null>
  /** Stores the accepted proposals as (part of) the system's dataset annotation, in the caller's transaction. */
  acceptDataset?: (
    trx: Transaction<DB>,
    input: { systemId: string | null; dataset: ProposedDataset },
    who: Who,
  ) => Promise<void>
}

/** The hooks in force; set them before the app is built. */
export const discoveryHooks: DiscoveryHooks = {}

export function setDiscoveryHooks(hooks: DiscoveryHooks): void {
  Object.assign(discoveryHooks, hooks)
}
