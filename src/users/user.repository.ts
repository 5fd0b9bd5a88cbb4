import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import { PreparedQuery } from '../db/prepared.js'
import type { UsersTable, UserTokensTable } from './user.table.js'

export type UserRow = Selectable<UsersTable>

const byId = new PreparedQuery((db, id: string) => db.selectFrom('users').selectAll().where('id', '=', id))

/** Read on every signed-in request, so the query is prepared once. */
export function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return byId.first(db, id)
}

export function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst()
}

export function listUsers(db: Executor): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('created_at').execute()
}

export async function insertUser(db: Executor, row: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values(row).execute()
}

export async function updateUser(db: Executor, id: string, changes: Updateable<UsersTable>): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute()
}

/** Active owners other than the given user: the last owner may not be demoted or disabled. */
export async function countOtherActiveOwners(db: Executor, exceptId: string): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'owner')
    .where('disabled_at', 'is', null)
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function insertToken(db: Executor, row: Insertable<UserTokensTable>): Promise<void> {
  await db.insertInto('user_tokens').values(row).execute()
}

export function findToken(db: Executor, id: string): Promise<Selectable<UserTokensTable> | undefined> {
  return db.selectFrom('user_tokens').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Marks a token used, once: the update only matches an unused token, so two racing uses cannot both win. */
export async function useToken(db: Executor, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('user_tokens')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

export async function deleteExpiredTokens(db: Executor, before: string): Promise<number> {
  const result = await db.deleteFrom('user_tokens').where('expires_at', '<', before).executeTakeFirst()
  return Number(result.numDeletedRows)
}
