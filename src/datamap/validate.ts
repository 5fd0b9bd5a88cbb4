import { refuseCardNumbers as refuse } from '../audit/refused-write.js'
import { invalid } from '../errors.js'
import { normalizePhone } from '../identifiers/index.js'
import { isIsoCountry } from './countries.js'

/** An ISO 3166-1 alpha-2 code, or 400 naming the field. */
export function checkCountry(field: string, code: string): string {
  if (!isIsoCountry(code))
    throw invalid(field, `${field} must be an ISO 3166-1 alpha-2 country code`, 'one_of')
  return code
}

/** Trimmed text; blank becomes null. */
export function clean(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

/** A phone number in E.164, or 400; the number must carry its country code. */
export function checkPhone(field: string, value: string | null | undefined): string | null {
  const text = clean(value)
  if (text === null) return null
  const result = normalizePhone(text)
  if (!result.valid)
    throw invalid(field, `${field} is not a valid phone number; include the country code, e.g. +45`, 'phone')
  return result.e164
}

/** Only http(s) addresses may become links. */
export function checkWebsite(field: string, value: string | null | undefined): string | null {
  const text = clean(value)
  if (text === null) return null
  if (!/^https?:\/\/[^\s/]+/i.test(text))
    throw invalid(field, `${field} must be an http(s) address`, 'format')
  return text
}

/** Ids must not repeat within one list. */
export function checkUnique(field: string, ids: readonly string[]): void {
  const seen = new Set<string>()
  ids.forEach((id, index) => {
    if (seen.has(id)) throw invalid(`${field}.${index}`, `${field}.${index} is listed twice`, 'format')
    seen.add(id)
  })
}

export type DataMapEntity = 'system' | 'processor' | 'activity'

/**
 * The fields of each entity that are not free text: enums, ids, taxonomy keys, countries, dates and
 * the phone number (checked by its own rule). Everything else, including fields added later, is scanned.
 */
const STRUCTURED: Record<DataMapEntity, ReadonlySet<string>> = {
  system: new Set(['kind', 'hostingCountry', 'processorId', 'securityMeasures.measure']),
  processor: new Set([
    'role',
    'country',
    'contactPhone',
    'parentId',
    'transferSafeguard',
    'dpaSignedOn',
    'dpaReviewOn',
  ]),
  activity: new Set([
    'dataUse',
    'legalBasis',
    'specialCategoryCondition',
    'dataCategories',
    'dataSubjects',
    'systemIds',
    'recipientIds',
    'transfers',
    'requirement',
    'retention.period',
  ]),
}

/** 400 card_number_not_allowed naming the first free-text field that holds a full card number. */
export function refuseCardNumbers(entity: DataMapEntity, input: object, now: Date): void {
  refuse(input, { now, skip: STRUCTURED[entity], auditAction: `${entity}.card_number_refused` })
}
