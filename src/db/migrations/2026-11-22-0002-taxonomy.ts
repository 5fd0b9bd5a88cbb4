// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, sql } from 'kysely'
import { columnTypes } from './columns.js'

/** Data categories, data uses and kinds of data subjects: three dot-keyed trees in one table. */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('taxonomy_items')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('parent_key', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('labels', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('taxonomy_items_pk', ['kind', 'key'])
    .addCheckConstraint('taxonomy_items_kind', sqlKinds())
    .execute()
  await db.schema
    .createIndex('taxonomy_items_parent')
    .on('taxonomy_items')
    .columns(['kind', 'parent_key'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('taxonomy_items').execute()
}

function sqlKinds() {
  return sql`kind in ('data_category', 'data_use', 'data_subject')`
}
