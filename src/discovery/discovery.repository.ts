// All SQL of discovery.
import type { Executor } from '../db/database.js'
import type { DiscoveryColumnsTable, DiscoveryScansTable } from './discovery.table.js'

export type ScanRow = DiscoveryScansTable
export type ColumnRow = DiscoveryColumnsTable

export async function insertScan(db: Executor, row: ScanRow): Promise<void> {
  await db.insertInto('discovery_scans').values(row).execute()
}

export async function updateProgress(
  db: Executor,
  id: string,
  progress: { tables_total: number; tables_done: number },
): Promise<void> {
  await db
    .updateTable('discovery_scans')
    .set(progress)
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute()
}

export async function finishScan(
  db: Executor,
  id: string,
  result: Pick<
    ScanRow,
    'tables_total' | 'tables_done' | 'columns_total' | 'cells' | 'card_findings' | 'finished_at'
  >,
  columns: readonly ColumnRow[],
): Promise<void> {
  // Chunks keep each insert under PostgreSQL's and SQLite's limits on bound parameters.
  for (let i = 0; i < columns.length; i += 200)
    await db
      .insertInto('discovery_columns')
      .values(columns.slice(i, i + 200))
      .execute()
  await db
    .updateTable('discovery_scans')
    .set({ ...result, status: 'finished' })
    .where('id', '=', id)
    .execute()
}

export async function failScan(db: Executor, id: string, error: string, finishedAt: string): Promise<void> {
  await db
    .updateTable('discovery_scans')
    .set({ status: 'failed', error, finished_at: finishedAt })
    .where('id', '=', id)
    .execute()
}

/** Marks scans still 'running' that started before `before` as failed: their process is gone. */
export async function failStale(db: Executor, before: string, finishedAt: string): Promise<number> {
  const result = await db
    .updateTable('discovery_scans')
    .set({ status: 'failed', error: 'interrupted', finished_at: finishedAt })
    .where('status', '=', 'running')
    .where('started_at', '<', before)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export async function findScan(db: Executor, id: string): Promise<ScanRow | undefined> {
  return db.selectFrom('discovery_scans').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function listScans(db: Executor, limit: number): Promise<ScanRow[]> {
  return db
    .selectFrom('discovery_scans')
    .selectAll()
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

export async function listColumns(db: Executor, scanId: string): Promise<ColumnRow[]> {
  return db
    .selectFrom('discovery_columns')
    .selectAll()
    .where('scan_id', '=', scanId)
    .orderBy('table_name')
    .orderBy('column_name')
    .execute()
}

/**
 * The newest finished scan of each source that found full card numbers, with the columns where. Older
 * scans of the same source no longer count: a later clean scan clears the finding.
 */
export async function cardFindings(
  db: Executor,
): Promise<
  Array<{ scan: ScanRow; columns: Array<{ table_name: string; column_name: string; card_count: number }> }>
> {
  const scans = await db
    .selectFrom('discovery_scans')
    .selectAll()
    .where('status', '=', 'finished')
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute()
  const seen = new Set<string>()
  const out: Array<{
    scan: ScanRow
    columns: Array<{ table_name: string; column_name: string; card_count: number }>
  }> = []
  for (const scan of scans) {
    const key = `${scan.source_kind}|${scan.source_id ?? scan.source_label}`
    if (seen.has(key)) continue
    seen.add(key)
    if (Number(scan.card_findings) === 0) continue
    const columns = await db
      .selectFrom('discovery_columns')
      .select(['table_name', 'column_name', 'card_count'])
      .where('scan_id', '=', scan.id)
      .where('card_count', '>', 0)
      .orderBy('table_name')
      .orderBy('column_name')
      .execute()
    out.push({ scan, columns })
  }
  return out
}
