import { PostgresAdapter } from 'kysely'
import type { Executor } from '../db/database.js'

/** The tables that must be empty before `vern demo` fills them, with the word for each. */
const FILLED_BY_DEMO = [
  ['subjects', 'people or companies in the register'],
  ['activities', 'processing activities'],
  ['systems', 'systems'],
  ['processors', 'processors'],
  ['consent_records', 'consents in the consent ledger'],
  ['retention_rules', 'retention rules'],
  ['policy_versions', 'versions of the privacy policy'],
] as const

/** What the instance already holds of what the demo would write; empty when it may go ahead. */
export async function existingData(db: Executor): Promise<string[]> {
  const found: string[] = []
  for (const [table, words] of FILLED_BY_DEMO) {
    const row = await db.selectFrom(table).select('id').limit(1).executeTakeFirst()
    if (row) found.push(words)
  }
  return found
}

/**
 * Serialises demo runs on PostgreSQL: a second run (from another shell or instance) waits here until the
 * first has committed its data map, then finds the instance no longer empty. SQLite write transactions
 * hold the database lock from their start anyway.
 */
export async function lockOrganisation(trx: Executor): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return
  await trx.selectFrom('organisation').select('id').where('id', '=', 1).forUpdate().execute()
}
