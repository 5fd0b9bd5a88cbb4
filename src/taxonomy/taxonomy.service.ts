import type { AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { conflict, invalid, notFound } from '../errors.js'
import { compareKeys, parseFideslang, toFideslang } from './taxonomy.fideslang.js'
import { importItems } from './taxonomy.import.js'
import {
  isValidKey,
  KINDS,
  labelsJson,
  parentOf,
  type TaxonomyKind,
  type TaxonomyLabels,
} from './taxonomy.keys.js'
import * as repo from './taxonomy.repository.js'
import type { TaxonomyCreate, TaxonomyPatch } from './taxonomy.schema.js'

export type { TaxonomyKind } from './taxonomy.keys.js'

export interface TaxonomyItem {
  kind: TaxonomyKind
  key: string
  parentKey: string | null
  name: string
  description: string | null
  /** Names in the five languages where known (for the policy and the ROPA). */
  labels: Partial<Record<'da' | 'nb' | 'sv' | 'fi' | 'en', string>>
  isDefault: boolean
  disabled: boolean
  createdAt: string
  updatedAt: string
}

export interface ImportResult {
  created: number
  updated: number
  unchanged: number
  ignoredSections: string[]
}

/** Data categories, data uses and kinds of data subjects as dot-keyed trees (fideslang keys). */
export class TaxonomyService {
  constructor(
    readonly audit: AuditLog,
    readonly clock: Clock,
  ) {}

  /** Every item of a kind (or all kinds), in kind order and then key order (parents before children). */
  async list(db: Executor, kind?: TaxonomyKind): Promise<TaxonomyItem[]> {
    return sortItems((await repo.listRows(db, kind)).map(toItem))
  }

  /** One item; 404 when there is none. */
  async get(db: Executor, kind: TaxonomyKind, key: string): Promise<TaxonomyItem> {
    const row = await repo.findRow(db, kind, key)
    if (!row) throw notFound(`The ${kind} ${key}`)
    return toItem(row)
  }

  /** The items of the given keys that exist, by key: for names and labels in the ROPA and the policy. */
  async lookup(
    db: Executor,
    kind: TaxonomyKind,
    keys: readonly string[],
  ): Promise<Map<string, TaxonomyItem>> {
    const rows = await repo.findRows(db, kind, keys)
    return new Map(rows.map((row) => [row.key, toItem(row)]))
  }

  /**
   * Throws 400 validation_failed (rule 'one_of', the field named `${field}.${index}`) when a key is not
   * an active item of the kind. Used by every service that refers to taxonomy keys. An item under a
   * disabled parent counts as disabled.
   */
  async requireKeys(db: Executor, kind: TaxonomyKind, keys: readonly string[], field: string): Promise<void> {
    const wanted = new Set<string>()
    for (const key of keys) for (let k: string | null = key; k; k = parentOf(k)) wanted.add(k)
    const rows = new Map((await repo.findRows(db, kind, [...wanted])).map((row) => [row.key, row]))
    keys.forEach((key, index) => {
      let active = rows.has(key)
      for (let k: string | null = key; active && k; k = parentOf(k)) {
        const row = rows.get(k)
        active = row !== undefined && row.disabled === 0
      }
      if (!active) throw invalid(`${field}.${index}`, `is not a known ${kind} key`, 'one_of')
    })
  }

  /** Adds a custom key under an existing parent, or a new root. */
  async create(
    trx: Executor,
    input: TaxonomyCreate,
    actor: Actor,
    requestId?: string,
  ): Promise<TaxonomyItem> {
    const { kind, key } = input
    if (!isValidKey(key))
      throw invalid('key', 'key must be lowercase letters, digits and _ in dot-separated parts')
    const parentKey = parentOf(key)
    if (input.parentKey !== undefined && (input.parentKey || null) !== parentKey)
      throw invalid('key', 'key must start with the parent key followed by a dot', 'mismatch')
    if (parentKey && !(await repo.findRow(trx, kind, parentKey)))
      throw invalid('parentKey', `the parent ${parentKey} is not a known ${kind} key`, 'one_of')
    if (await repo.findRow(trx, kind, key)) throw conflict(`The ${kind} ${key} exists already`, 'key')
    const now = this.clock.now().toISOString()
    await repo.insertRow(trx, {
      kind,
      key,
      parent_key: parentKey,
      name: input.name.trim(),
      description: input.description?.trim() || null,
      labels: labelsJson(input.labels ?? {}),
      is_default: 0,
      disabled: 0,
      created_at: now,
      updated_at: now,
    })
    await this.audit.append(trx, {
      actor,
      action: 'taxonomy.create',
      target: { type: kind, id: key },
      requestId,
    })
    return this.get(trx, kind, key)
  }

  /** Changes the name, description, labels or disabled state; audits the names of the changed fields. */
  async update(
    trx: Executor,
    kind: TaxonomyKind,
    key: string,
    patch: TaxonomyPatch,
    actor: Actor,
    requestId?: string,
  ): Promise<TaxonomyItem> {
    const current = await this.get(trx, kind, key)
    const set: repo.TaxonomyChanges = {}
    if (patch.name !== undefined && patch.name.trim() !== current.name) set.name = patch.name.trim()
    const description = patch.description?.trim() || null
    if (patch.description !== undefined && description !== current.description) set.description = description
    if (patch.labels !== undefined && labelsJson(patch.labels) !== labelsJson(current.labels))
      set.labels = labelsJson(patch.labels)
    if (patch.disabled !== undefined && patch.disabled !== current.disabled)
      set.disabled = patch.disabled ? 1 : 0
    const fields = Object.keys(set)
    if (fields.length === 0) return current
    await repo.updateRow(trx, kind, key, { ...set, updated_at: this.clock.now().toISOString() })
    await this.audit.append(trx, {
      actor,
      action: 'taxonomy.update',
      target: { type: kind, id: key },
      details: { fields },
      requestId,
    })
    return this.get(trx, kind, key)
  }

  /** Imports a fideslang YAML document all-or-nothing: the caller's transaction holds every write. */
  async importYaml(trx: Executor, text: string, actor: Actor, requestId?: string): Promise<ImportResult> {
    const { items, ignoredSections } = parseFideslang(text)
    const counts = await importItems(trx, items, this.clock.now().toISOString())
    await this.audit.append(trx, {
      actor,
      action: 'taxonomy.import',
      target: { type: 'taxonomy', id: 'fideslang' },
      // Section names came from the file: the log keeps only how many there were.
      details: { ...counts, ignoredSections: ignoredSections.length },
      requestId,
    })
    return { ...counts, ignoredSections }
  }

  /** The whole taxonomy (or one kind) as a fideslang YAML document, in a deterministic order. */
  async exportYaml(db: Executor, kind?: TaxonomyKind): Promise<string> {
    return toFideslang(await this.list(db, kind), kind ? [kind] : KINDS)
  }
}

function sortItems(items: TaxonomyItem[]): TaxonomyItem[] {
  return items.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || compareKeys(a.key, b.key))
}

function toItem(row: repo.TaxonomyRow): TaxonomyItem {
  return {
    kind: row.kind as TaxonomyKind,
    key: row.key,
    parentKey: row.parent_key,
    name: row.name,
    description: row.description,
    labels: JSON.parse(row.labels) as TaxonomyLabels,
    isDefault: row.is_default === 1,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
