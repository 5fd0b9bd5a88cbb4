// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * Data-subject requests (P10-P15): the requests with their deadlines, sealed e-mail and details, the
 * status history, the confirmation tokens (keyed hashes), tasks for systems outside Vern, and the
 * organisation's request settings.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('email', t.bytes, (c) => c.notNull())
    .addColumn('email_hash', 'text', (c) => c.notNull())
    .addColumn('details', t.bytes)
    .addColumn('objection_scope', 'text')
    .addColumn('subject_id', 'text', (c) => c.references('subjects.id').onDelete('set null'))
    .addColumn('assignee_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('verification_method', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('received_at', t.timestamp)
    .addColumn('due_on', 'text')
    .addColumn('original_due_on', 'text')
    .addColumn('extended_until', 'text')
    .addColumn('extension_reason', 'text')
    .addColumn('rejection_reason', 'text')
    .addColumn('reminded_for', 'text')
    .addColumn('expires_at', t.timestamp)
    .addColumn('closed_at', t.timestamp)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint(
      'requests_kind',
      sql`kind in ('access', 'portability', 'rectification', 'erasure', 'restriction', 'objection', 'stop_marketing', 'withdraw_consent')`,
    )
    .addCheckConstraint(
      'requests_state',
      sql`state in ('unconfirmed', 'received', 'verified', 'in_progress', 'completed', 'rejected')`,
    )
    .addCheckConstraint('requests_channel', sql`channel in ('web', 'email', 'phone', 'letter', 'in_person')`)
    .execute()
  await db.schema.createIndex('requests_open').on('requests').columns(['state', 'due_on']).execute()
  await db.schema.createIndex('requests_email').on('requests').column('email_hash').execute()
  await db.schema.createIndex('requests_subject').on('requests').column('subject_id').execute()

  await db.schema
    .createTable('request_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('reason', 'text')
    .addColumn('note', t.bytes)
    .addColumn('due_on', 'text')
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('request_events_request').on('request_events').column('request_id').execute()

  await db.schema
    .createTable('request_tokens')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint('request_tokens_kind', sql`kind in ('link', 'code')`)
    .execute()
  await db.schema.createIndex('request_tokens_request').on('request_tokens').column('request_id').execute()

  await db.schema
    .createTable('request_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('system_id', 'text', (c) => c.references('systems.id').onDelete('set null'))
    .addColumn('system_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', t.bytes)
    .addColumn('done_by', 'text')
    .addColumn('done_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint('request_tasks_status', sql`status in ('open', 'done')`)
    .execute()
  await db.schema.createIndex('request_tasks_request').on('request_tasks').column('request_id').execute()

  await db.schema
    .createTable('request_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('reminder_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint('request_settings_one', sql`id = 1`)
    .addCheckConstraint('request_settings_deadline', sql`deadline in ('month', 'days30')`)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['request_settings', 'request_tasks', 'request_tokens', 'request_events', 'requests'])
    await db.schema.dropTable(table).execute()
}
