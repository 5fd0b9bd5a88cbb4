import { type Insertable, PostgresAdapter, type Selectable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { PolicyReviewsTable, PolicyVersionsTable } from './policy.table.js'

export type VersionRow = Selectable<PolicyVersionsTable>
export type ReviewRow = Selectable<PolicyReviewsTable>

/**
 * Serialises publications on PostgreSQL, so each reads the latest number only after the one before has
 * committed (two at once would both take the same next number). SQLite write transactions are serial.
 */
export async function lockPublication(db: Executor): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return
  await db.selectFrom('organisation').select('id').where('id', '=', 1).forUpdate().execute()
}

/**
 * Versions are only ever inserted: there is no update or delete here, on purpose, except the banner
 * revision a material change published later (`setBannerRevision`), which records what followed.
 */
export async function insertVersion(db: Executor, row: Insertable<PolicyVersionsTable>): Promise<void> {
  await db.insertInto('policy_versions').values(row).execute()
}

/** Every version, newest first, without the heavy columns. */
export async function listVersions(db: Executor): Promise<Array<Omit<VersionRow, 'facts' | 'documents'>>> {
  return db
    .selectFrom('policy_versions')
    .select([
      'id',
      'number',
      'effective_from',
      'published_at',
      'published_by_type',
      'published_by',
      'material',
      'note',
      'gaps',
      'override_reason',
      'banner_revision',
      'notified',
    ])
    .orderBy('number', 'desc')
    .execute()
}

/** Material versions whose effective date has come and whose banner revision is still to publish. */
export async function materialDue(db: Executor, day: string): Promise<number[]> {
  const rows = await db
    .selectFrom('policy_versions')
    .select('number')
    .where('material', '=', 1)
    .where('banner_revision', 'is', null)
    .where('effective_from', '<=', day)
    .orderBy('number')
    .execute()
  return rows.map((r) => r.number)
}

export async function setBannerRevision(db: Executor, numbers: number[], revision: number): Promise<void> {
  if (numbers.length === 0) return
  await db
    .updateTable('policy_versions')
    .set({ banner_revision: revision })
    .where('number', 'in', numbers)
    .where('banner_revision', 'is', null)
    .execute()
}

export async function findVersion(db: Executor, number: number): Promise<VersionRow | undefined> {
  return db.selectFrom('policy_versions').selectAll().where('number', '=', number).executeTakeFirst()
}

export async function latestVersion(db: Executor): Promise<VersionRow | undefined> {
  return db.selectFrom('policy_versions').selectAll().orderBy('number', 'desc').limit(1).executeTakeFirst()
}

/** The version in force on a day: the newest whose effective date has come. */
export async function versionInForce(db: Executor, day: string): Promise<VersionRow | undefined> {
  return db
    .selectFrom('policy_versions')
    .selectAll()
    .where('effective_from', '<=', day)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst()
}

export async function insertReview(db: Executor, row: Insertable<PolicyReviewsTable>): Promise<void> {
  await db.insertInto('policy_reviews').values(row).execute()
}

export async function latestReview(db: Executor): Promise<ReviewRow | undefined> {
  return db
    .selectFrom('policy_reviews')
    .selectAll()
    .orderBy('reviewed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** Marks a review's reminder sent; false when another instance already did. */
export async function markReminded(db: Executor, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('policy_reviews')
    .set({ reminded_at: at })
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** The active staff who get the yearly reminder: owners and data protection officers. */
export async function reviewers(
  db: Executor,
): Promise<Array<{ id: string; email: string; locale: string | null }>> {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'locale'])
    .where('role', 'in', ['owner', 'dpo'])
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute()
}

/** People with an active e-mail marketing permission, one row per person (with a purpose to send under). */
export async function emailSubscribers(
  db: Executor,
): Promise<Array<{ subject_id: string; purpose: string; language: string }>> {
  const rows = await db
    .selectFrom('subscriptions')
    .select(['subject_id', 'purpose', 'language'])
    .where('channel', '=', 'email')
    .where('status', '=', 'active')
    .orderBy('subject_id')
    .orderBy('purpose')
    .execute()
  const first = new Map<string, (typeof rows)[number]>()
  for (const row of rows) if (!first.has(row.subject_id)) first.set(row.subject_id, row)
  return [...first.values()]
}
