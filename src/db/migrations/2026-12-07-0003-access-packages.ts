// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * Access and portability packages of data-subject requests (issue 5): one row per package with the
 * keyed hash of its single-use download link. The package itself is built when it is downloaded.
 * `identity` holds the person's e-mail (and phone) for the connected systems, sealed, until the
 * download.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('access_packages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('email_hash', 'text')
    .addColumn('identity', t.bytes)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('downloaded_at', t.timestamp)
    .addCheckConstraint('access_packages_kind', sql`kind in ('access', 'portability')`)
    .execute()
  await db.schema.createIndex('access_packages_request').on('access_packages').column('request_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('access_packages').execute()
}
