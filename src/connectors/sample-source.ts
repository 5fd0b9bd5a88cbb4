// Discovery's SampleSource over a system's SQL connection (read credentials), and the hooks that
// plug it, and the acceptance of proposals into the dataset annotation, into discovery.
import { setDiscoveryHooks } from '../discovery/hooks.js'
import { checkNames, type SampleSource, type SourceTable } from '../discovery/source.js'
import { invalid } from '../errors.js'
import type { AppContext } from '../http/context.js'
import type { ConnectionService } from './connection.service.js'
import type { ConnectorService } from './connector.service.js'
import { introspect } from './introspect.js'
import type { SqlSession } from './sql.session.js'

const BATCH_ROWS = 500

/** Samples tables of a connected database: names only from its own catalogue, values bound. */
export class SqlSampleSource implements SampleSource {
  #tables: SourceTable[] | undefined
  constructor(private readonly session: SqlSession) {}

  async tables(): Promise<SourceTable[]> {
    if (!this.#tables) {
      const schema = await introspect(this.session)
      this.#tables = schema.tables.map((t) => ({
        name: t.name,
        columns: t.columns.map((c) => ({ name: c.name, dataType: c.type })),
      }))
    }
    return this.#tables
  }

  /** The first `limit` rows in primary-key order where there is one, read in batches by offset. */
  async *sample(table: string, columns: string[], limit: number): AsyncIterable<Record<string, unknown>[]> {
    checkNames(await this.tables(), table, columns)
    const q = (n: string) => this.session.quote(n)
    const list = columns.map(q).join(', ')
    for (let offset = 0; offset < limit; offset += BATCH_ROWS) {
      const size = Math.min(BATCH_ROWS, limit - offset)
      const rows = await this.session.query(
        `select ${list} from ${q(table)} limit ${this.session.param(1)} offset ${this.session.param(2)}`,
        [size, offset],
      )
      if (rows.length > 0) yield rows
      if (rows.length < size) return
    }
  }

  async close(): Promise<void> {
    await this.session.close()
  }
}

/** Plugs the SQL connections into discovery (its scan button and `vern scan <system>`). */
export function registerDiscoveryHooks(
  services: (ctx: AppContext) => { connections: ConnectionService; connectors: ConnectorService },
): void {
  setDiscoveryHooks({
    openSystemSource: async (ctx, systemId) => {
      const { connections } = services(ctx)
      if (!(await connections.find(ctx.db, systemId))) return null
      return new SqlSampleSource(await connections.open(ctx.db, systemId, 'read'))
    },
  })
}

/** Lets discovery's reviewed proposals join the system's annotation (set by the plugin, which has the services). */
export function registerAcceptHook(connectors: ConnectorService): void {
  setDiscoveryHooks({
    acceptDataset: async (trx, input, who) => {
      if (!input.systemId)
        throw invalid('systemId', 'Proposals from a file scan belong to no system', 'required')
      await connectors.mergeProposals(trx, input.systemId, input.dataset, who)
    },
  })
}
