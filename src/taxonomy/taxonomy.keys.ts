import { LANGUAGES, type Language } from '../i18n/languages.js'

/** The three trees, in the order they are shown and exported. */
export const KINDS = ['data_category', 'data_use', 'data_subject'] as const
export type TaxonomyKind = (typeof KINDS)[number]

/** Names per language; `en` may differ from `name`, which follows fideslang. */
export type TaxonomyLabels = Partial<Record<Language, string>>

/** Dot-separated segments of lowercase letters, digits and underscores (a subset of fideslang's keys). */
export const KEY_PATTERN = '^[a-z0-9_]+(\\.[a-z0-9_]+)*$'
const KEY = new RegExp(KEY_PATTERN)
export const KEY_MAX = 200

export function isKind(value: string): value is TaxonomyKind {
  return (KINDS as readonly string[]).includes(value)
}

export function isValidKey(key: string): boolean {
  return key.length <= KEY_MAX && KEY.test(key)
}

/** The key minus its last segment; null for a root. */
export function parentOf(key: string): string | null {
  const dot = key.lastIndexOf('.')
  return dot < 0 ? null : key.slice(0, dot)
}

/** Depth in the tree: 0 for a root. */
export function depthOf(key: string): number {
  return key.split('.').length - 1
}

/** Labels as stored: the five languages in a fixed order, so equal labels give equal text. */
export function labelsJson(labels: TaxonomyLabels): string {
  return JSON.stringify(Object.fromEntries(LANGUAGES.filter((l) => labels[l]).map((l) => [l, labels[l]])))
}
