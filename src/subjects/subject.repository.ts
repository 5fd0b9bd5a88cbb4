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

/** Rows per multi-row INSERT: well inside the parameter limits of SQLite and PostgreSQL. */
const CHUNK = 500

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Which subject each of the given keyed hashes belongs to (the first, when several share one). */
export async function subjectsByHash(
  db: Executor,
  hashes: readonly LookupHash[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  const byKind = new Map<string, Set<string>>()
  for (const h of hashes) byKind.set(h.kind, (byKind.get(h.kind) ?? new Set()).add(h.hash))
  for (const [kind, set] of byKind)
    for (const part of chunks([...set]))
      for (const row of await db
        .selectFrom('subject_lookups')
        .select(['hash', 'subject_id'])
        .where('kind', '=', kind)
        .where('hash', 'in', part)
        .orderBy('subject_id')
        .execute())
        if (!found.has(row.hash)) found.set(row.hash, row.subject_id)
  return found
}

export async function findSubjects(db: Executor, ids: readonly string[]): Promise<SubjectRow[]> {
  const rows: SubjectRow[] = []
  for (const part of chunks(ids))
    rows.push(...(await db.selectFrom('subjects').selectAll().where('id', 'in', part).execute()))
  return rows
}

export async function insertSubjects(
  db: Executor,
  rows: readonly Insertable<SubjectsTable>[],
): Promise<void> {
  for (const part of chunks(rows, 200)) await db.insertInto('subjects').values(part).execute()
}

export async function insertLookups(
  db: Executor,
  rows: ReadonlyArray<{ kind: string; hash: string; subject_id: string }>,
): Promise<void> {
  // In key order: each page of the look-up tree is then visited once per batch, not once per row.
  const sorted = [...rows].sort((a, b) =>
    a.kind === b.kind ? (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0) : a.kind < b.kind ? -1 : 1,
  )
  for (const part of chunks(sorted, 1000)) await db.insertInto('subject_lookups').values(part).execute()
}
