import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../../db/database.js'
import type {
  BreachEventsTable,
  BreachesTable,
  BreachNotificationsTable,
  BreachRecipientsTable,
} from '../incidents.table.js'

export type BreachRow = Selectable<BreachesTable>
export type EventRow = Selectable<BreachEventsTable>
export type NotificationRow = Selectable<BreachNotificationsTable>
export type RecipientRow = Selectable<BreachRecipientsTable>

export async function listBreaches(db: Executor): Promise<BreachRow[]> {
  return db.selectFrom('breaches').selectAll().orderBy('aware_at', 'desc').orderBy('id', 'desc').execute()
}

export async function findBreach(db: Executor, id: string): Promise<BreachRow | undefined> {
  return db.selectFrom('breaches').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertBreach(db: Executor, row: Insertable<BreachesTable>): Promise<void> {
  await db.insertInto('breaches').values(row).execute()
}

export async function updateBreach(db: Executor, id: string, set: Updateable<BreachesTable>): Promise<void> {
  await db.updateTable('breaches').set(set).where('id', '=', id).execute()
}

export async function insertEvent(db: Executor, row: Insertable<BreachEventsTable>): Promise<void> {
  await db.insertInto('breach_events').values(row).execute()
}

export async function eventsOf(db: Executor, id: string): Promise<EventRow[]> {
  return db
    .selectFrom('breach_events')
    .selectAll()
    .where('breach_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute()
}

export async function notificationsOf(db: Executor, id: string): Promise<NotificationRow[]> {
  return db
    .selectFrom('breach_notifications')
    .selectAll()
    .where('breach_id', '=', id)
    .orderBy('filed_at')
    .orderBy('id')
    .execute()
}

export async function notifiedIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('breach_notifications')
    .select('breach_id')
    .where('breach_id', 'in', [...ids])
    .execute()
  return new Set(rows.map((r) => r.breach_id))
}

export async function insertNotification(
  db: Executor,
  row: Insertable<BreachNotificationsTable>,
): Promise<void> {
  await db.insertInto('breach_notifications').values(row).execute()
}

/** Breaches whose clock is running: not closed, no notification filed, aware since `since`. */
export async function runningClocks(db: Executor, since: string): Promise<BreachRow[]> {
  return db
    .selectFrom('breaches')
    .selectAll()
    .where('status', '!=', 'closed')
    .where('risk', '!=', 'none')
    .where('aware_at', '>=', since)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('breach_notifications as n').select('n.id').whereRef('n.breach_id', '=', 'breaches.id'),
        ),
      ),
    )
    .orderBy('aware_at')
    .execute()
}

export async function remindersSent(db: Executor, id: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('breach_reminders')
    .select('hours_left')
    .where('breach_id', '=', id)
    .execute()
  return new Set(rows.map((r) => r.hours_left))
}

/** Records a threshold as sent; false when it already was (another instance got there first). */
export async function claimReminder(
  db: Executor,
  id: string,
  hoursLeft: number,
  at: string,
  recipients: number,
): Promise<boolean> {
  const result = await db
    .insertInto('breach_reminders')
    .values({ breach_id: id, hours_left: hoursLeft, sent_at: at, recipients })
    .onConflict((oc) => oc.columns(['breach_id', 'hours_left']).doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1
}

/** Owners and DPOs with an active account: they get the reminders. */
export async function reminderStaff(
  db: Executor,
): Promise<Array<{ id: string; email: string; name: string; locale: string | null }>> {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale'])
    .where('role', 'in', ['owner', 'dpo'])
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute()
}

export async function existingSystems(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('systems')
    .select('id')
    .where('id', 'in', [...ids])
    .execute()
  return new Set(rows.map((r) => r.id))
}

export async function systemNames(db: Executor): Promise<Array<{ id: string; name: string }>> {
  return db.selectFrom('systems').select(['id', 'name']).orderBy('name').orderBy('id').execute()
}

export async function recipientsOf(
  db: Executor,
  breachId: string,
): Promise<Array<RecipientRow & { status: string | null }>> {
  return db
    .selectFrom('breach_recipients as r')
    .leftJoin('mail_outbox as m', 'm.id', 'r.mail_id')
    .selectAll('r')
    .select('m.status as status')
    .where('r.breach_id', '=', breachId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute()
}

export async function recipientHashes(db: Executor, breachId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('breach_recipients')
    .select('email_hash')
    .where('breach_id', '=', breachId)
    .execute()
  return new Set(rows.map((r) => r.email_hash))
}

export async function insertRecipients(
  db: Executor,
  rows: Insertable<BreachRecipientsTable>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('breach_recipients')
      .values(rows.slice(i, i + 200))
      .execute()
}

export async function markRecipientSent(db: Executor, id: string, mailId: string, at: string): Promise<void> {
  await db
    .updateTable('breach_recipients')
    .set({ mail_id: mailId, sent_at: at })
    .where('id', '=', id)
    .execute()
}

/** People in the register (not companies), with their sealed profile, for choosing whom to tell. */
export async function registerPeople(
  db: Executor,
  window: { from?: string | undefined; to?: string | undefined },
): Promise<Array<{ id: string }>> {
  let q = db.selectFrom('subjects').select('id').where('kind', '=', 'person')
  if (window.from || window.to) {
    // In the window: created in it, or an interaction in it.
    let inter = db.selectFrom('subject_interactions').select('subject_id')
    if (window.from) inter = inter.where('occurred_at', '>=', window.from)
    if (window.to) inter = inter.where('occurred_at', '<=', window.to)
    const from = window.from
    const to = window.to
    q = q.where((eb) =>
      eb.or([
        eb.and([
          ...(from ? [eb('created_at', '>=', from)] : []),
          ...(to ? [eb('created_at', '<=', to)] : []),
        ]),
        eb('id', 'in', inter),
      ]),
    )
  }
  return q.orderBy('id').limit(50_000).execute()
}

export async function publishedNotices(db: Executor): Promise<BreachRow[]> {
  return db
    .selectFrom('breaches')
    .selectAll()
    .where('public_notice_at', 'is not', null)
    .orderBy('public_notice_at', 'desc')
    .execute()
}

const chunked = <T>(items: readonly T[], size = 500): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * The languages people chose themselves, newest first wins: in the requests they made (confirmed ones:
 * an unconfirmed request could be anyone's typing) and their marketing permissions. Keyed by subject
 * id and by the e-mail's keyed hash, so people on a list who are not in the register are found too.
 */
export async function chosenLanguages(
  db: Executor,
  subjectIds: readonly string[],
  emailHashes: readonly string[],
): Promise<{ bySubject: Map<string, string>; byHash: Map<string, string> }> {
  const bySubject = new Map<string, { language: string; at: string }>()
  const byHash = new Map<string, { language: string; at: string }>()
  const keep = (
    map: Map<string, { language: string; at: string }>,
    key: string,
    language: string,
    at: string,
  ) => {
    const seen = map.get(key)
    if (!seen || seen.at < at) map.set(key, { language, at })
  }
  for (const part of chunked(subjectIds)) {
    for (const r of await db
      .selectFrom('requests')
      .select(['subject_id', 'language', 'created_at'])
      .where('subject_id', 'in', part)
      .where('state', '!=', 'unconfirmed')
      .execute())
      if (r.subject_id) keep(bySubject, r.subject_id, r.language, r.created_at)
    for (const r of await db
      .selectFrom('subscriptions')
      .select(['subject_id', 'language', 'updated_at'])
      .where('subject_id', 'in', part)
      .execute())
      keep(bySubject, r.subject_id, r.language, r.updated_at)
  }
  for (const part of chunked(emailHashes))
    for (const r of await db
      .selectFrom('requests')
      .select(['email_hash', 'language', 'created_at'])
      .where('email_hash', 'in', part)
      .where('state', '!=', 'unconfirmed')
      .execute())
      keep(byHash, r.email_hash, r.language, r.created_at)
  const plain = (m: Map<string, { language: string }>) => new Map([...m].map(([k, v]) => [k, v.language]))
  return { bySubject: plain(bySubject), byHash: plain(byHash) }
}

export async function findRecipient(
  db: Executor,
  breachId: string,
  id: string,
): Promise<RecipientRow | undefined> {
  return db
    .selectFrom('breach_recipients')
    .selectAll()
    .where('breach_id', '=', breachId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function setRecipientLanguage(db: Executor, id: string, language: string): Promise<void> {
  await db.updateTable('breach_recipients').set({ language }).where('id', '=', id).execute()
}
