import type { Insertable, Selectable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { PrivacyLinksTable } from './privacy.table.js'

export type LinkRow = Selectable<PrivacyLinksTable>

export async function insertLink(db: Executor, row: Insertable<PrivacyLinksTable>): Promise<void> {
  await db.insertInto('privacy_links').values(row).execute()
}

export async function findLink(db: Executor, hash: string): Promise<LinkRow | undefined> {
  return db.selectFrom('privacy_links').selectAll().where('hash', '=', hash).executeTakeFirst()
}

/** People in the register found by this keyed e-mail hash, oldest first. */
export async function peopleWithEmail(db: Executor, emailHash: string): Promise<string[]> {
  const rows = await db
    .selectFrom('subject_lookups')
    .select('subject_id')
    .where('kind', '=', 'email')
    .where('hash', '=', emailHash)
    .orderBy('subject_id')
    .execute()
  return [...new Set(rows.map((r) => r.subject_id))]
}

/** The person and everyone who shares an e-mail address with them, oldest first. */
export async function emailPeersOf(db: Executor, subjectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('subject_lookups')
    .select('subject_id')
    .where('kind', '=', 'email')
    .where('hash', 'in', (eb) =>
      eb
        .selectFrom('subject_lookups')
        .select('hash')
        .where('subject_id', '=', subjectId)
        .where('kind', '=', 'email'),
    )
    .orderBy('subject_id')
    .execute()
  return [...new Set([subjectId, ...rows.map((r) => r.subject_id)])]
}

/** The languages of the people's permissions that are active or waiting for confirmation, newest first. */
export async function heldPermissionLanguages(
  db: Executor,
  subjectIds: readonly string[],
): Promise<string[]> {
  if (subjectIds.length === 0) return []
  const rows = await db
    .selectFrom('subscriptions')
    .select('language')
    .where('subject_id', 'in', subjectIds)
    .where('status', 'in', ['active', 'pending'])
    .orderBy('updated_at', 'desc')
    .execute()
  return rows.map((r) => r.language)
}

/** How many privacy-center links were issued to these people since a moment. */
export async function linksIssuedSince(
  db: Executor,
  subjectIds: readonly string[],
  since: string,
): Promise<number> {
  if (subjectIds.length === 0) return 0
  const row = await db
    .selectFrom('privacy_links')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('subject_id', 'in', subjectIds)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow()
  return Number(row.count)
}

/** Forgets links that have expired; they open nothing anyway. */
export async function deleteExpiredLinks(db: Executor, now: string): Promise<number> {
  const result = await db.deleteFrom('privacy_links').where('expires_at', '<=', now).executeTakeFirst()
  return Number(result.numDeletedRows)
}
