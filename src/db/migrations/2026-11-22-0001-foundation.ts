// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import type { Kysely } from 'kysely'
import { columnTypes } from './columns.js'

/** Instance identity, organisation, staff accounts, sessions, API keys, audit log, mail, jobs, data keys. */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)

  await db.schema
    .createTable('instance')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('key_check', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('organisation')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('legal_name', 'text')
    .addColumn('country', 'text')
    .addColumn('registration_number', 'text')
    .addColumn('street', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('dpo_name', 'text')
    .addColumn('dpo_email', 'text')
    .addColumn('dpo_phone', 'text')
    .addColumn('banner_origins', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('default_language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('financial_year_end', 'text', (c) => c.notNull().defaultTo('12-31'))
    .addColumn('require_two_factor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('setup_completed_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('locale', 'text')
    .addColumn('totp_secret', t.bytes)
    .addColumn('totp_enabled_at', t.timestamp)
    .addColumn('totp_last_step', t.bigint)
    .addColumn('recovery_codes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('disabled_at', t.timestamp)
    .addColumn('last_login_at', t.timestamp)
    .addColumn('password_changed_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute()

  await db.schema
    .createTable('user_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('used_at', t.timestamp)
    .execute()
  await db.schema.createIndex('user_tokens_user_id').on('user_tokens').column('user_id').execute()

  await db.schema
    .createTable('api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_used_at', t.timestamp)
    .addColumn('revoked_at', t.timestamp)
    .execute()

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', t.bigint, (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('request_id', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute()
  await db.schema.createIndex('audit_log_action').on('audit_log').column('action').execute()
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_type', 'actor_id']).execute()
  await db.schema
    .createIndex('audit_log_target')
    .on('audit_log')
    .columns(['target_type', 'target_id'])
    .execute()

  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', t.bigint, (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute()
  // The chain starts here: the first entry's prev_hash is the empty string.
  await db.insertInto('audit_head').values({ id: 1, seq: 0, hash: '' }).execute()

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('key_owner', 'text')
    .addColumn('sealed', t.bytes, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', t.timestamp)
    .addColumn('lease_until', t.timestamp)
    .addColumn('last_error', 'text')
    .addColumn('sent_at', t.timestamp)
    .execute()
  await db.schema
    .createIndex('mail_outbox_status')
    .on('mail_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute()

  await db.schema
    .createTable('job_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('tick', t.timestamp, (c) => c.notNull())
    .addColumn('instance', 'text', (c) => c.notNull())
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('lease_until', t.timestamp, (c) => c.notNull())
    .addColumn('finished_at', t.timestamp)
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addUniqueConstraint('job_runs_job_tick', ['job', 'tick'])
    .execute()
  await db.schema.createIndex('job_runs_started').on('job_runs').columns(['job', 'started_at']).execute()

  await db.schema
    .createTable('data_keys')
    .addColumn('owner_id', 'text', (c) => c.primaryKey())
    .addColumn('wrapped', t.bytes, (c) => c.notNull())
    .addColumn('kek_version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'data_keys',
    'job_runs',
    'mail_outbox',
    'audit_head',
    'audit_log',
    'api_keys',
    'user_tokens',
    'sessions',
    'users',
    'organisation',
    'instance',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
