import type { Updateable } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { invalid, notFound, VernError } from '../errors.js'
import type { TaxonomyService } from '../taxonomy/taxonomy.service.js'
import * as repo from './activity.repository.js'
import { checkState, mergeState } from './activity.rules.js'
import type { Activity, ActivityPatch, NewActivity } from './activity.schema.js'
import { isThirdCountry } from './countries.js'
import type { ActivitiesTable } from './datamap.table.js'
import { existingProcessorIds } from './processor.repository.js'
import { existingSystemIds } from './system.repository.js'
import { checkCountry, checkUnique, clean, refuseCardNumbers } from './validate.js'

/** Processing activities: the purposes, with their legal basis, data, systems, recipients and retention. */
export class ActivityService {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async list(db: Executor): Promise<Activity[]> {
    const rows = await repo.listActivities(db)
    const links = await repo.readLinks(
      db,
      rows.map((r) => r.id),
    )
    return rows.map((r) => toActivity(r, links.get(r.id)))
  }

  async get(db: Executor, id: string): Promise<Activity> {
    const row = await repo.findActivity(db, id)
    if (!row) throw notFound('The processing activity')
    return toActivity(row, (await repo.readLinks(db, [id])).get(id))
  }

  async create(trx: Executor, input: NewActivity, actor: Actor, requestId?: string): Promise<Activity> {
    refuseCardNumbers('activity', input, this.clock.now())
    const id = uuidv7()
    const now = this.clock.now().toISOString()
    const set = await this.#check(trx, input, null)
    await repo.insertActivity(trx, {
      id,
      name: input.name.trim(),
      purpose: input.purpose.trim(),
      data_use: input.dataUse,
      legal_basis: input.legalBasis,
      data_categories: JSON.stringify(input.dataCategories),
      data_subjects: JSON.stringify(input.dataSubjects),
      retention: JSON.stringify(input.retention),
      source: set.source ?? null,
      legitimate_interest: set.legitimate_interest ?? null,
      special_category_condition: set.special_category_condition ?? null,
      requirement: set.requirement ?? null,
      requirement_consequence: set.requirement_consequence ?? null,
      automated_decisions: set.automated_decisions ?? 0,
      automated_description: set.automated_description ?? null,
      created_at: now,
      updated_at: now,
    })
    await repo.writeLinks(trx, id, {
      systemIds: input.systemIds ?? [],
      recipientIds: input.recipientIds ?? [],
      transfers: input.transfers ?? [],
    })
    await this.#audit(trx, 'activity.create', id, Object.keys(input), actor, requestId)
    return this.get(trx, id)
  }

  async update(
    trx: Executor,
    id: string,
    patch: ActivityPatch,
    actor: Actor,
    requestId?: string,
  ): Promise<Activity> {
    refuseCardNumbers('activity', patch, this.clock.now())
    const current = await repo.findActivity(trx, id)
    if (!current) throw notFound('The processing activity')
    const set = await this.#check(trx, patch, current)
    await repo.updateActivity(trx, id, { ...set, updated_at: this.clock.now().toISOString() })
    await repo.writeLinks(trx, id, patch)
    await this.#audit(trx, 'activity.update', id, Object.keys(patch), actor, requestId)
    return this.get(trx, id)
  }

  async remove(trx: Executor, id: string, actor: Actor, requestId?: string): Promise<void> {
    if (!(await repo.findActivity(trx, id))) throw notFound('The processing activity')
    await repo.deleteActivity(trx, id)
    await this.#audit(trx, 'activity.delete', id, [], actor, requestId)
  }

  /** Validates references (taxonomy, systems, processors, countries) and the cross-field rules. */
  async #check(trx: Executor, input: ActivityPatch, current: repo.ActivityRow | null) {
    const set: Updateable<ActivitiesTable> = {}
    if (input.name !== undefined) set.name = input.name.trim()
    if (input.purpose !== undefined) set.purpose = input.purpose.trim()
    if (input.dataUse !== undefined) {
      await this.#requireDataUse(trx, input.dataUse)
      set.data_use = input.dataUse
    }
    if (input.legalBasis !== undefined) set.legal_basis = input.legalBasis
    if (input.dataCategories !== undefined) {
      checkUnique('dataCategories', input.dataCategories)
      await this.taxonomy.requireKeys(trx, 'data_category', input.dataCategories, 'dataCategories')
      set.data_categories = JSON.stringify(input.dataCategories)
    }
    if (input.dataSubjects !== undefined) {
      checkUnique('dataSubjects', input.dataSubjects)
      await this.taxonomy.requireKeys(trx, 'data_subject', input.dataSubjects, 'dataSubjects')
      set.data_subjects = JSON.stringify(input.dataSubjects)
    }
    if (input.systemIds !== undefined) {
      checkUnique('systemIds', input.systemIds)
      const known = await existingSystemIds(trx, input.systemIds)
      input.systemIds.forEach((sid, index) => {
        if (!known.has(sid))
          throw invalid(`systemIds.${index}`, `systemIds.${index} does not name a system`, 'one_of')
      })
    }
    if (input.recipientIds !== undefined) {
      checkUnique('recipientIds', input.recipientIds)
      const known = await existingProcessorIds(trx, input.recipientIds)
      input.recipientIds.forEach((pid, index) => {
        if (!known.has(pid))
          throw invalid(
            `recipientIds.${index}`,
            `recipientIds.${index} does not name a processor or recipient`,
            'one_of',
          )
      })
    }
    if (input.transfers !== undefined) {
      const known = await existingProcessorIds(
        trx,
        input.transfers.map((t) => t.recipientId),
      )
      input.transfers.forEach((t, index) => {
        checkCountry(`transfers.${index}.country`, t.country)
        if (!isThirdCountry(t.country))
          throw invalid(
            `transfers.${index}.country`,
            `transfers.${index}.country is inside the EU/EEA: not a transfer`,
            'one_of',
          )
        if (!known.has(t.recipientId))
          throw invalid(
            `transfers.${index}.recipientId`,
            `transfers.${index}.recipientId does not name a recipient`,
            'one_of',
          )
      })
    }
    if (input.source !== undefined) set.source = clean(input.source)
    if (input.retention !== undefined) set.retention = JSON.stringify(input.retention)
    const state = checkState(mergeState(current, input))
    set.legitimate_interest = state.legitimateInterest
    set.special_category_condition = state.specialCategoryCondition
    set.requirement = state.requirement
    set.requirement_consequence = state.requirementConsequence
    set.automated_decisions = state.automatedDecisions ? 1 : 0
    set.automated_description = state.automatedDecisionsDescription
    return set
  }

  /** One key, so the error names the field itself rather than its first item. */
  async #requireDataUse(trx: Executor, key: string): Promise<void> {
    try {
      await this.taxonomy.requireKeys(trx, 'data_use', [key], 'dataUse')
    } catch (error) {
      if (error instanceof VernError && error.field === 'dataUse.0')
        throw invalid('dataUse', 'dataUse is not a known data_use key', error.rule)
      throw error
    }
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
      target: { type: 'activity', id },
      details: { fields },
      requestId,
    })
  }
}

export function toActivity(row: repo.ActivityRow, links: repo.Links | undefined): Activity {
  return {
    id: row.id,
    name: row.name,
    purpose: row.purpose,
    dataUse: row.data_use,
    legalBasis: row.legal_basis as Activity['legalBasis'],
    specialCategoryCondition: row.special_category_condition as Activity['specialCategoryCondition'],
    legitimateInterest: row.legitimate_interest,
    dataCategories: JSON.parse(row.data_categories) as string[],
    dataSubjects: JSON.parse(row.data_subjects) as string[],
    systemIds: links?.systemIds ?? [],
    recipientIds: links?.recipientIds ?? [],
    transfers: (links?.transfers ?? []) as Activity['transfers'],
    source: row.source,
    requirement: row.requirement as Activity['requirement'],
    requirementConsequence: row.requirement_consequence,
    automatedDecisions: row.automated_decisions === 1,
    automatedDecisionsDescription: row.automated_description,
    retention: JSON.parse(row.retention) as Activity['retention'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
