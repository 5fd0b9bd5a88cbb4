import { stringify } from 'csv-stringify/sync'
import type { Executor } from '../db/database.js'
import type { AuditFilter } from './audit.repository.js'
import type { AuditLog } from './audit.service.js'

const HEADER = [
  'seq',
  'id',
  'at',
  'actor_type',
  'actor_id',
  'action',
  'target_type',
  'target_id',
  'outcome',
  'details',
  'request_id',
  'hash',
]
const BATCH = 1000

/** The filtered log as CSV, newest first, produced batch by batch so a long log does not fill memory. */
export async function* auditCsv(audit: AuditLog, db: Executor, filter: AuditFilter): AsyncGenerator<string> {
  yield stringify([HEADER])
  let before = filter.beforeSeq
  for (;;) {
    const entries = await audit.list(
      db,
      { ...filter, ...(before !== undefined ? { beforeSeq: before } : {}) },
      BATCH,
    )
    if (entries.length === 0) return
    yield stringify(
      entries.map((e) => [
        e.seq,
        e.id,
        e.at,
        e.actor.type,
        e.actor.id ?? '',
        e.action,
        e.target?.type ?? '',
        e.target?.id ?? '',
        e.outcome,
        e.details ? JSON.stringify(e.details) : '',
        e.requestId ?? '',
        e.hash,
      ]),
    )
    if (entries.length < BATCH) return
    before = entries.at(-1)?.seq
  }
}
