// What the shop's database holds: tables, columns with types, primary keys and foreign keys, read
// from the catalogue of each dialect. Every identifier later used in a statement is checked here.
import type { SqlSession } from './sql.session.js'

export interface ColumnInfo {
  name: string
  type: string
  nullable: boolean
}

export interface ForeignKey {
  columns: string[]
  refTable: string
  refColumns: string[]
}

export interface TableInfo {
  name: string
  columns: ColumnInfo[]
  primaryKey: string[]
  foreignKeys: ForeignKey[]
}

export interface SchemaInfo {
  tables: TableInfo[]
}

/** Reads the schema of the session's database (PostgreSQL: the current schema). */
export async function introspect(session: SqlSession): Promise<SchemaInfo> {
  if (session.kind === 'sqlite') return introspectSqlite(session)
  if (session.kind === 'mysql') return introspectMysql(session)
  return introspectPostgres(session)
}

export function findTable(schema: SchemaInfo, name: string): TableInfo | undefined {
  return schema.tables.find((t) => t.name === name)
}

export function findColumn(table: TableInfo, name: string): ColumnInfo | undefined {
  return table.columns.find((c) => c.name === name)
}

function collect(
  names: string[],
  columns: Array<{ table: string; name: string; type: string; nullable: boolean }>,
  keys: Array<{
    table: string
    kind: 'p' | 'f'
    name: string
    column: string
    refTable: string | null
    refColumn: string | null
  }>,
): SchemaInfo {
  const tables = new Map<string, TableInfo>()
  for (const name of names) tables.set(name, { name, columns: [], primaryKey: [], foreignKeys: [] })
  for (const c of columns)
    tables.get(c.table)?.columns.push({ name: c.name, type: c.type, nullable: c.nullable })
  const fks = new Map<string, ForeignKey>()
  for (const k of keys) {
    const table = tables.get(k.table)
    if (!table) continue
    if (k.kind === 'p') table.primaryKey.push(k.column)
    else if (k.refTable && k.refColumn) {
      const id = `${k.table}\u0000${k.name}`
      let fk = fks.get(id)
      if (!fk) {
        fk = { columns: [], refTable: k.refTable, refColumns: [] }
        fks.set(id, fk)
        table.foreignKeys.push(fk)
      }
      fk.columns.push(k.column)
      fk.refColumns.push(k.refColumn)
    }
  }
  return { tables: [...tables.values()] }
}

async function introspectPostgres(s: SqlSession): Promise<SchemaInfo> {
  const names = await s.query(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  )
  const columns = await s.query(
    `select table_name as "table", column_name as name, data_type as type, is_nullable = 'YES' as nullable
       from information_schema.columns where table_schema = current_schema()
      order by table_name, ordinal_position`,
  )
  const keys = await s.query(
    `select cl.relname as "table", con.contype as kind, con.conname as name, a.attname as "column",
            fcl.relname as "refTable", fa.attname as "refColumn"
       from pg_constraint con
       join pg_class cl on cl.oid = con.conrelid
       join pg_namespace n on n.oid = cl.relnamespace
       cross join lateral unnest(con.conkey) with ordinality as k(attnum, ord)
       join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
       left join pg_class fcl on fcl.oid = con.confrelid
       left join pg_attribute fa on fa.attrelid = con.confrelid and fa.attnum = con.confkey[k.ord]
      where n.nspname = current_schema() and con.contype in ('p', 'f')
      order by cl.relname, con.conname, k.ord`,
  )
  return collect(
    names.map((r) => String(r.name)),
    columns.map((r) => ({
      table: String(r.table),
      name: String(r.name),
      type: String(r.type),
      nullable: Boolean(r.nullable),
    })),
    keys.map((r) => ({
      table: String(r.table),
      kind: r.kind === 'p' ? 'p' : 'f',
      name: String(r.name),
      column: String(r.column),
      refTable: r.refTable == null ? null : String(r.refTable),
      refColumn: r.refColumn == null ? null : String(r.refColumn),
    })),
  )
}

async function introspectMysql(s: SqlSession): Promise<SchemaInfo> {
  const names = await s.query(
    `select table_name as name from information_schema.tables
      where table_schema = database() and table_type = 'BASE TABLE' order by table_name`,
  )
  const columns = await s.query(
    `select table_name as tbl, column_name as name, column_type as type, is_nullable as nullable
       from information_schema.columns where table_schema = database()
      order by table_name, ordinal_position`,
  )
  const keys = await s.query(
    `select table_name as tbl, constraint_name as name, column_name as col,
            referenced_table_name as ref_table, referenced_column_name as ref_column
       from information_schema.key_column_usage
      where table_schema = database()
        and (constraint_name = 'PRIMARY' or referenced_table_name is not null)
      order by table_name, constraint_name, ordinal_position`,
  )
  return collect(
    names.map((r) => String(r.name ?? r.NAME ?? r.TABLE_NAME)),
    columns.map((r) => ({
      table: String(r.tbl),
      name: String(r.name),
      type: String(r.type),
      nullable: r.nullable === 'YES',
    })),
    keys.map((r) => ({
      table: String(r.tbl),
      kind: r.name === 'PRIMARY' ? 'p' : 'f',
      name: String(r.name),
      column: String(r.col),
      refTable: r.ref_table == null ? null : String(r.ref_table),
      refColumn: r.ref_column == null ? null : String(r.ref_column),
    })),
  )
}

async function introspectSqlite(s: SqlSession): Promise<SchemaInfo> {
  const names = (
    await s.query(
      "select name from sqlite_schema where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name",
    )
  ).map((r) => String(r.name))
  const columns: Parameters<typeof collect>[1] = []
  const keys: Parameters<typeof collect>[2] = []
  for (const table of names) {
    const info = await s.query('select name, type, "notnull" as nn, pk from pragma_table_info(?)', [table])
    for (const c of [...info].sort((a, b) => Number(a.pk) - Number(b.pk))) {
      if (Number(c.pk) > 0)
        keys.push({ table, kind: 'p', name: 'pk', column: String(c.name), refTable: null, refColumn: null })
    }
    for (const c of info)
      columns.push({
        table,
        name: String(c.name),
        type: String(c.type).toLowerCase(),
        nullable: Number(c.nn) === 0 && Number(c.pk) === 0,
      })
    const fks = await s.query(
      'select id, "table" as ref, "from" as col, "to" as refcol from pragma_foreign_key_list(?) order by id, seq',
      [table],
    )
    for (const f of fks)
      keys.push({
        table,
        kind: 'f',
        name: `fk${String(f.id)}`,
        column: String(f.col),
        refTable: String(f.ref),
        refColumn: f.refcol == null ? null : String(f.refcol),
      })
  }
  return collect(names, columns, keys)
}
