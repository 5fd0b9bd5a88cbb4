import { v7 as uuidv7 } from 'uuid'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { KeyRing } from '../crypto/keys.js'
import type { Executor } from '../db/database.js'
import {
  type AuditFilter,
  type AuditRow,
  entriesAfter,
  findEntries,
  insertEntries,
  lockHead,
  readHead,
} from './audit.repository.js'

export type AuditOutcome = 'success' | 'denied' | 'failure'
/** Details are ids, counts, field names and codes: never personal data values. */
export type AuditDetails = Record<string, string | number | boolean | null | readonly string[]>

export interface AuditInput {
  actor: Actor
  action: string
  target?: { type: string; id: string } | undefined
  outcome?: AuditOutcome
  details?: AuditDetails | undefined
  requestId?: string | undefined
}

export interface AuditEntry {
  seq: number
  id: string
  at: string
  actor: Actor
  action: string
  target: { type: string; id: string } | null
  outcome: AuditOutcome
  details: AuditDetails | null
  requestId: string | null
  hash: string
}

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; seq: number; problem: 'changed' | 'missing' | 'reordered' | 'truncated' }

/**
 * The append-only audit log. Each entry carries a keyed hash over its content and the previous
 * entry's hash, so a changed, removed or reordered entry breaks the chain where it happened.
 */
export class AuditLog {
  constructor(
    private readonly keys: KeyRing,
    private readonly clock: Clock,
  ) {}

  /** Appends an entry inside the caller's transaction (or a new one), so it commits with the change. */
  async append(db: Executor, input: AuditInput): Promise<AuditEntry> {
    const [entry] = await this.appendMany(db, [input])
    return entry as AuditEntry
  }

  /**
   * Appends several entries in chain order with one lock of the head and one insert per chunk: bulk
   * writes (an import of thousands of people) keep one entry per person at a small cost.
   */
  async appendMany(db: Executor, inputs: readonly AuditInput[]): Promise<AuditEntry[]> {
    if (inputs.length === 0) return []
    if (!db.isTransaction) return db.transaction().execute((trx) => this.appendMany(trx, inputs))
    const head = await lockHead(db)
    const at = this.clock.now().toISOString()
    let previous = head
    const rows = inputs.map((input) => {
      const row: AuditRow = {
        seq: previous.seq + 1,
        id: uuidv7(),
        at,
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
        action: input.action,
        target_type: input.target?.type ?? null,
        target_id: input.target?.id ?? null,
        outcome: input.outcome ?? 'success',
        details: input.details ? JSON.stringify(input.details) : null,
        request_id: input.requestId ?? null,
        prev_hash: previous.hash,
        hash: '',
      }
      row.hash = this.#hash(row)
      previous = row
      return row
    })
    await insertEntries(db, rows)
    return rows.map(toEntry)
  }

  /** Walks the whole chain in order; stops at the first entry that does not fit. */
  async verify(db: Executor): Promise<VerifyResult> {
    let previous = { seq: 0, hash: '' }
    let count = 0
    for (;;) {
      const batch = await entriesAfter(db, previous.seq, 2000)
      if (batch.length === 0) break
      for (const row of batch) {
        count++
        if (row.seq !== previous.seq + 1)
          return { ok: false, entries: count, seq: previous.seq + 1, problem: 'missing' }
        if (row.prev_hash !== previous.hash)
          return { ok: false, entries: count, seq: row.seq, problem: 'reordered' }
        if (this.#hash(row) !== row.hash)
          return { ok: false, entries: count, seq: row.seq, problem: 'changed' }
        previous = { seq: row.seq, hash: row.hash }
      }
    }
    const head = await readHead(db)
    if (!head || head.seq !== previous.seq || head.hash !== previous.hash) {
      return { ok: false, entries: count, seq: previous.seq + 1, problem: 'truncated' }
    }
    return { ok: true, entries: count }
  }

  async list(db: Executor, filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
    return (await findEntries(db, filter, limit)).map(toEntry)
  }

  #hash(row: AuditRow): string {
    return this.keys.mac(
      'audit-chain',
      JSON.stringify([
        row.seq,
        row.id,
        row.at,
        row.actor_type,
        row.actor_id,
        row.action,
        row.target_type,
        row.target_id,
        row.outcome,
        row.details,
        row.request_id,
        row.prev_hash,
      ]),
    )
  }
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    id: row.id,
    at: row.at,
    actor: (row.actor_id ? { type: row.actor_type, id: row.actor_id } : { type: row.actor_type }) as Actor,
    action: row.action,
    target: row.target_type && row.target_id ? { type: row.target_type, id: row.target_id } : null,
    outcome: row.outcome as AuditOutcome,
    details: row.details ? (JSON.parse(row.details) as AuditDetails) : null,
    requestId: row.request_id,
    hash: row.hash,
  }
}
