// Input clean-up shared by the validators and the scanner.

// Word processors turn '-' into en/em dashes or a minus sign; people paste those into forms.
const DASHES = /[\u2010-\u2015\u2212]/g
const SPACES = /\s+/g

/** Replaces typographic dashes with '-' and removes all whitespace (including no-break spaces). */
export function squash(input: string): string {
  return input.replace(DASHES, '-').replace(SPACES, '')
}

/** Removes every character in `chars` from `value`. */
export function strip(value: string, chars: string): string {
  let out = ''
  for (const ch of value) if (!chars.includes(ch)) out += ch
  return out
}

/** True when every character of `value` is an ASCII digit (and there is at least one). */
export function isDigits(value: string): boolean {
  if (value.length === 0) return false
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/** The numeric value of the ASCII digit at `index`. */
export function digitAt(value: string, index: number): number {
  return value.charCodeAt(index) - 48
}

/** Parses a run of ASCII digits as an integer. */
export function num(value: string, start: number, end: number): number {
  let n = 0
  for (let i = start; i < end; i++) n = n * 10 + digitAt(value, i)
  return n
}

/** Inserts `separator` every `size` characters. */
export function group(value: string, size: number, separator = ' '): string {
  const parts: string[] = []
  for (let i = 0; i < value.length; i += size) parts.push(value.slice(i, i + size))
  return parts.join(separator)
}
