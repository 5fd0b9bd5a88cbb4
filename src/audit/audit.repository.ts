import { PostgresAdapter, type Selectable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { AuditLogTable } from './audit.table.js'

export type AuditRow = Selectable<AuditLogTable>

export interface AuditFilter {
  actorType?: string
  actorId?: string
  /** An exact action, or a prefix ending in '.' (e.g. 'auth.'). */
  action?: string
  targetType?: string
  targetId?: string
  outcome?: string
  from?: string
  to?: string
  /** Keyset cursor: only entries with a smaller sequence number. */
  beforeSeq?: number
}

/** Locks the head of the chain for this transaction; appends from other connections wait. */
export async function lockHead(trx: Executor): Promise<{ seq: number; hash: string }> {
  let query = trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1)
  // SQLite transactions already hold the write lock (BEGIN IMMEDIATE); PostgreSQL needs a row lock.
  if (trx.getExecutor().adapter instanceof PostgresAdapter) query = query.forUpdate()
  const head = await query.executeTakeFirst()
  if (!head) throw new Error('audit_head row is missing')
  return head
}

/** Rows per INSERT: 13 parameters each stays far below SQLite's and PostgreSQL's parameter limits. */
const INSERT_CHUNK = 500

/** Inserts entries already chained in order and moves the head to the last one. */
export async function insertEntries(trx: Executor, rows: readonly AuditRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await trx
      .insertInto('audit_log')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute()
  const last = rows.at(-1)
  if (last)
    await trx.updateTable('audit_head').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute()
}

export async function readHead(db: Executor): Promise<{ seq: number; hash: string } | undefined> {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst()
}

/** Entries in chain order, after a sequence number, for verification. */
export async function entriesAfter(db: Executor, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute()
}

/** Newest first, filtered. */
export async function findEntries(db: Executor, filter: AuditFilter, limit: number): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_log').selectAll()
  if (filter.actorType) q = q.where('actor_type', '=', filter.actorType)
  if (filter.actorId) q = q.where('actor_id', '=', filter.actorId)
  if (filter.action) {
    q = filter.action.endsWith('.')
      ? q.where('action', 'like', `${filter.action.replace(/[%_\\]/g, '')}%`)
      : q.where('action', '=', filter.action)
  }
  if (filter.targetType) q = q.where('target_type', '=', filter.targetType)
  if (filter.targetId) q = q.where('target_id', '=', filter.targetId)
  if (filter.outcome) q = q.where('outcome', '=', filter.outcome)
  if (filter.from) q = q.where('at', '>=', filter.from)
  if (filter.to) q = q.where('at', '<', filter.to)
  if (filter.beforeSeq !== undefined) q = q.where('seq', '<', filter.beforeSeq)
  return q.orderBy('seq', 'desc').limit(limit).execute()
}

export async function distinctActions(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute()
  return rows.map((r) => r.action)
}
