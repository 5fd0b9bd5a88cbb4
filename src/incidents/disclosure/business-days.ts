import { addDays } from '../../requests/request.deadlines.js'

/** Whether a calendar day (YYYY-MM-DD) falls on a weekend. Public holidays are not counted (yet). */
export function isWeekend(day: string): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
  return weekday === 0 || weekday === 6
}

/** The business day `n` business days after `day` (weekends skipped). */
export function addBusinessDays(day: string, n: number): string {
  let current = day
  let left = n
  while (left > 0) {
    current = addDays(current, 1)
    if (!isWeekend(current)) left--
  }
  return current
}

/**
 * The answer is promised within 14 days; when the 14th day falls on a weekend, it is due on the
 * Friday before, so the promise holds and staff are never due on a day off.
 */
export function answerDueOn(receivedOn: string, days = 14): string {
  let due = addDays(receivedOn, days)
  while (isWeekend(due)) due = addDays(due, -1)
  return due
}

/** A human receipt (triage) is due within 2 business days (P20: 1-2 business days). */
export function receiptDueOn(receivedOn: string): string {
  return addBusinessDays(receivedOn, 2)
}
