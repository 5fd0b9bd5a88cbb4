import { type Insertable, PostgresAdapter, type Selectable, type Updateable } from 'kysely'
import type { Executor } from '../../db/database.js'
import type { ErasuresTable, SubjectRestrictionsTable } from './erasure.table.js'

export type ErasureRow = Selectable<ErasuresTable>
export type RestrictionRow = Selectable<SubjectRestrictionsTable>

export async function insertErasure(db: Executor, row: Insertable<ErasuresTable>): Promise<void> {
  await db.insertInto('erasures').values(row).execute()
}

export async function findByRequest(db: Executor, requestId: string): Promise<ErasureRow | undefined> {
  return db.selectFrom('erasures').selectAll().where('request_id', '=', requestId).executeTakeFirst()
}

/** The erasure, locked until the transaction ends on PostgreSQL, so two runners take turns per step. */
export async function lockErasure(db: Executor, id: string): Promise<ErasureRow | undefined> {
  let query = db.selectFrom('erasures').selectAll().where('id', '=', id)
  if (db.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate()
  return query.executeTakeFirst()
}

export async function updateErasure(db: Executor, id: string, set: Updateable<ErasuresTable>): Promise<void> {
  await db.updateTable('erasures').set(set).where('id', '=', id).execute()
}

/** Whether an erasure of the subject is under way. */
export async function runningFor(db: Executor, subjectId: string): Promise<boolean> {
  const row = await db
    .selectFrom('erasures')
    .select('id')
    .where('subject_id', '=', subjectId)
    .where('status', '=', 'running')
    .executeTakeFirst()
  return row !== undefined
}

/**
 * Of the given erased subjects, those that have a data key again and are neither being erased nor
 * kept by a retention rule: brought back by restoring a backup.
 */
export async function restoredSubjects(db: Executor, subjectIds: readonly string[]): Promise<string[]> {
  const found: string[] = []
  for (let i = 0; i < subjectIds.length; i += 500) {
    const rows = await db
      .selectFrom('data_keys')
      .select('owner_id')
      .where('owner_id', 'in', subjectIds.slice(i, i + 500))
      .where('owner_id', 'in', (eb) => eb.selectFrom('subjects').select('id'))
      .where('owner_id', 'not in', (eb) =>
        eb.selectFrom('erasures').select('subject_id').where('status', '=', 'running'),
      )
      .where('owner_id', 'not in', (eb) =>
        eb.selectFrom('subject_restrictions').select('subject_id').where('basis', '=', 'retention'),
      )
      .execute()
    found.push(...rows.map((r) => r.owner_id))
  }
  return found
}

/** Erasures not yet finished, oldest first. */
export async function unfinished(db: Executor, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('erasures')
    .select('id')
    .where('status', '=', 'running')
    .orderBy('id')
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}

/** Interaction counts of a subject by kind. */
export async function countInteractions(db: Executor, subjectId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('subject_interactions')
    .select(['kind', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('subject_id', '=', subjectId)
    .groupBy('kind')
    .execute()
  return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]))
}

/** A subject's interactions of the given kinds: id and date only, nothing sealed. */
export async function interactionDates(
  db: Executor,
  subjectId: string,
  kinds: readonly string[],
): Promise<Array<{ id: string; kind: string; occurred_at: string }>> {
  if (kinds.length === 0) return []
  return db
    .selectFrom('subject_interactions')
    .select(['id', 'kind', 'occurred_at'])
    .where('subject_id', '=', subjectId)
    .where('kind', 'in', kinds)
    .execute()
}

export async function insertRetained(
  db: Executor,
  rows: ReadonlyArray<{
    subject_id: string
    item: string
    erasure_id: string
    rule: string
    keep_until: string
  }>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('erasure_retained')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['subject_id', 'item']).doNothing())
      .execute()
}

/**
 * Deletes up to `limit` of the subject's interactions that no retention rule keeps; answers how many
 * went, by kind. Run again until it answers nothing.
 */
export async function deleteUnretainedInteractions(
  db: Executor,
  subjectId: string,
  limit: number,
): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('subject_interactions')
    .select(['id', 'kind'])
    .where('subject_id', '=', subjectId)
    .where('id', 'not in', (eb) =>
      eb.selectFrom('erasure_retained').select('item').where('subject_id', '=', subjectId),
    )
    .orderBy('id')
    .limit(limit)
    .execute()
  if (rows.length === 0) return {}
  await db
    .deleteFrom('subject_interactions')
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute()
  const counts: Record<string, number> = {}
  for (const r of rows) counts[r.kind] = (counts[r.kind] ?? 0) + 1
  return counts
}

/** Marketing permissions, their tokens and history (cascade) of a subject; answers how many went. */
export async function deleteSubscriptions(db: Executor, subjectId: string): Promise<number> {
  await db.deleteFrom('subscription_tokens').where('subject_id', '=', subjectId).execute()
  const result = await db.deleteFrom('subscriptions').where('subject_id', '=', subjectId).executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** Mails to the person (sealed under their key): undeliverable once the key is gone. */
export async function deleteMails(db: Executor, subjectId: string): Promise<number> {
  const result = await db.deleteFrom('mail_outbox').where('key_owner', '=', subjectId).executeTakeFirst()
  return Number(result.numDeletedRows)
}

export async function deleteLookups(db: Executor, subjectId: string): Promise<void> {
  await db.deleteFrom('subject_lookups').where('subject_id', '=', subjectId).execute()
}

export async function findRestriction(db: Executor, subjectId: string): Promise<RestrictionRow | undefined> {
  return db
    .selectFrom('subject_restrictions')
    .selectAll()
    .where('subject_id', '=', subjectId)
    .executeTakeFirst()
}

export async function saveRestriction(
  db: Executor,
  row: Insertable<SubjectRestrictionsTable>,
): Promise<void> {
  const { subject_id: _id, ...set } = row
  await db
    .insertInto('subject_restrictions')
    .values(row)
    .onConflict((oc) => oc.column('subject_id').doUpdateSet(set))
    .execute()
}

export async function deleteRestriction(db: Executor, subjectId: string): Promise<void> {
  await db.deleteFrom('subject_restrictions').where('subject_id', '=', subjectId).execute()
}

export async function setRestricted(db: Executor, subjectId: string, on: boolean, at: string): Promise<void> {
  await db
    .updateTable('subjects')
    .set({ restricted: on ? 1 : 0, updated_at: at })
    .where('id', '=', subjectId)
    .execute()
}

/** Why and until when a person is restricted, for the admin pages; null when they are not. */
export async function restrictionOf(
  db: Executor,
  subjectId: string,
): Promise<{ basis: string; keepUntil: string | null } | null> {
  const row = await findRestriction(db, subjectId)
  return row ? { basis: row.basis, keepUntil: row.keep_until } : null
}
