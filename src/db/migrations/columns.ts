import { type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely'

/**
 * The few column types that differ between SQLite and PostgreSQL. Part of the migration history:
 * existing migrations rely on these exact types, so change nothing here, add instead.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> so they never import today's schema
export function columnTypes(db: Kysely<any>): {
  timestamp: RawBuilder<unknown>
  bytes: RawBuilder<unknown>
  bigint: RawBuilder<unknown>
} {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter
  return {
    timestamp: postgres ? sql`timestamptz` : sql`text`,
    bytes: postgres ? sql`bytea` : sql`blob`,
    bigint: postgres ? sql`bigint` : sql`integer`,
  }
}
