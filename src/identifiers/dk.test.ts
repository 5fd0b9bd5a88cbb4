import { describe, expect, it } from 'vitest'
import { digits, int, NOW, pad, rng, singleDigitChanges } from './testing.js'
import { validateIdentifier } from './validate.js'

const cpr = (input: string, now = NOW) => validateIdentifier('dk_cpr', input, { now })
const cvr = (input: string) => validateIdentifier('dk_cvr', input)

// The century table as cpr.dk publishes it: rows are the 7th digit, columns the two-digit year ranges
// 00-36, 37-57 and 58-99; each cell is the century. Written as data here, as a lookup, so it is an
// independent oracle for the arithmetic in dk.ts.
const CPR_CENTURIES: Record<number, [number, number, number]> = {
  0: [1900, 1900, 1900],
  1: [1900, 1900, 1900],
  2: [1900, 1900, 1900],
  3: [1900, 1900, 1900],
  4: [2000, 1900, 1900],
  5: [2000, 2000, 1800],
  6: [2000, 2000, 1800],
  7: [2000, 2000, 1800],
  8: [2000, 2000, 1800],
  9: [2000, 1900, 1900],
}

function oracleBirthDate(value: string, now: Date): string | null {
  const [dd, mm, yy, seventh] = [
    value.slice(0, 2),
    value.slice(2, 4),
    Number(value.slice(4, 6)),
    Number(value[6]),
  ]
  const column = yy <= 36 ? 0 : yy <= 57 ? 1 : 2
  const year = (CPR_CENTURIES[seventh] as [number, number, number])[column] + yy
  const iso = `${year}-${mm}-${dd}`
  const date = new Date(`${iso}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null
  return date.getTime() > now.getTime() ? null : iso
}

const mod11 = (value: string) =>
  [...value].reduce((sum, d, i) => sum + Number(d) * ([4, 3, 2, 7, 6, 5, 4, 3, 2, 1][i] ?? 0), 0) % 11 === 0

describe('dk_cpr', () => {
  it('accepts the documented example and returns canonical, display and birth date', () => {
    expect(cpr('070761-4285')).toEqual({
      valid: true,
      kind: 'dk_cpr',
      normalized: '0707614285',
      display: '070761-4285',
      birthDate: '1961-07-07',
    })
    expect(cpr(' 0707614285 ')).toMatchObject({ valid: true, normalized: '0707614285' })
    expect(cpr('070761\u20134285')).toMatchObject({ valid: true }) // en dash from a word processor
  })

  it('never rejects on mod 11: cpr.dk issued the first number without it on 1 Oct 2007, born 010165', () => {
    // Any serial works; pick one that fails the old check, as numbers issued since 2007 may.
    const serial = ['0001', '0002', '0003', '0004', '0005'].find((s) => !mod11(`010165${s}`)) as string
    expect(mod11(`010165${serial}`)).toBe(false)
    expect(cpr(`010165-${serial}`)).toMatchObject({ valid: true, birthDate: '1965-01-01' })
  })

  it('agrees with the cpr.dk century table on random numbers, with or without a valid mod-11 digit', () => {
    const random = rng(45)
    let failingMod11 = 0
    for (let n = 0; n < 5000; n++) {
      const value = `${pad(int(random, 0, 35), 2)}${pad(int(random, 0, 13), 2)}${digits(random, 6)}`
      const expected = oracleBirthDate(value, NOW)
      const result = cpr(value)
      expect(result.valid ? result.birthDate : null).toBe(expected)
      if (result.valid && !mod11(value)) failingMod11++
    }
    expect(failingMod11).toBeGreaterThan(100)
  })

  it('resolves the century from the 7th digit', () => {
    expect(cpr('010203-4001')).toMatchObject({ birthDate: '2003-02-01' })
    expect(cpr('010240-4001')).toMatchObject({ birthDate: '1940-02-01' })
    expect(cpr('010260-5001')).toMatchObject({ birthDate: '1860-02-01' })
    expect(cpr('010250-9001')).toMatchObject({ birthDate: '1950-02-01' })
  })

  it('rejects impossible and future dates, and malformed input', () => {
    expect(cpr('300261-1234')).toEqual({ valid: false, kind: 'dk_cpr', reason: 'date' }) // 30 February
    expect(cpr('290201-1234')).toMatchObject({ reason: 'date' }) // 1901 was not a leap year
    expect(cpr('290200-4234')).toMatchObject({ valid: true }) // 2000 was
    expect(cpr('010150-5001')).toMatchObject({ reason: 'date' }) // 2050
    expect(cpr('010127-5001', new Date(Date.UTC(2027, 0, 1)))).toMatchObject({ valid: true })
    expect(cpr('0707614')).toMatchObject({ reason: 'format' })
    expect(cpr('070761-428A')).toMatchObject({ reason: 'format' })
    expect(cpr('   ')).toMatchObject({ reason: 'empty' })
  })
})

describe('dk_cvr', () => {
  // From the CVR register (datacvr.virk.dk): Novo Nordisk A/S, A.P. Møller - Mærsk A/S, Carlsberg A/S,
  // Danske Bank A/S, LEGO A/S; 13748136 is Erhvervsstyrelsen's worked example of the modulus 11 check.
  const published = ['24256790', '22756214', '61056416', '61126228', '54562519', '13748136']

  it('accepts published CVR numbers', () => {
    for (const number of published) {
      expect(cvr(number)).toEqual({ valid: true, kind: 'dk_cvr', normalized: number, display: number })
    }
  })

  it('accepts the VAT form and spaced forms', () => {
    expect(cvr('DK24256790')).toMatchObject({ valid: true, normalized: '24256790' })
    expect(cvr('dk 24 25 67 90')).toMatchObject({ valid: true, normalized: '24256790' })
  })

  it('rejects every single-digit change of a published number', () => {
    for (const number of published) {
      for (const changed of singleDigitChanges(number)) {
        expect(cvr(changed).valid, changed).toBe(false)
      }
    }
  })

  it('says format for a leading 0 or a wrong length, checksum otherwise', () => {
    expect(cvr('04256790')).toMatchObject({ reason: 'format' })
    expect(cvr('2425679')).toMatchObject({ reason: 'format' })
    expect(cvr('24256791')).toMatchObject({ reason: 'checksum' })
  })
})
