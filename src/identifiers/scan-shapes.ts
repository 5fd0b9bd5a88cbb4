// The shapes scanText recognises once it has a chain of digit runs, and which kind each shape can be.
import { isCardGrouping, validateCard } from './card.js'
import { validateCpr } from './dk.js'
import { validateHetu } from './fi.js'
import { validateFnr } from './no.js'
import { contextBefore, endsToken, hasIdKeyword, isDigitCode } from './scan-context.js'
import { validateSePnr } from './se.js'
import type { IdentifierKind, IdentifierResult } from './types.js'

/** A run of ASCII digits in the scanned text, [start, end). */
export interface Run {
  start: number
  end: number
}

const HETU_SIGNS = '-+ABCDEFUVWXYabcdefuvwxy'
const MAX_DIGITS = 19

/**
 * End offset of a henkilötunnus starting at `start`, or -1. It may carry a letter as century sign and as
 * check character, so it is matched on the text rather than on digit runs.
 */
export function matchHetu(text: string, start: number, now: Date): number {
  const end = start + 11
  if (end > text.length || !HETU_SIGNS.includes(text.charAt(start + 6))) return -1
  for (let i = start + 7; i < start + 10; i++) if (!isDigitCode(text.charCodeAt(i))) return -1
  if (!endsToken(text, end)) return -1
  return validateHetu(text.slice(start, end), now).valid ? end : -1
}

/** The kind of identifier these consecutive runs form, or null. */
export function classify(text: string, runs: Run[], now: Date): IdentifierKind | null {
  const lengths = runs.map((r) => r.end - r.start)
  // Nothing we look for has more than 19 digits; bailing out here keeps long digit runs cheap.
  if (lengths.reduce((sum, n) => sum + n, 0) > MAX_DIGITS) return null
  const separators = runs.slice(1).map((r) => text.charAt(r.start - 1))
  const digits = runs.map((r) => text.slice(r.start, r.end)).join('')
  if (isCardGrouping(lengths, separators) && validateCard(digits).valid) return 'payment_card'
  const raw = text.slice((runs[0] as Run).start, (runs[runs.length - 1] as Run).end)
  const shape = `${lengths.join(separators[0] ?? '')}`
  switch (shape) {
    case '6-4':
      return dkOrSe(text, runs[0] as Run, validateCpr(digits, now).valid, validateSePnr(raw, now))
    case '6+4':
    case '8-4':
    case '12':
      return validateSePnr(raw, now).valid ? 'se_pnr' : null
    case '6 5':
    case '6-5':
    case '11':
      return validateFnr(digits, now).valid ? 'no_fnr' : null
    case '10':
      return bareTen(text, runs[0] as Run, digits, now)
    default:
      return null
  }
}

// Phone numbers (Swedish and Finnish mobiles have 10 digits), order and account numbers share this
// shape, so a bare 10-digit number counts only after a keyword.
function bareTen(text: string, run: Run, digits: string, now: Date): IdentifierKind | null {
  if (!hasIdKeyword(contextBefore(text, run.start))) return null
  return dkOrSe(text, run, validateCpr(digits, now).valid, validateSePnr(digits, now))
}

// Some numbers are valid both as DDMMYY-SSSS and as YYMMDD-NNNC. A personnummer has Luhn and a date, a
// CPR number only a date, so the personnummer reading wins, unless 'CPR' precedes the number or the
// Swedish reading is a samordningsnummer (day + 60), which is far rarer than a plain birth date.
function dkOrSe(text: string, run: Run, dk: boolean, se: IdentifierResult): IdentifierKind | null {
  const preferDk =
    !se.valid || se.variant === 'samordningsnummer' || /cpr/i.test(contextBefore(text, run.start))
  if (dk && preferDk) return 'dk_cpr'
  return se.valid ? 'se_pnr' : null
}
