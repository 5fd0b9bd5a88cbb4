import personnummer from 'personnummer'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { appendLuhn, digits, int, NOW, pad, rng } from './testing.js'
import { validateIdentifier } from './validate.js'

// The package ships CommonJS types with `export default`, so under nodenext the class is typed as
// `.default`, while vitest loads its ES module build where the import is the class itself.
type PersonnummerClass = typeof personnummer.default
const Personnummer: PersonnummerClass =
  (personnummer as unknown as { default?: PersonnummerClass }).default ??
  (personnummer as unknown as PersonnummerClass)

const pnr = (input: string) => validateIdentifier('se_pnr', input, { now: NOW })

describe('se_pnr cross-checked with personnummer', () => {
  beforeAll(() => vi.useFakeTimers({ now: NOW, toFake: ['Date'] }))
  afterAll(() => vi.useRealTimers())

  function candidates(): string[] {
    const random = rng(46)
    const out: string[] = []
    for (let n = 0; n < 6000; n++) {
      const shape = int(random, 0, 3)
      if (shape === 3) {
        out.push(digits(random, int(random, 0, 1) ? 10 : 12))
        continue
      }
      const year = int(random, 1880, 2030)
      const day = int(random, 0, 32) + (int(random, 0, 3) === 0 ? 60 : 0)
      const nine = `${pad(year % 100, 2)}${pad(int(random, 0, 13), 2)}${pad(day, 2)}${pad(int(random, 0, 999), 3)}`
      const ten = int(random, 0, 9) === 0 ? `${nine}${int(random, 0, 9)}` : appendLuhn(nine)
      if (shape === 0) out.push(`${Math.floor(year / 100)}${ten}`)
      else out.push(`${ten.slice(0, 6)}${int(random, 0, 1) ? '-' : '+'}${ten.slice(6)}`)
    }
    return out
  }

  // The birth date as the library reads it: 10-digit forms take the latest matching year (minus 100
  // after '+'), the same rule we apply. Only used to explain differences.
  function libraryDate(value: string): { century: number; month: number; day: number; year: number } {
    const compact = value.replace(/[-+]/, '')
    const thisYear = NOW.getUTCFullYear()
    const yy = Number(compact.slice(-10, -8))
    let year = thisYear - ((thisYear - yy) % 100) - (value.includes('+') ? 100 : 0)
    if (compact.length === 12) year = Number(compact.slice(0, 4))
    const rawDay = Number(compact.slice(-6, -4))
    return { century: Math.floor(year / 100), month: Number(compact.slice(-8, -6)), day: rawDay % 60, year }
  }

  it('agrees on thousands of numbers except for the documented differences', () => {
    let bothValid = 0
    let bothInvalid = 0
    for (const value of candidates()) {
      const ours = pnr(value).valid
      const theirs = Personnummer.valid(value)
      if (ours === theirs) {
        if (ours) bothValid++
        else bothInvalid++
        continue
      }
      const { century, month, day, year } = libraryDate(value)
      const future = Date.UTC(year, Math.max(month, 1) - 1, Math.max(day, 1)) > NOW.getTime()
      const why = ours
        ? { unknownMonthOrDay: month === 0 || day === 0 }
        : { future, unknownCentury: century < 18 || century > 20 }
      // We accept samordningsnummer with month 00 / day 60 (Skatteverket issues them); we reject future
      // birth dates and centuries other than 18, 19 and 20, which the library lets through.
      expect({ value, why: Object.values(why).some(Boolean) }).toEqual({ value, why: true })
    }
    expect(bothValid).toBeGreaterThan(1000)
    expect(bothInvalid).toBeGreaterThan(1000)
  })
})
