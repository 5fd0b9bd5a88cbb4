// Check-digit algorithms. All take strings of ASCII digits that the caller has already verified.
import { digitAt } from './text.js'

/** Luhn (mod 10, doubling every second digit from the right): used by SE numbers and payment cards. */
export function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digitAt(digits, digits.length - 1 - i)
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

/** Sum of digit × weight, pairing `weights` with the first digits of `digits`. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0
  for (let i = 0; i < weights.length; i++) sum += digitAt(digits, i) * (weights[i] ?? 0)
  return sum
}

/**
 * The usual mod-11 check digit: 0 when the remainder is 0, otherwise 11 - remainder;
 * null when that would be 10 (remainder 1), which the issuers never hand out.
 */
export function mod11CheckDigit(digits: string, weights: readonly number[]): number | null {
  const r = weightedSum(digits, weights) % 11
  if (r === 0) return 0
  if (r === 1) return null
  return 11 - r
}

/** GS1 mod 10 (weights 3,1 from the right, check digit included with weight 1): GLN, GTIN, EAN. */
export function gs1Valid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    const fromRight = digits.length - 1 - i
    sum += digitAt(digits, i) * (fromRight % 2 === 1 ? 3 : 1)
  }
  return sum % 10 === 0
}

/**
 * ISO 7064 mod 97-10 over an alphanumeric string (letters count as 10..35), as IBAN uses.
 * Works digit by digit so no big integers are needed.
 */
export function mod97(value: string): number {
  let r = 0
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      r = (r * 10 + (c - 48)) % 97
    } else {
      const v = c - 55 // 'A' (65) -> 10
      r = (r * 100 + v) % 97
    }
  }
  return r
}
