import { type Kysely, Migrator } from 'kysely'
import { migrations } from './migrations/index.js'

export interface MigrationReport {
  applied: string[]
}

/** Brings the schema to the latest version; safe to run from several instances at once. */
export async function migrateToLatest<T>(db: Kysely<T>): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) {
    const name = failed?.migrationName ?? 'unknown'
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`migration ${name} failed: ${reason}`)
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) }
}
