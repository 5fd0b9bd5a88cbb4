// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * Cookie consent: the banner's configuration (one row), every published revision of it (what a
 * visitor was shown), the services it names, and the append-only, hash-chained ledger of choices.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('consent_config')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('expiry_months', 'integer', (c) => c.notNull().defaultTo(12))
    .addColumn('gpc', 'text', (c) => c.notNull().defaultTo('refuse'))
    .addColumn('policy_version', 'text')
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addCheckConstraint('consent_config_single', sql`id = 1`)
    .addCheckConstraint('consent_config_gpc', sql`gpc in ('refuse', 'ignore')`)
    .addCheckConstraint('consent_config_expiry', sql`expiry_months between 1 and 24`)
    .execute()
  await db.schema
    .createTable('consent_services')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('system_id', 'text', (c) => c.references('systems.id').onDelete('set null'))
    .addColumn('processor_id', 'text', (c) => c.references('processors.id').onDelete('set null'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint(
      'consent_services_category',
      sql`category in ('necessary', 'preferences', 'statistics', 'marketing')`,
    )
    .execute()
  // A revision is never changed once published: proofs show the texts and services of it.
  await db.schema
    .createTable('consent_revisions')
    .addColumn('revision', 'integer', (c) => c.primaryKey())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute()
  await db.schema
    .createTable('consent_records')
    .addColumn('seq', t.bigint, (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('person_type', 'text')
    .addColumn('person_ref', 'text')
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('services', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('texts_hash', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('policy_version', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('path', 'text')
    .addColumn('gpc', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'consent_records_method',
      sql`method in ('accept_all', 'reject_all', 'custom', 'gpc', 'withdraw')`,
    )
    .addCheckConstraint(
      'consent_records_person',
      sql`person_type is null or person_type in ('customer', 'email')`,
    )
    .execute()
  await db.schema
    .createIndex('consent_records_person')
    .on('consent_records')
    .columns(['person_ref', 'seq'])
    .execute()
  await db.schema.createIndex('consent_records_at').on('consent_records').column('at').execute()
  await db.schema
    .createTable('consent_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', t.bigint, (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute()
  await db.insertInto('consent_head').values({ id: 1, seq: 0, hash: '' }).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'consent_head',
    'consent_records',
    'consent_revisions',
    'consent_services',
    'consent_config',
  ])
    await db.schema.dropTable(table).execute()
}
