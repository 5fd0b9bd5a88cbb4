import { describe, expect, it } from 'vitest'
import { parseCountry, parseDate, preparePerson } from './people.js'

const NOW = new Date('2026-11-20T10:00:00Z')
const settings = {
  mapping: {
    email: 'Mail',
    phone: 'Tlf',
    country: 'Land',
    firstContactAt: 'Oprettet',
    companyNumber: 'CVR',
    companyName: 'Firma',
  },
  system: 'shop',
  relationship: 'customer' as const,
}
const row = (values: Record<string, string>) => ({ row: 2, values })

describe('reading a row of a customer export', () => {
  it('reads dates as exports write them, day first, and refuses impossible ones', () => {
    expect(parseDate('2024-03-01')).toBe('2024-03-01T00:00:00.000Z')
    expect(parseDate('2024-03-01 14:30:00')).toBe('2024-03-01T14:30:00.000Z')
    expect(parseDate('2024-03-01T14:30:00+02:00')).toBe('2024-03-01T12:30:00.000Z')
    expect(parseDate('01-03-2024')).toBe('2024-03-01T00:00:00.000Z')
    expect(parseDate('1.3.2024')).toBe('2024-03-01T00:00:00.000Z')
    expect(parseDate('01/03/2024 09.15')).toBe('2024-03-01T09:15:00.000Z')
    for (const bad of ['31-02-2024', '2024-13-01', '03/31/2024', 'i går', ''])
      expect(parseDate(bad), bad).toBeNull()
  })

  it('reads countries as codes or names in the Nordic languages and English', () => {
    for (const [text, code] of [
      ['dk', 'DK'],
      ['Danmark', 'DK'],
      ['Tanska', 'DK'],
      ['Norge', 'NO'],
      ['Sverige', 'SE'],
      ['Suomi', 'FI'],
      ['Germany', 'DE'],
      ['Tyskland', 'DE'],
    ])
      expect(parseCountry(text as string), text).toBe(code)
    expect(parseCountry('Atlantis')).toBeNull()
  })

  it("reads a phone without country code as a number of the row's country", () => {
    const swedish = preparePerson(
      row({ Mail: 'a@example.se', Tlf: '070-123 45 67', Land: 'Sverige' }),
      settings,
      'DK',
      NOW,
    )
    expect(swedish.ok && swedish.person.profile.phone).toBe('+46701234567')
    const home = preparePerson(
      row({ Mail: 'b@example.dk', Tlf: '20 12 34 56', Land: '' }),
      settings,
      'DK',
      NOW,
    )
    expect(home.ok && home.person.profile.phone).toBe('+4520123456')
  })

  it('links a company contact by its checked registration number, and refuses a wrong one', () => {
    const ok = preparePerson(
      row({ Mail: 'c@firma.dk', CVR: '10150817', Firma: 'Nordlys ApS' }),
      settings,
      'DK',
      NOW,
    )
    expect(ok.ok && ok.person.company).toEqual({
      name: 'Nordlys ApS',
      number: { kind: 'dk_cvr', value: '10150817' },
    })
    const bad = preparePerson(row({ Mail: 'c@firma.dk', CVR: '10150818' }), settings, 'DK', NOW)
    expect(bad).toEqual({ ok: false, problems: [{ row: 2, column: 'CVR', rule: 'check_digit' }] })
  })

  it('refuses dates in the future and rows nobody could recognise again', () => {
    expect(preparePerson(row({ Mail: 'd@example.dk', Oprettet: '2031-01-01' }), settings, 'DK', NOW)).toEqual(
      {
        ok: false,
        problems: [{ row: 2, column: 'Oprettet', rule: 'range' }],
      },
    )
    expect(preparePerson(row({ Mail: '', Tlf: '20123456' }), settings, 'DK', NOW)).toEqual({
      ok: false,
      problems: [{ row: 2, column: 'Mail', rule: 'no_key' }],
    })
  })
})
