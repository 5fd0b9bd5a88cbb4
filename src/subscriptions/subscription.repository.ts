import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import type {
  SubscriptionEventsTable,
  SubscriptionsTable,
  SubscriptionTokensTable,
} from './subscription.table.js'

export type SubscriptionRow = Selectable<SubscriptionsTable>
export type TokenRow = Selectable<SubscriptionTokensTable>

export async function findSubscription(
  db: Executor,
  subjectId: string,
  channel: string,
  purpose: string,
): Promise<SubscriptionRow | undefined> {
  return db
    .selectFrom('subscriptions')
    .selectAll()
    .where('subject_id', '=', subjectId)
    .where('channel', '=', channel)
    .where('purpose', '=', purpose)
    .executeTakeFirst()
}

export async function findSubscriptionById(db: Executor, id: string): Promise<SubscriptionRow | undefined> {
  return db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The permissions of several people for one channel and purpose. */
export async function subscriptionsOf(
  db: Executor,
  subjectIds: readonly string[],
  filter: { channel?: string; purpose?: string } = {},
): Promise<SubscriptionRow[]> {
  if (subjectIds.length === 0) return []
  let q = db.selectFrom('subscriptions').selectAll().where('subject_id', 'in', subjectIds)
  if (filter.channel) q = q.where('channel', '=', filter.channel)
  if (filter.purpose) q = q.where('purpose', '=', filter.purpose)
  return q.orderBy('created_at').execute()
}

export async function insertSubscription(db: Executor, row: Insertable<SubscriptionsTable>): Promise<void> {
  await db.insertInto('subscriptions').values(row).execute()
}

export async function updateSubscription(
  db: Executor,
  id: string,
  set: Updateable<SubscriptionsTable>,
): Promise<void> {
  await db.updateTable('subscriptions').set(set).where('id', '=', id).execute()
}

export async function insertEvent(db: Executor, row: Insertable<SubscriptionEventsTable>): Promise<void> {
  await db.insertInto('subscription_events').values(row).execute()
}

export async function eventsOf(db: Executor, subscriptionId: string) {
  return db
    .selectFrom('subscription_events')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .orderBy('id')
    .execute()
}

export async function insertToken(db: Executor, row: Insertable<SubscriptionTokensTable>): Promise<void> {
  await db.insertInto('subscription_tokens').values(row).execute()
}

export async function findToken(db: Executor, hash: string): Promise<TokenRow | undefined> {
  return db.selectFrom('subscription_tokens').selectAll().where('hash', '=', hash).executeTakeFirst()
}

export async function useToken(db: Executor, hash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('subscription_tokens')
    .set({ used_at: at })
    .where('hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Which of the given (channel, hash) pairs are suppressed. */
export async function suppressedAmong(
  db: Executor,
  channel: string,
  hashes: readonly string[],
): Promise<boolean> {
  if (hashes.length === 0) return false
  const row = await db
    .selectFrom('suppressions')
    .select('hash')
    .where('channel', '=', channel)
    .where('hash', 'in', hashes)
    .executeTakeFirst()
  return row !== undefined
}

export async function suppress(
  db: Executor,
  rows: ReadonlyArray<{ channel: string; hash: string }>,
  reason: string,
  at: string,
): Promise<void> {
  if (rows.length === 0) return
  await db
    .insertInto('suppressions')
    .values(rows.map((r) => ({ ...r, reason, created_at: at })))
    .onConflict((oc) => oc.columns(['channel', 'hash']).doNothing())
    .execute()
}

export async function unsuppress(db: Executor, channel: string, hashes: readonly string[]): Promise<void> {
  if (hashes.length === 0) return
  await db.deleteFrom('suppressions').where('channel', '=', channel).where('hash', 'in', hashes).execute()
}

/** The keyed hashes a person is found by (e-mail, phone), from the register's look-ups. */
export async function lookupHashesOf(
  db: Executor,
  subjectId: string,
): Promise<Array<{ kind: string; hash: string }>> {
  return db
    .selectFrom('subject_lookups')
    .select(['kind', 'hash'])
    .where('subject_id', '=', subjectId)
    .where('kind', 'in', ['email', 'phone'])
    .execute()
}

/** People in the register with this keyed e-mail hash, oldest first, with their relationship. */
export async function subjectsWithHash(
  db: Executor,
  kind: string,
  hash: string,
): Promise<Array<{ id: string; relationship: string; restricted: number }>> {
  return db
    .selectFrom('subjects')
    .select(['id', 'relationship', 'restricted'])
    .where('id', 'in', (eb) =>
      eb.selectFrom('subject_lookups').select('subject_id').where('kind', '=', kind).where('hash', '=', hash),
    )
    .orderBy('id')
    .execute()
}

/** Whether the person's data is restricted (Art. 18): then no marketing at all. */
export async function isRestricted(db: Executor, subjectId: string): Promise<boolean> {
  const row = await db
    .selectFrom('subjects')
    .select('restricted')
    .where('id', '=', subjectId)
    .executeTakeFirst()
  return row?.restricted === 1
}

/** Active permissions per channel and purpose, for the admin page. */
export async function countActive(
  db: Executor,
): Promise<Array<{ channel: string; purpose: string; status: string; count: number }>> {
  const rows = await db
    .selectFrom('subscriptions')
    .select(['channel', 'purpose', 'status', (eb) => eb.fn.countAll<string | number>().as('count')])
    .groupBy(['channel', 'purpose', 'status'])
    .orderBy('channel')
    .orderBy('purpose')
    .execute()
  return rows.map((r) => ({ ...r, count: Number(r.count) }))
}

export async function countSuppressed(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('suppressions')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow()
  return Number(row.count)
}
