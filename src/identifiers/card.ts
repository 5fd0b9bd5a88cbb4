// Payment card numbers (PAN): issuer ranges, lengths and the Luhn check.
import { luhnValid } from './checksums.js'
import { isDigits, squash, strip } from './text.js'
import { type IdentifierResult, invalid } from './types.js'

interface Issuer {
  name: string
  /** Inclusive IIN ranges; both ends have the same number of digits. */
  ranges: readonly (readonly [string, string])[]
  lengths: readonly number[]
}

// Order matters where ranges nest: the first match wins. Dankort (5019) is listed as its own scheme
// because Danish customers say "Dankort", while Visa/Dankort co-branded cards (4571) count as Visa.
const ISSUERS: readonly Issuer[] = [
  {
    name: 'amex',
    ranges: [
      ['34', '34'],
      ['37', '37'],
    ],
    lengths: [15],
  },
  { name: 'dankort', ranges: [['5019', '5019']], lengths: [16] },
  { name: 'visa', ranges: [['4', '4']], lengths: [13, 16, 19] },
  {
    name: 'mastercard',
    ranges: [
      ['51', '55'],
      ['2221', '2720'],
    ],
    lengths: [16],
  },
  {
    name: 'maestro',
    ranges: [
      ['5018', '5018'],
      ['5020', '5020'],
      ['5038', '5038'],
      ['5893', '5893'],
      ['6304', '6304'],
      ['6759', '6759'],
      ['6761', '6763'],
    ],
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
  },
  {
    name: 'discover',
    ranges: [
      ['6011', '6011'],
      ['644', '649'],
      ['65', '65'],
    ],
    lengths: [16, 17, 18, 19],
  },
  { name: 'jcb', ranges: [['3528', '3589']], lengths: [16, 17, 18, 19] },
  {
    name: 'diners',
    ranges: [
      ['300', '305'],
      ['36', '36'],
      ['38', '39'],
    ],
    lengths: [14, 15, 16, 17, 18, 19],
  },
]

/** The card scheme whose issuer range contains the number, or undefined. */
export function cardIssuer(digits: string): Issuer | undefined {
  return ISSUERS.find((issuer) =>
    issuer.ranges.some(([low, high]) => {
      const prefix = digits.slice(0, low.length)
      return prefix.length === low.length && prefix >= low && prefix <= high
    }),
  )
}

/** Masks a PAN as PCI DSS allows for display: first 6 and last 4 digits, the middle as '•'. */
export function maskPan(digits: string): string {
  return `${digits.slice(0, 6)}${'•'.repeat(Math.max(0, digits.length - 10))}${digits.slice(-4)}`
}

/**
 * Validates a card number: a known scheme's range and length, and Luhn. The variant is the scheme.
 * `normalized` is the full PAN: callers must not store it (PCI DSS); keep last 4 and expiry instead.
 */
export function validateCard(input: string): IdentifierResult {
  const s = strip(squash(input), '-')
  if (s.length < 12 || s.length > 19 || !isDigits(s)) return invalid('payment_card', 'format')
  const issuer = cardIssuer(s)
  if (!issuer) return invalid('payment_card', 'range')
  if (!issuer.lengths.includes(s.length)) return invalid('payment_card', 'format')
  if (!luhnValid(s)) return invalid('payment_card', 'checksum')
  return { valid: true, kind: 'payment_card', normalized: s, display: maskPan(s), variant: issuer.name }
}

/**
 * True when digit groups of these lengths, joined by these separators, are written like a card number:
 * unbroken, or in groups of four (Amex and Diners 4-6-5 and 4-6-4) with one kind of separator.
 */
export function isCardGrouping(lengths: readonly number[], separators: readonly string[]): boolean {
  const total = lengths.reduce((sum, n) => sum + n, 0)
  if (total < 13 || total > 19) return false
  if (lengths.length === 1) return true
  const sep = separators[0]
  if ((sep !== ' ' && sep !== '-') || separators.some((s) => s !== sep)) return false
  const shape = lengths.join(',')
  if (shape === '4,6,5' || shape === '4,6,4') return true
  return lengths.slice(0, -1).every((n) => n === 4) && (lengths[lengths.length - 1] ?? 0) <= 4
}
