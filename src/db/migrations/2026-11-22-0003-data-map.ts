// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import type { Kysely } from 'kysely'
import { columnTypes } from './columns.js'

/** The data map: documents (DPAs), processors and recipients, systems, processing activities. */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', t.bigint, (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', t.bytes, (c) => c.notNull())
    .addColumn('uploaded_by_type', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('processors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('website', 'text')
    // Restrict: a parent with sub-processors cannot go; the service answers 409 before this fires.
    .addColumn('parent_id', 'text', (c) => c.references('processors.id').onDelete('restrict'))
    .addColumn('transfer_safeguard', 'text')
    .addColumn('dpa_document_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
    .addColumn('dpa_signed_on', 'text')
    .addColumn('dpa_review_on', 'text')
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('processors_parent').on('processors').column('parent_id').execute()

  await db.schema
    .createTable('systems')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('owner', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('hosting_country', 'text')
    .addColumn('processor_id', 'text', (c) => c.references('processors.id').onDelete('restrict'))
    .addColumn('security_measures', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('systems_processor').on('systems').column('processor_id').execute()

  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('data_use', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('special_category_condition', 'text')
    .addColumn('legitimate_interest', 'text')
    .addColumn('data_categories', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('data_subjects', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('source', 'text')
    .addColumn('requirement', 'text')
    .addColumn('requirement_consequence', 'text')
    .addColumn('automated_decisions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('automated_description', 'text')
    .addColumn('retention', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute()

  // References live in link tables, so the database itself refuses a dangling id.
  await db.schema
    .createTable('activity_systems')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('system_id', 'text', (c) => c.notNull().references('systems.id').onDelete('restrict'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_systems_pk', ['activity_id', 'system_id'])
    .execute()
  await db.schema.createIndex('activity_systems_system').on('activity_systems').column('system_id').execute()

  await db.schema
    .createTable('activity_recipients')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('processor_id', 'text', (c) => c.notNull().references('processors.id').onDelete('restrict'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_recipients_pk', ['activity_id', 'processor_id'])
    .execute()
  await db.schema
    .createIndex('activity_recipients_processor')
    .on('activity_recipients')
    .column('processor_id')
    .execute()

  await db.schema
    .createTable('activity_transfers')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('safeguard', 'text', (c) => c.notNull())
    .addColumn('processor_id', 'text', (c) => c.notNull().references('processors.id').onDelete('restrict'))
    .addPrimaryKeyConstraint('activity_transfers_pk', ['activity_id', 'position'])
    .execute()
  await db.schema
    .createIndex('activity_transfers_processor')
    .on('activity_transfers')
    .column('processor_id')
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'activity_transfers',
    'activity_recipients',
    'activity_systems',
    'activities',
    'systems',
    'processors',
    'documents',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
