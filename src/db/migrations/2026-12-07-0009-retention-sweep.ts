// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * The retention sweep (issue 7): which kinds of data subject a rule covers, each run with its report
 * (the evidence), the counts kept from anonymised records, the manual tasks for systems outside Vern,
 * and an index that lets the sweep find expired interactions without reading the whole table.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .alterTable('retention_rules')
    .addColumn('data_subjects', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute()
  await db.schema
    .createTable('retention_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('today', 'text', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('report', 'text', (c) => c.notNull())
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('finished_at', t.timestamp)
    .addCheckConstraint('retention_runs_status', sql`status in ('running', 'finished')`)
    .execute()
  await db.schema.createIndex('retention_runs_started').on('retention_runs').column('started_at').execute()
  await db.schema
    .createTable('retention_aggregates')
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('count', t.bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint('retention_aggregates_pk', ['rule_id', 'record_type', 'kind', 'month'])
    .execute()
  await db.schema
    .createTable('retention_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('system_id', 'text', (c) => c.notNull())
    .addColumn('cutoff', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', t.timestamp, (c) => c.notNull())
    .addColumn('done_at', t.timestamp)
    .addColumn('done_by', 'text')
    .addColumn('done_cutoff', 'text')
    .addUniqueConstraint('retention_tasks_one', ['rule_id', 'system_id'])
    .addCheckConstraint('retention_tasks_status', sql`status in ('open', 'done')`)
    .execute()
  await db.schema
    .createIndex('subject_interactions_kind_occurred')
    .on('subject_interactions')
    .columns(['kind', 'occurred_at'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('subject_interactions_kind_occurred').execute()
  await db.schema.dropTable('retention_tasks').execute()
  await db.schema.dropTable('retention_aggregates').execute()
  await db.schema.dropTable('retention_runs').execute()
  await db.schema.alterTable('retention_rules').dropColumn('data_subjects').execute()
}
