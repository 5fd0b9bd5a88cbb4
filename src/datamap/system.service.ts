import type { Updateable } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { conflict, invalid, notFound } from '../errors.js'
import type { SecurityMeasure, SystemKind } from './datamap.schema.js'
import type { SystemsTable } from './datamap.table.js'
import { findProcessor } from './processor.repository.js'
import * as repo from './system.repository.js'
import type { NewSystem, System, SystemPatch } from './system.schema.js'
import { checkCountry, clean, refuseCardNumbers } from './validate.js'

/** Systems: where personal data lives, who runs it, and how it is protected. */
export class SystemService {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(db: Executor): Promise<System[]> {
    return (await repo.listSystems(db)).map(toSystem)
  }

  async get(db: Executor, id: string): Promise<System> {
    const row = await repo.findSystem(db, id)
    if (!row) throw notFound('The system')
    return toSystem(row)
  }

  async create(trx: Executor, input: NewSystem, actor: Actor, requestId?: string): Promise<System> {
    refuseCardNumbers('system', input, this.clock.now())
    const id = uuidv7()
    const now = this.clock.now().toISOString()
    const set = await this.#check(trx, input)
    await repo.insertSystem(trx, {
      id,
      name: input.name.trim(),
      kind: input.kind,
      security_measures: '[]',
      ...set,
      created_at: now,
      updated_at: now,
    })
    await this.#audit(trx, 'system.create', id, Object.keys(input), actor, requestId)
    return this.get(trx, id)
  }

  async update(
    trx: Executor,
    id: string,
    patch: SystemPatch,
    actor: Actor,
    requestId?: string,
  ): Promise<System> {
    refuseCardNumbers('system', patch, this.clock.now())
    if (!(await repo.findSystem(trx, id))) throw notFound('The system')
    const set = await this.#check(trx, patch)
    await repo.updateSystem(trx, id, { ...set, updated_at: this.clock.now().toISOString() })
    await this.#audit(trx, 'system.update', id, Object.keys(patch), actor, requestId)
    return this.get(trx, id)
  }

  /** Refused with 409 while a processing activity names the system. */
  async remove(trx: Executor, id: string, actor: Actor, requestId?: string): Promise<void> {
    if (!(await repo.findSystem(trx, id))) throw notFound('The system')
    const used = await repo.activitiesUsingSystem(trx, id)
    if (used > 0) throw conflict(`The system is used by ${used} processing activities; remove it there first`)
    await repo.deleteSystem(trx, id)
    await this.#audit(trx, 'system.delete', id, [], actor, requestId)
  }

  async #check(trx: Executor, input: SystemPatch): Promise<Updateable<SystemsTable>> {
    const set: Updateable<SystemsTable> = {}
    if (input.name !== undefined) set.name = input.name.trim()
    if (input.kind !== undefined) set.kind = input.kind
    if (input.description !== undefined) set.description = clean(input.description)
    if (input.owner !== undefined) set.owner = clean(input.owner)
    if (input.hostingCountry !== undefined)
      set.hosting_country =
        input.hostingCountry === null ? null : checkCountry('hostingCountry', input.hostingCountry)
    if (input.processorId !== undefined) {
      if (input.processorId !== null && !(await findProcessor(trx, input.processorId)))
        throw invalid('processorId', 'processorId does not name a processor', 'one_of')
      set.processor_id = input.processorId
    }
    if (input.securityMeasures !== undefined) {
      const seen = new Set<string>()
      input.securityMeasures.forEach((m, index) => {
        if (seen.has(m.measure))
          throw invalid(`securityMeasures.${index}.measure`, 'each measure may be listed once', 'format')
        seen.add(m.measure)
      })
      set.security_measures = JSON.stringify(
        input.securityMeasures.map((m) => ({ measure: m.measure, note: clean(m.note) })),
      )
    }
    return set
  }

  async #audit(
    trx: Executor,
    action: string,
    id: string,
    fields: string[],
    actor: Actor,
    requestId?: string,
  ) {
    await this.audit.append(trx, {
      actor,
      action,
      target: { type: 'system', id },
      details: { fields },
      requestId,
    })
  }
}

export function toSystem(row: repo.SystemRow): System {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    owner: row.owner,
    kind: row.kind as SystemKind,
    hostingCountry: row.hosting_country,
    processorId: row.processor_id,
    securityMeasures: JSON.parse(row.security_measures) as Array<{
      measure: SecurityMeasure
      note: string | null
    }>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
