import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { MailOutboxTable } from './mail.table.js'

export type MailRow = Selectable<MailOutboxTable>

export async function insertMail(db: Executor, row: Insertable<MailOutboxTable>): Promise<void> {
  await db.insertInto('mail_outbox').values(row).execute()
}

export function findMail(db: Executor, id: string): Promise<MailRow | undefined> {
  return db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listMail(db: Executor, limit: number, beforeId?: string): Promise<Omit<MailRow, 'sealed'>[]> {
  let q = db
    .selectFrom('mail_outbox')
    .select([
      'id',
      'created_at',
      'template',
      'language',
      'key_owner',
      'status',
      'attempts',
      'next_attempt_at',
      'lease_until',
      'last_error',
      'sent_at',
    ])
  if (beforeId) q = q.where('id', '<', beforeId)
  return q.orderBy('id', 'desc').limit(limit).execute()
}

/** Ids of mail due for sending: queued and due, or stuck in 'sending' past its lease (a crashed sender). */
export async function dueMailIds(db: Executor, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)]),
      ]),
    )
    .orderBy('id')
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}

/** Claims one mail for this sender; only one instance can win, the update matches the old state only. */
export async function claimMail(db: Executor, id: string, now: string, leaseUntil: string): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ status: 'sending', lease_until: leaseUntil })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', now)]),
      ]),
    )
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function updateMail(
  db: Executor,
  id: string,
  changes: Updateable<MailOutboxTable>,
): Promise<void> {
  await db.updateTable('mail_outbox').set(changes).where('id', '=', id).execute()
}

export async function countMailByStatus(db: Executor): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute()
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]))
}
