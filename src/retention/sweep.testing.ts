// Test and benchmark support only: fills the register with synthetic records in one statement per
// table. Production code never imports this file.
import { PostgresAdapter, sql } from 'kysely'
import type { Executor } from '../db/database.js'

export interface SyntheticRegister {
  /** People, ids 's000000000'…; each gets an equal share of the interactions. */
  subjects: number
  /**
   * Invoices, ids 'i000000000'…, spread over the people in turn. One in `dueEvery` is dated `dueAt`:
   * the oldest ids, as with time-ordered ids in real life; the rest are dated `keptAt`.
   */
  interactions: number
  dueEvery: number
  dueAt: string
  keptAt: string
}

/**
 * People and their invoices, generated inside the database (a recursive CTE on SQLite,
 * generate_series on PostgreSQL), so ten million rows take seconds, not an hour of round trips.
 * Profiles and details are empty: the sweep never opens them.
 */
export async function seedRegister(db: Executor, o: SyntheticRegister): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter
  const at = '2020-01-01T00:00:00.000Z'
  const id = (prefix: string, n: ReturnType<typeof sql>) =>
    postgres ? sql`${prefix} || lpad((${n})::text, 9, '0')` : sql`${prefix} || printf('%09d', ${n})`
  const empty = postgres ? sql`'\\x'::bytea` : sql`x''`
  const time = (value: string) => (postgres ? sql`${value}::timestamptz` : sql`${value}`)
  const series = (n: number) =>
    postgres
      ? sql`generate_series(0, ${n - 1}) as g(x)`
      : sql`(with recursive c(x) as (select 0 union all select x + 1 from c where x < ${n - 1}) select x from c) as g`
  await sql`insert into subjects (id, kind, company_id, relationship, first_contact_at, last_contact_at, relationship_ended_at, source, restricted, profile, created_at, updated_at)
    select ${id('s', sql`x`)}, 'person', null, 'customer', ${time(at)}, ${time(at)}, null, 'synthetic', 0, ${empty}, ${time(at)}, ${time(at)}
    from ${series(o.subjects)}`.execute(db)
  await sql`insert into subject_interactions (id, subject_id, kind, occurred_at, details, created_at)
    select ${id('i', sql`x`)}, ${id('s', sql`x % ${o.subjects}`)}, 'invoice',
      case when x < ${Math.ceil(o.interactions / o.dueEvery)} then ${time(o.dueAt)} else ${time(o.keptAt)} end, ${empty}, ${time(at)}
    from ${series(o.interactions)}`.execute(db)
}
