import { describe, expect, it } from 'vitest'
import { scanText } from './scan.js'
import { digits, int, NOW, pad, rng } from './testing.js'

const scan = (text: string) => scanText(text, { now: NOW })

describe('scanText on text without identifiers', () => {
  it('finds nothing in thousands of generated prices, dates, phone numbers and order numbers', () => {
    const random = rng(2026)
    const phone = () =>
      [
        `+45 ${int(random, 20, 99)} ${pad(int(random, 0, 99), 2)} ${pad(int(random, 0, 99), 2)} ${pad(int(random, 0, 99), 2)}`,
        `+45${int(random, 20, 99)}${digits(random, 6)}`,
        `+46 7${int(random, 0, 9)} ${digits(random, 3)} ${digits(random, 2)} ${digits(random, 2)}`,
        `07${int(random, 0, 9)}-${digits(random, 3)} ${digits(random, 2)} ${digits(random, 2)}`,
        `0${int(random, 7, 7)}${int(random, 0, 9)}${digits(random, 7)}`,
        `04${int(random, 0, 9)} ${digits(random, 3)} ${digits(random, 4)}`,
        `+358 4${int(random, 0, 9)} ${digits(random, 3)} ${digits(random, 4)}`,
        `+47 ${int(random, 4, 9)}${digits(random, 2)} ${digits(random, 2)} ${digits(random, 3)}`,
        `(+47) ${digits(random, 8)}`,
        `0046 ${digits(random, 2)} ${digits(random, 3)} ${digits(random, 2)} ${digits(random, 2)}`,
      ][int(random, 0, 9)] as string
    const date = () => {
      const [y, m, d] = [int(random, 1900, 2030), pad(int(random, 1, 12), 2), pad(int(random, 1, 28), 2)]
      return [
        `${y}-${m}-${d}`,
        `${d}.${m}.${y}`,
        `${d}/${m}/${y}`,
        `${y}${m}${d}`,
        `${y}-${m}-${d}T10:15:00Z`,
      ][int(random, 0, 4)] as string
    }
    const price = () =>
      [
        `${int(random, 1, 999)} ${pad(int(random, 0, 999), 3)},${pad(int(random, 0, 99), 2)} kr`,
        `€ ${int(random, 1, 999)}.${pad(int(random, 0, 999), 3)},${pad(int(random, 0, 99), 2)}`,
        `$${int(random, 1, 999)},${pad(int(random, 0, 999), 3)}.${pad(int(random, 0, 99), 2)}`,
        `${int(random, 1, 99)} ${pad(int(random, 0, 999), 3)} ${pad(int(random, 0, 999), 3)} SEK`,
      ][int(random, 0, 3)] as string
    const order = () =>
      [
        `#${digits(random, int(random, 4, 9))}`,
        `ORD-${int(random, 2000, 2030)}-${digits(random, 6)}`,
        `order ${int(random, 2000, 2030)}/${digits(random, 6)}`,
        `INV-${digits(random, 10)}`,
        `ref ${digits(random, 10)}`,
        `${digits(random, 8)}`,
      ][int(random, 0, 5)] as string
    const makers = [phone, date, price, order]
    for (let n = 0; n < 300; n++) {
      const pieces: string[] = []
      for (let k = 0; k < 15; k++) pieces.push((makers[int(random, 0, 3)] as () => string)())
      const text = pieces.join(int(random, 0, 1) ? ', ' : ' and ')
      expect(scan(text), text).toEqual([])
    }
  })

  it('keeps false positives on random 11- and 12-digit numbers rare', () => {
    const random = rng(11)
    let flagged = 0
    const samples = 20000
    for (let n = 0; n < samples; n++) {
      if (scan(`Order ${digits(random, 11 + (n % 2))} shipped`).length > 0) flagged++
    }
    // Two check digits (NO) or Luhn plus a century and a date (SE) leave well under 1 in 200.
    expect(flagged / samples).toBeLessThan(0.005)
  })

  it('handles adversarial input without findings', () => {
    expect(scan('1 '.repeat(50000))).toEqual([])
    expect(scan('4'.repeat(100000))).toEqual([])
    expect(scan('-1+2'.repeat(30000))).toEqual([])
    expect(scan('')).toEqual([])
  })
})
