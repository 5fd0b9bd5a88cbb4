import { describe, expect, it } from 'vitest'
import {
  type Country,
  companyNumberKind,
  describeInvalid,
  type IdentifierKind,
  type InvalidReason,
  personalNumberKind,
  validateIdentifier,
  vatNumber,
} from './index.js'
import { NOW } from './testing.js'

const KINDS: IdentifierKind[] = [
  'dk_cpr',
  'dk_cvr',
  'no_fnr',
  'no_orgnr',
  'se_pnr',
  'se_orgnr',
  'fi_hetu',
  'fi_ytunnus',
  'gln',
  'iban',
  'payment_card',
]
const REASONS: InvalidReason[] = ['empty', 'format', 'checksum', 'date', 'range', 'country']

describe('validateIdentifier', () => {
  it('says empty for blank input of every kind, and format for absurdly long input', () => {
    for (const kind of KINDS) {
      expect(validateIdentifier(kind, '')).toEqual({ valid: false, kind, reason: 'empty' })
      expect(validateIdentifier(kind, ' \t\n')).toMatchObject({ reason: 'empty' })
      expect(validateIdentifier(kind, '1'.repeat(65))).toMatchObject({ reason: 'format' })
    }
  })

  it('treats a missing value from an untyped caller as empty and rejects an unknown kind loudly', () => {
    expect(validateIdentifier('dk_cpr', undefined as unknown as string)).toMatchObject({ reason: 'empty' })
    expect(() => validateIdentifier('xx' as IdentifierKind, '123')).toThrow(TypeError)
  })

  it('uses the injected clock', () => {
    // Born 1 January 2027 (CPR digit 7 = 4, year 27 -> 2027): not valid until that day.
    expect(validateIdentifier('dk_cpr', '010127-4001', { now: NOW })).toMatchObject({ reason: 'date' })
    expect(validateIdentifier('dk_cpr', '010127-4001', { now: new Date('2027-01-01') })).toMatchObject({
      valid: true,
    })
  })
})

describe('describeInvalid', () => {
  it('has a short sentence for every kind and reason, never containing the rejected value', () => {
    const secret = '070761-4285'
    for (const kind of KINDS) {
      for (const reason of REASONS) {
        const sentence = describeInvalid(kind, reason)
        expect(sentence).toMatch(/^[A-Z][^\n]{10,110}$/)
        expect(sentence).not.toContain(secret)
        expect(sentence).not.toMatch(/\d{5}/)
      }
    }
  })

  it('uses the wording of the brief for CVR format and for check digits', () => {
    expect(describeInvalid('dk_cvr', 'format')).toBe('CVR number must be 8 digits, not starting with 0')
    expect(describeInvalid('no_orgnr', 'checksum')).toBe('Check digit does not match')
    expect(describeInvalid('fi_hetu', 'checksum')).toBe('Check character does not match')
  })
})

describe('country helpers', () => {
  it('map each country to its company and personal number kinds', () => {
    const countries: Country[] = ['DK', 'NO', 'SE', 'FI']
    expect(countries.map(companyNumberKind)).toEqual(['dk_cvr', 'no_orgnr', 'se_orgnr', 'fi_ytunnus'])
    expect(countries.map(personalNumberKind)).toEqual(['dk_cpr', 'no_fnr', 'se_pnr', 'fi_hetu'])
  })

  it('build VAT numbers as LEGAL.md describes them', () => {
    expect(vatNumber('dk_cvr', '24256790')).toBe('DK24256790')
    expect(vatNumber('no_orgnr', '923609016')).toBe('923609016MVA')
    expect(vatNumber('se_orgnr', '5560360793')).toBe('SE556036079301')
    expect(vatNumber('fi_ytunnus', '01120389')).toBe('FI01120389')
    // Display forms are accepted too, since they normalise to the same number.
    expect(vatNumber('fi_ytunnus', '0112038-9')).toBe('FI01120389')
  })

  it('return null for personal numbers, other kinds and numbers that do not validate', () => {
    expect(vatNumber('dk_cpr', '0707614285')).toBeNull()
    expect(vatNumber('iban', 'DK5000400440116243')).toBeNull()
    expect(vatNumber('dk_cvr', '24256791')).toBeNull()
    expect(vatNumber('se_orgnr', '')).toBeNull()
  })
})
