// Checks a dataset annotation against the introspected schema and the taxonomy, reporting every
// problem at once with its path, and turns a valid one into the plan that access and erasure follow.
import { Value } from 'typebox/value'
import {
  Dataset,
  type DatasetDocument,
  type DatasetIssue,
  type ErasureAction,
  type IdentityKind,
} from './dataset.schema.js'
import { type ColumnInfo, findColumn, findTable, type SchemaInfo, type TableInfo } from './introspect.js'

export interface PlanField {
  column: ColumnInfo
  categories: string[]
  identity?: IdentityKind | undefined
  action?: ErasureAction | undefined
  replacement?: string | undefined
  retention?: string | undefined
}

export interface PlanTable {
  info: TableInfo
  fields: Map<string, PlanField>
  /** Some field says delete_row: erasure deletes the person's rows of this table. */
  deletesRows: boolean
}

/** `child.column` holds the value of `parent.column`; the walk may go down (parent to child), up, or both. */
export interface PlanEdge {
  child: { table: string; column: string }
  parent: { table: string; column: string }
  down: boolean
  up: boolean
}

export interface Plan {
  tables: Map<string, PlanTable>
  identities: Array<{ table: string; column: string; kind: IdentityKind }>
  edges: PlanEdge[]
  /** Annotated tables, children before their parents: the order erasure applies its actions in. */
  order: string[]
}

export type CategoryCheck = (keys: readonly string[]) => Promise<Set<string>>

/** Validates and compiles; `issues` is empty exactly when `plan` is set. */
export async function compileDataset(
  input: unknown,
  schema: SchemaInfo,
  knownCategories: CategoryCheck,
): Promise<{ plan: Plan | null; issues: DatasetIssue[] }> {
  const issues: DatasetIssue[] = []
  const doc = unwrap(input)
  if (!Value.Check(Dataset, doc)) {
    for (const e of Value.Errors(Dataset, doc)) {
      const path = e.instancePath.split('/').filter(Boolean).join('.') || 'dataset'
      issues.push({ path, code: 'invalid', message: e.message })
      if (issues.length >= 50) break
    }
    return { plan: null, issues }
  }
  const dataset = doc as Dataset
  const tables = new Map<string, PlanTable>()
  const identities: Plan['identities'] = []
  const edges: PlanEdge[] = []
  const categoryUses: Array<{ path: string; key: string }> = []
  const pendingRefs: Array<{
    path: string
    table: string
    column: string
    ref: string
    dataset?: string | undefined
    direction?: 'from' | 'to' | undefined
  }> = []

  dataset.collections.forEach((collection, ci) => {
    const cpath = `collections.${ci}`
    const info = findTable(schema, collection.name)
    if (!info) {
      issues.push({
        path: `${cpath}.name`,
        code: 'unknown_table',
        message: `There is no table ${collection.name} in the database`,
      })
      return
    }
    if (tables.has(collection.name)) {
      issues.push({
        path: `${cpath}.name`,
        code: 'invalid',
        message: `The table ${collection.name} is annotated twice`,
      })
      return
    }
    const table: PlanTable = { info, fields: new Map(), deletesRows: false }
    tables.set(info.name, table)
    for (const [i, key] of (collection.data_categories ?? []).entries())
      categoryUses.push({ path: `${cpath}.data_categories.${i}`, key })
    collection.fields.forEach((field, fi) => {
      const fpath = `${cpath}.fields.${fi}`
      const column = findColumn(info, field.name)
      if (!column) {
        issues.push({
          path: `${fpath}.name`,
          code: 'unknown_column',
          message: `The table ${info.name} has no column ${field.name}`,
        })
        return
      }
      if (table.fields.has(column.name)) {
        issues.push({
          path: `${fpath}.name`,
          code: 'invalid',
          message: `The column ${info.name}.${column.name} is annotated twice`,
        })
        return
      }
      const categories = field.data_categories ?? []
      for (const [i, key] of categories.entries())
        categoryUses.push({ path: `${fpath}.data_categories.${i}`, key })
      const meta = field.fides_meta
      const erasure = field.erasure
      table.fields.set(column.name, {
        column,
        categories,
        identity: meta?.identity,
        action: erasure?.action,
        replacement: erasure?.replacement,
        retention: erasure?.retention,
      })
      if (meta?.identity) identities.push({ table: info.name, column: column.name, kind: meta.identity })
      for (const [ri, ref] of (meta?.references ?? []).entries())
        pendingRefs.push({
          path: `${fpath}.fides_meta.references.${ri}`,
          table: info.name,
          column: column.name,
          ref: ref.field,
          dataset: ref.dataset,
          direction: ref.direction,
        })
      if (!erasure) return
      if (erasure.action === 'delete_row') table.deletesRows = true
      if (erasure.action === 'set_null' && !column.nullable)
        issues.push({
          path: `${fpath}.erasure.action`,
          code: 'not_nullable',
          message: `${info.name}.${column.name} cannot be set to null: the column is NOT NULL`,
        })
      if (erasure.action === 'keep' && !erasure.retention)
        issues.push({
          path: `${fpath}.erasure.retention`,
          code: 'invalid',
          message: 'keep needs a retention rule (bookkeeping, dk, no, se, fi or nordic)',
        })
      if (erasure.action !== 'keep' && erasure.retention)
        issues.push({
          path: `${fpath}.erasure.retention`,
          code: 'invalid',
          message: 'A retention rule only goes with keep',
        })
      if (erasure.action !== 'mask' && erasure.replacement !== undefined)
        issues.push({
          path: `${fpath}.erasure.replacement`,
          code: 'invalid',
          message: 'A replacement only goes with mask',
        })
      if (['set_null', 'mask', 'hash'].includes(erasure.action) && info.primaryKey.includes(column.name))
        issues.push({
          path: `${fpath}.erasure.action`,
          code: 'not_applicable',
          message: `${info.name}.${column.name} is the primary key; only delete_row or keep apply to it`,
        })
    })
  })

  // References: from the annotation (fideslang direction) and from the database's foreign keys.
  for (const r of pendingRefs) {
    const dot = r.ref.indexOf('.')
    const refTable = dot > 0 ? r.ref.slice(0, dot) : ''
    const refColumn = dot > 0 ? r.ref.slice(dot + 1) : ''
    const target = findTable(schema, refTable)
    if (r.dataset !== undefined && r.dataset !== dataset.fides_key) {
      issues.push({
        path: `${r.path}.dataset`,
        code: 'bad_reference',
        message: 'Only references within this dataset are followed',
      })
    } else if (!target || !findColumn(target, refColumn)) {
      issues.push({
        path: `${r.path}.field`,
        code: 'bad_reference',
        message: `${r.ref} is not a table.column of this database`,
      })
    } else if (!tables.has(target.name)) {
      issues.push({
        path: `${r.path}.field`,
        code: 'bad_reference',
        message: `The table ${target.name} is referenced but not annotated`,
      })
    } else {
      addEdge(
        edges,
        { table: r.table, column: r.column },
        { table: target.name, column: refColumn },
        r.direction !== 'to',
        r.direction !== 'from',
      )
    }
  }
  for (const table of tables.values())
    for (const fk of table.info.foreignKeys) {
      if (fk.columns.length !== 1 || !tables.has(fk.refTable)) continue
      addEdge(
        edges,
        { table: table.info.name, column: fk.columns[0] as string },
        { table: fk.refTable, column: fk.refColumns[0] as string },
        true,
        false,
      )
    }

  if (categoryUses.length > 0) {
    const known = await knownCategories([...new Set(categoryUses.map((u) => u.key))])
    for (const use of categoryUses)
      if (!known.has(use.key))
        issues.push({
          path: use.path,
          code: 'unknown_category',
          message: `${use.key} is not a data category of the taxonomy`,
        })
  }

  if (identities.length === 0 && tables.size > 0)
    issues.push({
      path: 'collections',
      code: 'no_identity',
      message: 'No field is marked as an identity (fides_meta.identity: email, phone or customer_id)',
    })
  const reached = reachable(identities, edges)
  for (const [ci, collection] of dataset.collections.entries())
    if (tables.has(collection.name) && identities.length > 0 && !reached.has(collection.name))
      issues.push({
        path: `collections.${ci}`,
        code: 'unreachable',
        message: `${collection.name} cannot be reached from an identity field through references`,
      })

  for (const table of tables.values()) {
    const changes = [...table.fields.values()].some((f) => f.action && f.action !== 'keep')
    if (changes && table.info.primaryKey.length === 0)
      issues.push({
        path: table.info.name,
        code: 'no_primary_key',
        message: `${table.info.name} has no primary key, so its rows cannot be erased one by one`,
      })
    if (!table.deletesRows) continue
    // Rows that point at a deleted row must be deleted too, or lose the pointer.
    for (const edge of edges) {
      if (edge.parent.table !== table.info.name || edge.child.table === table.info.name) continue
      const child = tables.get(edge.child.table)
      const pointer = child?.fields.get(edge.child.column)?.action
      if (child?.deletesRows || pointer === 'set_null' || pointer === 'mask' || pointer === 'hash') continue
      issues.push({
        path: `${edge.child.table}.${edge.child.column}`,
        code: 'unhandled_reference',
        message: `${table.info.name} rows are deleted, but ${edge.child.table}.${edge.child.column} points at them and is neither deleted nor cleared`,
      })
    }
  }

  if (issues.length > 0) return { plan: null, issues }
  return { plan: { tables, identities, edges, order: childrenFirst(tables, edges) }, issues }
}

/** Accepts `{ dataset: {...} }`, `{ dataset: [{...}] }` (fideslang files hold a list) or the bare dataset. */
export function unwrap(input: unknown): unknown {
  if (input && typeof input === 'object' && 'dataset' in input) {
    const inner = (input as DatasetDocument | { dataset: unknown }).dataset
    if (Array.isArray(inner) && inner.length === 1) return inner[0]
    return inner
  }
  return input
}

function addEdge(
  edges: PlanEdge[],
  child: PlanEdge['child'],
  parent: PlanEdge['parent'],
  down: boolean,
  up: boolean,
): void {
  const same = edges.find(
    (e) =>
      e.child.table === child.table &&
      e.child.column === child.column &&
      e.parent.table === parent.table &&
      e.parent.column === parent.column,
  )
  if (same) {
    same.down ||= down
    same.up ||= up
  } else edges.push({ child, parent, down, up })
}

function reachable(identities: Plan['identities'], edges: readonly PlanEdge[]): Set<string> {
  const seen = new Set(identities.map((i) => i.table))
  let grew = true
  while (grew) {
    grew = false
    for (const e of edges) {
      if (e.down && seen.has(e.parent.table) && !seen.has(e.child.table)) {
        seen.add(e.child.table)
        grew = true
      }
      if (e.up && seen.has(e.child.table) && !seen.has(e.parent.table)) {
        seen.add(e.parent.table)
        grew = true
      }
    }
  }
  return seen
}

/** Topological order with children first; tables in a cycle keep their annotated order. */
function childrenFirst(tables: Map<string, PlanTable>, edges: readonly PlanEdge[]): string[] {
  const order: string[] = []
  const done = new Set<string>()
  const visiting = new Set<string>()
  const visit = (name: string) => {
    if (done.has(name) || visiting.has(name)) return
    visiting.add(name)
    for (const e of edges) if (e.parent.table === name && e.child.table !== name) visit(e.child.table)
    visiting.delete(name)
    done.add(name)
    order.push(name)
  }
  for (const name of tables.keys()) visit(name)
  return order
}
