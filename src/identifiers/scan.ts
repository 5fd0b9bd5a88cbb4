// Finds full payment card numbers and national identity numbers in free text.
//
// One left-to-right pass: digit runs joined by single separators form a chain, and each chain is tried
// against the few shapes these numbers are written in. Work per chain is bounded, so the whole scan is
// linear in the text length, and no regular expression runs over the text itself.
import { endsToken, isDigitCode, isSpaceCode, isWordCode, startsToken } from './scan-context.js'
import { classify, matchHetu, type Run } from './scan-shapes.js'
import type { IdentifierKind, ValidateOptions } from './types.js'

/** A number found by scanText: its kind and its [start, end) offsets in the text. */
export interface Finding {
  kind: IdentifierKind
  start: number
  end: number
}

// Longest chain a card can form: 4-4-4-4-3.
const MAX_GROUPS = 5
const CHAIN_SEPARATORS = ' -+'

/**
 * Finds payment card numbers (issuer range, length and Luhn) and DK, NO, SE and FI personal identity
 * numbers (check digits and birth date; CPR by date only) in free text. Bare 10-digit numbers are only
 * reported after a keyword such as 'CPR' or 'personnummer', because phone and order numbers share that shape.
 */
export function scanText(text: string, options: ValidateOptions = {}): Finding[] {
  const now = options.now ?? new Date()
  const findings: Finding[] = []
  let i = 0
  while (i < text.length) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++
      continue
    }
    const runs = readChain(text, i)
    scanChain(text, runs, now, findings)
    i = runs[runs.length - 1]?.end ?? i + 1
  }
  return findings
}

/** Digit runs from `start`, joined while a single space, '-' or '+' sits between two digits. */
function readChain(text: string, start: number): Run[] {
  const runs: Run[] = []
  let i = start
  for (;;) {
    const runStart = i
    while (i < text.length && isDigitCode(text.charCodeAt(i))) i++
    runs.push({ start: runStart, end: i })
    const joined = CHAIN_SEPARATORS.includes(text.charAt(i)) && isDigitCode(text.charCodeAt(i + 1))
    if (!joined) return runs
    i++
  }
}

function scanChain(text: string, runs: Run[], now: Date, out: Finding[]): void {
  // A chain glued to a word on its left is one code, e.g. an IBAN in print form 'SE45 5000 0000 0583...'.
  const head = runs[0] as Run
  if (head.start > 0 && isWordCode(text.charCodeAt(head.start - 1))) return
  let a = 0
  while (a < runs.length) {
    const first = runs[a] as Run
    // Inside a chain only a space separates two numbers; '-' and '+' glue the runs into one token.
    const canStart = a === 0 ? startsToken(text, first.start) : isSpaceCode(text.charCodeAt(first.start - 1))
    const found = canStart ? matchAt(text, runs, a, now) : null
    if (!found) {
      a++
      continue
    }
    out.push(found)
    while (a < runs.length && (runs[a] as Run).start < found.end) a++
  }
}

function matchAt(text: string, runs: Run[], a: number, now: Date): Finding | null {
  const first = runs[a] as Run
  const hetuEnd = first.end - first.start === 6 ? matchHetu(text, first.start, now) : -1
  if (hetuEnd > 0) return { kind: 'fi_hetu', start: first.start, end: hetuEnd }
  for (let count = Math.min(MAX_GROUPS, runs.length - a); count >= 1; count--) {
    const last = runs[a + count - 1] as Run
    const closes =
      a + count === runs.length ? endsToken(text, last.end) : isSpaceCode(text.charCodeAt(last.end))
    if (!closes) continue
    const kind = classify(text, runs.slice(a, a + count), now)
    if (kind) return { kind, start: first.start, end: last.end }
  }
  return null
}
