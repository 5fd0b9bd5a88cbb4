import type { Selectable, Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import { PreparedQuery } from '../db/prepared.js'
import type { OrganisationTable } from './organisation.table.js'

export type OrganisationRow = Selectable<OrganisationTable>

/** Creates the single organisation row on first start; a no-op afterwards, also when racing another instance. */
export async function ensureOrganisationRow(db: Executor, now: string): Promise<void> {
  await db
    .insertInto('organisation')
    .values({
      id: 1,
      banner_origins: '[]',
      default_language: 'en',
      financial_year_end: '12-31',
      require_two_factor: 0,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
}

const theRow = new PreparedQuery((db) => db.selectFrom('organisation').selectAll().where('id', '=', 1))

/** The organisation row; read on most requests, so the query is prepared once. */
export async function readOrganisation(db: Executor): Promise<OrganisationRow> {
  const row = await theRow.first(db)
  if (!row) throw new Error('the organisation row is missing')
  return row
}

export async function writeOrganisation(db: Executor, changes: Updateable<OrganisationTable>): Promise<void> {
  await db.updateTable('organisation').set(changes).where('id', '=', 1).execute()
}
