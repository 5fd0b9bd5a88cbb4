import { expect, it } from 'vitest'
import { clockState, fromWallClock, toWallClock } from './breach.clock.js'

const CPH = 'Europe/Copenhagen'

it('reads and shows wall-clock times in the organisation’s zone across DST', () => {
  const at = (s: string) => fromWallClock(s, CPH)?.toISOString()
  expect(at('2026-03-28T10:00')).toBe('2026-03-28T09:00:00.000Z') // CET
  expect(at('2026-03-29T10:00')).toBe('2026-03-29T08:00:00.000Z') // the day summer time starts
  expect(at('2026-03-29T01:30')).toBe('2026-03-29T00:30:00.000Z') // before the change that night
  expect(at('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z') // in the gap: moves forward, 03:30 CEST
  expect(at('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z') // repeated hour: the first
  expect(at('2026-10-25T10:00')).toBe('2026-10-25T09:00:00.000Z') // CET again
  expect(at('2026-02-30T10:00')).toBeUndefined()
  expect(at('yesterday')).toBeUndefined()
  expect(toWallClock(new Date('2026-03-29T08:00:00Z'), CPH)).toBe('2026-03-29T10:00')
  expect(toWallClock(new Date('2026-10-25T00:30:00Z'), 'Europe/Helsinki')).toBe('2026-10-25T03:30')
})

it('runs the 72 hours as elapsed time, so the deadline moves on the wall clock across DST', () => {
  // Aware Saturday 10:00 CET; summer time starts Sunday: 72 hours later it is Tuesday 11:00 CEST.
  const aware = fromWallClock('2026-03-28T10:00', CPH) as Date
  const { deadline } = clockState(aware, aware)
  expect(deadline.toISOString()).toBe('2026-03-31T09:00:00.000Z')
  expect(toWallClock(deadline, CPH)).toBe('2026-03-31T11:00')
  // And in autumn the wall clock gives an hour back: Friday 10:00 CEST → Monday 09:00 CET.
  const autumn = fromWallClock('2026-10-23T10:00', CPH) as Date
  expect(toWallClock(clockState(autumn, autumn).deadline, CPH)).toBe('2026-10-26T09:00')
})
