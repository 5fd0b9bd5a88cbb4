import type { Insertable, Selectable } from 'kysely'
import type { Executor } from '../../db/database.js'
import type { ConnectorEmailTable } from './email.table.js'

export type EmailRow = Selectable<ConnectorEmailTable>

export function findConnection(db: Executor, systemId: string): Promise<EmailRow | undefined> {
  return db.selectFrom('connector_email').selectAll().where('system_id', '=', systemId).executeTakeFirst()
}

export function listConnections(db: Executor): Promise<EmailRow[]> {
  return db.selectFrom('connector_email').selectAll().orderBy('created_at').execute()
}

export async function upsertConnection(db: Executor, row: Insertable<ConnectorEmailTable>): Promise<void> {
  await db
    .insertInto('connector_email')
    .values(row)
    .onConflict((oc) =>
      oc.column('system_id').doUpdateSet({
        address: row.address,
        language: row.language,
        reminder_days: row.reminder_days,
        updated_at: row.updated_at,
      }),
    )
    .execute()
}

export async function deleteConnection(db: Executor, systemId: string): Promise<boolean> {
  const r = await db.deleteFrom('connector_email').where('system_id', '=', systemId).executeTakeFirst()
  return Number(r.numDeletedRows) === 1
}

/** The system's name and, when a processor runs it, the processor's contact address and country. */
export function systemWithProcessor(
  db: Executor,
  systemId: string,
): Promise<{ name: string; contact_email: string | null; country: string | null } | undefined> {
  return db
    .selectFrom('systems')
    .leftJoin('processors', 'processors.id', 'systems.processor_id')
    .select([
      'systems.name as name',
      'processors.contact_email as contact_email',
      'processors.country as country',
    ])
    .where('systems.id', '=', systemId)
    .executeTakeFirst()
}
