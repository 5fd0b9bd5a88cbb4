// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * Erasure as durable steps, the erasure list of keyed hashes, what a retention rule keeps after an
 * erasure, and restrictions with their basis; imports count the rows of erased and restricted people
 * they left out.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('erasures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().unique())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('steps_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('plan', 'text')
    .addColumn('report', 'text')
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('finished_at', t.timestamp)
    .addCheckConstraint('erasures_status', sql`status in ('running', 'finished')`)
    .execute()
  await db.schema.createIndex('erasures_status').on('erasures').columns(['status', 'id']).execute()
  await db.schema.createIndex('erasures_subject').on('erasures').column('subject_id').execute()
  await db.schema
    .createTable('erasure_list')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('erasure_id', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('erasure_list_pk', ['kind', 'hash'])
    .execute()
  await db.schema
    .createTable('erasure_retained')
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id').onDelete('cascade'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('erasure_id', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('keep_until', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('erasure_retained_pk', ['subject_id', 'item'])
    .execute()
  await db.schema.createIndex('erasure_retained_until').on('erasure_retained').column('keep_until').execute()
  await db.schema
    .createTable('subject_restrictions')
    .addColumn('subject_id', 'text', (c) => c.primaryKey().references('subjects.id').onDelete('cascade'))
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('reason', t.bytes)
    .addColumn('request_id', 'text')
    .addColumn('keep_until', 'text')
    .addColumn('since', t.timestamp, (c) => c.notNull())
    .addCheckConstraint('subject_restrictions_basis', sql`basis in ('request', 'erasure', 'retention')`)
    .execute()
  await db.schema
    .alterTable('imports')
    .addColumn('erased', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema
    .alterTable('imports')
    .addColumn('restricted', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('imports').dropColumn('restricted').execute()
  await db.schema.alterTable('imports').dropColumn('erased').execute()
  for (const table of ['subject_restrictions', 'erasure_retained', 'erasure_list', 'erasures'])
    await db.schema.dropTable(table).execute()
}
