import type { DeadlineRule } from './request.schema.js'

// Deadlines are calendar dates in the organisation's time zone: a request received at 23:30 in
// Copenhagen on 31 January counts from 31 January, whatever UTC says.

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at)
}

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number)
  return [y ?? 0, m ?? 1, d ?? 1]
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * `months` calendar months after a day; where that month is shorter, its last day (31 January + 1
 * month = 28 or 29 February), as periods are counted under Regulation 1182/71.
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = parts(day)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return format(year, month, Math.min(d, last))
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = parts(day)
  const date = new Date(Date.UTC(y, m - 1, d + days))
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** The due date of a request received on `receivedOn`: one month (Art. 12(3)), or 30 days by setting. */
export function dueDate(receivedOn: string, rule: DeadlineRule): string {
  return rule === 'days30' ? addDays(receivedOn, 30) : addMonths(receivedOn, 1)
}

/** The latest due date an extension may set: two further months, i.e. receipt + 3 months. */
export function latestExtension(receivedOn: string): string {
  return addMonths(receivedOn, 3)
}

/** Whether a request due on `dueOn` is overdue on `today`: the whole due day is still in time. */
export function isOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && today > dueOn
}

/** Whether a real calendar day is written (rejects 2026-02-30). */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false
  const [y, m, d] = parts(day)
  return addDays(format(y, m, d), 0) === day
}
