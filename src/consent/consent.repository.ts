import { CompiledQuery, PostgresAdapter, type Selectable } from 'kysely'
import type { Executor } from '../db/database.js'
import { PreparedQuery } from '../db/prepared.js'
import type { ConsentConfigTable, ConsentRecordsTable, ConsentServicesTable } from './consent.table.js'

export type ConsentRow = Selectable<ConsentRecordsTable>
export type ConfigRow = Selectable<ConsentConfigTable>
export type ServiceRow = Selectable<ConsentServicesTable>

const RECORD_COLUMNS = [
  'seq',
  'id',
  'at',
  'person_type',
  'person_ref',
  'method',
  'categories',
  'services',
  'revision',
  'texts_hash',
  'language',
  'policy_version',
  'ip',
  'user_agent',
  'origin',
  'path',
  'gpc',
  'prev_hash',
  'hash',
] as const satisfies ReadonlyArray<keyof ConsentRow>

// The consent endpoint's hot path: compiled once, so a group of choices costs SQLite's own work only.
const headForShare = new PreparedQuery((db) =>
  db.selectFrom('consent_head').select(['seq', 'hash']).where('id', '=', 1),
)
const headForUpdate = new PreparedQuery((db) =>
  db.selectFrom('consent_head').select(['seq', 'hash']).where('id', '=', 1).forUpdate(),
)
const moveHead = new PreparedQuery((db, seq: number, hash: string) =>
  db.updateTable('consent_head').set({ seq, hash }).where('id', '=', 1),
)
/** Rows per INSERT on SQLite: full chunks share one cached statement, a remainder has its own. */
const CHUNK = 64
const insertSql = new Map<number, string>()
/** `insert … values (?, …), (?, …)` for n rows, written once per n (no query builder on this path). */
function insertStatement(n: number): string {
  let text = insertSql.get(n)
  if (!text) {
    const row = `(${RECORD_COLUMNS.map(() => '?').join(', ')})`
    text = `insert into "consent_records" (${RECORD_COLUMNS.map((c) => `"${c}"`).join(', ')}) values ${Array(n).fill(row).join(', ')}`
    insertSql.set(n, text)
  }
  return text
}

/** Locks the head of the consent chain for this transaction; appends from other connections wait. */
export async function lockConsentHead(trx: Executor): Promise<{ seq: number; hash: string }> {
  // SQLite transactions already hold the write lock (BEGIN IMMEDIATE); PostgreSQL needs a row lock.
  const postgres = trx.getExecutor().adapter instanceof PostgresAdapter
  const head = await (postgres ? headForUpdate : headForShare).first(trx)
  if (!head) throw new Error('consent_head row is missing')
  return head
}

/** Inserts chained records (in order) and moves the head to the last. */
export async function insertRecords(trx: Executor, rows: readonly ConsentRow[]): Promise<void> {
  const last = rows.at(-1)
  if (!last) return
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    // Over the network one statement per group is cheaper; within the parameter limit (under 25 columns).
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('consent_records')
        .values(rows.slice(i, i + 500))
        .execute()
  } else {
    // In process, a few statements of fixed sizes (cached by the driver) instead of one per group size.
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK)
      const values: unknown[] = []
      for (const row of chunk) for (const c of RECORD_COLUMNS) values.push(row[c])
      await trx.executeQuery(CompiledQuery.raw(insertStatement(chunk.length), values))
    }
  }
  await moveHead.execute(trx, last.seq, last.hash)
}

export async function readConsentHead(db: Executor): Promise<{ seq: number; hash: string } | undefined> {
  return db.selectFrom('consent_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst()
}

/** Records in chain order after a sequence number, for verification. */
export async function recordsAfter(db: Executor, afterSeq: number, limit: number): Promise<ConsentRow[]> {
  return db
    .selectFrom('consent_records')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute()
}

export async function findRecord(db: Executor, id: string): Promise<ConsentRow | undefined> {
  return db.selectFrom('consent_records').selectAll().where('id', '=', id).executeTakeFirst()
}

/** A person's records, newest first. */
export async function findRecordsOf(
  db: Executor,
  refs: readonly string[],
  limit: number,
): Promise<ConsentRow[]> {
  if (refs.length === 0) return []
  return db
    .selectFrom('consent_records')
    .selectAll()
    .where('person_ref', 'in', refs)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute()
}

export async function readConfig(db: Executor): Promise<ConfigRow | undefined> {
  return db.selectFrom('consent_config').selectAll().where('id', '=', 1).executeTakeFirst()
}

/** Writes the first configuration and its revision unless another instance already did. */
export async function insertFirstConfig(db: Executor, config: ConfigRow, snapshot: string): Promise<void> {
  await db
    .insertInto('consent_config')
    .values(config)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  await db
    .insertInto('consent_revisions')
    .values({ revision: config.revision, snapshot, created_at: config.updated_at, created_by: null })
    .onConflict((oc) => oc.column('revision').doNothing())
    .execute()
}

export async function readRevision(db: Executor, revision: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('consent_revisions')
    .select('snapshot')
    .where('revision', '=', revision)
    .executeTakeFirst()
  return row?.snapshot
}

export async function listServices(db: Executor): Promise<ServiceRow[]> {
  return db.selectFrom('consent_services').selectAll().orderBy('position').orderBy('key').execute()
}

export async function updateConfig(db: Executor, set: Partial<ConfigRow>): Promise<void> {
  await db.updateTable('consent_config').set(set).where('id', '=', 1).execute()
}

export async function insertRevision(
  db: Executor,
  revision: number,
  snapshot: string,
  at: string,
  by: string | null,
) {
  await db
    .insertInto('consent_revisions')
    .values({ revision, snapshot, created_at: at, created_by: by })
    .execute()
}

export async function insertService(db: Executor, row: ServiceRow): Promise<void> {
  await db.insertInto('consent_services').values(row).execute()
}

export async function deleteService(db: Executor, id: string): Promise<number> {
  const result = await db.deleteFrom('consent_services').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** Time, method and categories of the records since a moment, for the charts. */
export async function choicesSince(db: Executor, since: string, limit: number) {
  return db
    .selectFrom('consent_records')
    .select(['at', 'method', 'categories', 'gpc'])
    .where('at', '>=', since)
    .orderBy('seq')
    .limit(limit)
    .execute()
}
