import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { conflict, invalid, notFound } from '../errors.js'
import * as repo from './retention.repository.js'
import type { Hold, HoldScope, NewHold } from './retention.schema.js'

const RETENTION_ACTOR: Actor = { type: 'system', id: 'retention' }

/** A hold in force: what the sweep must leave alone. */
export interface ActiveHold {
  id: string
  scope: HoldScope
  target: string
}

/** What a record touches, for isHeld: the person, the systems it lives in, its data categories. */
export interface HeldRecord {
  subjectId?: string | null
  systemIds?: readonly string[]
  dataCategories?: readonly string[]
}

/** The holds in force at `now` (not released, no end or an end still ahead). For the sweep. */
export async function activeHolds(db: Executor, now: Date): Promise<ActiveHold[]> {
  const rows = await repo.listHolds(db, true, now.toISOString())
  return rows.map((r) => ({ id: r.id, scope: r.scope as HoldScope, target: r.target }))
}

/**
 * The holds among `holds` that stop deletion of a record. A category hold also covers the keys
 * below it (a hold on user.contact holds user.contact.email).
 */
export function holdsOn(holds: readonly ActiveHold[], record: HeldRecord): ActiveHold[] {
  return holds.filter((h) => {
    switch (h.scope) {
      case 'subject':
        return record.subjectId === h.target
      case 'system':
        return (record.systemIds ?? []).includes(h.target)
      case 'data_category':
        return (record.dataCategories ?? []).some((c) => c === h.target || c.startsWith(`${h.target}.`))
      default:
        return false
    }
  })
}

export function isHeld(holds: readonly ActiveHold[], record: HeldRecord): boolean {
  return holdsOn(holds, record).length > 0
}

/** Legal holds: set, release, and release by themselves when their end passes. Audited (ids only). */
export class LegalHoldService {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(db: Executor, active?: boolean): Promise<Hold[]> {
    const now = this.clock.now()
    return (await repo.listHolds(db, active, now.toISOString())).map((r) => toHold(r, now))
  }

  async get(db: Executor, id: string): Promise<Hold> {
    const row = await repo.findHold(db, id)
    if (!row) throw notFound('The legal hold')
    return toHold(row, this.clock.now())
  }

  async create(trx: Executor, input: NewHold, actor: Actor, requestId?: string): Promise<Hold> {
    const now = this.clock.now()
    const reason = input.reason.trim()
    if (reason === '') throw invalid('reason', 'reason must not be blank', 'required')
    if (reason.length > 2000) throw invalid('reason', 'reason must be at most 2000 characters', 'too_long')
    const endsAt = input.endsAt ? new Date(input.endsAt) : null
    if (endsAt && (Number.isNaN(endsAt.getTime()) || endsAt <= now))
      throw invalid('endsAt', 'endsAt must be in the future', 'date')
    await this.#checkTarget(trx, input.scope, input.target)
    const id = uuidv7()
    await repo.insertHold(trx, {
      id,
      scope: input.scope,
      target: input.target,
      reason,
      ends_at: endsAt ? endsAt.toISOString() : null,
      created_by_type: actor.type,
      created_by: actor.id ?? null,
      created_at: now.toISOString(),
      released_at: null,
      released_by_type: null,
      released_by: null,
    })
    await this.audit.append(trx, {
      actor,
      action: 'legal_hold.set',
      target: { type: 'legal_hold', id },
      details: {
        scope: input.scope,
        // Ids and keys only: never the reason, which is free text.
        ...(input.scope === 'subject' ? { subjectId: input.target } : { on: input.target }),
        ends: endsAt !== null,
      },
      requestId,
    })
    return this.get(trx, id)
  }

  /** Releases a hold; 409 when it is no longer in force. */
  async release(trx: Executor, id: string, actor: Actor, requestId?: string): Promise<Hold> {
    const row = await repo.findHold(trx, id)
    if (!row) throw notFound('The legal hold')
    const now = this.clock.now()
    if (row.released_at !== null || (row.ends_at !== null && new Date(row.ends_at) <= now))
      throw conflict('The legal hold is no longer in force')
    if (!(await repo.releaseHold(trx, id, now.toISOString(), { type: actor.type, id: actor.id ?? null })))
      throw conflict('The legal hold is no longer in force')
    await this.audit.append(trx, {
      actor,
      action: 'legal_hold.release',
      target: { type: 'legal_hold', id },
      details: { expired: false },
      requestId,
    })
    return this.get(trx, id)
  }

  /** Marks holds whose end has passed as released, each audited as the system. Returns how many. */
  async releaseExpired(db: Executor, batch = 500): Promise<number> {
    const now = this.clock.now().toISOString()
    let released = 0
    for (;;) {
      const ids = await repo.expiredHoldIds(db, now, batch)
      if (ids.length === 0) return released
      await db.transaction().execute(async (trx) => {
        for (const id of ids) {
          const row = await repo.findHold(trx, id)
          if (!row?.ends_at) continue
          // Released at its end, which is when it stopped holding anything.
          if (!(await repo.releaseHold(trx, id, row.ends_at, { type: 'system', id: 'retention' }))) continue
          await this.audit.append(trx, {
            actor: RETENTION_ACTOR,
            action: 'legal_hold.release',
            target: { type: 'legal_hold', id },
            details: { expired: true },
          })
          released++
        }
      })
      if (ids.length < batch) return released
    }
  }

  async #checkTarget(trx: Executor, scope: HoldScope, target: string): Promise<void> {
    const known =
      scope === 'subject'
        ? await repo.subjectExists(trx, target)
        : scope === 'system'
          ? await repo.systemExists(trx, target)
          : (await repo.existingCategories(trx, [target])).has(target)
    if (!known) throw invalid('target', `target must name an existing ${scope.replace('_', ' ')}`, 'one_of')
  }
}

export function toHold(row: repo.HoldRow, now: Date): Hold {
  return {
    id: row.id,
    scope: row.scope as HoldScope,
    target: row.target,
    reason: row.reason,
    endsAt: row.ends_at,
    createdAt: row.created_at,
    releasedAt: row.released_at,
    active: row.released_at === null && (row.ends_at === null || new Date(row.ends_at) > now),
  }
}
