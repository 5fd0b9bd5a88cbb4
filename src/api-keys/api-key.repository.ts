import type { Insertable, Selectable } from 'kysely'
import type { Executor } from '../db/database.js'
import { PreparedQuery } from '../db/prepared.js'
import type { ApiKeysTable } from './api-key.table.js'

export type ApiKeyRow = Selectable<ApiKeysTable>

const byId = new PreparedQuery((db, id: string) => db.selectFrom('api_keys').selectAll().where('id', '=', id))

/** Runs on every API request, so the query is prepared once. */
export function findKey(db: Executor, id: string): Promise<ApiKeyRow | undefined> {
  return byId.first(db, id)
}

export function listKeys(db: Executor): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_keys').selectAll().orderBy('created_at', 'desc').execute()
}

export async function insertKey(db: Executor, row: Insertable<ApiKeysTable>): Promise<void> {
  await db.insertInto('api_keys').values(row).execute()
}

export async function revokeKey(db: Executor, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function touchKey(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute()
}
