import { FinnishSSN } from 'finnish-ssn'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { digits, hetuWithCheck, int, NOW, pad, rng } from './testing.js'
import { validateIdentifier } from './validate.js'

const hetu = (input: string) => validateIdentifier('fi_hetu', input, { now: NOW })

describe('fi_hetu cross-checked with finnish-ssn', () => {
  beforeAll(() => vi.useFakeTimers({ now: NOW, toFake: ['Date'] }))
  afterAll(() => vi.useRealTimers())

  it('agrees on thousands of codes except for the documented differences', () => {
    const random = rng(358)
    const signs = '+-YXWVUABCDEF'
    let bothValid = 0
    let bothInvalid = 0
    for (let n = 0; n < 6000; n++) {
      const ddmmyy = `${pad(int(random, 0, 32), 2)}${pad(int(random, 0, 13), 2)}${digits(random, 2)}`
      const sign = signs.charAt(int(random, 0, signs.length - 1))
      const nnn = pad(int(random, 0, 999), 3)
      let code = hetuWithCheck(ddmmyy, sign, nnn)
      if (int(random, 0, 4) === 0)
        code = `${code.slice(0, 10)}${'0123456789ABCDEFHJKLMNPRSTUVWXY'.charAt(int(random, 0, 30))}`
      const ours = hetu(code).valid
      const theirs = FinnishSSN.validate(code)
      if (ours === theirs) {
        if (ours) bothValid++
        else bothInvalid++
        continue
      }
      const yy = Number(code.slice(4, 6))
      const year = (sign === '+' ? 1800 : 'ABCDEF'.includes(sign) ? 2000 : 1900) + yy
      if (ours) {
        // The library only knows the '+' sign for 1850-1899; DVV has no such limit.
        expect({ code, sign, before1850: year < 1850 }).toEqual({ code, sign: '+', before1850: true })
      } else {
        // We reject individual numbers 000 and 001 (never issued) and birth dates after today.
        const future = Date.UTC(year, Number(code.slice(2, 4)) - 1, Number(code.slice(0, 2))) > NOW.getTime()
        expect({ code, explained: Number(nnn) < 2 || future }).toEqual({ code, explained: true })
      }
    }
    expect(bothValid).toBeGreaterThan(1000)
    expect(bothInvalid).toBeGreaterThan(1000)
  })
})
