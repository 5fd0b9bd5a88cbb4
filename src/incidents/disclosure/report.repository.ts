import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../../db/database.js'
import type {
  VulnerabilityAttachmentsTable,
  VulnerabilityMessagesTable,
  VulnerabilityReportsTable,
} from '../incidents.table.js'

export type ReportRow = Selectable<VulnerabilityReportsTable>
export type MessageRow = Selectable<VulnerabilityMessagesTable>

export async function insertReport(db: Executor, row: Insertable<VulnerabilityReportsTable>): Promise<void> {
  await db.insertInto('vulnerability_reports').values(row).execute()
}

export async function updateReport(
  db: Executor,
  id: string,
  set: Updateable<VulnerabilityReportsTable>,
): Promise<void> {
  await db.updateTable('vulnerability_reports').set(set).where('id', '=', id).execute()
}

export async function findReport(db: Executor, id: string): Promise<ReportRow | undefined> {
  return db.selectFrom('vulnerability_reports').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function reportByToken(db: Executor, tokenHash: string): Promise<ReportRow | undefined> {
  return db
    .selectFrom('vulnerability_reports')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst()
}

export async function listReports(db: Executor): Promise<ReportRow[]> {
  return db
    .selectFrom('vulnerability_reports')
    .selectAll()
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
}

export async function insertMessage(
  db: Executor,
  row: Insertable<VulnerabilityMessagesTable>,
): Promise<void> {
  await db.insertInto('vulnerability_messages').values(row).execute()
}

export async function messagesOf(db: Executor, id: string): Promise<MessageRow[]> {
  return db
    .selectFrom('vulnerability_messages')
    .selectAll()
    .where('report_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute()
}

export async function insertAttachment(
  db: Executor,
  row: Insertable<VulnerabilityAttachmentsTable>,
): Promise<void> {
  await db.insertInto('vulnerability_attachments').values(row).execute()
}

export async function attachmentsOf(
  db: Executor,
  id: string,
): Promise<Array<{ id: string; content_type: string; size: number; created_at: string }>> {
  return db
    .selectFrom('vulnerability_attachments')
    .select(['id', 'content_type', 'size', 'created_at'])
    .where('report_id', '=', id)
    .orderBy('created_at')
    .execute()
}

export async function findAttachment(
  db: Executor,
  reportId: string,
  id: string,
): Promise<Selectable<VulnerabilityAttachmentsTable> | undefined> {
  return db
    .selectFrom('vulnerability_attachments')
    .selectAll()
    .where('report_id', '=', reportId)
    .where('id', '=', id)
    .executeTakeFirst()
}

export async function readExpiry(db: Executor): Promise<string | undefined> {
  return (await db.selectFrom('security_txt').select('expires_at').where('id', '=', 1).executeTakeFirst())
    ?.expires_at
}

export async function writeExpiry(db: Executor, expiresAt: string, at: string): Promise<void> {
  await db
    .insertInto('security_txt')
    .values({ id: 1, expires_at: expiresAt, renewed_at: at })
    .onConflict((oc) => oc.column('id').doUpdateSet({ expires_at: expiresAt, renewed_at: at }))
    .execute()
}
