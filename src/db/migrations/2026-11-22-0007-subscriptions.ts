// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * Marketing permissions (P8, P14): one row per person, channel and purpose with its history, the
 * single-use and unsubscribe tokens (stored as keyed hashes), the suppression list of keyed hashes,
 * and the webhook endpoints with their delivery outbox.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('opt_out_offered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('evidence', t.bytes)
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('confirmed_at', t.timestamp)
    .addColumn('withdrawn_at', t.timestamp)
    .addCheckConstraint('subscriptions_channel', sql`channel in ('email', 'sms', 'post')`)
    .addCheckConstraint('subscriptions_basis', sql`basis in ('explicit_opt_in', 'soft_opt_in')`)
    .addCheckConstraint('subscriptions_status', sql`status in ('pending', 'active', 'withdrawn')`)
    .addUniqueConstraint('subscriptions_one', ['subject_id', 'channel', 'purpose'])
    .execute()
  await db.schema
    .createIndex('subscriptions_counts')
    .on('subscriptions')
    .columns(['status', 'channel', 'purpose'])
    .execute()

  await db.schema
    .createTable('subscription_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subscription_id', 'text', (c) =>
      c.notNull().references('subscriptions.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('subscription_events_subscription')
    .on('subscription_events')
    .column('subscription_id')
    .execute()

  await db.schema
    .createTable('subscription_tokens')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id').onDelete('cascade'))
    .addColumn('subscription_id', 'text', (c) => c.references('subscriptions.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp)
    .addColumn('used_at', t.timestamp)
    .addCheckConstraint('subscription_tokens_kind', sql`kind in ('confirm', 'unsubscribe')`)
    .execute()

  await db.schema
    .createTable('suppressions')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('suppressions_pk', ['channel', 'hash'])
    .execute()

  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', t.bytes, (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('endpoint_id', 'text', (c) =>
      c.notNull().references('webhook_endpoints.id').onDelete('cascade'),
    )
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', t.timestamp)
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('delivered_at', t.timestamp)
    .addCheckConstraint('webhook_deliveries_status', sql`status in ('queued', 'delivered', 'failed')`)
    .execute()
  await db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'webhook_deliveries',
    'webhook_endpoints',
    'suppressions',
    'subscription_tokens',
    'subscription_events',
    'subscriptions',
  ])
    await db.schema.dropTable(table).execute()
}
