import type { Insertable, Selectable } from 'kysely'
import type { Executor } from '../../db/database.js'
import type { SubjectInteractionsTable } from '../../subjects/subject.table.js'
import type { AccessPackagesTable } from './access.table.js'

export type PackageRow = Selectable<AccessPackagesTable>
export type InteractionRow = Selectable<SubjectInteractionsTable>

export async function insertPackage(db: Executor, row: Insertable<AccessPackagesTable>): Promise<void> {
  await db.insertInto('access_packages').values(row).execute()
}

/** The package a token hash belongs to, used or not. */
export async function findPackage(db: Executor, tokenHash: string): Promise<PackageRow | undefined> {
  return db.selectFrom('access_packages').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst()
}

/**
 * Marks the package downloaded if it is still unused and unexpired, in one statement, so two
 * simultaneous downloads cannot both win, and drops the sealed identity; answers whether this call
 * did it.
 */
export async function consumePackage(db: Executor, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('access_packages')
    .set({ downloaded_at: now, identity: null })
    .where('id', '=', id)
    .where('downloaded_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** The newest interaction id of a subject: the end of the snapshot a package is streamed from. */
export async function lastInteractionId(db: Executor, subjectId: string): Promise<string | null> {
  const row = await db
    .selectFrom('subject_interactions')
    .select('id')
    .where('subject_id', '=', subjectId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.id ?? null
}

/** How many interactions of each kind a subject has, up to and including `upTo`. */
export async function countInteractions(
  db: Executor,
  subjectId: string,
  upTo: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('subject_interactions')
    .select(['kind', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('subject_id', '=', subjectId)
    .where('id', '<=', upTo)
    .groupBy('kind')
    .execute()
  return new Map(rows.map((r) => [r.kind, Number(r.n)]))
}

/** Where the previous batch ended. */
export interface InteractionCursor {
  occurredAt: string
  id: string
}

/**
 * One batch of a subject's interactions, oldest first, after `after` and created no later than `upTo`
 * (ids are UUIDv7): keyset pages along the (subject, occurred_at) index, so a long history is read a
 * batch at a time without sorting it.
 */
export async function interactionBatch(
  db: Executor,
  subjectId: string,
  after: InteractionCursor | null,
  upTo: string,
  limit: number,
): Promise<InteractionRow[]> {
  let q = db
    .selectFrom('subject_interactions')
    .selectAll()
    .where('subject_id', '=', subjectId)
    .where('id', '<=', upTo)
    .orderBy('occurred_at', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
  // The first condition is a range on the index; the second only drops the rows of the same instant
  // already sent. (An OR alone would make both databases scan from the start on every batch.)
  if (after)
    q = q
      .where('occurred_at', '>=', after.occurredAt)
      .where((eb) => eb.or([eb('occurred_at', '>', after.occurredAt), eb('id', '>', after.id)]))
  return q.execute()
}
