import { describe, expect, it } from 'vitest'
import { appendFnrControls, digits, NOW, pad, rng, singleDigitChanges } from './testing.js'
import { validateIdentifier } from './validate.js'

const fnr = (input: string, now = NOW) => validateIdentifier('no_fnr', input, { now })
const orgnr = (input: string) => validateIdentifier('no_orgnr', input)
const AFTER_2032 = new Date(Date.UTC(2032, 0, 3))

// Smallest individual number from `start` that gives valid control digits.
function build(ddmmyy: string, start: number): string {
  for (let i = start; i < start + 30; i++) {
    const value = appendFnrControls(`${ddmmyy}${pad(i, 3)}`)
    if (value) return value
  }
  throw new Error('no individual number found')
}

describe('no_fnr', () => {
  it('accepts published examples and derives the birth date from the individual number', () => {
    // matematikk.org, "Er fødselsnummeret gyldig?": 020161 26007, born 2 January 1961.
    expect(fnr('020161 26007')).toEqual({
      valid: true,
      kind: 'no_fnr',
      normalized: '02016126007',
      display: '020161 26007',
      birthDate: '1961-01-02',
    })
    // fnrinfo.no, "Beregning av kontrollsiffer": 311299567 + 15; individual 500-749 with year 99 is 1899.
    expect(fnr('31129956715')).toMatchObject({ valid: true, birthDate: '1899-12-31' })
    // Skatteetaten, "Nytt fødselsnummer fra 2032": issued under today's rule (remainder 0).
    expect(fnr('30108299920')).toMatchObject({ valid: true, birthDate: '1982-10-30' })
  })

  it('applies the relaxed first control digit only from 1 January 2032 (Skatteetaten example)', () => {
    // 30108299939 leaves remainder 1 on the first control digit: only valid under the 2032 rule.
    expect(fnr('30108299939')).toMatchObject({ valid: false, reason: 'checksum' })
    expect(fnr('30108299939', AFTER_2032)).toMatchObject({ valid: true, birthDate: '1982-10-30' })
    // The second control digit is unchanged: changing it stays invalid after 2032.
    expect(fnr('30108299938', AFTER_2032)).toMatchObject({ valid: false, reason: 'checksum' })
    // The doc's first 2032 number, born 2 January 2032: a future date today.
    expect(fnr('02013299997')).toMatchObject({ valid: false, reason: 'date' })
    expect(fnr('02013299997', AFTER_2032)).toMatchObject({ valid: true, birthDate: '2032-01-02' })
  })

  it('recognises D-, H- and synthetic Tenor numbers', () => {
    expect(fnr(build('420161', 260))).toMatchObject({ variant: 'd_nummer', birthDate: '1961-01-02' })
    expect(fnr(build('024161', 260))).toMatchObject({ variant: 'h_nummer', birthDate: '1961-01-02' })
    expect(fnr(build('028161', 260))).toMatchObject({ variant: 'synthetic', birthDate: '1961-01-02' })
    expect(fnr(build('428161', 260))).toMatchObject({
      variant: 'synthetic_d_nummer',
      birthDate: '1961-01-02',
    })
    expect(fnr('02016126007')).not.toHaveProperty('variant')
    // A D-number cannot also be an H-number.
    expect(fnr(build('424161', 260))).toMatchObject({ valid: false, reason: 'date' })
  })

  it('rejects FH-numbers, impossible dates and individual numbers outside the century table', () => {
    expect(fnr(build('811234', 100))).toMatchObject({ valid: false, reason: 'date' }) // FH: first digit 8
    expect(fnr(build('300261', 100))).toMatchObject({ reason: 'date' }) // 30 February
    expect(fnr(build('010145', 760))).toMatchObject({ reason: 'date' }) // 750-899 with year 45: no century
    expect(fnr(build('010199', 920))).toMatchObject({ valid: true, birthDate: '1999-01-01' })
    expect(fnr(build('010130', 520))).toMatchObject({ reason: 'date' }) // 2030 is in the future
  })

  it('says checksum for any single-digit change and format for wrong lengths', () => {
    for (const changed of singleDigitChanges('02016126007')) {
      expect(fnr(changed).valid, changed).toBe(false)
    }
    expect(fnr('0201612600')).toMatchObject({ reason: 'format' })
    expect(fnr('02016126008')).toMatchObject({ reason: 'checksum' })
  })
})

describe('no_orgnr', () => {
  // From Enhetsregisteret (brreg.no): Equinor ASA, DNB Bank ASA, Telenor ASA, Norsk Hydro ASA;
  // 123456785 is Brønnøysundregistrene's worked example of the check digit.
  const published = ['923609016', '984851006', '982463718', '914778271', '123456785']

  it('accepts published numbers and formats them in groups of three', () => {
    expect(orgnr('923609016')).toEqual({
      valid: true,
      kind: 'no_orgnr',
      normalized: '923609016',
      display: '923 609 016',
    })
    for (const number of published) expect(orgnr(number).valid).toBe(true)
  })

  it('accepts the VAT forms', () => {
    expect(orgnr('NO 923 609 016 MVA')).toMatchObject({ valid: true, normalized: '923609016' })
    expect(orgnr('923609016MVA')).toMatchObject({ valid: true, normalized: '923609016' })
  })

  it('rejects every single-digit change, and all completions of a prefix with remainder 1', () => {
    for (const number of published) {
      for (const changed of singleDigitChanges(number)) expect(orgnr(changed).valid, changed).toBe(false)
    }
    // 1 0 0 0 0 0 0 0 -> weighted sum 3 + ... find a prefix whose weighted sum leaves remainder 1.
    const weights = [3, 2, 7, 6, 5, 4, 3, 2]
    const random = rng(9)
    let prefix = ''
    while (prefix === '') {
      const candidate = digits(random, 8)
      if (weights.reduce((s, w, i) => s + w * Number(candidate[i]), 0) % 11 === 1) prefix = candidate
    }
    for (let d = 0; d <= 9; d++) expect(orgnr(`${prefix}${d}`)).toMatchObject({ reason: 'checksum' })
  })

  it('says format for wrong lengths', () => {
    expect(orgnr('92360901')).toMatchObject({ reason: 'format' })
    expect(orgnr('9236090161')).toMatchObject({ reason: 'format' })
  })
})
