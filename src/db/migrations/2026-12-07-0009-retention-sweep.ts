// biome-ignore-all lint/suspicious/noExplicitAny: migrations are written against Kysely<any>
import type { Kysely } from 'kysely'

/** Placeholder: filled in by the sweep work. */
export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
