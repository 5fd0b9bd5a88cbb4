// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import { type Kysely, sql } from 'kysely'

/**
 * Most consents come from visitors Vern does not know: the index that finds a person's consents now
 * holds only the records that have a person, so recording an anonymous choice updates one B-tree less.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('consent_records_person').execute()
  await db.schema
    .createIndex('consent_records_person')
    .on('consent_records')
    .columns(['person_ref', 'seq'])
    .where(sql.ref('person_ref'), 'is not', null)
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('consent_records_person').execute()
  await db.schema
    .createIndex('consent_records_person')
    .on('consent_records')
    .columns(['person_ref', 'seq'])
    .execute()
}
