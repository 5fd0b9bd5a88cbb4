import type { Country } from '../../identifiers/index.js'
import { financialYearEnd, keptUntil } from '../../retention/retention.dates.js'
import { PRESETS, type Preset } from '../../retention/retention.presets.js'

const law = (preset: Preset) => preset.law ?? ''
const src = (preset: Preset) => preset.source ?? ''

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

/** The period of a preset, as the last day kept from the end of a financial year. */
const fromPreset = (preset: Preset) => (yearEnd: Date) => keptUntil(yearEnd, preset.period)

/**
 * How long the bookkeeping acts keep vouchers (invoices and orders), by the organisation's country.
 * The periods are the retention presets' (src/retention/retention.presets.ts), the one source of truth.
 */
export const BOOKKEEPING_RULES: Record<BookkeepingRuleKey, BookkeepingRule> = {
  dk: {
    key: 'dk',
    law: law(PRESETS.bookkeeping_dk),
    source: src(PRESETS.bookkeeping_dk),
    keepUntil: fromPreset(PRESETS.bookkeeping_dk),
  },
  // Primary documentation (invoices, orders).
  no: {
    key: 'no',
    law: law(PRESETS.bookkeeping_no_primary),
    source: src(PRESETS.bookkeeping_no_primary),
    keepUntil: fromPreset(PRESETS.bookkeeping_no_primary),
  },
  se: {
    key: 'se',
    law: law(PRESETS.bookkeeping_se),
    source: src(PRESETS.bookkeeping_se),
    keepUntil: fromPreset(PRESETS.bookkeeping_se),
  },
  // Vouchers and business correspondence.
  fi: {
    key: 'fi',
    law: law(PRESETS.bookkeeping_fi_vouchers),
    source: src(PRESETS.bookkeeping_fi_vouchers),
    keepUntil: fromPreset(PRESETS.bookkeeping_fi_vouchers),
  },
  nordic: {
    key: 'nordic',
    law: law(PRESETS.bookkeeping_se),
    source: 'the longest of the four Nordic periods, while the organisation has not set its country',
    keepUntil: fromPreset(PRESETS.bookkeeping_se),
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
export { financialYearEnd }

/** The interaction kinds that are vouchers under the bookkeeping acts. */
export const VOUCHER_KINDS: readonly string[] = ['invoice', 'order']

/** The last day (YYYY-MM-DD) a voucher dated `occurredAt` must be kept. */
export function voucherKeptUntil(occurredAt: string, rule: BookkeepingRule, yearEnd: string): string {
  return rule
    .keepUntil(financialYearEnd(new Date(occurredAt), yearEnd))
    .toISOString()
    .slice(0, 10)
}
