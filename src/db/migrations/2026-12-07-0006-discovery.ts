// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import { columnTypes } from './columns.js'

/** Discovery: scans of connected systems and, per column, the counts and the proposed data category. */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('discovery_scans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('source_label', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sample_rows', 'integer', (c) => c.notNull())
    .addColumn('tables_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tables_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('columns_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cells', t.bigint, (c) => c.notNull().defaultTo(0))
    .addColumn('card_findings', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('finished_at', t.timestamp)
    .addCheckConstraint('discovery_scans_status', sql`status in ('running', 'finished', 'failed')`)
    .execute()
  await db.schema.createIndex('discovery_scans_started').on('discovery_scans').column('started_at').execute()
  await db.schema
    .createTable('discovery_columns')
    .addColumn('scan_id', 'text', (c) => c.notNull().references('discovery_scans.id').onDelete('cascade'))
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('column_name', 'text', (c) => c.notNull())
    .addColumn('data_type', 'text', (c) => c.notNull())
    .addColumn('sampled', 'integer', (c) => c.notNull())
    .addColumn('non_empty', 'integer', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('category', 'text')
    .addColumn('confidence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('basis', 'text')
    .addColumn('card_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('discovery_columns_pk', ['scan_id', 'table_name', 'column_name'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('discovery_columns').execute()
  await db.schema.dropTable('discovery_scans').execute()
}
