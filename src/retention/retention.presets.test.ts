import { describe, expect, it } from 'vitest'
import { ADMIN_LANGUAGES } from '../i18n/languages.js'
import { BOOKKEEPING_RULES, voucherKeptUntil } from '../requests/erasure/bookkeeping.js'
import { addPeriod, deletionDate, type RecordFacts } from './retention.dates.js'
import { PRESET_KEYS, PRESETS, type PresetKey } from './retention.presets.js'
import { RETENTION_TEXT } from './retention.text.js'

const at = (key: PresetKey, facts: RecordFacts, financialYearEnd = '12-31') =>
  deletionDate(PRESETS[key], facts, { financialYearEnd })

describe('bookkeeping presets against the worked examples of LEGAL.md', () => {
  it('SE: an invoice from a financial year ending 30 June 2024 is kept until 31 December 2031', () => {
    expect(at('bookkeeping_se', { occurredAt: '2024-03-15T09:30:00.000Z' }, '06-30')).toEqual({
      clockStartedOn: '2024-06-30',
      keptUntil: '2031-12-31',
      dueOn: '2032-01-01',
    })
    // A transaction on the first day of the next financial year belongs to the year ending June 2025.
    expect(at('bookkeeping_se', { occurredAt: '2024-07-01' }, '06-30')?.keptUntil).toBe('2032-12-31')
  })

  it('DK: 5 years from the end of the financial year the material concerns', () => {
    expect(at('bookkeeping_dk', { occurredAt: '2024-05-10T12:00:00Z' })).toEqual({
      clockStartedOn: '2024-12-31',
      keptUntil: '2029-12-31',
      dueOn: '2030-01-01',
    })
    // A financial year ending 30 June: an invoice from August 2024 belongs to the year ending June 2025.
    expect(at('bookkeeping_dk', { occurredAt: '2024-08-01' }, '06-30')?.keptUntil).toBe('2030-06-30')
  })

  it('NO: primary documentation 5 years, secondary 3.5 years after the financial year ends', () => {
    expect(at('bookkeeping_no_primary', { occurredAt: '2024-02-01' })?.keptUntil).toBe('2029-12-31')
    expect(at('bookkeeping_no_secondary', { occurredAt: '2024-02-01' })).toEqual({
      clockStartedOn: '2024-12-31',
      keptUntil: '2028-06-30',
      dueOn: '2028-07-01',
    })
    expect(at('bookkeeping_no_secondary', { occurredAt: '2024-02-01' }, '06-30')?.keptUntil).toBe(
      '2027-12-31',
    )
  })

  it('FI: books 10 years from the end of the period; vouchers 6 years from the end of that calendar year', () => {
    // A financial period ending 30 April 2024.
    expect(at('bookkeeping_fi_books', { occurredAt: '2023-09-01' }, '04-30')?.keptUntil).toBe('2034-04-30')
    expect(at('bookkeeping_fi_vouchers', { occurredAt: '2023-09-01' }, '04-30')).toEqual({
      clockStartedOn: '2024-04-30',
      keptUntil: '2030-12-31',
      dueOn: '2031-01-01',
    })
    expect(at('bookkeeping_fi_vouchers', { occurredAt: '2024-12-31' })?.keptUntil).toBe('2030-12-31')
  })

  it('erasure keeps vouchers by the same numbers (one source of truth)', () => {
    expect(voucherKeptUntil('2024-03-15T09:30:00.000Z', BOOKKEEPING_RULES.se, '06-30')).toBe('2031-12-31')
    expect(voucherKeptUntil('2024-05-10', BOOKKEEPING_RULES.dk, '12-31')).toBe('2029-12-31')
    expect(voucherKeptUntil('2024-02-01', BOOKKEEPING_RULES.no, '12-31')).toBe(
      at('bookkeeping_no_primary', { occurredAt: '2024-02-01' })?.keptUntil,
    )
    expect(voucherKeptUntil('2023-09-01', BOOKKEEPING_RULES.fi, '04-30')).toBe('2030-12-31')
    expect(voucherKeptUntil('2024-01-01', BOOKKEEPING_RULES.nordic, '12-31')).toBe('2031-12-31')
  })

  it('no clock without the transaction date', () => {
    expect(at('bookkeeping_se', {}, '06-30')).toBeNull()
  })
})

describe('typical rules', () => {
  it('leads: 2 years after the last contact', () => {
    expect(at('leads', { lastContactAt: '2024-03-10T12:00:00Z', collectedAt: '2020-01-01' })).toEqual({
      clockStartedOn: '2024-03-10',
      keptUntil: '2026-03-10',
      dueOn: '2026-03-11',
    })
    expect(at('leads', { collectedAt: '2020-01-01' })).toBeNull()
  })

  it('former customers: 5 years after the relationship ended, never while it lasts', () => {
    expect(at('former_customers', { relationshipEndedAt: '2023-01-31T08:00:00Z' })?.keptUntil).toBe(
      '2028-01-31',
    )
    expect(at('former_customers', { lastContactAt: '2023-01-31', relationshipEndedAt: null })).toBeNull()
  })

  it('newsletter: until unsubscribed (0 days), due the next day', () => {
    expect(at('newsletter', { unsubscribedAt: '2026-11-20T10:00:00Z' })).toEqual({
      clockStartedOn: '2026-11-20',
      keptUntil: '2026-11-20',
      dueOn: '2026-11-21',
    })
    expect(at('newsletter', {})).toBeNull()
  })

  it('periods in months keep the day or fall back to the last day of a shorter month', () => {
    expect(addPeriod(new Date('2024-01-31T00:00:00Z'), 1, 'months').toISOString().slice(0, 10)).toBe(
      '2024-02-29',
    )
    expect(addPeriod(new Date('2024-02-29T00:00:00Z'), 1, 'years').toISOString().slice(0, 10)).toBe(
      '2025-02-28',
    )
    expect(addPeriod(new Date('2024-06-30T00:00:00Z'), 6, 'months').toISOString().slice(0, 10)).toBe(
      '2024-12-31',
    )
    expect(addPeriod(new Date('2024-03-15T00:00:00Z'), 42, 'months').toISOString().slice(0, 10)).toBe(
      '2027-09-15',
    )
    expect(addPeriod(new Date('2024-12-31T00:00:00Z'), 30, 'days').toISOString().slice(0, 10)).toBe(
      '2025-01-30',
    )
  })
})

describe('texts', () => {
  it('every preset has a name and a legal ground in each language, and rules read as words', () => {
    for (const lang of ADMIN_LANGUAGES) {
      const t = RETENTION_TEXT[lang]
      for (const key of PRESET_KEYS) {
        expect(t.presets[key].name.length).toBeGreaterThan(3)
        expect(t.presets[key].legalGround.length).toBeGreaterThan(30)
      }
      if (lang !== 'en')
        expect(t.presets.bookkeeping_se.legalGround).not.toBe(
          RETENTION_TEXT.en.presets.bookkeeping_se.legalGround,
        )
    }
    expect(RETENTION_TEXT.en.describe('delete', 2, 'years', 'last_contact', false)).toBe(
      'Delete 2 years after the last contact',
    )
    expect(RETENTION_TEXT.da.describe('delete', 2, 'years', 'last_contact', false)).toBe(
      'Slet 2 år efter seneste kontakt',
    )
    expect(RETENTION_TEXT.fi.describe('delete', 2, 'years', 'last_contact', false)).toBe(
      'Poista, kun viimeisestä yhteydenotosta on kulunut 2 vuotta',
    )
    expect(RETENTION_TEXT.en.describe('delete', 0, 'days', 'unsubscribed', false)).toBe(
      'Delete when the person unsubscribed',
    )
  })
})
