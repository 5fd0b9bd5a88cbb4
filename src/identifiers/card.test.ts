import { describe, expect, it } from 'vitest'
import { isCardGrouping, maskPan } from './card.js'
import { appendLuhn, digits, int, rng, singleDigitChanges } from './testing.js'
import { validateIdentifier } from './validate.js'

const card = (input: string) => validateIdentifier('payment_card', input)

describe('payment_card', () => {
  // Test cards published by payment providers: Billwerk+ (formerly Reepay, a Danish PSP) lists each
  // scheme's test card; Stripe's docs add 4242..., 5555...4444, the 2-series Mastercard and Amex 3782...
  const published: [string, string][] = [
    ['4111 1111 1111 1111', 'visa'], // Billwerk+
    ['4571 9940 0006 2336', 'visa'], // Billwerk+ "Visa-DK" (Visa/Dankort)
    ['5019 1000 0000 0006', 'dankort'], // Billwerk+
    ['4026 1111 1111 1115', 'visa'], // Billwerk+ Visa Electron
    ['5500 0000 0000 0004', 'mastercard'], // Billwerk+
    ['3400 000000 00009', 'amex'], // Billwerk+
    ['3530 1113 3330 0000', 'jcb'], // Billwerk+
    ['6759 0000 0000 0000', 'maestro'], // Billwerk+
    ['3000 0000 0000 04', 'diners'], // Billwerk+
    ['6011 1111 1111 1117', 'discover'], // Billwerk+
    ['4242424242424242', 'visa'], // Stripe
    ['5555555555554444', 'mastercard'], // Stripe
    ['2223003122003222', 'mastercard'], // Stripe, 2-series
    ['378282246310005', 'amex'], // Stripe
  ]

  it('accepts published test cards and names their scheme', () => {
    for (const [number, scheme] of published) {
      expect(card(number), number).toMatchObject({ valid: true, variant: scheme })
    }
    expect(card('4111-1111-1111-1111')).toEqual({
      valid: true,
      kind: 'payment_card',
      normalized: '4111111111111111',
      display: '411111••••••1111',
      variant: 'visa',
    })
  })

  it('masks all but the first 6 and last 4 digits (PCI DSS)', () => {
    expect(maskPan('378282246310005')).toBe('378282•••••0005')
    expect(card('378282246310005')).toMatchObject({ display: '378282•••••0005' })
    for (const [number] of published) {
      const result = card(number)
      if (!result.valid) throw new Error('expected a valid card')
      expect(result.display.replace(/•/g, '').length).toBe(10)
    }
  })

  it('rejects every single-digit change with Luhn', () => {
    for (const changed of singleDigitChanges('4111111111111111')) {
      expect(card(changed).valid, changed).toBe(false)
    }
    expect(card('4111111111111112')).toEqual({ valid: false, kind: 'payment_card', reason: 'checksum' })
  })

  it('says range for numbers outside every scheme and format for a length the scheme does not use', () => {
    expect(card(appendLuhn('123456789012345'))).toMatchObject({ reason: 'range' })
    expect(card(appendLuhn('900000000000000'))).toMatchObject({ reason: 'range' })
    expect(card(appendLuhn('371449635398431'))).toMatchObject({ reason: 'format' }) // Amex with 16 digits
    expect(card(appendLuhn('41111111111111'))).toMatchObject({ reason: 'format' }) // Visa with 15 digits
    expect(card('4111 1111')).toMatchObject({ reason: 'format' })
    expect(card('4111 1111 1111 111X')).toMatchObject({ reason: 'format' })
  })

  it('covers the Mastercard 2221-2720 range exactly', () => {
    expect(card(appendLuhn('222100000000000'))).toMatchObject({ variant: 'mastercard' })
    expect(card(appendLuhn('272099999999999'))).toMatchObject({ variant: 'mastercard' })
    expect(card(appendLuhn('222099999999999'))).toMatchObject({ reason: 'range' })
    expect(card(appendLuhn('272100000000000'))).toMatchObject({ reason: 'range' })
  })

  it('accepts random Luhn-valid Visa numbers and rejects their Luhn-invalid twins', () => {
    const random = rng(4)
    for (let n = 0; n < 3000; n++) {
      const length = [13, 16, 19][int(random, 0, 2)] as number
      const valid = appendLuhn(`4${digits(random, length - 2)}`)
      expect(card(valid).valid, valid).toBe(true)
      const twin = `${valid.slice(0, -1)}${(Number(valid.slice(-1)) + int(random, 1, 9)) % 10}`
      expect(card(twin).valid, twin).toBe(false)
    }
  })
})

describe('isCardGrouping', () => {
  it('accepts the groupings cards are printed in and nothing else', () => {
    expect(isCardGrouping([16], [])).toBe(true)
    expect(isCardGrouping([4, 4, 4, 4], [' ', ' ', ' '])).toBe(true)
    expect(isCardGrouping([4, 6, 5], ['-', '-'])).toBe(true)
    expect(isCardGrouping([4, 4, 4, 4, 3], [' ', ' ', ' ', ' '])).toBe(true)
    expect(isCardGrouping([4, 4, 4, 4], [' ', '-', ' '])).toBe(false)
    expect(isCardGrouping([3, 3, 4, 3, 3], [' ', ' ', ' ', ' '])).toBe(false)
    expect(isCardGrouping([12], [])).toBe(false)
    expect(isCardGrouping([20], [])).toBe(false)
  })
})
