import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import pino from 'pino'
import { loadConfig } from '../src/config/config.js'
import { closeContext, createContext } from '../src/context.js'
import { Random } from '../src/demo/random.js'
import { syntheticCustomer, WOOCOMMERCE_HEADERS, woocommerceRow } from '../src/demo/synthetic.js'
import { guessMapping } from '../src/imports/mapping.js'
import { SubjectService } from '../src/subjects/subject.service.js'
import { NORDLYS_PROFILE } from '../test/factories.js'

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
}

const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

/** A WooCommerce export of `count` synthetic customers, with the e-mails of a sample for look-ups. */
function customerExport(count: number): { csv: Buffer; sample: string[] } {
  const random = new Random(42)
  const lines = [WOOCOMMERCE_HEADERS.join(',')]
  const sample: string[] = []
  for (let i = 0; i < count; i++) {
    const customer = syntheticCustomer(random, i)
    if (i % Math.max(1, Math.floor(count / 2000)) === 0) sample.push(customer.email)
    lines.push(woocommerceRow(customer).map(quote).join(','))
  }
  return { csv: Buffer.from(lines.join('\n')), sample }
}

/**
 * The register benchmark of issue #3, with BENCH_PEOPLE people (default 1,000,000) imported from a
 * WooCommerce customer export through `vern import`'s code path: the import rate in rows/s, then
 * look-ups by e-mail through the register service (keyed hash, decrypt, audited read) with p50/p99,
 * and the database size per person.
 */
export async function registerBench(): Promise<string[]> {
  const people = Number(process.env.BENCH_PEOPLE ?? 1_000_000)
  const dir = mkdtempSync(join(tmpdir(), 'vern-bench-register-'))
  const file = join(dir, 'vern.db')
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? `sqlite:${file}`
  const dialect = databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'
  const env = {
    DATABASE_URL: databaseUrl,
    VERN_DATA_DIR: dir,
    VERN_MASTER_KEY: randomBytes(32).toString('base64'),
  }
  const lines: string[] = []
  const ctx = await createContext(loadConfig(env), { log: pino({ level: 'silent' }) })
  try {
    await ctx.db
      .transaction()
      .execute((trx) => ctx.organisation.update(trx, NORDLYS_PROFILE, { type: 'system' }))
    const who = { actor: { type: 'system' as const }, role: 'owner' as const }
    const { csv, sample } = customerExport(people)
    const headers = [...WOOCOMMERCE_HEADERS]
    const settings = { mapping: guessMapping(headers), system: 'shop', relationship: 'customer' as const }

    const started = performance.now()
    const result = await ctx.imports.runDirect('bench.csv', csv, settings, 'import', who, (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\r  importing ${done}/${total}`)
    })
    const seconds = (performance.now() - started) / 1000
    if (process.stderr.isTTY) process.stderr.write('\n')
    if (result.created !== people)
      throw new Error(
        `imported ${result.created} of ${people}: ${JSON.stringify({ ...result, report: result.report.problems.slice(0, 5) })}`,
      )
    lines.push(
      `register [${dialect}]: CSV import of ${people.toLocaleString('en')} people: ${Math.round(people / seconds).toLocaleString('en')} rows/s (${seconds.toFixed(1)} s, batches of 1,000, one transaction each)`,
    )

    const subjects = new SubjectService(ctx.audit, ctx.vault, ctx.clock, ctx.organisation)
    const times: number[] = []
    for (const email of sample) {
      const t0 = performance.now()
      const found = await subjects.find(ctx.db, { email }, who)
      times.push(performance.now() - t0)
      if (found.length !== 1) throw new Error('a look-up by e-mail did not find exactly one person')
    }
    times.sort((a, b) => a - b)
    lines.push(
      `register [${dialect}]: look-up by e-mail among ${people.toLocaleString('en')}: p50 ${quantile(times, 0.5).toFixed(2)} ms, p99 ${quantile(times, 0.99).toFixed(2)} ms (${times.length} look-ups, each an audited read)`,
    )

    let bytes: number
    if (dialect === 'SQLite') {
      await sql`pragma wal_checkpoint(truncate)`.execute(ctx.db)
      bytes = statSync(file).size
    } else {
      const row = await sql<{ size: string }>`select pg_database_size(current_database()) as size`.execute(
        ctx.db,
      )
      bytes = Number(row.rows[0]?.size)
    }
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    lines.push(
      `register [${dialect}]: database size ${(bytes / 1024 / 1024).toFixed(0)} MB = ${Math.round(bytes / people)} bytes per person (profile sealed under its own key, look-up hashes, data key, and ${Number(audit.n).toLocaleString('en')} audit entries)`,
    )
  } finally {
    await closeContext(ctx)
    rmSync(dir, { recursive: true, force: true })
  }
  return lines
}
