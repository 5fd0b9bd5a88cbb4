import { describe, expect, it } from 'vitest'
import { appendLuhn, NOW, singleDigitChanges } from './testing.js'
import { validateIdentifier } from './validate.js'

const pnr = (input: string, now = NOW) => validateIdentifier('se_pnr', input, { now })
const orgnr = (input: string) => validateIdentifier('se_orgnr', input)

describe('se_pnr', () => {
  it("accepts Skatteverket's published test numbers", () => {
    // Skatteverket's test personnummer (via ActiveLogin.Identity's generated copy of the open data set).
    expect(pnr('189001019802')).toEqual({
      valid: true,
      kind: 'se_pnr',
      normalized: '189001019802',
      display: '900101+9802',
      birthDate: '1890-01-01',
    })
    expect(pnr('201912312392')).toMatchObject({ display: '191231-2392', birthDate: '2019-12-31' })
    expect(pnr('201908152398')).toMatchObject({ valid: true, birthDate: '2019-08-15' })
    // Brochure example of the check digit (quoted on personnummer.info): 640823-3234.
    expect(pnr('640823-3234')).toMatchObject({ normalized: '196408233234', birthDate: '1964-08-23' })
  })

  it("accepts Skatteverket's test samordningsnummer, including ones with an unknown month or day", () => {
    expect(pnr('195012742390')).toMatchObject({
      display: '501274-2390',
      birthDate: '1950-12-14',
      variant: 'samordningsnummer',
    })
    const monthUnknown = pnr('191500722390') // month 00
    expect(monthUnknown).toMatchObject({ valid: true, variant: 'samordningsnummer', display: '150072+2390' })
    expect(monthUnknown).not.toHaveProperty('birthDate')
    expect(pnr('191806602395')).toMatchObject({ valid: true, variant: 'samordningsnummer' }) // day 60
    // A personnummer proper always has a full date.
    expect(pnr(appendLuhn('640023323'))).toMatchObject({ valid: false, reason: 'date' })
  })

  it('resolves the century of 10-digit numbers from the separator and the year of the 100th birthday', () => {
    expect(pnr('640823+3234')).toMatchObject({ normalized: '186408233234', display: '640823+3234' })
    const aug1 = appendLuhn('260801123')
    // Folkbokföringslagen 18 §: '+' from the year the person turns 100, even before the birthday.
    expect(pnr(`${aug1.slice(0, 6)}+${aug1.slice(6)}`)).toMatchObject({ birthDate: '1926-08-01' })
    expect(pnr(`19${aug1}`)).toMatchObject({ display: `${aug1.slice(0, 6)}+${aug1.slice(6)}` })
    // With '-' it would be someone born 1 August 2026: not yet born on NOW.
    expect(pnr(`${aug1.slice(0, 6)}-${aug1.slice(6)}`)).toMatchObject({ valid: false, reason: 'date' })
    expect(pnr(aug1, new Date(Date.UTC(2026, 7, 2)))).toMatchObject({ birthDate: '2026-08-01' })
  })

  it('gives the reasons: format, date, range (birth number 000) and checksum', () => {
    expect(pnr('64082332')).toMatchObject({ reason: 'format' })
    expect(pnr('640823*3234')).toMatchObject({ reason: 'format' })
    expect(pnr(appendLuhn('640230123'))).toMatchObject({ reason: 'date' }) // 30 February
    expect(pnr(`17${appendLuhn('640823323')}`)).toMatchObject({ reason: 'date' }) // no 1700s
    expect(pnr(appendLuhn('640823000'))).toMatchObject({ reason: 'range' })
    for (const changed of singleDigitChanges('6408233234')) expect(pnr(changed).valid, changed).toBe(false)
  })
})

describe('se_orgnr', () => {
  // From Bolagsverket's register as printed in annual reports: AB Volvo 556012-5790, Telefonaktiebolaget
  // LM Ericsson 556016-0680, H & M Hennes & Mauritz AB 556042-7220; 556036-0793 is the brief's VAT example;
  // Skatteverket (a state authority) 202100-5489.
  const published = ['556012-5790', '556016-0680', '556042-7220', '556036-0793', '202100-5489']

  it('accepts published numbers in all accepted forms', () => {
    expect(orgnr('5560125790')).toEqual({
      valid: true,
      kind: 'se_orgnr',
      normalized: '5560125790',
      display: '556012-5790',
    })
    for (const number of published) expect(orgnr(number).valid).toBe(true)
    expect(orgnr('16556012-5790')).toMatchObject({ normalized: '5560125790' })
    expect(orgnr('SE556012579001')).toMatchObject({ normalized: '5560125790' })
  })

  it('rejects a personnummer (digits 3-4 below 20) with reason range', () => {
    expect(orgnr('640823-3234')).toEqual({ valid: false, kind: 'se_orgnr', reason: 'range' })
  })

  it('rejects every single-digit change that keeps digits 3-4 at 20 or more', () => {
    for (const number of published) {
      for (const changed of singleDigitChanges(number.replace('-', ''))) {
        expect(orgnr(changed).valid, changed).toBe(false)
      }
    }
    expect(orgnr('556012-579')).toMatchObject({ reason: 'format' })
  })
})
