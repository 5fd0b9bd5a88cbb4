// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import type { Kysely } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * The privacy center's mailed links to a person's marketing permissions (P14): kept only as keyed
 * hashes, for 24 hours; erasing the person removes their links.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('privacy_links')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('privacy_links_subject')
    .on('privacy_links')
    .columns(['subject_id', 'created_at'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('privacy_links').execute()
}
