// Character tests and context rules for scanText: where a number may start and end, and which
// words before a bare 10-digit number mark it as a personal identity number.

const SPACE = 32
const PLUS = 43
const DASH = 45
const DOT = 46
const SLASH = 47
const WORD = /[\p{L}\p{N}]/u

// Keywords in the Nordic languages and English that introduce a personal identity number.
const ID_KEYWORDS =
  /cpr|person(?:al)?[ -]?(?:nummer|nr|number|id)|p-?nr|f(?:ø|oe?)dselsnummer|fnr|henkil(?:ö|o)tunnus|hetu|samordningsnummer|ssn|social security/i
const KEYWORD_WINDOW = 40

/** True for an ASCII digit code. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/** True for a space character code. */
export function isSpaceCode(code: number): boolean {
  return code === SPACE
}

/** True for characters that continue a word: letters and digits in any script, and '_'. */
export function isWordCode(code: number): boolean {
  if (code < 128) {
    return isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  }
  return WORD.test(String.fromCharCode(code))
}

/**
 * True when a number may start at `i`: not glued to a word, not after '+' (country codes of phone
 * numbers) and not continuing another token such as 'ORD-123' or a decimal '1.5'.
 */
export function startsToken(text: string, i: number): boolean {
  if (i === 0) return true
  const prev = text.charCodeAt(i - 1)
  if (isWordCode(prev) || prev === PLUS) return false
  const before = i >= 2 ? text.charCodeAt(i - 2) : -1
  if ((prev === DASH || prev === SLASH) && isWordCode(before)) return false
  return !(prev === DOT && isDigitCode(before))
}

/** True when a number may end just before `end`: the mirror image of startsToken. */
export function endsToken(text: string, end: number): boolean {
  if (end >= text.length) return true
  const next = text.charCodeAt(end)
  if (isWordCode(next)) return false
  const after = end + 1 < text.length ? text.charCodeAt(end + 1) : -1
  if ((next === DASH || next === SLASH || next === PLUS) && isWordCode(after)) return false
  // A comma is always a boundary (unlike '.'), so lists like '070761-4285,010203-1234' are found.
  return !(next === DOT && isDigitCode(after))
}

/** The text shortly before `start`, where a keyword would introduce a number. */
export function contextBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - KEYWORD_WINDOW), start)
}

/** True when `context` contains a word that introduces a personal identity number. */
export function hasIdKeyword(context: string): boolean {
  return ID_KEYWORDS.test(context)
}
