import type { Executor } from '../db/database.js'
import { invalid } from '../errors.js'
import type { FideslangItem } from './taxonomy.fideslang.js'
import { labelsJson as labelsText, type TaxonomyLabels } from './taxonomy.keys.js'
import * as repo from './taxonomy.repository.js'

/**
 * Upserts parsed fideslang items. Every parent must exist already or come in the same file; the first
 * item that fails stops the import before anything is written, and the caller's transaction makes the
 * writes all-or-nothing. Labels and the disabled state change only where the file states them.
 */
export async function importItems(
  trx: Executor,
  items: readonly FideslangItem[],
  now: string,
): Promise<{ created: number; updated: number; unchanged: number }> {
  const existing = new Map((await repo.listRows(trx)).map((row) => [`${row.kind}:${row.key}`, row]))
  const incoming = new Set(items.map((item) => `${item.kind}:${item.key}`))
  for (const item of items) {
    const parent = item.parentKey && `${item.kind}:${item.parentKey}`
    if (parent && !existing.has(parent) && !incoming.has(parent))
      throw invalid(
        `${item.path}.parent_key`,
        `${item.path}: the parent ${item.parentKey} of ${item.key} is neither in Vern nor in the file`,
        'one_of',
      )
  }
  const counts = { created: 0, updated: 0, unchanged: 0 }
  for (const item of items) {
    const row = existing.get(`${item.kind}:${item.key}`)
    if (!row) {
      await repo.insertRow(trx, {
        kind: item.kind,
        key: item.key,
        parent_key: item.parentKey,
        name: item.name,
        description: item.description,
        labels: labelsText(item.labels ?? {}),
        is_default: 0,
        disabled: item.disabled ? 1 : 0,
        created_at: now,
        updated_at: now,
      })
      counts.created++
      continue
    }
    const set: repo.TaxonomyChanges = {}
    if (item.name !== row.name) set.name = item.name
    if (item.description !== row.description) set.description = item.description
    if (item.labels && labelsText(item.labels) !== labelsText(JSON.parse(row.labels) as TaxonomyLabels))
      set.labels = labelsText(item.labels)
    if (item.disabled !== undefined && (item.disabled ? 1 : 0) !== row.disabled)
      set.disabled = item.disabled ? 1 : 0
    if (Object.keys(set).length === 0) {
      counts.unchanged++
      continue
    }
    await repo.updateRow(trx, item.kind, item.key, { ...set, updated_at: now })
    counts.updated++
  }
  return counts
}
