import type { Updateable } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { AuditDetails, AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { invalid, notFound } from '../errors.js'
import type { AdminLanguage } from '../i18n/languages.js'
import type { ClockStart, PeriodUnit, RetentionAction } from './retention.dates.js'
import { PRESETS, type PresetKey } from './retention.presets.js'
import * as repo from './retention.repository.js'
import type { NewRule, Rule, RulePatch } from './retention.schema.js'
import type { RetentionRulesTable } from './retention.table.js'
import { RETENTION_TEXT } from './retention.text.js'

/** Retention rules: which data, from when, for how long, and what then. Every write audited (ids only). */
export class RetentionRuleService {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(db: Executor): Promise<Rule[]> {
    return (await repo.listRules(db)).map(toRule)
  }

  async get(db: Executor, id: string): Promise<Rule> {
    const row = await repo.findRule(db, id)
    if (!row) throw notFound('The retention rule')
    return toRule(row)
  }

  async create(
    trx: Executor,
    input: NewRule,
    actor: Actor,
    requestId?: string,
    preset: PresetKey | null = null,
  ): Promise<Rule> {
    const id = uuidv7()
    const now = this.clock.now().toISOString()
    const set = await this.#check(trx, input)
    if ((set.data_categories ?? '[]') === '[]' && (set.activity_ids ?? '[]') === '[]')
      throw invalid(
        'dataCategories',
        'A rule applies to at least one data category or processing activity',
        'required',
      )
    await repo.insertRule(trx, {
      id,
      name: input.name.trim(),
      data_categories: '[]',
      activity_ids: '[]',
      data_subjects: '[]',
      clock_start: input.clockStart,
      period_value: input.period.value,
      period_unit: input.period.unit,
      calendar_year_end: 0,
      action: input.action,
      legal_ground: input.legalGround.trim(),
      ...set,
      preset,
      created_at: now,
      updated_at: now,
    })
    await this.#audit(
      trx,
      'retention_rule.create',
      id,
      { fields: Object.keys(input), preset },
      actor,
      requestId,
    )
    return this.get(trx, id)
  }

  /** Adds a preset as an ordinary rule, named and grounded in `language`. */
  async applyPreset(
    trx: Executor,
    key: PresetKey,
    language: AdminLanguage,
    actor: Actor,
    requestId?: string,
  ): Promise<Rule> {
    const preset = PRESETS[key]
    const words = RETENTION_TEXT[language].presets[key]
    return this.create(
      trx,
      {
        name: words.name,
        dataCategories: preset.dataCategories,
        activityIds: [],
        dataSubjects: [...preset.dataSubjects],
        clockStart: preset.clockStart,
        period: { ...preset.period },
        action: preset.action,
        legalGround: words.legalGround,
      },
      actor,
      requestId,
      key,
    )
  }

  async update(trx: Executor, id: string, patch: RulePatch, actor: Actor, requestId?: string): Promise<Rule> {
    const before = await repo.findRule(trx, id)
    if (!before) throw notFound('The retention rule')
    const set = await this.#check(trx, patch)
    const categories = set.data_categories ?? before.data_categories
    const activities = set.activity_ids ?? before.activity_ids
    if (categories === '[]' && activities === '[]')
      throw invalid(
        'dataCategories',
        'A rule applies to at least one data category or processing activity',
        'required',
      )
    await repo.updateRule(trx, id, { ...set, updated_at: this.clock.now().toISOString() })
    await this.#audit(trx, 'retention_rule.update', id, { fields: Object.keys(patch) }, actor, requestId)
    return this.get(trx, id)
  }

  async remove(trx: Executor, id: string, actor: Actor, requestId?: string): Promise<void> {
    if (!(await repo.findRule(trx, id))) throw notFound('The retention rule')
    await repo.deleteRule(trx, id)
    await this.#audit(trx, 'retention_rule.delete', id, {}, actor, requestId)
  }

  async #check(trx: Executor, input: RulePatch): Promise<Updateable<RetentionRulesTable>> {
    const set: Updateable<RetentionRulesTable> = {}
    if (input.name !== undefined) {
      if (input.name.trim() === '') throw invalid('name', 'name must not be blank', 'required')
      if (input.name.length > 200) throw invalid('name', 'name must be at most 200 characters', 'too_long')
      set.name = input.name.trim()
    }
    if (input.legalGround !== undefined) {
      if (input.legalGround.trim() === '')
        throw invalid('legalGround', 'legalGround must not be blank', 'required')
      if (input.legalGround.length > 2000)
        throw invalid('legalGround', 'legalGround must be at most 2000 characters', 'too_long')
      set.legal_ground = input.legalGround.trim()
    }
    if (input.clockStart !== undefined) set.clock_start = input.clockStart
    if (input.action !== undefined) set.action = input.action
    if (input.period !== undefined) {
      if (input.period.toCalendarYearEnd && input.period.unit !== 'years')
        throw invalid(
          'period.toCalendarYearEnd',
          'Only a period in years can run to the end of a calendar year',
          'format',
        )
      set.period_value = input.period.value
      set.period_unit = input.period.unit
      set.calendar_year_end = input.period.toCalendarYearEnd ? 1 : 0
    }
    if (input.dataCategories !== undefined) {
      const known = await repo.existingCategories(trx, input.dataCategories)
      input.dataCategories.forEach((key, index) => {
        if (!known.has(key))
          throw invalid(
            `dataCategories.${index}`,
            'dataCategories must name data categories of the taxonomy',
            'one_of',
          )
      })
      set.data_categories = JSON.stringify(input.dataCategories)
    }
    if (input.activityIds !== undefined) {
      const known = await repo.existingActivities(trx, input.activityIds)
      input.activityIds.forEach((id, index) => {
        if (!known.has(id))
          throw invalid(`activityIds.${index}`, 'activityIds must name processing activities', 'one_of')
      })
      set.activity_ids = JSON.stringify(input.activityIds)
    }
    if (input.dataSubjects !== undefined) {
      const known = await repo.existingTaxonomy(trx, 'data_subject', input.dataSubjects)
      input.dataSubjects.forEach((key, index) => {
        if (!known.has(key))
          throw invalid(
            `dataSubjects.${index}`,
            'dataSubjects must name kinds of data subject of the taxonomy',
            'one_of',
          )
      })
      set.data_subjects = JSON.stringify(input.dataSubjects)
    }
    return set
  }

  async #audit(
    trx: Executor,
    action: string,
    id: string,
    details: AuditDetails,
    actor: Actor,
    requestId?: string,
  ) {
    await this.audit.append(trx, {
      actor,
      action,
      target: { type: 'retention_rule', id },
      details,
      requestId,
    })
  }
}

export function toRule(row: repo.RuleRow): Rule {
  return {
    id: row.id,
    name: row.name,
    dataCategories: JSON.parse(row.data_categories) as string[],
    activityIds: JSON.parse(row.activity_ids) as string[],
    dataSubjects: JSON.parse(row.data_subjects) as string[],
    clockStart: row.clock_start as ClockStart,
    period: {
      value: row.period_value,
      unit: row.period_unit as PeriodUnit,
      toCalendarYearEnd: row.calendar_year_end === 1,
    },
    action: row.action as RetentionAction,
    legalGround: row.legal_ground,
    preset: (row.preset as PresetKey | null) ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** The rule in words, in a language: "Delete 2 years after the last contact". */
export function describeRule(rule: Rule, language: AdminLanguage): string {
  return RETENTION_TEXT[language].describe(
    rule.action,
    rule.period.value,
    rule.period.unit,
    rule.clockStart,
    rule.period.toCalendarYearEnd,
  )
}
