import { describe, expect, it } from 'vitest'
import { gs1Valid, luhnValid, mod11CheckDigit, mod97, weightedSum } from './checksums.js'
import { digits, int, rng, singleDigitChanges } from './testing.js'

describe('luhnValid', () => {
  it('accepts the worked example from the Luhn algorithm article and rejects its neighbours', () => {
    // en.wikipedia.org/wiki/Luhn_algorithm: 7992739871 has check digit 3.
    expect(luhnValid('79927398713')).toBe(true)
    for (const changed of singleDigitChanges('79927398713')) expect(luhnValid(changed)).toBe(false)
  })

  it("agrees with Skatteverket's worked example 640823-323(4)", () => {
    // Skatteverket's brochure (quoted by personnummer.info): 640823-323 gets check digit 4.
    expect(luhnValid('6408233234')).toBe(true)
    expect(luhnValid('6408233235')).toBe(false)
  })
})

describe('mod11CheckDigit', () => {
  it("reproduces Brønnøysundregistrene's example: 12345678 gets check digit 5", () => {
    expect(mod11CheckDigit('12345678', [3, 2, 7, 6, 5, 4, 3, 2])).toBe(5)
  })

  it("reproduces Erhvervsstyrelsen's CVR example 13 74 81 36 (sum 126, remainder 5, check 6)", () => {
    expect(weightedSum('1374813', [2, 7, 6, 5, 4, 3, 2])).toBe(126)
    expect(mod11CheckDigit('1374813', [2, 7, 6, 5, 4, 3, 2])).toBe(6)
  })

  it('returns 0 for remainder 0 and null for remainder 1', () => {
    // weights [1]: the digit itself is the sum.
    expect(mod11CheckDigit('0', [1])).toBe(0)
    expect(mod11CheckDigit('1', [1])).toBeNull()
    expect(mod11CheckDigit('2', [1])).toBe(9)
  })
})

describe('gs1Valid', () => {
  it('accepts the worked examples of GS1 member organisations', () => {
    expect(gs1Valid('6291041500213')).toBe(true) // GS1 Hong Kong check digit calculator
    expect(gs1Valid('7300011000017')).toBe(true) // GS1 Sweden, "Så beräknas kontrollsiffran"
    expect(gs1Valid('8904000210037')).toBe(true) // GS1 India check digit page
  })

  it('detects every single-digit error', () => {
    for (const changed of singleDigitChanges('6291041500213')) expect(gs1Valid(changed)).toBe(false)
  })
})

describe('mod97', () => {
  it('matches a BigInt computation on random alphanumeric strings', () => {
    const random = rng(97)
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    for (let n = 0; n < 2000; n++) {
      let value = ''
      for (let i = int(random, 1, 34); i > 0; i--) value += alphabet.charAt(int(random, 0, 35))
      // Independent reference: expand letters to numbers (A = 10) and reduce one big integer.
      const expanded = [...value].map((ch) => String(Number.parseInt(ch, 36))).join('')
      expect(mod97(value)).toBe(Number(BigInt(expanded) % 97n))
    }
  })

  it('handles long digit strings', () => {
    const value = digits(rng(1), 300)
    expect(mod97(value)).toBe(Number(BigInt(value) % 97n))
  })
})
