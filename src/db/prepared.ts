import { type Compilable, CompiledQuery, type Kysely } from 'kysely'
import type { Executor } from './database.js'
import type { DB } from './schema.js'

/**
 * A query built and compiled once per dialect, then run with fresh parameters. Building and compiling
 * a Kysely query costs several microseconds; on paths every request takes (API key, session,
 * organisation) that is most of the database time. The builder receives stand-in values, which are
 * swapped for the real ones by identity, so constants the builder adds itself stay as they are.
 */
export class PreparedQuery<P extends unknown[], R> {
  readonly #compiled = new Map<unknown, { query: CompiledQuery<R>; slots: Array<number | null> }>()
  constructor(private readonly build: (db: Kysely<DB>, ...params: P) => Compilable<R>) {}

  async execute(db: Executor, ...params: P): Promise<R[]> {
    const adapter = db.getExecutor().adapter.constructor
    let entry = this.#compiled.get(adapter)
    if (!entry) {
      const stand = params.map((_, i) => `\u0000vern-param-${i}\u0000`) as P
      const query = this.build(db as Kysely<DB>, ...stand).compile()
      const slots = query.parameters.map((p) => {
        const i = stand.indexOf(p)
        return i === -1 ? null : i
      })
      entry = { query, slots }
      this.#compiled.set(adapter, entry)
    }
    const { query, slots } = entry
    const parameters = query.parameters.map((p, i) => {
      const slot = slots[i]
      return slot === null || slot === undefined ? p : params[slot]
    })
    const result = await db.executeQuery<R>(CompiledQuery.raw(query.sql, parameters))
    return result.rows
  }

  async first(db: Executor, ...params: P): Promise<R | undefined> {
    return (await this.execute(db, ...params))[0]
  }
}
