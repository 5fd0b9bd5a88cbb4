// Connected systems (issue 6): direct SQL connections to a shop's own databases, their dataset
// annotations, and access and erasure inside them. Webhook and e-mail connections live in
// ./webhooks and ./email.
import { dirname } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Actor } from '../auth/principal.js'
import type { Executor } from '../db/database.js'
import type { AppContext } from '../http/context.js'
import { connectionPages } from './connection.pages.js'
import { ConnectionService } from './connection.service.js'
import { connectorRoutes } from './connector.routes.js'
import { type AccessRow, ConnectorService, type ErasureReport } from './connector.service.js'
import type { SubjectIdentity } from './execute.js'
import { overviewPages } from './overview.pages.js'
import { registerAcceptHook, registerDiscoveryHooks } from './sample-source.js'

export type { AccessRow, ErasureReport, SubjectIdentity }

/** The services of this capability over a context; the plugin, the CLI and the tests build them alike. */
export function connectorServices(ctx: AppContext): {
  connections: ConnectionService
  connectors: ConnectorService
} {
  const own = ctx.config.database.kind === 'sqlite' ? [dirname(ctx.config.database.path)] : []
  const connections = new ConnectionService(ctx.keys, ctx.audit, ctx.clock, [ctx.config.dataDir, ...own])
  const connectors = new ConnectorService({
    connections,
    audit: ctx.audit,
    clock: ctx.clock,
    keys: ctx.keys,
    taxonomy: ctx.taxonomy,
    organisation: ctx.organisation,
  })
  return { connections, connectors }
}

export interface ConnectedSystem {
  systemId: string
  name: string
  kind: string
}

/**
 * The entry point for the data-subject request workflow.
 *
 * - `forRequest(db)`: the systems that are connected by SQL and annotated, so a request can be answered
 *   inside them (others keep their manual task). Reads only Vern's own tables.
 * - `accessRows(systemId, identity, { actor, requestId })`: the person's rows in that system as an
 *   AsyncIterable of `{ category, table, row }`, `row` holding only the columns of that data category
 *   (values made JSON-safe). Read in bounded batches with the read credentials; audited once the
 *   iteration ends (table names and a row count). Throws VernError: connection_missing,
 *   dataset_invalid (the database changed under the annotation), connection_failed, connector_row_limit.
 * - `erase(systemId, identity, { dryRun, requestId, actor })`: a dry run (read credentials, nothing
 *   written) or the real erasure (write credentials, one transaction in the system's database). The
 *   report has the rows found per table, `changes` (table, column or null for delete_row, action,
 *   rows) and `kept` (columns kept under a retention rule, with the act). Run it twice and the second
 *   report has no changes. Audited with counts, never values. Also throws write_credentials_missing.
 *
 * `identity` is `{ email?, phone?, customerId? }`; e-mails match in any letter case, phones and
 * customer ids exactly as stored. `requestId` is the data-subject request's id, kept in the audit.
 */
export function connectedSystems(ctx: AppContext): {
  forRequest(db: Executor): Promise<ConnectedSystem[]>
  accessRows(
    systemId: string,
    identity: SubjectIdentity,
    who: { actor: Actor; requestId?: string },
  ): AsyncIterable<AccessRow>
  erase(
    systemId: string,
    identity: SubjectIdentity,
    options: { dryRun: boolean; requestId?: string; actor: Actor },
  ): Promise<ErasureReport>
} {
  const { connectors } = connectorServices(ctx)
  return {
    forRequest: (db) => connectors.connected(db),
    accessRows: (systemId, identity, who) => connectors.access(ctx.db, systemId, identity, who),
    erase: (systemId, identity, options) =>
      connectors.erase(
        ctx.db,
        systemId,
        identity,
        { dryRun: options.dryRun, requestId: options.requestId },
        {
          actor: options.actor,
          requestId: options.requestId,
        },
      ),
  }
}

// Discovery samples connected databases through this; set when the module loads, so the command
// line (`vern scan <system>`) has it as well as the server.
registerDiscoveryHooks(connectorServices)

/** The connection and dataset API and the admin page. */
export async function connectorPlugin(app: FastifyInstance): Promise<void> {
  const { connections, connectors } = connectorServices(app.ctx)
  registerAcceptHook(connectors)
  await connectorRoutes(app, connections, connectors)
  await connectionPages(app, connections, connectors)
  await overviewPages(app, connections, connectors)
}
