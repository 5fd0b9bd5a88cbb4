// Access and erasure inside a shop's database, following a compiled dataset plan. Every statement is
// parameterised; every name in it comes from the introspected schema and is quoted by the dialect.
import { createHmac } from 'node:crypto'
import type { Plan, PlanTable } from './dataset.plan.js'
import type { ErasureAction } from './dataset.schema.js'
import type { SqlRow, SqlSession, SqlValue } from './sql.session.js'

/** Who the request is about; at least one is needed. */
export interface SubjectIdentity {
  email?: string | undefined
  phone?: string | undefined
  customerId?: string | undefined
}

export interface WalkLimits {
  /** At most this many rows across all tables; beyond it the walk stops with RowLimitError. */
  maxRows: number
  /** Values per IN list. */
  batch: number
}

export const DEFAULT_LIMITS: WalkLimits = { maxRows: 50_000, batch: 500 }

export class RowLimitError extends Error {
  constructor(readonly limit: number) {
    super(`More than ${limit} rows were found for one person; the walk stopped`)
    this.name = 'RowLimitError'
  }
}

export function hasIdentity(identity: SubjectIdentity): boolean {
  return Boolean(identity.email?.trim() || identity.phone?.trim() || identity.customerId?.trim())
}

/**
 * Walks from the identity fields through the references, yielding each table's newly found rows in
 * batches. A row is yielded once, however many paths lead to it.
 */
export async function* walk(
  session: SqlSession,
  plan: Plan,
  identity: SubjectIdentity,
  limits: WalkLimits = DEFAULT_LIMITS,
): AsyncGenerator<{ table: string; rows: SqlRow[] }> {
  const seenRows = new Map<string, Set<string>>()
  const asked = new Map<string, Set<string>>()
  let total = 0
  type Step = { table: string; column: string; values: SqlValue[]; lower: boolean }
  const queue: Step[] = []
  const enqueue = (table: string, column: string, values: SqlValue[], lower = false) => {
    const key = `${table}\u0000${column}`
    const done = asked.get(key) ?? new Set<string>()
    asked.set(key, done)
    const fresh: SqlValue[] = []
    for (const v of values) {
      if (v === null || v === undefined || v === '') continue
      const k = valueKey(v)
      if (done.has(k)) continue
      done.add(k)
      fresh.push(v)
    }
    if (fresh.length > 0) queue.push({ table, column, values: fresh, lower })
  }
  for (const id of plan.identities) {
    const value =
      id.kind === 'email'
        ? identity.email?.trim().toLowerCase()
        : id.kind === 'phone'
          ? identity.phone?.trim()
          : identity.customerId?.trim()
    if (value) enqueue(id.table, id.column, [value], id.kind === 'email')
  }
  while (queue.length > 0) {
    const step = queue.shift() as Step
    const table = plan.tables.get(step.table) as PlanTable
    for (let i = 0; i < step.values.length; i += limits.batch) {
      const values = step.values.slice(i, i + limits.batch)
      const rows = await selectWhere(session, table, step.column, values, step.lower)
      const seen = seenRows.get(step.table) ?? new Set<string>()
      seenRows.set(step.table, seen)
      const found: SqlRow[] = []
      for (const row of rows) {
        const key = rowKey(table, row)
        if (seen.has(key)) continue
        seen.add(key)
        found.push(row)
      }
      if (found.length === 0) continue
      total += found.length
      if (total > limits.maxRows) throw new RowLimitError(limits.maxRows)
      yield { table: step.table, rows: found }
      for (const edge of plan.edges) {
        if (edge.down && edge.parent.table === step.table)
          enqueue(
            edge.child.table,
            edge.child.column,
            found.map((r) => r[edge.parent.column] as SqlValue),
          )
        if (edge.up && edge.child.table === step.table)
          enqueue(
            edge.parent.table,
            edge.parent.column,
            found.map((r) => r[edge.child.column] as SqlValue),
          )
      }
    }
  }
}

async function selectWhere(
  session: SqlSession,
  table: PlanTable,
  column: string,
  values: SqlValue[],
  lower: boolean,
): Promise<SqlRow[]> {
  const q = (n: string) => session.quote(n)
  const columns = table.info.columns.map((c) => q(c.name)).join(', ')
  // MySQL and MariaDB compare text case-insensitively under their default collations, and lower()
  // would keep them from using an index; PostgreSQL and SQLite need it.
  const target = lower && session.kind !== 'mysql' ? `lower(${q(column)})` : q(column)
  const list = values.map((_, i) => session.param(i + 1)).join(', ')
  return session.query(`select ${columns} from ${q(table.info.name)} where ${target} in (${list})`, values)
}

function valueKey(v: unknown): string {
  if (Buffer.isBuffer(v)) return `b:${v.toString('base64')}`
  return `v:${String(v)}`
}

function rowKey(table: PlanTable, row: SqlRow): string {
  const key = table.info.primaryKey.length > 0 ? table.info.primaryKey : table.info.columns.map((c) => c.name)
  return key.map((c) => valueKey(row[c])).join('\u0000')
}

/** A row's values made safe for JSON: dates as ISO text, big integers as text, bytes as base64. */
export function plainRow(
  row: SqlRow,
  columns: readonly string[],
): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {}
  for (const c of columns) {
    const v = row[c]
    if (v === null || v === undefined) out[c] = null
    else if (v instanceof Date) out[c] = v.toISOString()
    else if (Buffer.isBuffer(v)) out[c] = v.toString('base64')
    else if (typeof v === 'bigint') out[c] = v.toString()
    else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') out[c] = v
    else out[c] = JSON.stringify(v)
  }
  return out
}

/** One person's rows of one table, split by data category: only the columns of that category. */
export function byCategory(
  table: PlanTable,
  row: SqlRow,
): Array<{ category: string; row: Record<string, string | number | boolean | null> }> {
  const columns = new Map<string, string[]>()
  for (const field of table.fields.values())
    for (const category of field.categories) {
      const list = columns.get(category) ?? []
      list.push(field.column.name)
      columns.set(category, list)
    }
  return [...columns].map(([category, cols]) => ({ category, row: plainRow(row, cols) }))
}

export interface ErasureCount {
  table: string
  /** null for delete_row, which is about whole rows. */
  column: string | null
  action: Exclude<ErasureAction, 'keep'>
  rows: number
}

export interface KeptColumn {
  table: string
  column: string
  retention: string
  rows: number
}

export interface ErasureResult {
  dryRun: boolean
  /** Rows found for the person, per table. */
  found: Record<string, number>
  /** What was (or, in a dry run, would be) changed; a column already erased is not counted again. */
  changes: ErasureCount[]
  kept: KeptColumn[]
}

const HASHED = /^vern:[A-Za-z0-9_-]{22}$/

/** The keyed hash written by `hash`: the same input gives the same output, and it is never re-hashed. */
export function erasureHash(key: Buffer, value: unknown): string {
  return `vern:${createHmac('sha256', key).update(String(value)).digest('base64url').slice(0, 22)}`
}

interface Statement {
  table: string
  sql: string
  params: SqlValue[]
}

/**
 * Works out what erasure does to the rows found for the person; nothing is written. Tables are
 * handled children first, so a row is never deleted before the rows that point at it.
 */
export async function planErasure(
  session: SqlSession,
  plan: Plan,
  identity: SubjectIdentity,
  hashKey: Buffer,
  limits: WalkLimits = DEFAULT_LIMITS,
): Promise<{ result: ErasureResult; statements: Statement[] }> {
  const found = new Map<string, SqlRow[]>()
  for await (const batch of walk(session, plan, identity, limits)) {
    const list = found.get(batch.table) ?? []
    for (const row of batch.rows) list.push(row)
    found.set(batch.table, list)
  }
  const q = (n: string) => session.quote(n)
  const statements: Statement[] = []
  const changes: ErasureCount[] = []
  const kept: KeptColumn[] = []
  for (const name of plan.order) {
    const table = plan.tables.get(name) as PlanTable
    const rows = found.get(name) ?? []
    if (rows.length === 0) continue
    const pk = table.info.primaryKey
    const where = (offset: number) =>
      pk.map((c, i) => `${q(c)} = ${session.param(offset + i + 1)}`).join(' and ')
    if (table.deletesRows) {
      for (const row of rows)
        statements.push({
          table: name,
          sql: `delete from ${q(name)} where ${where(0)}`,
          params: pk.map((c) => row[c] as SqlValue),
        })
      changes.push({ table: name, column: null, action: 'delete_row', rows: rows.length })
      continue
    }
    const counts = new Map<string, ErasureCount>()
    for (const field of table.fields.values()) {
      if (field.action === 'keep' && field.retention)
        kept.push({ table: name, column: field.column.name, retention: field.retention, rows: rows.length })
      if (field.action === 'set_null' || field.action === 'mask' || field.action === 'hash')
        counts.set(field.column.name, {
          table: name,
          column: field.column.name,
          action: field.action,
          rows: 0,
        })
    }
    for (const row of rows) {
      const set: Array<[string, SqlValue]> = []
      for (const field of table.fields.values()) {
        const current = row[field.column.name]
        let next: SqlValue
        if (field.action === 'set_null') {
          if (current === null || current === undefined) continue
          next = null
        } else if (field.action === 'mask') {
          next = field.replacement ?? 'erased'
          if (current !== null && current !== undefined && String(current) === next) continue
        } else if (field.action === 'hash') {
          if (current === null || current === undefined || HASHED.test(String(current))) continue
          next = erasureHash(hashKey, current)
        } else continue
        set.push([field.column.name, next])
        ;(counts.get(field.column.name) as ErasureCount).rows++
      }
      if (set.length === 0) continue
      const assignments = set.map(([c], i) => `${q(c)} = ${session.param(i + 1)}`).join(', ')
      statements.push({
        table: name,
        sql: `update ${q(name)} set ${assignments} where ${where(set.length)}`,
        params: [...set.map(([, v]) => v), ...pk.map((c) => row[c] as SqlValue)],
      })
    }
    for (const count of counts.values()) if (count.rows > 0) changes.push(count)
  }
  return {
    result: {
      dryRun: true,
      found: Object.fromEntries([...found].map(([t, r]) => [t, r.length])),
      changes,
      kept,
    },
    statements,
  }
}

/**
 * Erases in one transaction: the rows are found again inside it and every action applied, or none.
 * A statement that changes an unexpected number of rows rolls everything back.
 */
export async function applyErasure(
  session: SqlSession,
  plan: Plan,
  identity: SubjectIdentity,
  hashKey: Buffer,
  limits: WalkLimits = DEFAULT_LIMITS,
): Promise<ErasureResult> {
  return session.transaction(async (trx) => {
    const { result, statements } = await planErasure(trx, plan, identity, hashKey, limits)
    for (const statement of statements) {
      const changed = await trx.run(statement.sql, statement.params)
      if (changed > 1)
        throw new Error(`An erasure statement on ${statement.table} changed ${changed} rows, not one`)
    }
    return { ...result, dryRun: false }
  })
}
