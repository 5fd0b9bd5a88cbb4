// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, sql } from 'kysely'
import { columnTypes } from './columns.js'

/**
 * Incidents (issue 8): the breach register on the 72-hour clock (events, reminders sent, filed
 * notifications, the people told) and the vulnerability disclosure desk (reports, their messages and
 * screenshots, and the security.txt expiry kept valid).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db)
  await db.schema
    .createTable('breaches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('aware_at', t.timestamp, (c) => c.notNull())
    .addColumn('started_at', t.timestamp)
    .addColumn('ended_at', t.timestamp)
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('system_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('data_categories', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('people_count', 'integer')
    .addColumn('records_count', 'integer')
    .addColumn('consequences', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('measures_taken', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('measures_proposed', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('advice', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('risk', 'text', (c) => c.notNull().defaultTo('unassessed'))
    .addColumn('risk_reasoning', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('late_reason', 'text')
    .addColumn('public_notice', 'text')
    .addColumn('public_notice_at', t.timestamp)
    .addColumn('report_id', 'text')
    .addColumn('created_by_type', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint('breaches_risk', sql`risk in ('unassessed', 'none', 'risk', 'high')`)
    .addCheckConstraint('breaches_status', sql`status in ('open', 'contained', 'closed')`)
    .execute()
  await db.schema.createIndex('breaches_aware').on('breaches').columns(['status', 'aware_at']).execute()
  await db.schema
    .createTable('breach_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute()
  await db.schema
    .createIndex('breach_events_breach')
    .on('breach_events')
    .columns(['breach_id', 'at'])
    .execute()
  await db.schema
    .createTable('breach_reminders')
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('hours_left', 'integer', (c) => c.notNull())
    .addColumn('sent_at', t.timestamp, (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('breach_reminders_pk', ['breach_id', 'hours_left'])
    .execute()
  await db.schema
    .createTable('breach_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('filed_at', t.timestamp, (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by_type', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint('breach_notifications_phase', sql`phase in ('initial', 'follow_up', 'final')`)
    .execute()
  await db.schema
    .createTable('breach_recipients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('breach_id', 'text', (c) => c.notNull().references('breaches.id').onDelete('cascade'))
    .addColumn('key_owner', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('email', t.bytes, (c) => c.notNull())
    .addColumn('email_hash', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('mail_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('sent_at', t.timestamp)
    .addUniqueConstraint('breach_recipients_once', ['breach_id', 'email_hash'])
    .execute()
  await db.schema
    .createTable('vulnerability_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('how_found', 'text', (c) => c.notNull())
    .addColumn('contact', t.bytes)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('received'))
    .addColumn('triage', 'text')
    .addColumn('breach_id', 'text')
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .addColumn('receipt_due_on', 'text', (c) => c.notNull())
    .addColumn('answer_due_on', 'text', (c) => c.notNull())
    .addColumn('triaged_at', t.timestamp)
    .addColumn('answered_at', t.timestamp)
    .addColumn('closed_at', t.timestamp)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint(
      'vulnerability_reports_status',
      sql`status in ('received', 'triaged', 'answered', 'closed')`,
    )
    .addCheckConstraint(
      'vulnerability_reports_triage',
      sql`triage is null or triage in ('not_vulnerability', 'vulnerability', 'breach')`,
    )
    .execute()
  await db.schema
    .createTable('vulnerability_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) =>
      c.notNull().references('vulnerability_reports.id').onDelete('cascade'),
    )
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addCheckConstraint('vulnerability_messages_author', sql`author in ('reporter', 'staff')`)
    .execute()
  await db.schema
    .createTable('vulnerability_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) =>
      c.notNull().references('vulnerability_reports.id').onDelete('cascade'),
    )
    .addColumn('message_id', 'text')
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', t.bytes, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('security_txt')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('renewed_at', t.timestamp, (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'security_txt',
    'vulnerability_attachments',
    'vulnerability_messages',
    'vulnerability_reports',
    'breach_recipients',
    'breach_notifications',
    'breach_reminders',
    'breach_events',
    'breaches',
  ])
    await db.schema.dropTable(table).execute()
}
