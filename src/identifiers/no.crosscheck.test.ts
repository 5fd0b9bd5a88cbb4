import { validateNorwegianIdNumber } from 'norwegian-national-id-validator'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { appendFnrControls, digits, int, NOW, pad, rng } from './testing.js'
import { validateIdentifier } from './validate.js'

const fnr = (input: string) => validateIdentifier('no_fnr', input, { now: NOW })

describe('no_fnr cross-checked with norwegian-national-id-validator', () => {
  // The library reads the real clock; freeze it at our NOW so both sides judge the same day.
  beforeAll(() => vi.useFakeTimers({ now: NOW, toFake: ['Date'] }))
  afterAll(() => vi.useRealTimers())

  function candidates(): string[] {
    const random = rng(47)
    const out: string[] = []
    while (out.length < 6000) {
      const day = int(random, 1, 31)
      const month = int(random, 1, 12)
      const shift = int(random, 0, 5)
      // 0: plain, 1: D, 2: H, 3: synthetic, 4: FH, 5: random digits
      const dd = shift === 1 ? day + 40 : shift === 4 ? int(random, 80, 99) : day
      const mm = shift === 2 ? month + 40 : shift === 3 ? month + 80 : month
      const nine = `${pad(dd, 2)}${pad(mm, 2)}${pad(int(random, 0, 99), 2)}${pad(int(random, 0, 999), 3)}`
      const value = shift === 5 ? digits(random, 11) : appendFnrControls(nine)
      if (value) out.push(value)
    }
    return out
  }

  it('agrees on thousands of numbers except for the documented differences', () => {
    let bothValid = 0
    let bothInvalid = 0
    for (const value of candidates()) {
      const ours = fnr(value).valid
      const theirs = validateNorwegianIdNumber(value)
      if (ours === theirs) {
        if (ours) bothValid++
        else bothInvalid++
        continue
      }
      const first = Number(value[0])
      const third = Number(value[2])
      const individual = Number(value.slice(6, 9))
      const yy = Number(value.slice(4, 6))
      if (first >= 8) {
        // FH-numbers: the library accepts them; we reject them, they carry no birth date.
        expect({ value, ours, theirs }).toEqual({ value, ours: false, theirs: true })
      } else if (third >= 8) {
        // Tenor synthetic numbers (month + 80): accepted by us on purpose, unknown to the library.
        expect({ value, ours, theirs }).toEqual({ value, ours: true, theirs: false })
      } else {
        // D-numbers with individual number 500+ and year 40+: the library always reads 20YY (a future
        // year); we apply Skatteetaten's table (1854-1899 or 1940-1999) as for any fødselsnummer.
        expect({ value, ours, d: first >= 4, individual500: individual >= 500, yy40: yy >= 40 }).toEqual({
          value,
          ours: true,
          d: true,
          individual500: true,
          yy40: true,
        })
      }
    }
    // Both outcomes must be well represented, or the comparison proves little.
    expect(bothValid).toBeGreaterThan(1500)
    expect(bothInvalid).toBeGreaterThan(1500)
  })
})
