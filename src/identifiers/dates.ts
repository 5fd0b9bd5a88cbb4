// Calendar helpers. Dates are compared in UTC so a result never depends on the server's time zone.

/** True when year-month-day is a real Gregorian date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

/** Number of days in the month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Gregorian leap year rule. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** True when the date lies after `now`'s UTC calendar day. */
export function isFuture(year: number, month: number, day: number, now: Date): boolean {
  return dayKey(year, month, day) > dayKey(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate())
}

/** Formats year-month-day as YYYY-MM-DD. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

function dayKey(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day
}
