import { describe, expect, it } from 'vitest'
import { type Finding, scanText } from './scan.js'
import { digits, int, NOW, pad, rng } from './testing.js'

const scan = (text: string) => scanText(text, { now: NOW })

// Builds a text from plain pieces and planted identifiers, recording where each planted one lands.
function compose(pieces: (string | [Finding['kind'], string])[]): { text: string; expected: Finding[] } {
  let text = ''
  const expected: Finding[] = []
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece
    } else {
      expected.push({ kind: piece[0], start: text.length, end: text.length + piece[1].length })
      text += piece[1]
    }
  }
  return { text, expected }
}

describe('scanText', () => {
  it('finds planted cards and identity numbers among order numbers, prices, phones and dates', () => {
    const { text, expected } = compose([
      'Order #100234 (ORD-2024-118273) of 14.06.2026, 1 299,00 kr incl. 25 % VAT. Paid with ',
      ['payment_card', '4111 1111 1111 1111'],
      ' exp 12/27, refund to ',
      ['payment_card', '3782-822463-10005'],
      '. Call +45 20 12 34 56 or 070-123 45 67 before 2026-06-20 12:00. CPR ',
      ['dk_cpr', '070761-4285'],
      ', fnr ',
      ['no_fnr', '020161 26007'],
      ', personnummer ',
      ['se_pnr', '640823-3234'],
      ' / ',
      ['se_pnr', '189001019802'],
      ', hetu ',
      ['fi_hetu', '131052-308T'],
      ' and ',
      ['fi_hetu', '010594Y9032'],
      '. Mastercard ',
      ['payment_card', '5555555555554444'],
      '; IBAN DK50 0040 0440 1162 43, EAN 5790987654321, postcode 2100, invoice 2026-118273.',
    ])
    expect(scan(text)).toEqual(expected)
  })

  it('reports numbers at the very start and end of the text, and in lists', () => {
    expect(scan('4242424242424242')).toEqual([{ kind: 'payment_card', start: 0, end: 16 }])
    expect(scan('(070761-4285)')).toEqual([{ kind: 'dk_cpr', start: 1, end: 12 }])
    const { text, expected } = compose([['dk_cpr', '070761-4285'], ',', ['fi_hetu', '131052-308T'], '.'])
    expect(scan(text)).toEqual(expected)
  })

  it('does not report numbers glued to other words or numbers', () => {
    for (const text of [
      'ID4111111111111111',
      '4111111111111111X',
      'ORD-070761-4285',
      '070761-4285-1',
      '12.4111111111111111',
      '4111111111111111.50',
      'x131052-308T',
      '131052-308TX',
      'SE45 4111 1111 1111 1111',
    ]) {
      expect(scan(text), text).toEqual([])
    }
    // Punctuation that ends a sentence is a boundary.
    expect(scan('My card: 4111111111111111.')).toEqual([{ kind: 'payment_card', start: 9, end: 25 }])
  })

  it('reports a bare 10-digit number only after a personal-number keyword', () => {
    expect(scan('Ring 0707614285 i morgen')).toEqual([])
    expect(scan('CPR-nr.: 0707614285')).toEqual([{ kind: 'dk_cpr', start: 9, end: 19 }])
    expect(scan('personnummer 6408233234')).toEqual([{ kind: 'se_pnr', start: 13, end: 23 }])
    expect(scan('Personal ID 6408233234')).toEqual([{ kind: 'se_pnr', start: 12, end: 22 }])
  })

  it('prefers CPR over personnummer for an ambiguous number only when "CPR" precedes it', () => {
    // '070761-4285' also reads as a samordningsnummer (2007-07-01, Luhn valid): rarer than a CPR date.
    expect(scan('Kunde 070761-4285')).toMatchObject([{ kind: 'dk_cpr' }])
    // Find a number whose Swedish reading is a plain personnummer and whose Danish reading is a date.
    const random = rng(1)
    let both = ''
    while (both === '') {
      const [a, b, c] = [int(random, 1, 28), int(random, 1, 12), int(random, 1, 28)]
      const candidate = `${pad(a, 2)}${pad(b, 2)}${pad(c, 2)}-${digits(random, 4)}`
      if (scan(candidate)[0]?.kind === 'se_pnr' && scan(`CPR ${candidate}`)[0]?.kind === 'dk_cpr')
        both = candidate
    }
    expect(scan(`Kunde ${both}`)).toMatchObject([{ kind: 'se_pnr' }])
    expect(scan(`CPR: ${both}`)).toMatchObject([{ kind: 'dk_cpr' }])
  })

  it('ignores Luhn-invalid card numbers and identity numbers with wrong check digits', () => {
    expect(scan('card 4111 1111 1111 1112, fnr 02016126008, hetu 131052-308U')).toEqual([])
  })
})
