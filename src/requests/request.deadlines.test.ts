import { describe, expect, it } from 'vitest'
import {
  addMonths,
  dueDate,
  isCalendarDay,
  isOverdue,
  latestExtension,
  localDay,
} from './request.deadlines.js'

describe('request deadlines', () => {
  it('adds calendar months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-11-20', 1)).toBe('2026-12-20')
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15')
    expect(latestExtension('2026-11-30')).toBe('2027-02-28')
  })

  it('counts 30 days when the organisation chooses so', () => {
    expect(dueDate('2027-01-31', 'days30')).toBe('2027-03-02')
    expect(dueDate('2027-01-31', 'month')).toBe('2027-02-28')
  })

  it('takes the day of receipt in the organisation’s time zone', () => {
    // 23:30 UTC on 31 January is already 1 February in Copenhagen.
    expect(localDay(new Date('2027-01-31T23:30:00Z'), 'Europe/Copenhagen')).toBe('2027-02-01')
    expect(localDay(new Date('2027-01-31T22:30:00Z'), 'Europe/Copenhagen')).toBe('2027-01-31')
  })

  it('is overdue only after the whole due day', () => {
    expect(isOverdue('2026-12-20', '2026-12-20')).toBe(false)
    expect(isOverdue('2026-12-20', '2026-12-21')).toBe(true)
    expect(isOverdue(null, '2026-12-21')).toBe(false)
  })

  it('knows real calendar days', () => {
    expect(isCalendarDay('2027-02-28')).toBe(true)
    expect(isCalendarDay('2027-02-30')).toBe(false)
    expect(isCalendarDay('27-02-01')).toBe(false)
  })
})
