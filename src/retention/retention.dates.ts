/**
 * When a retention clock runs out: pure date arithmetic on calendar days (UTC dates, no time of day).
 * The bookkeeping presets and the erasure of vouchers (src/requests/erasure/bookkeeping.ts) both use it.
 */

export const CLOCK_STARTS = [
  'collected',
  'last_contact',
  'relationship_ended',
  'financial_year_end',
  'unsubscribed',
  'request_completed',
] as const
export type ClockStart = (typeof CLOCK_STARTS)[number]

export const PERIOD_UNITS = ['days', 'months', 'years'] as const
export type PeriodUnit = (typeof PERIOD_UNITS)[number]

export const RETENTION_ACTIONS = ['delete', 'anonymise', 'restrict'] as const
export type RetentionAction = (typeof RETENTION_ACTIONS)[number]

export interface Period {
  value: number
  unit: PeriodUnit
  /** The period runs on to the end of the calendar year in which it ends (SE; FI vouchers). */
  toCalendarYearEnd?: boolean
}

/** What deletionDate needs of a rule. */
export interface RuleTiming {
  clockStart: ClockStart
  period: Period
}

/** What is known about one record; a missing fact means that clock has not started. Dates as ISO strings. */
export interface RecordFacts {
  collectedAt?: string | null
  lastContactAt?: string | null
  relationshipEndedAt?: string | null
  /** The transaction's date (an invoice or order), for the financial-year clock. */
  occurredAt?: string | null
  unsubscribedAt?: string | null
  requestCompletedAt?: string | null
}

export interface DeletionDate {
  /** The day the clock started (for financial_year_end: the end of the transaction's financial year). */
  clockStartedOn: string
  /** The last day the record must or may be kept. */
  keptUntil: string
  /** The first day the sweep may act on it. */
  dueOn: string
}

const utcDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d))
const day = (date: Date) => date.toISOString().slice(0, 10)

/** The calendar day of an ISO date or timestamp. Throws on something that is not a date. */
export function dayOf(value: string): Date {
  const parsed = new Date(value.length === 10 ? `${value}T00:00:00.000Z` : value)
  if (Number.isNaN(parsed.getTime())) throw new RangeError('not a date')
  return utcDate(parsed.getUTCFullYear(), parsed.getUTCMonth(), parsed.getUTCDate())
}

/**
 * `start` plus a period; months and years keep the day of the month, or the month's last day when it
 * has fewer, and a month's last day stays the last day.
 */
export function addPeriod(start: Date, value: number, unit: PeriodUnit): Date {
  if (unit === 'days') return utcDate(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + value)
  const months = unit === 'years' ? value * 12 : value
  const total = start.getUTCFullYear() * 12 + start.getUTCMonth() + months
  const y = Math.floor(total / 12)
  const m = total % 12
  const last = utcDate(y, m + 1, 0).getUTCDate()
  // The last day of a month stays the last day: 3.5 years after 30 June is 31 December.
  const monthEnd =
    start.getUTCDate() === utcDate(start.getUTCFullYear(), start.getUTCMonth() + 1, 0).getUTCDate()
  return utcDate(y, m, monthEnd ? last : Math.min(start.getUTCDate(), last))
}

/** The end of the financial year (`MM-DD`, e.g. '12-31') that a day belongs to. */
export function financialYearEnd(date: Date, yearEnd: string): Date {
  const [m = 12, d = 31] = yearEnd.split('-').map(Number)
  const end = (year: number) => utcDate(year, m - 1, Math.min(d, utcDate(year, m, 0).getUTCDate()))
  const dayOnly = utcDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
  const thisYear = end(date.getUTCFullYear())
  return thisYear >= dayOnly ? thisYear : end(date.getUTCFullYear() + 1)
}

/** The last day kept when a period runs from `start` (a period of 0 keeps the record through that day). */
export function keptUntil(start: Date, period: Period): Date {
  const end = addPeriod(start, period.value, period.unit)
  return period.toCalendarYearEnd ? utcDate(end.getUTCFullYear(), 11, 31) : end
}

function startFact(clock: ClockStart, facts: RecordFacts): string | null | undefined {
  switch (clock) {
    case 'collected':
      return facts.collectedAt
    case 'last_contact':
      return facts.lastContactAt
    case 'relationship_ended':
      return facts.relationshipEndedAt
    case 'financial_year_end':
      return facts.occurredAt
    case 'unsubscribed':
      return facts.unsubscribedAt
    case 'request_completed':
      return facts.requestCompletedAt
  }
}

/**
 * When a record's clock runs out under a rule, or null while its clock has not started (no last
 * contact, a relationship not ended, a permission not withdrawn…). The sweep acts from `dueOn`.
 */
export function deletionDate(
  rule: RuleTiming,
  facts: RecordFacts,
  organisation: { financialYearEnd: string },
): DeletionDate | null {
  const fact = startFact(rule.clockStart, facts)
  if (!fact) return null
  const start =
    rule.clockStart === 'financial_year_end'
      ? financialYearEnd(dayOf(fact), organisation.financialYearEnd)
      : dayOf(fact)
  const until = keptUntil(start, rule.period)
  return { clockStartedOn: day(start), keptUntil: day(until), dueOn: day(addPeriod(until, 1, 'days')) }
}
