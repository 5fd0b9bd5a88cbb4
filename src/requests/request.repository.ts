import { type Insertable, PostgresAdapter, type Selectable, type Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import type {
  RequestEventsTable,
  RequestSettingsTable,
  RequestsTable,
  RequestTasksTable,
  RequestTokensTable,
} from './request.table.js'

export type RequestRow = Selectable<RequestsTable>
export type EventRow = Selectable<RequestEventsTable>
export type TokenRow = Selectable<RequestTokensTable>
export type TaskRow = Selectable<RequestTasksTable>
export type SettingsRow = Selectable<RequestSettingsTable>

export async function insertRequest(db: Executor, row: Insertable<RequestsTable>): Promise<void> {
  await db.insertInto('requests').values(row).execute()
}

export async function updateRequest(db: Executor, id: string, set: Updateable<RequestsTable>): Promise<void> {
  await db.updateTable('requests').set(set).where('id', '=', id).execute()
}

export async function findRequest(db: Executor, id: string): Promise<RequestRow | undefined> {
  return db.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The row, locked until the transaction ends on PostgreSQL, so two transitions cannot both pass their check. */
export async function lockRequest(db: Executor, id: string): Promise<RequestRow | undefined> {
  let query = db.selectFrom('requests').selectAll().where('id', '=', id)
  if (db.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate()
  return query.executeTakeFirst()
}

/** Requests by state (or the open ones), soonest due first; unconfirmed ones are never listed. */
export async function listRequests(
  db: Executor,
  f: { states: readonly string[]; assigneeId?: string | undefined; limit: number },
): Promise<RequestRow[]> {
  let q = db.selectFrom('requests').selectAll().where('state', 'in', f.states)
  if (f.assigneeId) q = q.where('assignee_id', '=', f.assigneeId)
  return q.orderBy('due_on').orderBy('received_at').orderBy('id').limit(f.limit).execute()
}

/** Open requests with an assignee whose due date is on or before `until` and not yet reminded of. */
export async function dueForReminder(
  db: Executor,
  states: readonly string[],
  until: string,
): Promise<RequestRow[]> {
  return db
    .selectFrom('requests')
    .selectAll()
    .where('state', 'in', states)
    .where('assignee_id', 'is not', null)
    .where('due_on', '<=', until)
    .where((eb) => eb.or([eb('reminded_for', 'is', null), eb('reminded_for', '!=', eb.ref('due_on'))]))
    .orderBy('due_on')
    .execute()
}

/** Unconfirmed requests whose confirmation window has passed. */
export async function expiredUnconfirmed(db: Executor, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('requests')
    .select('id')
    .where('state', '=', 'unconfirmed')
    .where('expires_at', '<=', now)
    .limit(limit)
    .execute()
  return rows.map((r) => r.id)
}

export async function deleteRequests(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await db.deleteFrom('requests').where('id', 'in', ids).execute()
}

/** Unconfirmed requests sent from this keyed e-mail hash, still within their window. */
export async function unconfirmedByEmail(
  db: Executor,
  emailHash: string,
  now: string,
): Promise<RequestRow[]> {
  return db
    .selectFrom('requests')
    .selectAll()
    .where('email_hash', '=', emailHash)
    .where('state', '=', 'unconfirmed')
    .where('expires_at', '>', now)
    .orderBy('id')
    .limit(50)
    .execute()
}

export async function insertEvent(db: Executor, row: Insertable<RequestEventsTable>): Promise<void> {
  await db.insertInto('request_events').values(row).execute()
}

export async function eventsOf(db: Executor, requestId: string): Promise<EventRow[]> {
  return db
    .selectFrom('request_events')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute()
}

export async function insertToken(db: Executor, row: Insertable<RequestTokensTable>): Promise<void> {
  await db.insertInto('request_tokens').values(row).execute()
}

export async function findToken(db: Executor, hash: string): Promise<TokenRow | undefined> {
  return db.selectFrom('request_tokens').selectAll().where('hash', '=', hash).executeTakeFirst()
}

export async function tokensOf(db: Executor, requestId: string, kind: string): Promise<TokenRow[]> {
  return db
    .selectFrom('request_tokens')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('kind', '=', kind)
    .execute()
}

/** Marks every token of the request used: one confirmation spends both the link and the code. */
export async function useTokens(db: Executor, requestId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('request_tokens')
    .set({ used_at: at })
    .where('request_id', '=', requestId)
    .where('used_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

export async function countAttempt(db: Executor, hash: string): Promise<void> {
  await db
    .updateTable('request_tokens')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('hash', '=', hash)
    .execute()
}

export async function insertTasks(db: Executor, rows: Insertable<RequestTasksTable>[]): Promise<void> {
  if (rows.length === 0) return
  await db.insertInto('request_tasks').values(rows).execute()
}

export async function tasksOf(db: Executor, requestId: string): Promise<TaskRow[]> {
  return db
    .selectFrom('request_tasks')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('system_name')
    .orderBy('id')
    .execute()
}

export async function updateTask(
  db: Executor,
  id: string,
  set: Updateable<RequestTasksTable>,
): Promise<void> {
  await db.updateTable('request_tasks').set(set).where('id', '=', id).execute()
}

export async function readSettings(db: Executor): Promise<SettingsRow | undefined> {
  return db.selectFrom('request_settings').selectAll().where('id', '=', 1).executeTakeFirst()
}

export async function writeSettings(
  db: Executor,
  row: { deadline: string; reminder_days: number; updated_at: string },
): Promise<void> {
  await db
    .insertInto('request_settings')
    .values({ id: 1, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute()
}

/** The first person in the register with this keyed e-mail hash. */
export async function subjectByEmailHash(db: Executor, hash: string): Promise<string | null> {
  const row = await db
    .selectFrom('subject_lookups')
    .select('subject_id')
    .where('kind', '=', 'email')
    .where('hash', '=', hash)
    .orderBy('subject_id')
    .executeTakeFirst()
  return row?.subject_id ?? null
}

/** The kinds of interaction held about a person (kinds are not personal values; details stay sealed). */
export async function interactionKindsOf(db: Executor, subjectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('subject_interactions')
    .select('kind')
    .distinct()
    .where('subject_id', '=', subjectId)
    .execute()
  return rows.map((r) => r.kind)
}

/** Staff who exist and are not disabled, by id. */
export async function activeUser(
  db: Executor,
  id: string,
): Promise<{ id: string; role: string; email: string; name: string; locale: string | null } | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'role', 'email', 'name', 'locale'])
    .where('id', '=', id)
    .where('disabled_at', 'is', null)
    .executeTakeFirst()
}

/** Staff who may work on requests, for the assignment list. */
export async function assignableUsers(db: Executor, roles: readonly string[]) {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('role', 'in', roles)
    .where('disabled_at', 'is', null)
    .orderBy('name')
    .execute()
}
