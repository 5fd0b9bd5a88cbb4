import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { TaxonomyItemsTable } from './taxonomy.table.js'

export type TaxonomyRow = Selectable<TaxonomyItemsTable>
export type NewTaxonomyRow = Insertable<TaxonomyItemsTable>

/** Rows of one kind, or of all kinds; the caller sorts (collations differ between the databases). */
export async function listRows(db: Executor, kind?: string): Promise<TaxonomyRow[]> {
  let query = db.selectFrom('taxonomy_items').selectAll()
  if (kind) query = query.where('kind', '=', kind)
  return query.execute()
}

export async function findRow(db: Executor, kind: string, key: string): Promise<TaxonomyRow | undefined> {
  return db
    .selectFrom('taxonomy_items')
    .selectAll()
    .where('kind', '=', kind)
    .where('key', '=', key)
    .executeTakeFirst()
}

/** The rows of the given keys (missing keys are simply absent). */
export async function findRows(db: Executor, kind: string, keys: readonly string[]): Promise<TaxonomyRow[]> {
  if (keys.length === 0) return []
  return db
    .selectFrom('taxonomy_items')
    .selectAll()
    .where('kind', '=', kind)
    .where('key', 'in', [...new Set(keys)])
    .execute()
}

/** Inserts rows that are not there yet; rows already present (also from a racing instance) are kept. */
export async function insertMissing(db: Executor, rows: readonly NewTaxonomyRow[]): Promise<void> {
  // Chunks keep each statement well under both databases' limits on bound parameters.
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto('taxonomy_items')
      .values(rows.slice(i, i + 100))
      .onConflict((oc) => oc.columns(['kind', 'key']).doNothing())
      .execute()
  }
}

export async function insertRow(db: Executor, row: NewTaxonomyRow): Promise<void> {
  await db.insertInto('taxonomy_items').values(row).execute()
}

export async function updateRow(
  db: Executor,
  kind: string,
  key: string,
  changes: Updateable<TaxonomyItemsTable>,
): Promise<void> {
  await db
    .updateTable('taxonomy_items')
    .set(changes)
    .where('kind', '=', kind)
    .where('key', '=', key)
    .execute()
}

export type TaxonomyChanges = Updateable<TaxonomyItemsTable>
