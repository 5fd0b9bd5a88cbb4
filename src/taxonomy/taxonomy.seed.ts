import type { Executor } from '../db/database.js'
import { DEFAULT_ITEMS } from './default-taxonomy.js'
import { insertMissing } from './taxonomy.repository.js'

/**
 * Adds the default items that are missing; items already there keep the business's edits (name,
 * labels, disabled). Safe on every start and when two instances start at once.
 */
export async function seedDefaultTaxonomy(db: Executor, now: Date): Promise<void> {
  const at = now.toISOString()
  await insertMissing(
    db,
    DEFAULT_ITEMS.map((item) => ({
      kind: item.kind,
      key: item.key,
      parent_key: item.parentKey,
      name: item.name,
      description: item.description,
      labels: JSON.stringify(item.labels),
      is_default: 1,
      disabled: 0,
      created_at: at,
      updated_at: at,
    })),
  )
}
