// Finland: henkilötunnus (personal identity code) and Y-tunnus (business ID).
import { mod11CheckDigit } from './checksums.js'
import { isFuture, isoDate, isValidDate } from './dates.js'
import { digitAt, isDigits, num, squash } from './text.js'
import { type IdentifierResult, invalid, type ValidResult } from './types.js'

/** Check characters indexed by (DDMMYYNNN mod 31); G, I, O, Q and Z are left out as too easy to misread. */
export const HETU_CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY'
const HETU = /^(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Z])$/
const YTUNNUS = /^(\d{6,7})-?(\d)$/
const YTUNNUS_WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const

/** Century of a henkilötunnus century sign: '+' 1800s; '-', Y, X, W, V, U 1900s; A-F 2000s (DVV, 2023). */
export function hetuCentury(sign: string): number {
  if (sign === '+') return 1800
  if (sign === '-' || (sign >= 'U' && sign <= 'Y')) return 1900
  return 2000
}

/**
 * Validates a henkilötunnus with any century sign. Individual numbers 002-899 are ordinary; 900-999 are
 * temporary codes (hospitals, DVV's fictitious test persons) and come back with variant 'temporary'.
 */
export function validateHetu(input: string, now: Date): IdentifierResult {
  const s = squash(input).toUpperCase()
  const m = HETU.exec(s)
  if (!m) return invalid('fi_hetu', 'format')
  const day = num(s, 0, 2)
  const month = num(s, 2, 4)
  const year = hetuCentury(s.charAt(6)) + num(s, 4, 6)
  if (!isValidDate(year, month, day) || isFuture(year, month, day, now)) return invalid('fi_hetu', 'date')
  const individual = num(s, 7, 10)
  // 000 and 001 are never issued (DVV: individual numbers run 002-899, 900-999 temporary).
  if (individual < 2) return invalid('fi_hetu', 'range')
  if (HETU_CHECK_CHARS.charAt(Number(`${m[1]}${m[3]}`) % 31) !== s.charAt(10)) {
    return invalid('fi_hetu', 'checksum')
  }
  const result: ValidResult = {
    valid: true,
    kind: 'fi_hetu',
    normalized: s,
    display: s,
    birthDate: isoDate(year, month, day),
  }
  if (individual >= 900) result.variant = 'temporary'
  return result
}

/**
 * Validates a Y-tunnus: 7 digits and a check digit (weights 7,9,10,5,8,4,2; remainder 0 gives 0,
 * remainder 1 is never issued, otherwise 11 - remainder). Old IDs written with 6 digits are padded
 * with a leading 0, and the VAT form FI + 8 digits is accepted.
 */
export function validateYtunnus(input: string): IdentifierResult {
  let s = squash(input).toUpperCase()
  if (s.length === 10 && s.startsWith('FI') && isDigits(s.slice(2))) s = s.slice(2)
  const m = YTUNNUS.exec(s)
  if (!m) return invalid('fi_ytunnus', 'format')
  const body = `${m[1]}`.padStart(7, '0')
  const digits = `${body}${m[2]}`
  if (mod11CheckDigit(digits, YTUNNUS_WEIGHTS) !== digitAt(digits, 7))
    return invalid('fi_ytunnus', 'checksum')
  return { valid: true, kind: 'fi_ytunnus', normalized: digits, display: `${body}-${m[2]}` }
}
