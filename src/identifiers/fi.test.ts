import { describe, expect, it } from 'vitest'
import { digits, hetuWithCheck, NOW, rng, singleDigitChanges } from './testing.js'
import { validateIdentifier } from './validate.js'

const hetu = (input: string, now = NOW) => validateIdentifier('fi_hetu', input, { now })
const ytunnus = (input: string) => validateIdentifier('fi_ytunnus', input)

describe('fi_hetu', () => {
  it('accepts the official example 131052-308T', () => {
    // DVV's example person Maija Mäkinotkelma (also on Wikipedia): born 13 October 1952.
    expect(hetu('131052-308T')).toEqual({
      valid: true,
      kind: 'fi_hetu',
      normalized: '131052-308T',
      display: '131052-308T',
      birthDate: '1952-10-13',
    })
    expect(hetu('131052-308t')).toMatchObject({ valid: true, normalized: '131052-308T' })
  })

  it("accepts DVV's fictitious test persons with the century signs introduced in 2023", () => {
    // DVV's test-person spreadsheet for the new century signs (listed on dimarchi.net/test/new-ssn).
    const dvv = [
      '010594Y9032',
      '010594Y9021',
      '020594X903P',
      '020594X902N',
      '030594W903B',
      '030694W9024',
      '040594V9030',
      '040594V902Y',
      '050594U903M',
      '050594U902L',
      '010516B903X',
      '010516B902W',
      '020516C903K',
      '020516C902J',
      '030516D9037',
      '030516D9026',
      '010501E9032',
      '020502E902X',
      '020503F9037',
      '020504A902E',
      '020504B904H',
    ]
    for (const code of dvv) expect(hetu(code), code).toMatchObject({ valid: true, variant: 'temporary' })
    expect(hetu('010594Y9032')).toMatchObject({ birthDate: '1994-05-01' })
    expect(hetu('010516B903X')).toMatchObject({ birthDate: '2016-05-01' })
    // DVV press release, 11 Dec 2023: 100190-999P and 100190Y999P are different people.
    expect(hetu('100190-999P')).toMatchObject({ valid: true, normalized: '100190-999P' })
    expect(hetu('100190Y999P')).toMatchObject({ valid: true, normalized: '100190Y999P' })
  })

  it('reads the 1800s from the plus sign', () => {
    expect(hetu(hetuWithCheck('010199', '+', '123'))).toMatchObject({ valid: true, birthDate: '1899-01-01' })
  })

  it('gives the reasons: format, date, range and checksum', () => {
    expect(hetu('131052308T')).toMatchObject({ reason: 'format' })
    expect(hetu('131052Z308T')).toMatchObject({ reason: 'format' }) // Z is no century sign
    expect(hetu(hetuWithCheck('300252', '-', '308'))).toMatchObject({ reason: 'date' }) // 30 February
    expect(hetu(hetuWithCheck('010130', 'A', '308'))).toMatchObject({ reason: 'date' }) // 2030
    expect(hetu(hetuWithCheck('131052', '-', '001'))).toMatchObject({ reason: 'range' })
    expect(hetu('131052-308U')).toMatchObject({ reason: 'checksum' })
    for (const changed of singleDigitChanges('131052-308T')) {
      expect(hetu(changed).valid, changed).toBe(false)
    }
  })
})

describe('fi_ytunnus', () => {
  // From the YTJ business information system: Nokia Oyj 0112038-9, Kone Oyj 1927400-1,
  // UPM-Kymmene Oyj 1041090-0, Finnair Oyj 0108023-3.
  const published = ['0112038-9', '1927400-1', '1041090-0', '0108023-3']

  it('accepts published business IDs', () => {
    expect(ytunnus('0112038-9')).toEqual({
      valid: true,
      kind: 'fi_ytunnus',
      normalized: '01120389',
      display: '0112038-9',
    })
    for (const id of published) expect(ytunnus(id).valid, id).toBe(true)
  })

  it('pads the legacy 6-digit form and accepts the VAT form', () => {
    expect(ytunnus('112038-9')).toMatchObject({ valid: true, normalized: '01120389', display: '0112038-9' })
    expect(ytunnus('FI01120389')).toMatchObject({ valid: true, normalized: '01120389' })
    expect(ytunnus('01120389')).toMatchObject({ valid: true })
  })

  it('rejects every single-digit change and every completion of a prefix with remainder 1', () => {
    for (const id of published) {
      for (const changed of singleDigitChanges(id)) expect(ytunnus(changed).valid, changed).toBe(false)
    }
    const weights = [7, 9, 10, 5, 8, 4, 2]
    const random = rng(3)
    let prefix = ''
    while (prefix === '') {
      const candidate = digits(random, 7)
      if (weights.reduce((s, w, i) => s + w * Number(candidate[i]), 0) % 11 === 1) prefix = candidate
    }
    for (let d = 0; d <= 9; d++) expect(ytunnus(`${prefix}-${d}`)).toMatchObject({ reason: 'checksum' })
    expect(ytunnus('0112038-')).toMatchObject({ reason: 'format' })
  })
})
