import { getExampleNumber } from 'libphonenumber-js/max'
import * as min from 'libphonenumber-js/min'
import examples from 'libphonenumber-js/mobile/examples'
import { describe, expect, it } from 'vitest'
import { normalizePhone } from './phone.js'

describe('normalizePhone', () => {
  it('turns the usual Nordic ways of writing a number into E.164', () => {
    expect(normalizePhone('+45 20 12 34 56')).toEqual({ valid: true, e164: '+4520123456' })
    expect(normalizePhone('20 12 34 56', 'DK')).toEqual({ valid: true, e164: '+4520123456' })
    expect(normalizePhone('070-123 45 67', 'SE')).toEqual({ valid: true, e164: '+46701234567' })
    expect(normalizePhone('08-123 456 78', 'SE')).toEqual({ valid: true, e164: '+46812345678' })
    expect(normalizePhone('412 34 567', 'NO')).toEqual({ valid: true, e164: '+4741234567' })
    expect(normalizePhone('040 123 4567', 'FI')).toEqual({ valid: true, e164: '+358401234567' })
    // A number with its own country code ignores the default country.
    expect(normalizePhone('+46 70 123 45 67', 'DK')).toEqual({ valid: true, e164: '+46701234567' })
  })

  it("accepts libphonenumber's own example mobile numbers for the four countries", () => {
    for (const country of ['DK', 'NO', 'SE', 'FI'] as const) {
      const example = getExampleNumber(country, examples)
      if (!example) throw new Error(`no example for ${country}`)
      expect(normalizePhone(example.formatNational(), country)).toEqual({ valid: true, e164: example.number })
      expect(normalizePhone(example.formatInternational())).toEqual({ valid: true, e164: example.number })
    }
  })

  it('rejects numbers that are not in use, incomplete, or not alone in the input', () => {
    expect(normalizePhone('+45 01 23 45 67')).toEqual({ valid: false }) // no Danish number starts with 0
    expect(normalizePhone('+47 0000 0000')).toEqual({ valid: false })
    expect(normalizePhone('+358 1 234')).toEqual({ valid: false })
    expect(normalizePhone('20 12 34 56')).toEqual({ valid: false }) // no country code, no default
    expect(normalizePhone('call +45 20 12 34 56 today')).toEqual({ valid: false })
    expect(normalizePhone('')).toEqual({ valid: false })
  })

  it("uses the 'max' metadata: a number of possible length in an unused range is rejected", () => {
    // The documented reason for choosing 'max': 'min' judges by length only and accepts this number.
    expect(min.isValidPhoneNumber('+46 10 000 00 00')).toBe(true)
    expect(normalizePhone('+46 10 000 00 00')).toEqual({ valid: false })
  })
})
