// GS1 Global Location Number (the Danish "EAN-nummer" used for public-sector e-invoicing).
import { gs1Valid } from './checksums.js'
import { isDigits, squash, strip } from './text.js'
import { type IdentifierResult, invalid } from './types.js'

/** Validates a 13-digit GLN (or EAN-13) with the GS1 mod-10 check digit. */
export function validateGln(input: string): IdentifierResult {
  // digst.dk: an EAN number is written as one unbroken row of 13 digits; spaces and dashes are forgiven.
  const s = strip(squash(input), '-.')
  if (s.length !== 13 || !isDigits(s)) return invalid('gln', 'format')
  if (!gs1Valid(s)) return invalid('gln', 'checksum')
  return { valid: true, kind: 'gln', normalized: s, display: s }
}
