import { parseDocument, stringify } from 'yaml'
import { invalid } from '../errors.js'
import { LANGUAGES } from '../i18n/languages.js'
import { isValidKey, KINDS, parentOf, type TaxonomyKind, type TaxonomyLabels } from './taxonomy.keys.js'

/**
 * fideslang's taxonomy format: top-level `data_category:`, `data_use:` and `data_subject:` lists whose
 * items have `fides_key`, `name`, `description` and `parent_key` (fideslang models.py: DataCategory,
 * DataUse, DataSubject). fideslang ignores fields it does not know (extra="ignore"), so Vern's
 * five-language names travel as `vern_labels` and the disabled state as `vern_disabled`. `is_default`
 * is not exported: fideslang demands version fields with it; on import it is ignored.
 */
export interface FideslangItem {
  /** Where the item sits in the file, e.g. `data_category.3`, for error messages. */
  path: string
  kind: TaxonomyKind
  key: string
  parentKey: string | null
  name: string
  description: string | null
  /** Absent: the file says nothing, and an existing item keeps its labels. */
  labels?: TaxonomyLabels
  disabled?: boolean
}

export interface ExportItem {
  kind: TaxonomyKind
  key: string
  parentKey: string | null
  name: string
  description: string | null
  labels: TaxonomyLabels
  disabled: boolean
}

const MAX_ITEMS = 10_000
const MAX_TEXT = 2000

/** Reads a fideslang document; throws 400 validation_failed naming the offending item and field. */
export function parseFideslang(text: string): { items: FideslangItem[]; ignoredSections: string[] } {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
  const error = doc.errors[0]
  if (error) {
    const line = error.linePos?.[0]?.line
    throw invalid('yaml', `The document is not valid YAML${line ? ` (line ${line})` : ''}`, 'format')
  }
  const root: unknown = doc.toJS({ maxAliasCount: 50 })
  if (!isRecord(root))
    throw invalid(
      'yaml',
      'The document must be a mapping with data_category, data_use or data_subject lists',
      'type',
    )
  const items: FideslangItem[] = []
  const ignoredSections = Object.keys(root).filter((k) => !(KINDS as readonly string[]).includes(k))
  for (const kind of KINDS) {
    const list = root[kind]
    if (list === undefined || list === null) continue
    if (!Array.isArray(list)) throw invalid(kind, `${kind} must be a list of items`, 'type')
    const seen = new Set<string>()
    list.forEach((raw, index) => {
      const item = readItem(kind, `${kind}.${index}`, raw)
      if (seen.has(item.key))
        throw invalid(`${item.path}.fides_key`, `${item.path}: ${item.key} appears twice`, 'format')
      seen.add(item.key)
      items.push(item)
    })
  }
  if (items.length > MAX_ITEMS)
    throw invalid('yaml', `The document may hold at most ${MAX_ITEMS} items`, 'too_many', {
      limit: MAX_ITEMS,
    })
  return { items, ignoredSections }
}

function readItem(kind: TaxonomyKind, path: string, raw: unknown): FideslangItem {
  if (!isRecord(raw)) throw invalid(path, `${path} must be a mapping with fides_key and name`, 'type')
  const key = scalar(raw.fides_key)
  if (key === null || key === '')
    throw invalid(`${path}.fides_key`, `${path}: fides_key is required`, 'required')
  if (!isValidKey(key))
    throw invalid(
      `${path}.fides_key`,
      `${path}: ${key.slice(0, 200)} is not a valid key; use lowercase letters, digits and _ in dot-separated parts`,
      'format',
    )
  const parentKey = parentOf(key)
  const sentParent = raw.parent_key === undefined ? undefined : scalar(raw.parent_key)
  if (sentParent !== undefined && sentParent !== parentKey && !(sentParent === '' && parentKey === null))
    throw invalid(
      `${path}.parent_key`,
      `${path}: parent_key of ${key} must be ${parentKey ?? 'null'}`,
      'mismatch',
    )
  const name = limited(path, 'name', optionalText(path, 'name', raw.name) ?? key, 200)
  const description = optionalText(path, 'description', raw.description)
  if (description !== null) limited(path, 'description', description, MAX_TEXT)
  const item: FideslangItem = { path, kind, key, parentKey, name, description }
  if (raw.vern_labels !== undefined && raw.vern_labels !== null)
    item.labels = readLabels(path, raw.vern_labels)
  if (raw.vern_disabled !== undefined && raw.vern_disabled !== null) {
    if (typeof raw.vern_disabled !== 'boolean')
      throw invalid(`${path}.vern_disabled`, `${path}: vern_disabled must be true or false`, 'type')
    item.disabled = raw.vern_disabled
  }
  return item
}

function readLabels(path: string, raw: unknown): TaxonomyLabels {
  if (!isRecord(raw)) throw invalid(`${path}.vern_labels`, `${path}: vern_labels must be a mapping`, 'type')
  const labels: TaxonomyLabels = {}
  for (const [language, value] of Object.entries(raw)) {
    const field = `${path}.vern_labels.${language}`
    if (!(LANGUAGES as readonly string[]).includes(language))
      throw invalid(field, `${path}: vern_labels may hold ${LANGUAGES.join(', ')}`, 'one_of')
    const label = scalar(value)
    if (label === null || label.trim() === '')
      throw invalid(field, `${path}: the label must not be empty`, 'required')
    labels[language as keyof TaxonomyLabels] = limited(path, `vern_labels.${language}`, label, 200)
  }
  return labels
}

/** The document for a list of items: kinds in fixed order, keys in code-point order, fields in fixed order. */
export function toFideslang(items: readonly ExportItem[], kinds: readonly TaxonomyKind[] = KINDS): string {
  const doc: Record<string, unknown[]> = {}
  for (const kind of kinds) {
    doc[kind] = items
      .filter((item) => item.kind === kind)
      .sort((a, b) => compareKeys(a.key, b.key))
      .map((item) => ({
        fides_key: item.key,
        organization_fides_key: 'default_organization',
        name: item.name,
        description: item.description,
        parent_key: item.parentKey,
        vern_labels: Object.fromEntries(
          LANGUAGES.filter((l) => item.labels[l]).map((l) => [l, item.labels[l]]),
        ),
        vern_disabled: item.disabled,
      }))
  }
  return stringify(doc, { lineWidth: 0 })
}

/** Code-point order: the same in both databases, and '.' sorts before every key character, so a parent's
 * children follow it directly. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function scalar(value: unknown): string | null {
  if (typeof value === 'string') return value
  // fideslang coerces numbers to strings (coerce_numbers_to_str); so does Vern.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return null
}

/** A text field fideslang allows to be absent or null; anything but a scalar is refused. */
function optionalText(path: string, field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null
  const text = scalar(value)
  if (text === null) throw invalid(`${path}.${field}`, `${path}: ${field} must be text`, 'type')
  return text
}

function limited(path: string, field: string, value: string, max: number): string {
  if (value.length > max)
    throw invalid(`${path}.${field}`, `${path}: ${field} must be at most ${max} characters`, 'too_long', {
      limit: max,
    })
  return value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
