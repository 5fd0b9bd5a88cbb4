import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { WebhookDeliveriesTable, WebhookEndpointsTable } from './subscription.table.js'

export type EndpointRow = Selectable<WebhookEndpointsTable>
export type DeliveryRow = Selectable<WebhookDeliveriesTable>

export async function insertEndpoint(db: Executor, row: Insertable<WebhookEndpointsTable>): Promise<void> {
  await db.insertInto('webhook_endpoints').values(row).execute()
}

export async function listEndpoints(db: Executor, activeOnly = false): Promise<EndpointRow[]> {
  let q = db.selectFrom('webhook_endpoints').selectAll()
  if (activeOnly) q = q.where('active', '=', 1)
  return q.orderBy('created_at').execute()
}

export async function findEndpoint(db: Executor, id: string): Promise<EndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function deleteEndpoint(db: Executor, id: string): Promise<boolean> {
  const r = await db.deleteFrom('webhook_endpoints').where('id', '=', id).executeTakeFirst()
  return Number(r.numDeletedRows) === 1
}

export async function insertDeliveries(
  db: Executor,
  rows: ReadonlyArray<Insertable<WebhookDeliveriesTable>>,
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('webhook_deliveries')
      .values([...rows])
      .execute()
}

export async function dueDeliveries(db: Executor, now: string, limit: number): Promise<DeliveryRow[]> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', now)
    .orderBy('id')
    .limit(limit)
    .execute()
}

/** Takes a delivery for this sender by moving its next attempt forward; false when another took it. */
export async function claimDelivery(db: Executor, row: DeliveryRow, leaseUntil: string): Promise<boolean> {
  const r = await db
    .updateTable('webhook_deliveries')
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
  set: Updateable<WebhookDeliveriesTable>,
): Promise<void> {
  await db.updateTable('webhook_deliveries').set(set).where('id', '=', id).execute()
}

export async function recentDeliveries(db: Executor, limit: number): Promise<DeliveryRow[]> {
  return db.selectFrom('webhook_deliveries').selectAll().orderBy('id', 'desc').limit(limit).execute()
}
