import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { SystemsTable } from './datamap.table.js'

export type SystemRow = Selectable<SystemsTable>

export async function listSystems(db: Executor): Promise<SystemRow[]> {
  return db.selectFrom('systems').selectAll().orderBy('name').orderBy('id').execute()
}

export async function findSystem(db: Executor, id: string): Promise<SystemRow | undefined> {
  return db.selectFrom('systems').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function existingSystemIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('systems')
    .select('id')
    .where('id', 'in', [...ids])
    .execute()
  return new Set(rows.map((r) => r.id))
}

export async function insertSystem(db: Executor, row: Insertable<SystemsTable>): Promise<void> {
  await db.insertInto('systems').values(row).execute()
}

export async function updateSystem(
  db: Executor,
  id: string,
  changes: Updateable<SystemsTable>,
): Promise<void> {
  await db.updateTable('systems').set(changes).where('id', '=', id).execute()
}

export async function deleteSystem(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('systems').where('id', '=', id).execute()
}

/** How many processing activities name the system. */
export async function activitiesUsingSystem(db: Executor, id: string): Promise<number> {
  const row = await db
    .selectFrom('activity_systems')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('system_id', '=', id)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
