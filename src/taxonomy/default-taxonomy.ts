import { LANGUAGES } from '../i18n/languages.js'
import { FIDESLANG_CATEGORIES, FIDESLANG_SUBJECTS, FIDESLANG_USES } from './default-fideslang.js'
import { CATEGORY_LABELS, SUBJECT_LABELS, USE_LABELS } from './default-labels.js'
import { VERN_CATEGORIES, VERN_SUBJECTS, VERN_USES } from './default-vern.js'
import { parentOf, type TaxonomyKind, type TaxonomyLabels } from './taxonomy.keys.js'

/** An item Vern ships; seeded on start when missing, never overwriting what the business changed. */
export interface DefaultItem {
  kind: TaxonomyKind
  key: string
  parentKey: string | null
  name: string
  description: string
  labels: Required<TaxonomyLabels>
  /** Where the key comes from: fideslang's default taxonomy, or Vern's own additions. */
  source: 'fideslang' | 'vern'
}

function build(
  kind: TaxonomyKind,
  source: DefaultItem['source'],
  items: Record<string, string>,
  labels: Record<string, string>,
): DefaultItem[] {
  return Object.entries(items).map(([key, text]) => {
    const [name = '', description = ''] = text.split(' | ')
    const names = (labels[key] ?? '').split(' | ')
    if (names.length !== LANGUAGES.length)
      throw new Error(`taxonomy: labels of ${kind} ${key} are incomplete`)
    const [da, nb, sv, fi, en] = names as [string, string, string, string, string]
    return { kind, key, parentKey: parentOf(key), name, description, labels: { da, nb, sv, fi, en }, source }
  })
}

/** Every default item: fideslang's keys first, then Vern's additions, for each kind. */
export const DEFAULT_ITEMS: readonly DefaultItem[] = [
  ...build('data_category', 'fideslang', FIDESLANG_CATEGORIES, CATEGORY_LABELS),
  ...build('data_category', 'vern', VERN_CATEGORIES, CATEGORY_LABELS),
  ...build('data_use', 'fideslang', FIDESLANG_USES, USE_LABELS),
  ...build('data_use', 'vern', VERN_USES, USE_LABELS),
  ...build('data_subject', 'fideslang', FIDESLANG_SUBJECTS, SUBJECT_LABELS),
  ...build('data_subject', 'vern', VERN_SUBJECTS, SUBJECT_LABELS),
]
