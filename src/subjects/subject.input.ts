import { refuseCardNumbers as refuse } from '../audit/refused-write.js'
import { invalid, type ValidationRule } from '../errors.js'
import {
  type Country,
  describeInvalid,
  type IdentifierKind,
  type InvalidReason,
  normalizePhone,
  validateIdentifier,
} from '../identifiers/index.js'
import type { StoredProfile } from './subject.access.js'
import type { NewSubject } from './subject.schema.js'

/** How an identifier's failed check reads as a validation rule. */
const IDENTIFIER_RULES: Record<InvalidReason, ValidationRule> = {
  empty: 'required',
  format: 'format',
  checksum: 'check_digit',
  date: 'date',
  range: 'range',
  country: 'country_mismatch',
}

/** Fields validated as identifiers of their own; everything else is free text and scanned for cards. */
const NOT_SCANNED = new Set(['nationalIds', 'companyNumber', 'gln', 'cardExpiry'])

/**
 * Refuses input that holds a full payment card number in any free-text field (P4). The error names the
 * field, never the value, and is audited by the caller after the write has been rolled back.
 */
export function refuseCardNumbers(input: object, now: Date): void {
  refuse(input, { now, skip: NOT_SCANNED, auditAction: 'subject.card_number_refused' })
}

/** Checks an identifier against its rule; 400 naming the field and why, never echoing the value. */
export function checkIdentifier(field: string, kind: IdentifierKind, value: string, now: Date): string {
  const result = validateIdentifier(kind, value, { now })
  if (result.valid) return result.normalized
  throw invalid(field, `${field}: ${describeInvalid(kind, result.reason)}`, IDENTIFIER_RULES[result.reason])
}

type ProfileInput = Omit<NewSubject, 'kind' | 'companyId' | 'relationship' | 'firstContactAt'>
type AddressInput = NonNullable<NewSubject['address']>

const trimmed = (v: string | null | undefined): string | null =>
  v == null || v.trim() === '' ? null : v.trim()

function address(a: AddressInput | null): StoredProfile['address'] {
  if (!a) return null
  const out = {
    street: trimmed(a.street),
    postalCode: trimmed(a.postalCode),
    city: trimmed(a.city),
    country: trimmed(a.country),
  }
  return Object.values(out).some((v) => v !== null) ? out : null
}

/**
 * Validates and normalises the personal fields that are present in `input` (the others stay absent):
 * e-mail lower-cased, phone in E.164, identifiers in their canonical form.
 */
export function normaliseProfile(
  input: ProfileInput,
  country: Country | null,
  now: Date,
): Partial<StoredProfile> {
  const out: Partial<StoredProfile> = {}
  if (input.name !== undefined) out.name = trimmed(input.name)
  if (input.email !== undefined) out.email = trimmed(input.email)?.toLowerCase() ?? null
  if (input.phone !== undefined) out.phone = phone(input.phone, country)
  if (input.address !== undefined) out.address = address(input.address)
  if (input.billingAddress !== undefined) out.billingAddress = address(input.billingAddress)
  if (input.jobTitle !== undefined) out.jobTitle = trimmed(input.jobTitle)
  if (input.workplace !== undefined) out.workplace = trimmed(input.workplace)
  if (input.notes !== undefined) out.notes = trimmed(input.notes)
  if (input.nationalIds !== undefined) {
    const seen = new Set<string>()
    out.nationalIds = input.nationalIds
      .map((n, i) => ({
        kind: n.kind,
        value: checkIdentifier(`nationalIds.${i}.value`, n.kind, n.value, now),
      }))
      .filter((n) => !seen.has(`${n.kind}:${n.value}`) && seen.add(`${n.kind}:${n.value}`))
  }
  if (input.externalIds !== undefined) {
    const seen = new Set<string>()
    out.externalIds = input.externalIds
      .map((e) => ({ system: e.system.toLowerCase(), id: e.id.trim() }))
      .filter((e) => !seen.has(`${e.system}:${e.id}`) && seen.add(`${e.system}:${e.id}`))
  }
  if (input.companyNumber !== undefined) {
    const c = input.companyNumber
    out.companyNumber = c && {
      kind: c.kind,
      value: checkIdentifier('companyNumber.value', c.kind, c.value, now),
    }
  }
  if (input.gln !== undefined) out.gln = input.gln && checkIdentifier('gln', 'gln', input.gln, now)
  if (input.cardLast4 !== undefined) out.cardLast4 = last4(input.cardLast4)
  if (input.cardExpiry !== undefined) out.cardExpiry = input.cardExpiry
  return out
}

function phone(value: string | null, country: Country | null): string | null {
  if (value === null || value.trim() === '') return null
  const result = normalizePhone(value, country ?? undefined)
  if (!result.valid)
    throw invalid('phone', 'phone is not a valid phone number; include the country code, e.g. +45', 'phone')
  return result.e164
}

function last4(value: string | null): string | null {
  if (value === null) return null
  const digits = value.trim()
  if (!/^\d{4}$/.test(digits))
    throw invalid('cardLast4', 'cardLast4 must be exactly the last 4 digits of the card', 'format')
  return digits
}
