import { describe, expect, it } from 'vitest'
import { digits, rng, singleDigitChanges } from './testing.js'
import { validateIdentifier } from './validate.js'

const gln = (input: string) => validateIdentifier('gln', input)

// GS1 check digit as GS1 Sweden explains it: sum every other digit from the right times 3, add the rest,
// the check digit brings the total to the next multiple of ten.
function withGs1Check(twelve: string): string {
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(twelve[11 - i]) * (i % 2 === 0 ? 3 : 1)
  return `${twelve}${(10 - (sum % 10)) % 10}`
}

describe('gln', () => {
  it('accepts published examples', () => {
    // Microsoft Learn, "EAN location numbers" (Denmark, prefix 579): 5790987654321.
    expect(gln('5790987654321')).toEqual({
      valid: true,
      kind: 'gln',
      normalized: '5790987654321',
      display: '5790987654321',
    })
    expect(gln('6291041500213').valid).toBe(true) // GS1 Hong Kong calculator example
    expect(gln('7300011000017').valid).toBe(true) // GS1 Sweden worked example
    expect(gln('579 0987 654321')).toMatchObject({ valid: true, normalized: '5790987654321' })
  })

  it('agrees with the GS1 rule on random numbers and rejects every single-digit change', () => {
    const random = rng(579)
    for (let n = 0; n < 2000; n++) {
      const valid = withGs1Check(`579${digits(random, 9)}`)
      expect(gln(valid).valid, valid).toBe(true)
      const wrong = `${valid.slice(0, 12)}${(Number(valid[12]) + 1 + (n % 9)) % 10}`
      expect(gln(wrong)).toMatchObject({ valid: false, reason: 'checksum' })
    }
    for (const changed of singleDigitChanges('5790987654321')) expect(gln(changed).valid).toBe(false)
  })

  it('says format for anything but 13 digits', () => {
    expect(gln('579098765432')).toMatchObject({ reason: 'format' })
    expect(gln('57909876543210')).toMatchObject({ reason: 'format' })
    expect(gln('579098765432A')).toMatchObject({ reason: 'format' })
  })
})
