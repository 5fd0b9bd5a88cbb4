import { randomBytes } from 'node:crypto'
import { compileDataset, type Plan } from '../src/connectors/dataset.plan.js'
import { applyErasure, planErasure, walk } from '../src/connectors/execute.js'
import { introspect } from '../src/connectors/introspect.js'
import { openSession } from '../src/connectors/sql.session.js'
import { scratchDatabase } from '../src/connectors/testing/databases.js'
import { buildShop, generateShop, SHOP_DATASET } from '../src/connectors/testing/shop.js'
import { FIDESLANG_CATEGORIES } from '../src/taxonomy/default-fideslang.js'

/** Milliseconds of the median of `runs` runs of `work`. */
async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await work()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] as number
}

/**
 * Access and erasure for one person across the WooCommerce-like shop in a real MariaDB (127.0.0.1:3306,
 * root) with BENCH_CUSTOMERS customers (default 10,000): the walk through every table, the dry run,
 * and the erasure in one transaction.
 */
export async function connectorsBench(): Promise<string[]> {
  const customers = Number(process.env.BENCH_CUSTOMERS ?? 10_000)
  const lines: string[] = []
  const scratch = await scratchDatabase('mysql')
  const session = await openSession(scratch.target, true)
  try {
    const { data, customers: people } = generateShop(customers)
    const rows = Object.values(data).reduce((n, r) => n + r.length, 0)
    const built = await median(1, () => buildShop(session, data))
    lines.push(
      `connectors: MariaDB shop with ${customers} customers, ${rows} rows, built in ${(built / 1000).toFixed(1)} s`,
    )
    const { plan, issues } = await compileDataset(
      SHOP_DATASET,
      await introspect(session),
      async (keys) => new Set(keys.filter((k) => k in FIDESLANG_CATEGORIES)),
    )
    if (!plan)
      throw new Error(`the shop annotation does not validate: ${issues.map((i) => i.message).join('; ')}`)
    const compile = await median(5, async () =>
      compileDataset(SHOP_DATASET, await introspect(session), async (k) => new Set(k)),
    )
    lines.push(`connectors: introspect and validate the annotation: ${compile.toFixed(1)} ms`)
    let found = 0
    const tables = new Set<string>()
    // Customer 1 has a row in every table: user, meta, orders and a guest order, addresses, notes, newsletter.
    const person = people[0]
    if (!person) throw new Error('no customers')
    const access = await median(9, async () => {
      found = 0
      for await (const batch of walk(session, plan as Plan, { email: person.email })) {
        found += batch.rows.length
        tables.add(batch.table)
      }
    })
    lines.push(
      `connectors: access for one person (${found} rows in ${tables.size} tables): ${access.toFixed(1)} ms median of 9`,
    )
    const key = randomBytes(32)
    const dry = await median(9, () => planErasure(session, plan as Plan, { email: person.email }, key))
    lines.push(`connectors: erasure dry run for one person: ${dry.toFixed(1)} ms median of 9`)
    // Each real erasure takes a different person, so each one has something to do.
    let changed = 0
    let n = 0
    const erase = await median(9, async () => {
      const other = people[(Math.floor(people.length / 3) + n++ * 7) % people.length] ?? person
      const result = await applyErasure(session, plan as Plan, { email: other.email }, key)
      changed = result.changes.reduce((sum, c) => sum + c.rows, 0)
    })
    lines.push(
      `connectors: erasure for one person in one transaction (${changed} changes): ${erase.toFixed(1)} ms median of 9`,
    )
  } finally {
    await session.close()
    await scratch.drop()
  }
  return lines
}
