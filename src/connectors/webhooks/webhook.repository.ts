import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../../db/database.js'
import type {
  ConnectorAttemptsTable,
  ConnectorDeliveriesTable,
  ConnectorLinksTable,
  ConnectorWebhooksTable,
} from './webhook.table.js'

export type WebhookRow = Selectable<ConnectorWebhooksTable>
export type DeliveryRow = Selectable<ConnectorDeliveriesTable>
export type AttemptRow = Selectable<ConnectorAttemptsTable>
export type LinkRow = Selectable<ConnectorLinksTable>

export function findWebhook(db: Executor, systemId: string): Promise<WebhookRow | undefined> {
  return db.selectFrom('connector_webhooks').selectAll().where('system_id', '=', systemId).executeTakeFirst()
}

export function listWebhooks(db: Executor): Promise<WebhookRow[]> {
  return db.selectFrom('connector_webhooks').selectAll().orderBy('created_at').execute()
}

export async function upsertWebhook(db: Executor, row: Insertable<ConnectorWebhooksTable>): Promise<void> {
  await db
    .insertInto('connector_webhooks')
    .values(row)
    .onConflict((oc) =>
      oc.column('system_id').doUpdateSet({
        url: row.url,
        secret: row.secret,
        events: row.events,
        updated_at: row.updated_at,
      }),
    )
    .execute()
}

export async function deleteWebhook(db: Executor, systemId: string): Promise<boolean> {
  const r = await db.deleteFrom('connector_webhooks').where('system_id', '=', systemId).executeTakeFirst()
  return Number(r.numDeletedRows) === 1
}

export async function systemExists(db: Executor, systemId: string): Promise<boolean> {
  return (
    (await db.selectFrom('systems').select('id').where('id', '=', systemId).executeTakeFirst()) !== undefined
  )
}

export async function insertDelivery(db: Executor, row: Insertable<ConnectorDeliveriesTable>): Promise<void> {
  await db.insertInto('connector_deliveries').values(row).execute()
}

export function findDelivery(db: Executor, id: string): Promise<DeliveryRow | undefined> {
  return db.selectFrom('connector_deliveries').selectAll().where('id', '=', id).executeTakeFirst()
}

export function dueDeliveries(db: Executor, now: string, limit: number): Promise<DeliveryRow[]> {
  return db
    .selectFrom('connector_deliveries')
    .selectAll()
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute()
}

/** Takes a delivery for this sender by moving its next attempt forward; false when another took it. */
export async function claimDelivery(db: Executor, row: DeliveryRow, leaseUntil: string): Promise<boolean> {
  if (row.next_attempt_at === null) return false
  const r = await db
    .updateTable('connector_deliveries')
    .set({ next_attempt_at: leaseUntil })
    .where('id', '=', row.id)
    .where('status', '=', 'queued')
    .where('next_attempt_at', '=', row.next_attempt_at)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function updateDelivery(
  db: Executor,
  id: string,
  set: Updateable<ConnectorDeliveriesTable>,
): Promise<void> {
  await db.updateTable('connector_deliveries').set(set).where('id', '=', id).execute()
}

/** Puts dead deliveries (all, or the given one) back in the queue for a fresh round of tries. */
export async function requeueDead(db: Executor, now: string, id?: string): Promise<string[]> {
  let q = db.selectFrom('connector_deliveries').select('id').where('status', '=', 'dead')
  if (id) q = q.where('id', '=', id)
  const ids = (await q.execute()).map((r) => r.id)
  if (ids.length > 0)
    await db
      .updateTable('connector_deliveries')
      .set({ status: 'queued', attempts: 0, next_attempt_at: now, dead_at: null })
      .where('id', 'in', ids)
      .where('status', '=', 'dead')
      .execute()
  return ids
}

export function listDeliveries(
  db: Executor,
  q: { status?: string | undefined; systemId?: string | undefined; limit: number },
): Promise<DeliveryRow[]> {
  let query = db.selectFrom('connector_deliveries').selectAll()
  if (q.status) query = query.where('status', '=', q.status)
  if (q.systemId) query = query.where('system_id', '=', q.systemId)
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute()
}

export async function insertAttempt(db: Executor, row: Insertable<ConnectorAttemptsTable>): Promise<void> {
  await db.insertInto('connector_attempts').values(row).execute()
}

export function attemptsOf(db: Executor, deliveryIds: readonly string[]): Promise<AttemptRow[]> {
  if (deliveryIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('connector_attempts')
    .selectAll()
    .where('delivery_id', 'in', [...deliveryIds])
    .orderBy('attempt')
    .execute()
}

export async function insertLink(db: Executor, row: Insertable<ConnectorLinksTable>): Promise<void> {
  await db.insertInto('connector_links').values(row).execute()
}

export function findLinkByHash(db: Executor, hash: string): Promise<LinkRow | undefined> {
  return db.selectFrom('connector_links').selectAll().where('token_hash', '=', hash).executeTakeFirst()
}

/** Whether a task was already handed over (dispatching twice must not send twice). */
export async function taskLinked(db: Executor, taskId: string): Promise<boolean> {
  return (
    (await db.selectFrom('connector_links').select('id').where('task_id', '=', taskId).executeTakeFirst()) !==
    undefined
  )
}

export function findLink(db: Executor, id: string): Promise<LinkRow | undefined> {
  return db.selectFrom('connector_links').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Records the answer once: false when the link was already answered (the token is single-use). */
export async function answerLink(
  db: Executor,
  id: string,
  set: Pick<Updateable<ConnectorLinksTable>, 'status' | 'note' | 'rows' | 'answered_at'>,
): Promise<boolean> {
  const r = await db
    .updateTable('connector_links')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'waiting')
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export async function updateLink(
  db: Executor,
  id: string,
  set: Updateable<ConnectorLinksTable>,
): Promise<void> {
  await db.updateTable('connector_links').set(set).where('id', '=', id).execute()
}

export function linksOfRequest(db: Executor, requestId: string): Promise<LinkRow[]> {
  return db
    .selectFrom('connector_links')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .execute()
}

/** Waiting e-mail links last written to before `before`, for reminders. */
export function waitingEmailLinks(db: Executor, before: string, limit: number): Promise<LinkRow[]> {
  return db
    .selectFrom('connector_links')
    .selectAll()
    .where('channel', '=', 'email')
    .where('status', '=', 'waiting')
    .where('last_sent_at', '<=', before)
    .orderBy('last_sent_at')
    .limit(limit)
    .execute()
}

/** The state and due date of a request, for the task hand-over. */
export function requestFacts(
  db: Executor,
  requestId: string,
): Promise<{ state: string; due_on: string | null; extended_until: string | null } | undefined> {
  return db
    .selectFrom('requests')
    .select(['state', 'due_on', 'extended_until'])
    .where('id', '=', requestId)
    .executeTakeFirst()
}

/** The open task of a request for a system, checked before a hand-over is linked to it. */
export function openTask(
  db: Executor,
  requestId: string,
  taskId: string,
): Promise<{ id: string; system_id: string | null; system_name: string } | undefined> {
  return db
    .selectFrom('request_tasks')
    .select(['id', 'system_id', 'system_name'])
    .where('id', '=', taskId)
    .where('request_id', '=', requestId)
    .where('status', '=', 'open')
    .executeTakeFirst()
}
