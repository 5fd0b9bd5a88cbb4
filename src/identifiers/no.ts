// Norway: fødselsnummer (with D-, H- and Tenor test numbers) and organisasjonsnummer.
import { mod11CheckDigit, weightedSum } from './checksums.js'
import { isFuture, isoDate, isValidDate } from './dates.js'
import { digitAt, group, isDigits, num, squash, strip } from './text.js'
import { type IdentifierResult, invalid, type ValidResult } from './types.js'

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const
const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const

// Skatteetaten, "Nytt fødselsnummer fra 2032": numbers issued from 1 January 2032 may leave a remainder
// of 0, 1, 2 or 3 on the first control digit (the second is unchanged), and their individual number no
// longer tells the century. Before that date no such number exists, so the strict rule stays in force.
const NEW_RULE_FROM = Date.UTC(2032, 0, 1)

/**
 * Birth year from the two-digit year and the individual number (Skatteetaten's table:
 * 000-499 1900-1999, 500-749 1854-1899, 500-999 2000-2039, 900-999 1940-1999); null when none fits.
 */
export function fnrBirthYear(yy: number, individual: number): number | null {
  if (individual <= 499) return 1900 + yy
  if (yy <= 39) return 2000 + yy
  if (individual >= 900) return 1900 + yy
  if (individual <= 749 && yy >= 54) return 1800 + yy
  return null
}

/**
 * Validates a fødselsnummer, D-nummer (day + 40), H-nummer (month + 40) or a synthetic test number from
 * Skatteetaten's Tenor test register (month + 80, variant 'synthetic'). FH-numbers (first digit 8 or 9)
 * carry no birth date and are rejected.
 */
export function validateFnr(input: string, now: Date): IdentifierResult {
  const s = strip(squash(input), '-.')
  if (s.length !== 11 || !isDigits(s)) return invalid('no_fnr', 'format')
  const newRule = now.getTime() >= NEW_RULE_FROM
  const r1 = (weightedSum(s, K1_WEIGHTS) + digitAt(s, 9)) % 11
  const r2 = (weightedSum(s, K2_WEIGHTS) + digitAt(s, 10)) % 11
  if (r2 !== 0 || !(r1 === 0 || (newRule && r1 <= 3))) return invalid('no_fnr', 'checksum')

  let day = num(s, 0, 2)
  let month = num(s, 2, 4)
  const dNumber = day > 40
  if (dNumber) day -= 40
  let variant = dNumber ? 'd_nummer' : undefined
  if (month > 80) {
    month -= 80
    variant = dNumber ? 'synthetic_d_nummer' : 'synthetic'
  } else if (month > 40 && !dNumber) {
    month -= 40
    variant = 'h_nummer'
  }
  const yy = num(s, 4, 6)
  let year = fnrBirthYear(yy, num(s, 6, 9))
  // From 2032 the individual number says nothing about the century: take the latest past year.
  if (newRule && (year === null || isFuture(year, 1, 1, now))) year = latestYear(yy, now)
  if (year === null || !isValidDate(year, month, day) || isFuture(year, month, day, now)) {
    return invalid('no_fnr', 'date')
  }
  const result: ValidResult = {
    valid: true,
    kind: 'no_fnr',
    normalized: s,
    display: `${s.slice(0, 6)} ${s.slice(6)}`,
    birthDate: isoDate(year, month, day),
  }
  if (variant) result.variant = variant
  return result
}

/** Validates an organisasjonsnummer: 9 digits, mod 11 with weights 3,2,7,6,5,4,3,2. */
export function validateNoOrgnr(input: string): IdentifierResult {
  let s = strip(squash(input), '-.').toUpperCase()
  // Accept the VAT forms 'NO 923 609 016 MVA' and '923609016MVA' as pasted from invoices.
  if (s.startsWith('NO')) s = s.slice(2)
  if (s.endsWith('MVA')) s = s.slice(0, -3)
  if (s.length !== 9 || !isDigits(s)) return invalid('no_orgnr', 'format')
  if (mod11CheckDigit(s, ORGNR_WEIGHTS) !== digitAt(s, 8)) return invalid('no_orgnr', 'checksum')
  return { valid: true, kind: 'no_orgnr', normalized: s, display: group(s, 3) }
}

function latestYear(yy: number, now: Date): number {
  const current = now.getUTCFullYear()
  return current - ((current - yy) % 100)
}
