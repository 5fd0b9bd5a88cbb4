// IBAN: ISO 13616, validated on structure, registry length per country and the mod-97 check.
import { mod97 } from './checksums.js'
import { IBAN_LENGTHS, NUMERIC_BBAN } from './iban-countries.js'
import { group, isDigits, squash, strip } from './text.js'
import { type IdentifierResult, invalid } from './types.js'

const SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/

/**
 * Validates an IBAN. National account-number checks inside the BBAN (e.g. Norway's mod 11) are not
 * applied: mod 97 already catches every single-character error and the bank rejects the rest.
 */
export function validateIban(input: string): IdentifierResult {
  let s = strip(squash(input), '-:').toUpperCase()
  // Invoices print 'IBAN DK50 0040 ...'; no country code is 'IB', so the word can be dropped safely.
  if (s.startsWith('IBAN')) s = s.slice(4)
  if (!SHAPE.test(s)) return invalid('iban', 'format')
  const country = s.slice(0, 2)
  const length = IBAN_LENGTHS[country]
  if (length === undefined || length !== s.length) return invalid('iban', 'country')
  if (NUMERIC_BBAN.has(country) && !isDigits(s.slice(4))) return invalid('iban', 'format')
  // 00, 01 and 99 are congruent to 97, 98 and 02 modulo 97, so they can pass the check, but are never issued.
  const check = Number(s.slice(2, 4))
  if (check < 2 || check > 98) return invalid('iban', 'checksum')
  if (mod97(`${s.slice(4)}${s.slice(0, 4)}`) !== 1) return invalid('iban', 'checksum')
  return { valid: true, kind: 'iban', normalized: s, display: group(s, 4) }
}
