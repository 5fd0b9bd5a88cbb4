import { type Insertable, PostgresAdapter, type Selectable, type Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { LookupHash } from './subject.lookups.js'
import type { SubjectInteractionsTable, SubjectsTable } from './subject.table.js'

export type SubjectRow = Selectable<SubjectsTable>
export type InteractionRow = Selectable<SubjectInteractionsTable>

export async function insertSubject(db: Executor, row: Insertable<SubjectsTable>): Promise<void> {
  await db.insertInto('subjects').values(row).execute()
}

export async function updateSubject(db: Executor, id: string, set: Updateable<SubjectsTable>): Promise<void> {
  await db.updateTable('subjects').set(set).where('id', '=', id).execute()
}

export async function findSubject(db: Executor, id: string): Promise<SubjectRow | undefined> {
  return db.selectFrom('subjects').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * The row, locked until the transaction ends on PostgreSQL, so two corrections of the same person do
 * not overwrite each other's sealed profile. SQLite runs one write transaction at a time anyway.
 */
export async function lockSubject(db: Executor, id: string): Promise<SubjectRow | undefined> {
  let query = db.selectFrom('subjects').selectAll().where('id', '=', id)
  if (db.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate()
  return query.executeTakeFirst()
}

/** Newest first (ids are UUIDv7, so id order is creation order); `before` is the last id of the previous page. */
export async function listSubjects(db: Executor, limit: number, before?: string): Promise<SubjectRow[]> {
  let q = db.selectFrom('subjects').selectAll().orderBy('id', 'desc').limit(limit)
  if (before) q = q.where('id', '<', before)
  return q.execute()
}

/** Subjects with any of the given keyed hashes, newest first. */
export async function findByHashes(db: Executor, hashes: LookupHash[], limit: number): Promise<SubjectRow[]> {
  if (hashes.length === 0) return []
  return db
    .selectFrom('subjects')
    .selectAll()
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('subject_lookups')
        .select('subject_id')
        .where((w) => w.or(hashes.map((h) => w.and([w('kind', '=', h.kind), w('hash', '=', h.hash)])))),
    )
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

/** Replaces a subject's look-up hashes with the ones of its current profile. */
export async function replaceLookups(db: Executor, subjectId: string, hashes: LookupHash[]): Promise<void> {
  await db.deleteFrom('subject_lookups').where('subject_id', '=', subjectId).execute()
  if (hashes.length === 0) return
  await db
    .insertInto('subject_lookups')
    .values(hashes.map((h) => ({ kind: h.kind, hash: h.hash, subject_id: subjectId })))
    .execute()
}

export async function insertInteraction(
  db: Executor,
  row: Insertable<SubjectInteractionsTable>,
): Promise<void> {
  await db.insertInto('subject_interactions').values(row).execute()
}

/** A subject's interactions of the given kinds, newest first. */
export async function listInteractions(
  db: Executor,
  subjectId: string,
  kinds: readonly string[],
  limit: number,
): Promise<InteractionRow[]> {
  if (kinds.length === 0) return []
  return db
    .selectFrom('subject_interactions')
    .selectAll()
    .where('subject_id', '=', subjectId)
    .where('kind', 'in', kinds)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}
