import { getCountrySpecifications, ValidationErrorsIBAN, validateIBAN } from 'ibantools'
import { describe, expect, it } from 'vitest'
import { IBAN_LENGTHS } from './iban-countries.js'
import { digits, int, rng } from './testing.js'
import { validateIdentifier } from './validate.js'

const iban = (input: string) => validateIdentifier('iban', input)

// Check digits computed with BigInt, independently of checksums.ts: 98 - (BBAN + country + 00) mod 97.
function withCheckDigits(country: string, bban: string): string {
  const expanded = [...`${bban}${country}00`].map((ch) => String(Number.parseInt(ch, 36))).join('')
  const check = 98n - (BigInt(expanded) % 97n)
  return `${country}${String(check).padStart(2, '0')}${bban}`
}

describe('iban', () => {
  it('accepts the examples of the SWIFT IBAN Registry', () => {
    expect(iban('DK5000400440116243')).toEqual({
      valid: true,
      kind: 'iban',
      normalized: 'DK5000400440116243',
      display: 'DK50 0040 0440 1162 43',
    })
    const registry = [
      'FI2112345600000785',
      'NO9386011117947',
      'SE4550000000058398257466',
      'DE89370400440532013000',
      'GB29NWBK60161331926819',
      'NL91ABNA0417164300',
      'FR1420041010050500013M02606',
    ]
    for (const example of registry) expect(iban(example).valid, example).toBe(true)
    expect(iban('se45 5000 0000 0583 9825 7466')).toMatchObject({ normalized: 'SE4550000000058398257466' })
    expect(iban('IBAN: DK50 0040 0440 1162 43')).toMatchObject({ normalized: 'DK5000400440116243' })
  })

  it('uses the same registry lengths as ibantools', () => {
    const specs = getCountrySpecifications()
    const registryLengths = Object.fromEntries(
      Object.entries(specs)
        .filter(([, spec]) => spec.IBANRegistry && spec.chars)
        .map(([country, spec]) => [country, spec.chars]),
    )
    expect(IBAN_LENGTHS).toEqual(registryLengths)
    expect([IBAN_LENGTHS.DK, IBAN_LENGTHS.FI, IBAN_LENGTHS.NO, IBAN_LENGTHS.SE]).toEqual([18, 18, 15, 24])
  })

  it('says country for an unknown country or a length that does not fit it', () => {
    expect(iban('DK50004004401162431')).toEqual({ valid: false, kind: 'iban', reason: 'country' })
    expect(iban('NO93860111179471')).toMatchObject({ reason: 'country' })
    expect(iban(withCheckDigits('XX', '12345678901234'))).toMatchObject({ reason: 'country' })
  })

  it('says checksum for wrong check digits, including 99 that passes mod 97 but is never issued', () => {
    expect(iban('DK5100400440116243')).toMatchObject({ reason: 'checksum' })
    // Find an account whose check digits are 02: 02 + 97 = 99 leaves the same remainder modulo 97.
    const random = rng(99)
    let low = ''
    while (!low.startsWith('DK02')) low = withCheckDigits('DK', digits(random, 14))
    const high = `DK99${low.slice(4)}`
    expect(iban(low)).toMatchObject({ valid: true })
    expect(iban(high)).toEqual({ valid: false, kind: 'iban', reason: 'checksum' })
    // Likewise 98 and 01.
    let top = ''
    while (!top.startsWith('DK98')) top = withCheckDigits('DK', digits(random, 14))
    expect(iban(`DK01${top.slice(4)}`)).toMatchObject({ valid: false, reason: 'checksum' })
  })

  it('says format for letters in a Nordic account number and for malformed input', () => {
    expect(iban(withCheckDigits('DK', '0040044011624A'))).toMatchObject({ reason: 'format' })
    expect(iban('DK50')).toMatchObject({ reason: 'format' })
    expect(iban('5000400440116243DK')).toMatchObject({ reason: 'format' })
  })

  it('accepts numbers the way ibantools does, except for the national checks it adds', () => {
    const random = rng(13616)
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    const countries = Object.keys(IBAN_LENGTHS)
    let bothValid = 0
    for (let n = 0; n < 4000; n++) {
      const country = countries[int(random, 0, countries.length - 1)] as string
      const length = (IBAN_LENGTHS[country] as number) - 4
      // Half numeric account numbers, half alphanumeric ones, so both sides see letters too.
      let bban = digits(random, length)
      if (n % 2 === 1)
        bban = [...bban].map((ch) => (int(random, 0, 5) ? ch : alphabet.charAt(int(random, 10, 35)))).join('')
      let value = withCheckDigits(country, bban)
      if (n % 5 === 0) value = `${value.slice(0, 3)}${(Number(value[3]) + 1) % 10}${value.slice(4)}`
      const ours = iban(value).valid
      const theirs = validateIBAN(value)
      if (theirs.valid) {
        expect({ value, ours }).toEqual({ value, ours: true })
        bothValid++
      } else if (ours) {
        // ibantools also checks each country's BBAN layout and national check digits; we do not.
        const codes = theirs.errorCodes
        const national = [
          ValidationErrorsIBAN.WrongBBANFormat,
          ValidationErrorsIBAN.WrongAccountBankBranchChecksum,
        ]
        const explained =
          codes.some((c) => national.includes(c)) &&
          (!codes.includes(ValidationErrorsIBAN.WrongIBANChecksum) ||
            codes.includes(ValidationErrorsIBAN.WrongBBANFormat)) &&
          codes.every((c) => national.includes(c) || c === ValidationErrorsIBAN.WrongIBANChecksum)
        expect({ value, explained }).toEqual({ value, explained: true })
      }
    }
    expect(bothValid).toBeGreaterThan(800)
  })
})
