// Denmark: CPR (personnummer) and CVR (company number).
import { weightedSum } from './checksums.js'
import { isFuture, isoDate, isValidDate } from './dates.js'
import { digitAt, isDigits, num, squash, strip } from './text.js'
import { type IdentifierResult, invalid } from './types.js'

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const

/** Birth year of a CPR number from its two-digit year and its 7th digit (CPR office table). */
export function cprBirthYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy
  return yy <= 57 ? 2000 + yy : 1800 + yy
}

/**
 * Validates a CPR number on format and birth date only. The mod-11 check is deliberately absent:
 * CPR numbers without a valid check digit have been issued since 1 October 2007 (cpr.dk).
 */
export function validateCpr(input: string, now: Date): IdentifierResult {
  const s = strip(squash(input), '-')
  if (s.length !== 10 || !isDigits(s)) return invalid('dk_cpr', 'format')
  const day = num(s, 0, 2)
  const month = num(s, 2, 4)
  const year = cprBirthYear(num(s, 4, 6), digitAt(s, 6))
  // A birth date after today cannot belong to anyone yet, so it is a typo or not a CPR number.
  if (!isValidDate(year, month, day) || isFuture(year, month, day, now)) return invalid('dk_cpr', 'date')
  return {
    valid: true,
    kind: 'dk_cpr',
    normalized: s,
    display: `${s.slice(0, 6)}-${s.slice(6)}`,
    birthDate: isoDate(year, month, day),
  }
}

/** Validates a CVR number: 8 digits, no leading 0, weights 2,7,6,5,4,3,2,1 summing to a multiple of 11. */
export function validateCvr(input: string): IdentifierResult {
  let s = strip(squash(input), '-.').toUpperCase()
  // Accept the VAT form (DK + CVR) because B2B forms get it pasted as often as the bare number.
  if (s.startsWith('DK')) s = s.slice(2)
  if (s.length !== 8 || !isDigits(s) || s[0] === '0') return invalid('dk_cvr', 'format')
  if (weightedSum(s, CVR_WEIGHTS) % 11 !== 0) return invalid('dk_cvr', 'checksum')
  return { valid: true, kind: 'dk_cvr', normalized: s, display: s }
}
