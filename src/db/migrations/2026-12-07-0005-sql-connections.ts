// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * Direct SQL connections to a system's own database (issue 6): where it is, and its read and write
 * credentials sealed under their own key; and the system's dataset annotation as JSON.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('connector_sql')
    .addColumn('system_id', 'text', (c) => c.primaryKey().references('systems.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('host', 'text')
    .addColumn('port', 'integer')
    .addColumn('database_name', 'text')
    .addColumn('file_path', 'text')
    .addColumn('ssl', 'integer', (c) => c.notNull())
    .addColumn('read_credentials', t.bytes)
    .addColumn('write_credentials', t.bytes)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint('connector_sql_kind', sql`kind in ('postgres', 'mysql', 'sqlite')`)
    .execute()
  await db.schema
    .createTable('connector_datasets')
    .addColumn('system_id', 'text', (c) => c.primaryKey().references('systems.id').onDelete('cascade'))
    .addColumn('fides_key', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('connector_datasets').execute()
  await db.schema.dropTable('connector_sql').execute()
}
