import type { Selectable } from 'kysely'
import type { Executor } from '../db/database.js'
import type { JobRunsTable } from './job.table.js'

export type JobRunRow = Selectable<JobRunsTable>

export function recentRuns(db: Executor, limit: number, job?: string): Promise<JobRunRow[]> {
  let q = db.selectFrom('job_runs').selectAll()
  if (job) q = q.where('job', '=', job)
  return q.orderBy('started_at', 'desc').limit(limit).execute()
}

export function lastRun(db: Executor, job: string): Promise<JobRunRow | undefined> {
  return db
    .selectFrom('job_runs')
    .selectAll()
    .where('job', '=', job)
    .orderBy('tick', 'desc')
    .limit(1)
    .executeTakeFirst()
}
