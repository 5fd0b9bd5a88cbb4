import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { LegalHoldsTable, RetentionRulesTable } from './retention.table.js'

export type RuleRow = Selectable<RetentionRulesTable>
export type HoldRow = Selectable<LegalHoldsTable>

export async function listRules(db: Executor): Promise<RuleRow[]> {
  return db.selectFrom('retention_rules').selectAll().orderBy('name').orderBy('id').execute()
}

export async function findRule(db: Executor, id: string): Promise<RuleRow | undefined> {
  return db.selectFrom('retention_rules').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertRule(db: Executor, row: Insertable<RetentionRulesTable>): Promise<void> {
  await db.insertInto('retention_rules').values(row).execute()
}

export async function updateRule(
  db: Executor,
  id: string,
  changes: Updateable<RetentionRulesTable>,
): Promise<void> {
  await db.updateTable('retention_rules').set(changes).where('id', '=', id).execute()
}

export async function deleteRule(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('retention_rules').where('id', '=', id).execute()
}

/** The keys among `keys` that are data categories in the taxonomy. */
export async function existingCategories(db: Executor, keys: readonly string[]): Promise<Set<string>> {
  return existingTaxonomy(db, 'data_category', keys)
}

/** The keys among `keys` that are items of one kind in the taxonomy. */
export async function existingTaxonomy(
  db: Executor,
  kind: 'data_category' | 'data_subject',
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set()
  const rows = await db
    .selectFrom('taxonomy_items')
    .select('key')
    .where('kind', '=', kind)
    .where('key', 'in', [...keys])
    .execute()
  return new Set(rows.map((r) => r.key))
}

export async function existingActivities(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('activities')
    .select('id')
    .where('id', 'in', [...ids])
    .execute()
  return new Set(rows.map((r) => r.id))
}

export async function listActivityNames(db: Executor): Promise<Array<{ id: string; name: string }>> {
  return db.selectFrom('activities').select(['id', 'name']).orderBy('name').orderBy('id').execute()
}

export async function subjectExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('subjects').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
}

export async function systemExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('systems').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
}

export async function listHolds(db: Executor, active: boolean | undefined, now: string): Promise<HoldRow[]> {
  let q = db.selectFrom('legal_holds').selectAll()
  if (active === true)
    q = q
      .where('released_at', 'is', null)
      .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]))
  if (active === false)
    q = q.where((eb) => eb.or([eb('released_at', 'is not', null), eb('ends_at', '<=', now)]))
  return q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute()
}

export async function findHold(db: Executor, id: string): Promise<HoldRow | undefined> {
  return db.selectFrom('legal_holds').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertHold(db: Executor, row: Insertable<LegalHoldsTable>): Promise<void> {
  await db.insertInto('legal_holds').values(row).execute()
}

/** Marks a hold released; false when it already was (another request or the job got there first). */
export async function releaseHold(
  db: Executor,
  id: string,
  at: string,
  by: { type: string; id: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('legal_holds')
    .set({ released_at: at, released_by_type: by.type, released_by: by.id })
    .where('id', '=', id)
    .where('released_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Holds whose end has passed but that are not yet marked released. */
export async function expiredHoldIds(db: Executor, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('legal_holds')
    .select('id')
    .where('released_at', 'is', null)
    .where('ends_at', 'is not', null)
    .where('ends_at', '<=', now)
    .orderBy('ends_at')
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}
