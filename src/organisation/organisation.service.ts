import type { Updateable } from 'kysely'
import type { AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { invalid, type ValidationRule } from '../errors.js'
import { isLanguage, type Language } from '../i18n/languages.js'
import {
  companyNumberKind,
  describeInvalid,
  type InvalidReason,
  normalizePhone,
  validateIdentifier,
  vatNumber,
} from '../identifiers/index.js'
import { AUTHORITIES } from './authorities.js'
import { type CountryCode, isCountry } from './countries.js'
import * as repo from './organisation.repository.js'
import type { Organisation, OrganisationPatch } from './organisation.schema.js'
import type { OrganisationTable } from './organisation.table.js'

const REQUIRED: ReadonlyArray<[keyof repo.OrganisationRow, string]> = [
  ['legal_name', 'legalName'],
  ['country', 'country'],
  ['registration_number', 'registrationNumber'],
  ['street', 'address.street'],
  ['postal_code', 'address.postalCode'],
  ['city', 'address.city'],
  ['contact_email', 'contactEmail'],
]

/** The business's own profile: who the controller is, where, and how it is reached. */
/** The profile is read on nearly every request and changes rarely: it is kept for a second. */
const CACHE_MS = 1000

export class OrganisationService {
  #cached: { view: Organisation; until: number } | null = null

  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * The profile. Outside a transaction a copy up to a second old may be returned; another instance's
   * change shows within that second, this instance's at once.
   */
  async get(db: Executor): Promise<Organisation> {
    if (!db.isTransaction && this.#cached && this.#cached.until > Date.now()) return this.#cached.view
    const view = toOrganisation(await repo.readOrganisation(db))
    if (!db.isTransaction) this.#cached = { view, until: Date.now() + CACHE_MS }
    return view
  }

  /** Applies a validated partial change; check digits, phone numbers and origins are checked here. */
  async update(
    trx: Executor,
    patch: OrganisationPatch,
    actor: Actor,
    requestId?: string,
  ): Promise<Organisation> {
    const current = await repo.readOrganisation(trx)
    const set: Updateable<OrganisationTable> = {}
    const country = (patch.country ?? current.country) as CountryCode | null

    if (patch.legalName !== undefined) set.legal_name = patch.legalName.trim()
    if (patch.country !== undefined) set.country = patch.country
    const number =
      patch.registrationNumber ?? (patch.country !== undefined ? current.registration_number : undefined)
    if (number !== undefined && number !== null) {
      if (!country) throw invalid('country', 'country is needed to check the registration number', 'required')
      const kind = companyNumberKind(country)
      const result = validateIdentifier(kind, number)
      if (!result.valid)
        throw invalid(
          'registrationNumber',
          `registrationNumber: ${describeInvalid(kind, result.reason)}`,
          IDENTIFIER_RULES[result.reason],
        )
      set.registration_number = result.normalized
    }
    if (patch.address) {
      if (patch.address.street !== undefined) set.street = patch.address.street?.trim() ?? null
      if (patch.address.postalCode !== undefined) set.postal_code = patch.address.postalCode?.trim() ?? null
      if (patch.address.city !== undefined) set.city = patch.address.city?.trim() ?? null
    }
    if (patch.contactEmail !== undefined) set.contact_email = patch.contactEmail.trim().toLowerCase()
    if (patch.contactPhone !== undefined)
      set.contact_phone = phone('contactPhone', patch.contactPhone, country)
    if (patch.dpo !== undefined) {
      set.dpo_name = patch.dpo?.name.trim() ?? null
      set.dpo_email = patch.dpo?.email.trim().toLowerCase() ?? null
      set.dpo_phone = patch.dpo ? phone('dpo.phone', patch.dpo.phone ?? null, country) : null
    }
    if (patch.bannerOrigins !== undefined) set.banner_origins = JSON.stringify(origins(patch.bannerOrigins))
    if (patch.defaultLanguage !== undefined) set.default_language = patch.defaultLanguage
    if (patch.financialYearEnd !== undefined) set.financial_year_end = yearEnd(patch.financialYearEnd)
    if (patch.requireTwoFactor !== undefined) set.require_two_factor = patch.requireTwoFactor ? 1 : 0
    if (patch.authorityAddress !== undefined) set.authority_address = patch.authorityAddress?.trim() || null
    if (patch.authorityWeb !== undefined) set.authority_web = authorityWeb(patch.authorityWeb)

    this.#cached = null
    const fields = Object.keys(set).filter(
      (k) => set[k as keyof typeof set] !== current[k as keyof repo.OrganisationRow],
    )
    if (fields.length === 0) return toOrganisation(current)
    const now = this.clock.now().toISOString()
    const next = { ...current, ...set }
    const complete = REQUIRED.every(([column]) => next[column] !== null && next[column] !== '')
    await repo.writeOrganisation(trx, {
      ...set,
      updated_at: now,
      setup_completed_at: complete ? (current.setup_completed_at ?? now) : null,
    })
    // Field names only: the values (contact details, the DPO's name) stay out of the audit log.
    await this.audit.append(trx, {
      actor,
      action: 'organisation.update',
      target: { type: 'organisation', id: '1' },
      details: { fields },
      requestId,
    })
    return this.get(trx)
  }
}

function phone(field: string, value: string | null, country: CountryCode | null): string | null {
  if (value === null || value.trim() === '') return null
  const result = normalizePhone(value, country ?? undefined)
  if (!result.valid)
    throw invalid(field, `${field} is not a valid phone number; include the country code, e.g. +45`, 'phone')
  return result.e164
}

/** Each banner origin must be exactly scheme://host[:port], as browsers send it in the Origin header. */
function origins(values: string[]): string[] {
  const out = new Set<string>()
  values.forEach((value, index) => {
    let url: URL
    try {
      url = new URL(value.trim())
    } catch {
      throw invalid(`bannerOrigins.${index}`, 'must be an origin such as https://shop.example', 'origin')
    }
    if (
      (url.protocol !== 'https:' && url.protocol !== 'http:') ||
      url.pathname.length > 1 ||
      url.search ||
      url.hash ||
      url.username
    ) {
      throw invalid(
        `bannerOrigins.${index}`,
        'must be an origin such as https://shop.example, without a path',
        'origin',
      )
    }
    out.add(url.origin)
  })
  return [...out]
}

/** The authority's website as the owner gives it: an https address, or null for Vern's own. */
function authorityWeb(value: string | null): string | null {
  if (value === null || value.trim() === '') return null
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw invalid(
      'authorityWeb',
      'authorityWeb must be an address such as https://www.datatilsynet.dk',
      'format',
    )
  }
  if (url.protocol !== 'https:' || url.username || url.password)
    throw invalid('authorityWeb', 'authorityWeb must be an https address', 'format')
  return url.href
}

/**
 * The country's authority, with the owner's own postal address and website where they gave one (the
 * built-in ones change rarely, but they do change).
 */
function authorityOf(
  country: CountryCode | null,
  row: repo.OrganisationRow,
): Organisation['supervisoryAuthority'] {
  if (!country) return null
  const builtIn = AUTHORITIES[country]
  return {
    ...builtIn,
    address: row.authority_address ?? builtIn.address,
    web: row.authority_web ?? builtIn.web,
  }
}

/** How an identifier's failed check reads as a validation rule. */
const IDENTIFIER_RULES: Record<InvalidReason, ValidationRule> = {
  empty: 'required',
  format: 'format',
  checksum: 'check_digit',
  date: 'date',
  range: 'range',
  country: 'country_mismatch',
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function yearEnd(value: string): string {
  const [month = 0, day = 0] = value.split('-').map(Number)
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) {
    throw invalid('financialYearEnd', 'financialYearEnd must be a date as MM-DD, e.g. 12-31', 'date')
  }
  return value
}

export function toOrganisation(row: repo.OrganisationRow): Organisation {
  const country = row.country && isCountry(row.country) ? row.country : null
  const kind = country ? companyNumberKind(country) : null
  const number = kind && row.registration_number ? validateIdentifier(kind, row.registration_number) : null
  return {
    legalName: row.legal_name,
    country,
    registrationNumber: number?.valid ? number.display : row.registration_number,
    vatNumber: kind && number?.valid ? vatNumber(kind, number.normalized) : null,
    address: { street: row.street, postalCode: row.postal_code, city: row.city },
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    dpo:
      row.dpo_name && row.dpo_email
        ? { name: row.dpo_name, email: row.dpo_email, phone: row.dpo_phone }
        : null,
    bannerOrigins: JSON.parse(row.banner_origins) as string[],
    defaultLanguage: (isLanguage(row.default_language) ? row.default_language : 'en') as Language,
    financialYearEnd: row.financial_year_end,
    requireTwoFactor: row.require_two_factor === 1,
    supervisoryAuthority: authorityOf(country, row),
    authorityOverride: { address: row.authority_address, web: row.authority_web },
    setupComplete: row.setup_completed_at !== null,
    missing: REQUIRED.filter(([column]) => row[column] === null || row[column] === '').map(
      ([, field]) => field,
    ),
    updatedAt: row.updated_at,
  }
}
