import { ISO_COUNTRIES, isIsoCountry } from '../datamap/countries.js'
import { type ValidationRule, VernError } from '../errors.js'
import { compileInput } from '../http/validation.js'
import { type Country, companyNumberKind, scanText } from '../identifiers/index.js'
import type { StoredProfile } from '../subjects/subject.access.js'
import { normaliseProfile } from '../subjects/subject.input.js'
import { NewSubject, type RELATIONSHIPS } from '../subjects/subject.schema.js'
import type { CsvRow } from './csv.js'
import type { ColumnMapping, ImportField } from './mapping.js'

/** What the person chose besides the mapping. */
export interface ImportSettings {
  mapping: ColumnMapping
  /** The system the export came from; the customer id is kept as `<system>:<id>`, e.g. shop:10042. */
  system: string
  /** The relationship of new people (existing people keep theirs unless a prospect became a customer). */
  relationship: (typeof RELATIONSHIPS)[number]
}

/** Why a row was refused, without its value: the row number people see in a spreadsheet and the column. */
export interface RowProblem {
  row: number
  /** The CSV column's header, or null when the problem is the row as a whole. */
  column: string | null
  rule: ValidationRule | 'card_number' | 'no_key'
}

/** A row ready for the register: a normalised profile and what the person's company is. */
export interface PreparedPerson {
  row: number
  profile: Partial<StoredProfile>
  firstContactAt: string | null
  lastContactAt: string | null
  company: { name: string | null; number: { kind: string; value: string } } | null
}

export type PreparedRow = { ok: true; person: PreparedPerson } | { ok: false; problems: RowProblem[] }

const NORDIC = ['DK', 'NO', 'SE', 'FI'] as const
const checkInput = compileInput<NewSubject>(NewSubject)
/** At least 12 digits, perhaps spaced: only such a cell can hold a card number worth a full scan. */
const CARD_LIKE = /(?:\d[ .-]?){12}/

/** Names of countries as exports write them, in the five languages and English, to ISO codes. */
const COUNTRY_NAMES: Map<string, string> = (() => {
  const names = new Map<string, string>()
  for (const language of ['en', 'da', 'nb', 'sv', 'fi', 'de']) {
    const display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' })
    for (const code of ISO_COUNTRIES) {
      const name = display.of(code)
      if (name) names.set(fold(name), code)
    }
  }
  return names
})()

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}]/gu, '')
}

/** A country as an ISO code: `DK`, `dk`, `Danmark`, `Denmark`, `Tanska` all give DK. */
export function parseCountry(text: string): string | null {
  const upper = text.trim().toUpperCase()
  if (upper.length === 2 && isIsoCountry(upper)) return upper
  return COUNTRY_NAMES.get(fold(text)) ?? null
}

/**
 * A date as exports write it: ISO (2024-03-01, with or without a time), or the Nordic day-first forms
 * 01-03-2024, 1.3.2024 and 01/03/2024. Never month-first. Null when it is not a real date.
 */
export function parseDate(text: string): string | null {
  const value = text.trim()
  let year: number
  let month: number
  let day: number
  let rest = ''
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      value,
    )
  const nordic = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?: (\d{1,2})[:.](\d{2}))?$/.exec(value)
  if (iso) {
    year = Number(iso[1])
    month = Number(iso[2])
    day = Number(iso[3])
    if (iso[4])
      rest = `T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${iso[7] ? iso[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : 'Z'}`
  } else if (nordic) {
    day = Number(nordic[1])
    month = Number(nordic[2])
    year = Number(nordic[3])
    if (nordic[4]) rest = `T${nordic[4].padStart(2, '0')}:${nordic[5]}:00Z`
  } else return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null
  const ymd = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  const parsed = new Date(rest ? `${ymd}${rest}` : `${ymd}T00:00:00Z`)
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString()
}

const cell = (values: Record<string, string>, column: string | undefined): string | null => {
  if (column === undefined) return null
  const value = values[column]?.trim()
  return value ? value : null
}

/** The profile field each import field fills, for naming the column when a check fails. */
const FIELD_OF_PATH: Array<[RegExp, ImportField[]]> = [
  [/^name/, ['fullName', 'firstName', 'lastName']],
  [/^email/, ['email']],
  [/^phone/, ['phone']],
  [/^address\.street/, ['street']],
  [/^address\.postalCode/, ['postalCode']],
  [/^address\.city/, ['city']],
  [/^address\.country/, ['country']],
  [/^address/, ['street', 'postalCode', 'city', 'country']],
  [/^workplace/, ['companyName']],
  [/^jobTitle/, ['jobTitle']],
  [/^externalIds/, ['externalId']],
  [/^companyNumber/, ['companyNumber']],
]

function columnOf(mapping: ColumnMapping, path: string | undefined): string | null {
  const fields = FIELD_OF_PATH.find(([pattern]) => pattern.test(path ?? ''))?.[1] ?? []
  for (const field of fields) if (mapping[field] !== undefined) return mapping[field] ?? null
  return null
}

/** Problems in the order of the file's columns, as people read the row. */
function ordered(csv: CsvRow, problems: RowProblem[]): RowProblem[] {
  const columns = Object.keys(csv.values)
  const at = (p: RowProblem) => (p.column === null ? columns.length : columns.indexOf(p.column))
  return problems.sort((a, b) => at(a) - at(b))
}

/**
 * Turns one CSV row into a person for the register, with the same checks the API applies (lengths,
 * e-mail, phone, identifiers, card numbers in free text), collecting every problem of the row.
 */
export function preparePerson(
  csv: CsvRow,
  settings: ImportSettings,
  organisationCountry: Country | null,
  now: Date,
): PreparedRow {
  const { mapping } = settings
  const get = (field: ImportField) => cell(csv.values, mapping[field])
  const problems: RowProblem[] = []
  const problem = (column: string | null, rule: RowProblem['rule']) =>
    problems.push({ row: csv.row, column, rule })

  const input: NewSubject = {}
  const name = get('fullName') ?? ([get('firstName'), get('lastName')].filter(Boolean).join(' ') || null)
  if (name) input.name = name
  const email = get('email')
  if (email) input.email = email
  const phone = get('phone')
  if (phone) input.phone = phone
  const externalId = get('externalId')
  if (externalId) input.externalIds = [{ system: settings.system, id: externalId }]
  const jobTitle = get('jobTitle')
  if (jobTitle) input.jobTitle = jobTitle
  const companyName = get('companyName')
  if (companyName) input.workplace = companyName

  const countryText = get('country')
  let country: string | null = null
  if (countryText) {
    country = parseCountry(countryText)
    if (!country) problem(mapping.country ?? null, 'one_of')
  }
  const address = {
    street: get('street'),
    postalCode: get('postalCode'),
    city: get('city'),
    country: country ?? (countryText ? null : organisationCountry),
  }
  if (address.street || address.postalCode || address.city) input.address = address

  const dates: Partial<Record<'firstContactAt' | 'lastContactAt', string | null>> = {}
  for (const field of ['firstContactAt', 'lastContactAt'] as const) {
    const text = get(field)
    if (!text) continue
    const date = parseDate(text)
    if (!date) problem(mapping[field] ?? null, 'date')
    else if (date > new Date(now.getTime() + 86_400_000).toISOString())
      problem(mapping[field] ?? null, 'range')
    else dates[field] = date
  }

  // The whole row at once; when it fails, each field on its own, so a row with two problems reports both.
  if (!checkInput(input).ok)
    for (const [key, value] of Object.entries(input)) {
      const checked = checkInput({ [key]: value })
      if (!checked.ok) {
        problem(columnOf(mapping, checked.error.field), checked.error.rule ?? 'format')
        delete input[key as keyof NewSubject]
      }
    }
  // A full card number is looked for cell by cell, so the report names the exact column.
  for (const column of new Set(Object.values(mapping))) {
    const value = column === undefined ? null : cell(csv.values, column)
    if (value && CARD_LIKE.test(value) && scanText(value, { now }).some((f) => f.kind === 'payment_card'))
      problem(column ?? null, 'card_number')
  }
  if (problems.some((p) => p.rule === 'card_number')) return { ok: false, problems: ordered(csv, problems) }

  // A phone without a country code is read as a number of the row's country, else the organisation's.
  const home = NORDIC.find((c) => c === country) ?? organisationCountry
  let profile: Partial<StoredProfile> = {}
  try {
    profile = normaliseProfile(input, home, now)
  } catch {
    // As above: find every field that fails.
    for (const [key, value] of Object.entries(input)) {
      try {
        Object.assign(profile, normaliseProfile({ [key]: value }, home, now))
      } catch (error) {
        if (!(error instanceof VernError)) throw error
        problem(columnOf(mapping, error.field), error.rule ?? 'format')
      }
    }
  }

  let company: PreparedPerson['company'] = null
  const companyNumber = get('companyNumber')
  if (companyNumber) {
    const nordic = NORDIC.find((c) => c === (country ?? organisationCountry))
    if (!nordic) problem(mapping.companyNumber ?? null, 'country_mismatch')
    else
      try {
        const kind = companyNumberKind(nordic)
        const normalised = normaliseProfile(
          { companyNumber: { kind: kind as 'dk_cvr', value: companyNumber } },
          nordic,
          now,
        )
        if (normalised.companyNumber) company = { name: companyName, number: normalised.companyNumber }
      } catch (error) {
        if (!(error instanceof VernError)) throw error
        problem(mapping.companyNumber ?? null, error.rule ?? 'format')
      }
  }

  if (problems.length === 0 && !profile.email && !profile.externalIds?.length)
    problem(mapping.email ?? mapping.externalId ?? null, 'no_key')
  if (problems.length > 0) return { ok: false, problems: ordered(csv, problems) }
  return {
    ok: true,
    person: {
      row: csv.row,
      profile,
      firstContactAt: dates.firstContactAt ?? null,
      lastContactAt: dates.lastContactAt ?? dates.firstContactAt ?? null,
      company,
    },
  }
}
