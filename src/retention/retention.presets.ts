import type { ClockStart, Period, RetentionAction } from './retention.dates.js'

/** The presets offered: the bookkeeping acts of LEGAL.md per country, and three typical rules. */
export const PRESET_KEYS = [
  'bookkeeping_dk',
  'bookkeeping_no_primary',
  'bookkeeping_no_secondary',
  'bookkeeping_se',
  'bookkeeping_fi_books',
  'bookkeeping_fi_vouchers',
  'leads',
  'former_customers',
  'newsletter',
] as const
export type PresetKey = (typeof PRESET_KEYS)[number]

export interface Preset {
  key: PresetKey
  /** The country whose bookkeeping act it follows; null for the typical rules. */
  country: 'DK' | 'NO' | 'SE' | 'FI' | null
  dataCategories: string[]
  /** Kinds of data subject the rule covers (taxonomy keys); empty: every kind. */
  dataSubjects: string[]
  clockStart: ClockStart
  period: Period
  action: RetentionAction
  /** The act as cited in its own country (bookkeeping presets). */
  law: string | null
  /** Where the period is read from (see /work/shared/LEGAL.md). */
  source: string | null
}

const BOOKS = ['user.financial', 'user.behavior.purchase_history']

/**
 * The one source of the bookkeeping periods. Each starts at the end of the financial year of the
 * transaction (the organisation's financial year end); erasure keeps vouchers by the same numbers.
 */
export const PRESETS: Record<PresetKey, Preset> = {
  bookkeeping_dk: {
    key: 'bookkeeping_dk',
    country: 'DK',
    dataCategories: BOOKS,
    dataSubjects: [],
    clockStart: 'financial_year_end',
    // 5 years from the end of the financial year the material concerns.
    period: { value: 5, unit: 'years' },
    action: 'delete',
    law: 'Bogføringsloven (lov nr. 700 af 24. maj 2022)',
    source: 'info.skat.dk; danskelove.dk',
  },
  bookkeeping_no_primary: {
    key: 'bookkeeping_no_primary',
    country: 'NO',
    dataCategories: BOOKS,
    dataSubjects: [],
    clockStart: 'financial_year_end',
    // Primary documentation (invoices, orders): 5 years after the end of the financial year.
    period: { value: 5, unit: 'years' },
    action: 'delete',
    law: 'Bokføringsloven (lov 19. november 2004 nr. 73)',
    source: 'info.altinn.no',
  },
  bookkeeping_no_secondary: {
    key: 'bookkeeping_no_secondary',
    country: 'NO',
    dataCategories: BOOKS,
    dataSubjects: [],
    clockStart: 'financial_year_end',
    // Secondary documentation: 3.5 years after the end of the financial year.
    period: { value: 42, unit: 'months' },
    action: 'delete',
    law: 'Bokføringsloven (lov 19. november 2004 nr. 73)',
    source: 'info.altinn.no',
  },
  bookkeeping_se: {
    key: 'bookkeeping_se',
    country: 'SE',
    dataCategories: BOOKS,
    dataSubjects: [],
    clockStart: 'financial_year_end',
    // Until the end of the 7th year after the calendar year in which the financial year ended.
    period: { value: 7, unit: 'years', toCalendarYearEnd: true },
    action: 'delete',
    law: 'Bokföringslagen (1999:1078) 7 kap. 2 §',
    source: 'bfn.se; riksdagen.se',
  },
  bookkeeping_fi_books: {
    key: 'bookkeeping_fi_books',
    country: 'FI',
    dataCategories: ['user.financial'],
    dataSubjects: [],
    clockStart: 'financial_year_end',
    // Books and financial statements: 10 years from the end of the financial period.
    period: { value: 10, unit: 'years' },
    action: 'delete',
    law: 'Kirjanpitolaki (1336/1997) 2 luku 10 §',
    source: 'kauppakamaritieto.fi',
  },
  bookkeeping_fi_vouchers: {
    key: 'bookkeeping_fi_vouchers',
    country: 'FI',
    dataCategories: BOOKS,
    dataSubjects: [],
    clockStart: 'financial_year_end',
    // Vouchers and business correspondence: 6 years from the end of the calendar year the period ended in.
    period: { value: 6, unit: 'years', toCalendarYearEnd: true },
    action: 'delete',
    law: 'Kirjanpitolaki (1336/1997) 2 luku 10 §',
    source: 'kauppakamaritieto.fi',
  },
  leads: {
    key: 'leads',
    country: null,
    dataCategories: ['user.contact', 'user.name'],
    dataSubjects: ['prospect'],
    clockStart: 'last_contact',
    period: { value: 2, unit: 'years' },
    action: 'delete',
    law: null,
    source: null,
  },
  former_customers: {
    key: 'former_customers',
    country: null,
    dataCategories: ['user.contact', 'user.name', 'user.behavior.purchase_history'],
    dataSubjects: ['customer'],
    clockStart: 'relationship_ended',
    period: { value: 5, unit: 'years' },
    action: 'delete',
    law: null,
    source: null,
  },
  newsletter: {
    key: 'newsletter',
    country: null,
    dataCategories: ['user.contact.email'],
    dataSubjects: [],
    clockStart: 'unsubscribed',
    period: { value: 0, unit: 'days' },
    action: 'delete',
    law: null,
    source: null,
  },
}
