import type { Insertable, Selectable, Updateable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { DocumentsTable, ProcessorsTable } from './datamap.table.js'

export type ProcessorRow = Selectable<ProcessorsTable>
/** A document's facts without its bytes. */
export type DocumentMeta = Omit<Selectable<DocumentsTable>, 'content'>

const META = [
  'id',
  'filename',
  'content_type',
  'size',
  'sha256',
  'uploaded_by_type',
  'uploaded_by',
  'created_at',
] as const

export async function listProcessors(
  db: Executor,
  o: { publishedOnly?: boolean } = {},
): Promise<ProcessorRow[]> {
  let query = db.selectFrom('processors').selectAll().orderBy('name').orderBy('id')
  if (o.publishedOnly) query = query.where('published', '=', 1)
  return query.execute()
}

export async function findProcessor(db: Executor, id: string): Promise<ProcessorRow | undefined> {
  return db.selectFrom('processors').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The ids among `ids` that name a processor. */
export async function existingProcessorIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('processors')
    .select('id')
    .where('id', 'in', [...ids])
    .execute()
  return new Set(rows.map((r) => r.id))
}

export async function insertProcessor(db: Executor, row: Insertable<ProcessorsTable>): Promise<void> {
  await db.insertInto('processors').values(row).execute()
}

export async function updateProcessor(
  db: Executor,
  id: string,
  changes: Updateable<ProcessorsTable>,
): Promise<void> {
  await db.updateTable('processors').set(changes).where('id', '=', id).execute()
}

export async function deleteProcessor(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('processors').where('id', '=', id).execute()
}

/** What refers to a processor: activities (as recipient or transfer), systems and sub-processors. */
export async function processorReferences(
  db: Executor,
  id: string,
): Promise<{ activities: number; systems: number; subProcessors: number }> {
  const recipients = await db
    .selectFrom('activity_recipients')
    .select('activity_id')
    .where('processor_id', '=', id)
    .execute()
  const transfers = await db
    .selectFrom('activity_transfers')
    .select('activity_id')
    .where('processor_id', '=', id)
    .execute()
  const systems = await db
    .selectFrom('systems')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('processor_id', '=', id)
    .executeTakeFirstOrThrow()
  const subs = await db
    .selectFrom('processors')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', id)
    .executeTakeFirstOrThrow()
  const activities = new Set([...recipients, ...transfers].map((r) => r.activity_id))
  return { activities: activities.size, systems: Number(systems.n), subProcessors: Number(subs.n) }
}

export async function documentsMeta(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, DocumentMeta>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('documents')
    .select(META)
    .where('id', 'in', [...ids])
    .execute()
  return new Map(rows.map((r) => [r.id, r]))
}

export async function insertDocument(db: Executor, row: Insertable<DocumentsTable>): Promise<void> {
  await db.insertInto('documents').values(row).execute()
}

export async function readDocument(
  db: Executor,
  id: string,
): Promise<Selectable<DocumentsTable> | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function deleteDocument(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('documents').where('id', '=', id).execute()
}
