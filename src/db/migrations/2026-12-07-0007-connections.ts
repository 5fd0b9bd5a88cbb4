// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * Connections of systems in the data map that answer requests outside Vern (issue 6): signed
 * webhooks with a durable outbox, its attempts and dead letters; e-mail to a processor; and the link
 * from a request's task to the delivery or mail, with the opaque token its answer comes back with.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('connector_webhooks')
    .addColumn('system_id', 'text', (c) => c.primaryKey().references('systems.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', t.bytes, (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('connector_email')
    .addColumn('system_id', 'text', (c) => c.primaryKey().references('systems.id').onDelete('cascade'))
    .addColumn('address', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('reminder_days', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('connector_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) =>
      c.notNull().unique().references('request_tasks.id').onDelete('cascade'),
    )
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('system_id', 'text', (c) => c.references('systems.id').onDelete('set null'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('details', t.bytes, (c) => c.notNull())
    .addColumn('note', t.bytes)
    .addColumn('rows', 'integer')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_sent_at', t.timestamp, (c) => c.notNull())
    .addColumn('reminders', 'integer', (c) => c.notNull())
    .addColumn('answered_at', t.timestamp)
    .addCheckConstraint('connector_links_channel', sql`channel in ('webhook', 'email')`)
    .addCheckConstraint('connector_links_status', sql`status in ('waiting', 'done', 'failed')`)
    .execute()
  await db.schema
    .createIndex('connector_links_waiting')
    .on('connector_links')
    .columns(['channel', 'status', 'last_sent_at'])
    .execute()
  await db.schema.createIndex('connector_links_request').on('connector_links').column('request_id').execute()

  await db.schema
    .createTable('connector_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('link_id', 'text', (c) => c.references('connector_links.id').onDelete('cascade'))
    .addColumn('system_id', 'text', (c) => c.notNull().references('systems.id').onDelete('cascade'))
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('key_owner', 'text')
    .addColumn('payload', t.bytes, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', t.timestamp)
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('delivered_at', t.timestamp)
    .addColumn('dead_at', t.timestamp)
    .addCheckConstraint('connector_deliveries_status', sql`status in ('queued', 'delivered', 'dead')`)
    .execute()
  await db.schema
    .createIndex('connector_deliveries_due')
    .on('connector_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute()

  await db.schema
    .createTable('connector_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('delivery_id', 'text', (c) =>
      c.notNull().references('connector_deliveries.id').onDelete('cascade'),
    )
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('error_class', 'text')
    .execute()
  await db.schema
    .createIndex('connector_attempts_delivery')
    .on('connector_attempts')
    .columns(['delivery_id', 'attempt'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'connector_attempts',
    'connector_deliveries',
    'connector_links',
    'connector_email',
    'connector_webhooks',
  ])
    await db.schema.dropTable(table).execute()
}
