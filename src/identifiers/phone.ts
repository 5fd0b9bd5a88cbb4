// Phone numbers, through libphonenumber-js rather than hand-written Nordic patterns (LEGAL.md).
//
// We import the 'max' metadata on purpose. With 'min' (the package default) isValid() only checks the
// length, like isPossible(), so it accepts numbers in ranges no operator holds (e.g. +46 10 000 00 00,
// see phone.test.ts). 'max' carries Google's per-type number patterns, which is also what Google's own
// libphonenumber uses. Its size (157 kB of JSON against 83 kB) costs nothing on a server; when a country
// opens a new range, updating the package fixes it.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { Country } from './types.js'

/** Outcome of normalizePhone; an invalid result never carries the input back. */
export type PhoneResult = { valid: true; e164: string } | { valid: false }

/**
 * Parses a phone number typed in any common way ('+45 20 12 34 56', '070-123 45 67') into E.164.
 * Numbers without a country code are read as `defaultCountry`; without one they must start with '+'.
 */
export function normalizePhone(input: string, defaultCountry?: Country): PhoneResult {
  if (typeof input !== 'string' || input.length > 64) return { valid: false }
  // extract: false so that a phone number inside other text is not accepted as the whole value.
  const phone = parsePhoneNumberFromString(input, { defaultCountry, extract: false })
  if (!phone?.isValid()) return { valid: false }
  return { valid: true, e164: phone.number }
}
