import { describe, expect, it } from 'vitest'
import { findCardNumber } from './free-text.js'
import { NOW } from './testing.js'

describe('findCardNumber', () => {
  it('names the first free-text field holding a card, with array positions, never the number', () => {
    const input = {
      name: 'Webshop',
      hosting: { country: 'DK', note: 'ok' },
      measures: [
        { measure: 'backups', note: 'Nightly' },
        { measure: 'logging', note: 'test card 4111 1111 1111 1111' },
      ],
      owner: '5555-5555-5555-4444',
    }
    expect(findCardNumber(input, { now: NOW })).toBe('measures.1.note')
    expect(findCardNumber({ retention: { description: 'Kort 4111-1111-1111-1111' } }, { now: NOW })).toBe(
      'retention.description',
    )
  })

  it('leaves out skipped paths and everything under them, and values that are not text', () => {
    const skip = new Set(['ids', 'measures.measure'])
    const input = {
      ids: ['4111111111111111'],
      measures: [{ measure: '4111111111111111', note: null }],
      count: 4111111111111111,
      on: true,
    }
    expect(findCardNumber(input, { now: NOW, skip })).toBeNull()
    expect(findCardNumber(input, { now: NOW })).toBe('ids.0')
  })

  it('accepts 16 digits that fail Luhn or match no issuer, and order or phone numbers', () => {
    for (const text of [
      '4111 1111 1111 1112',
      '9999 9999 9999 9995',
      'Ordre 100234, tlf. +45 20 12 34 56',
      'CVR 24256790, EAN 5790000000005',
    ])
      expect(findCardNumber({ text }, { now: NOW }), text).toBeNull()
  })
})
