import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { ActivitiesTable } from './datamap.table.js'

export type ActivityRow = Selectable<ActivitiesTable>

export interface Links {
  systemIds: string[]
  recipientIds: string[]
  transfers: Array<{ country: string; safeguard: string; recipientId: string }>
}

export async function listActivities(db: Executor): Promise<ActivityRow[]> {
  return db.selectFrom('activities').selectAll().orderBy('name').orderBy('id').execute()
}

export async function findActivity(db: Executor, id: string): Promise<ActivityRow | undefined> {
  return db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function insertActivity(db: Executor, row: Insertable<ActivitiesTable>): Promise<void> {
  await db.insertInto('activities').values(row).execute()
}

export async function updateActivity(
  db: Executor,
  id: string,
  changes: Updateable<ActivitiesTable>,
): Promise<void> {
  await db.updateTable('activities').set(changes).where('id', '=', id).execute()
}

export async function deleteActivity(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('activities').where('id', '=', id).execute()
}

/** The systems, recipients and transfers of each activity, in the order they were given. */
export async function readLinks(db: Executor, ids: readonly string[]): Promise<Map<string, Links>> {
  const out = new Map<string, Links>(
    ids.map((id) => [id, { systemIds: [], recipientIds: [], transfers: [] }]),
  )
  if (ids.length === 0) return out
  const list = [...ids]
  const systems = await db
    .selectFrom('activity_systems')
    .selectAll()
    .where('activity_id', 'in', list)
    .orderBy('position')
    .execute()
  for (const r of systems) out.get(r.activity_id)?.systemIds.push(r.system_id)
  const recipients = await db
    .selectFrom('activity_recipients')
    .selectAll()
    .where('activity_id', 'in', list)
    .orderBy('position')
    .execute()
  for (const r of recipients) out.get(r.activity_id)?.recipientIds.push(r.processor_id)
  const transfers = await db
    .selectFrom('activity_transfers')
    .selectAll()
    .where('activity_id', 'in', list)
    .orderBy('position')
    .execute()
  for (const r of transfers)
    out
      .get(r.activity_id)
      ?.transfers.push({ country: r.country, safeguard: r.safeguard, recipientId: r.processor_id })
  return out
}

/** Replaces whichever of the three link lists is given. */
export async function writeLinks(db: Executor, id: string, links: Partial<Links>): Promise<void> {
  if (links.systemIds) {
    await db.deleteFrom('activity_systems').where('activity_id', '=', id).execute()
    if (links.systemIds.length > 0)
      await db
        .insertInto('activity_systems')
        .values(links.systemIds.map((system_id, position) => ({ activity_id: id, system_id, position })))
        .execute()
  }
  if (links.recipientIds) {
    await db.deleteFrom('activity_recipients').where('activity_id', '=', id).execute()
    if (links.recipientIds.length > 0)
      await db
        .insertInto('activity_recipients')
        .values(
          links.recipientIds.map((processor_id, position) => ({ activity_id: id, processor_id, position })),
        )
        .execute()
  }
  if (links.transfers) {
    await db.deleteFrom('activity_transfers').where('activity_id', '=', id).execute()
    if (links.transfers.length > 0)
      await db
        .insertInto('activity_transfers')
        .values(
          links.transfers.map((t, position) => ({
            activity_id: id,
            position,
            country: t.country,
            safeguard: t.safeguard,
            processor_id: t.recipientId,
          })),
        )
        .execute()
  }
}
