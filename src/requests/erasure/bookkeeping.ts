import type { Country } from '../../identifiers/index.js'

/** Which bookkeeping act keeps vouchers; 'nordic' when the organisation has not set its country. */
export type BookkeepingRuleKey = 'dk' | 'no' | 'se' | 'fi' | 'nordic'

export interface BookkeepingRule {
  key: BookkeepingRuleKey
  /** The act, as it is cited in its own country. */
  law: string
  /** Where the period is read from (see /work/shared/LEGAL.md). */
  source: string
  /** The last day a voucher dated in a financial year ending on `yearEnd` must be kept. */
  keepUntil(yearEnd: Date): Date
}

const utcDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d))
/** The same day `years` later (28 February for a 29 February that does not repeat). */
function yearsAfter(day: Date, years: number): Date {
  const y = day.getUTCFullYear() + years
  const last = utcDate(y, day.getUTCMonth() + 1, 0).getUTCDate()
  return utcDate(y, day.getUTCMonth(), Math.min(day.getUTCDate(), last))
}
const endOfYear = (year: number) => utcDate(year, 11, 31)

/**
 * How long the bookkeeping acts keep vouchers (invoices and orders), by the organisation's country.
 * Defaults from public sources; issue 7 makes retention rules editable by the business.
 */
export const BOOKKEEPING_RULES: Record<BookkeepingRuleKey, BookkeepingRule> = {
  dk: {
    key: 'dk',
    law: 'Bogføringsloven (lov nr. 700 af 24. maj 2022)',
    source: 'info.skat.dk; danskelove.dk',
    // 5 years from the end of the financial year the material concerns.
    keepUntil: (yearEnd) => yearsAfter(yearEnd, 5),
  },
  no: {
    key: 'no',
    law: 'Bokføringsloven (lov 19. november 2004 nr. 73)',
    source: 'info.altinn.no',
    // Primary documentation (invoices, orders): 5 years after the end of the financial year.
    keepUntil: (yearEnd) => yearsAfter(yearEnd, 5),
  },
  se: {
    key: 'se',
    law: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
    source: 'bfn.se; riksdagen.se',
    // Until the end of the 7th year after the calendar year in which the financial year ended.
    keepUntil: (yearEnd) => endOfYear(yearEnd.getUTCFullYear() + 7),
  },
  fi: {
    key: 'fi',
    law: 'Kirjanpitolaki (1336/1997) 2 luku 10 §',
    source: 'kauppakamaritieto.fi',
    // Vouchers: 6 years from the end of the calendar year in which the financial period ended.
    keepUntil: (yearEnd) => endOfYear(yearEnd.getUTCFullYear() + 6),
  },
  nordic: {
    key: 'nordic',
    law: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
    source: 'the longest of the four Nordic periods, while the organisation has not set its country',
    keepUntil: (yearEnd) => endOfYear(yearEnd.getUTCFullYear() + 7),
  },
}

/** The rule for the organisation's country. */
export function bookkeepingRule(country: Country | string | null): BookkeepingRule {
  const key = country?.toLowerCase()
  return key === 'dk' || key === 'no' || key === 'se' || key === 'fi'
    ? BOOKKEEPING_RULES[key]
    : BOOKKEEPING_RULES.nordic
}

/** The end of the financial year (`MM-DD`, e.g. '12-31') that a day belongs to. */
export function financialYearEnd(day: Date, yearEnd: string): Date {
  const [m = 12, d = 31] = yearEnd.split('-').map(Number)
  const y = day.getUTCFullYear()
  const end = (year: number) => {
    const last = utcDate(year, m, 0).getUTCDate()
    return utcDate(year, m - 1, Math.min(d, last))
  }
  const dayOnly = utcDate(y, day.getUTCMonth(), day.getUTCDate())
  return end(y) >= dayOnly ? end(y) : end(y + 1)
}

/** The interaction kinds that are vouchers under the bookkeeping acts. */
export const VOUCHER_KINDS: readonly string[] = ['invoice', 'order']

/** The last day (YYYY-MM-DD) a voucher dated `occurredAt` must be kept. */
export function voucherKeptUntil(occurredAt: string, rule: BookkeepingRule, yearEnd: string): string {
  return rule
    .keepUntil(financialYearEnd(new Date(occurredAt), yearEnd))
    .toISOString()
    .slice(0, 10)
}
