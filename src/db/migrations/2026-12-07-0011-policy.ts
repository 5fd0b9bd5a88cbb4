// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * The privacy policy (issue 9): published versions, never changed once written, and the yearly
 * reviews with the reminder sent for each; and the owner's own postal address and website for the
 * supervisory authority, where the built-in ones are out of date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('policy_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('published_at', t.timestamp, (c) => c.notNull())
    .addColumn('published_by_type', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addColumn('material', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('documents', 'text', (c) => c.notNull())
    .addColumn('gaps', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('override_reason', 'text')
    .addColumn('banner_revision', 'integer')
    .addColumn('notified', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint('policy_versions_material', sql`material in (0, 1)`)
    .execute()
  await db.schema
    .createTable('policy_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reviewed_at', t.timestamp, (c) => c.notNull())
    .addColumn('reviewed_by_type', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('version_number', 'integer')
    .addColumn('note', 'text')
    .addColumn('reminded_at', t.timestamp)
    .execute()
  await db.schema.createIndex('policy_reviews_at').on('policy_reviews').column('reviewed_at').execute()
  // One column per statement: SQLite adds only one at a time.
  await db.schema.alterTable('organisation').addColumn('authority_address', 'text').execute()
  await db.schema.alterTable('organisation').addColumn('authority_web', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organisation').dropColumn('authority_web').execute()
  await db.schema.alterTable('organisation').dropColumn('authority_address').execute()
  await db.schema.dropTable('policy_reviews').execute()
  await db.schema.dropTable('policy_versions').execute()
}
