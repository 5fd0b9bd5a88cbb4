import type { Vault } from '../crypto/vault.js'
import { isWithin } from '../datamap/activity.coverage.js'
import type { Activity } from '../datamap/activity.schema.js'
import type { System } from '../datamap/system.schema.js'
import type { Executor } from '../db/database.js'
import type { ProfileField } from '../subjects/subject.access.js'
import { FIELD_CATEGORIES, INTERACTION_CATEGORIES } from '../subjects/subject.categories.js'
import { openProfile } from '../subjects/subject.codec.js'
import { findSubject } from '../subjects/subject.repository.js'
import { interactionKindsOf } from './request.repository.js'

/**
 * The data categories the register holds about a person, from the fields that hold a value and the
 * kinds of interaction; null when that is not known (not in the register, or their key is gone).
 */
export async function categoriesOf(
  db: Executor,
  vault: Vault,
  subjectId: string | null,
): Promise<string[] | null> {
  if (!subjectId) return null
  const row = await findSubject(db, subjectId)
  if (!row) return null
  const profile = openProfile(await vault.findKey(db, subjectId), row)
  if (!profile) return null
  const held = (Object.keys(FIELD_CATEGORIES) as ProfileField[]).filter((f) => {
    const value = profile[f]
    return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== ''
  })
  const kinds = await interactionKindsOf(db, subjectId)
  return [
    ...new Set([
      ...held.map((f) => FIELD_CATEGORIES[f]),
      ...kinds.flatMap((k) => INTERACTION_CATEGORIES[k] ?? []),
    ]),
  ].sort()
}

/**
 * The systems outside Vern a request must reach: those the data map says hold one of the person's
 * categories (an activity run in the system lists the category, an ancestor or a descendant of it),
 * or, when the person's categories are unknown, every system that holds personal data at all.
 */
export function systemsHolding(
  systems: readonly System[],
  activities: readonly Activity[],
  categories: readonly string[] | null,
): System[] {
  const relevant = activities.filter((a) =>
    a.dataCategories.some((listed) =>
      categories === null
        ? isWithin(listed, 'user')
        : categories.some((held) => isWithin(held, listed) || isWithin(listed, held)),
    ),
  )
  const ids = new Set(relevant.flatMap((a) => a.systemIds))
  return systems.filter((s) => ids.has(s.id)).sort((a, b) => a.name.localeCompare(b.name))
}
