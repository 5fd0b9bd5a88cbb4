// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * Retention (issue 7, first slice): the rules a later sweep applies and the legal holds that stop it.
 * The organisation's financial year end already exists (foundation), so nothing is added there.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('retention_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('data_categories', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('activity_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('clock_start', 'text', (c) => c.notNull())
    .addColumn('period_value', 'integer', (c) => c.notNull())
    .addColumn('period_unit', 'text', (c) => c.notNull())
    .addColumn('calendar_year_end', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('legal_ground', 'text', (c) => c.notNull())
    .addColumn('preset', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint(
      'retention_rules_clock',
      sql`clock_start in ('collected', 'last_contact', 'relationship_ended', 'financial_year_end', 'unsubscribed', 'request_completed')`,
    )
    .addCheckConstraint('retention_rules_unit', sql`period_unit in ('days', 'months', 'years')`)
    .addCheckConstraint('retention_rules_action', sql`action in ('delete', 'anonymise', 'restrict')`)
    .execute()
  await db.schema
    .createTable('legal_holds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('ends_at', t.timestamp)
    .addColumn('created_by_type', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('released_at', t.timestamp)
    .addColumn('released_by_type', 'text')
    .addColumn('released_by', 'text')
    .addCheckConstraint('legal_holds_scope', sql`scope in ('subject', 'system', 'data_category')`)
    .execute()
  await db.schema
    .createIndex('legal_holds_open')
    .on('legal_holds')
    .columns(['released_at', 'ends_at'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('legal_holds').execute()
  await db.schema.dropTable('retention_rules').execute()
}
