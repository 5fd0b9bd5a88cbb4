import type { Insertable, Selectable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { ConnectorDatasetsTable, ConnectorSqlTable } from './connector.table.js'

export type ConnectionRow = Selectable<ConnectorSqlTable>
export type DatasetRow = Selectable<ConnectorDatasetsTable>

export async function findConnection(db: Executor, systemId: string): Promise<ConnectionRow | undefined> {
  return db.selectFrom('connector_sql').selectAll().where('system_id', '=', systemId).executeTakeFirst()
}

export async function upsertConnection(db: Executor, row: Insertable<ConnectorSqlTable>): Promise<void> {
  const { system_id: _, created_at: __, ...changes } = row
  await db
    .insertInto('connector_sql')
    .values(row)
    .onConflict((oc) => oc.column('system_id').doUpdateSet(changes))
    .execute()
}

export async function deleteConnection(db: Executor, systemId: string): Promise<boolean> {
  const result = await db.deleteFrom('connector_sql').where('system_id', '=', systemId).executeTakeFirst()
  return result.numDeletedRows > 0n
}

export async function findDataset(db: Executor, systemId: string): Promise<DatasetRow | undefined> {
  return db.selectFrom('connector_datasets').selectAll().where('system_id', '=', systemId).executeTakeFirst()
}

export async function upsertDataset(db: Executor, row: Insertable<ConnectorDatasetsTable>): Promise<void> {
  await db
    .insertInto('connector_datasets')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('system_id')
        .doUpdateSet({ fides_key: row.fides_key, document: row.document, updated_at: row.updated_at }),
    )
    .execute()
}

/** Systems with both a connection and a dataset annotation, by id. */
export async function connectedSystemIds(
  db: Executor,
): Promise<Array<{ system_id: string; name: string; kind: string }>> {
  return db
    .selectFrom('connector_sql')
    .innerJoin('connector_datasets', 'connector_datasets.system_id', 'connector_sql.system_id')
    .innerJoin('systems', 'systems.id', 'connector_sql.system_id')
    .select(['connector_sql.system_id', 'systems.name', 'connector_sql.kind'])
    .orderBy('systems.name')
    .execute()
}
