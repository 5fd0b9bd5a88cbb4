// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, PostgresAdapter, sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * The register of people and companies. Every personal value lives sealed in `profile` or `details`
 * under the person's data key; the look-up table holds keyed hashes only.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('subjects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('company_id', 'text', (c) => c.references('subjects.id').onDelete('set null'))
    .addColumn('relationship', 'text', (c) => c.notNull())
    .addColumn('first_contact_at', t.timestamp)
    .addColumn('last_contact_at', t.timestamp)
    .addColumn('relationship_ended_at', t.timestamp)
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('restricted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('profile', t.bytes, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint('subjects_kind', sql`kind in ('person', 'company')`)
    .addCheckConstraint(
      'subjects_relationship',
      sql`relationship in ('prospect', 'customer', 'former_customer')`,
    )
    .execute()
  await db.schema.createIndex('subjects_company').on('subjects').column('company_id').execute()

  // Keyed by (kind, hash): on SQLite without a rowid, so the look-up B-tree is the table itself and
  // a bulk import writes one random-order tree instead of two.
  let lookups = db.schema
    .createTable('subject_lookups')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('subject_lookups_pk', ['kind', 'hash', 'subject_id'])
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) lookups = lookups.modifyEnd(sql`without rowid`)
  await lookups.execute()
  await db.schema.createIndex('subject_lookups_subject').on('subject_lookups').column('subject_id').execute()

  await db.schema
    .createTable('subject_interactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_at', t.timestamp, (c) => c.notNull())
    .addColumn('details', t.bytes, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint(
      'subject_interactions_kind',
      sql`kind in ('inquiry', 'complaint', 'offer', 'order', 'invoice', 'note')`,
    )
    .execute()
  await db.schema
    .createIndex('subject_interactions_subject')
    .on('subject_interactions')
    .columns(['subject_id', 'occurred_at'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('subject_interactions').execute()
  await db.schema.dropTable('subject_lookups').execute()
  await db.schema.dropTable('subjects').execute()
}
