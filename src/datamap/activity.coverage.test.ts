import { describe, expect, it } from 'vitest'
import { isWithin, purposesByCategory } from './activity.coverage.js'

const activity = (name: string, dataCategories: string[], dataSubjects: string[]) => ({
  name,
  dataCategories,
  dataSubjects,
})

const ORDERS = activity('orders', ['user.name', 'user.contact'], ['customer'])
const B2B = activity('b2b', ['user.professional_information'], ['customer.b2b_contact'])
const OFFERS = activity('offers', ['user.contact.email'], ['prospect'])
const SUPPORT = activity('support', ['user.correspondence'], [])
const ALL = [ORDERS, B2B, OFFERS, SUPPORT]

const names = (rows: ReturnType<typeof purposesByCategory<(typeof ALL)[number]>>) =>
  Object.fromEntries(rows.map((r) => [r.category, r.activities.map((a) => a.name)]))

describe('isWithin', () => {
  it('counts a key and its descendants, not its parent or a sibling sharing a prefix', () => {
    expect(isWithin('user.contact.email', 'user.contact')).toBe(true)
    expect(isWithin('user.contact', 'user.contact')).toBe(true)
    expect(isWithin('user.contact', 'user.contact.email')).toBe(false)
    expect(isWithin('user.contacts', 'user.contact')).toBe(false)
  })
})

describe('purposesByCategory', () => {
  it('finds the activities whose categories cover each held category, for the person’s kind', () => {
    const rows = purposesByCategory(
      ALL,
      [
        'user.contact.email',
        'user.name',
        'user.correspondence.complaint',
        'user.financial.credit_card.expiry',
      ],
      ['customer'],
    )
    expect(names(rows)).toEqual({
      'user.contact.email': ['orders'],
      'user.name': ['orders'],
      'user.correspondence.complaint': ['support'],
      'user.financial.credit_card.expiry': [],
    })
  })

  it('lets a parent kind of person cover a contact at a company, but not the other way round', () => {
    const categories = ['user.name', 'user.professional_information.job_title']
    expect(names(purposesByCategory(ALL, categories, ['customer.b2b_contact']))).toEqual({
      'user.name': ['orders'],
      'user.professional_information.job_title': ['b2b'],
    })
    expect(names(purposesByCategory(ALL, categories, ['customer']))).toEqual({
      'user.name': ['orders'],
      'user.professional_information.job_title': [],
    })
  })

  it('treats an activity without kinds of person as covering everyone, and a prospect as no customer', () => {
    expect(
      names(purposesByCategory(ALL, ['user.contact.email', 'user.correspondence'], ['prospect'])),
    ).toEqual({
      'user.contact.email': ['offers'],
      'user.correspondence': ['support'],
    })
    expect(purposesByCategory([], ['user.name'], ['customer'])).toEqual([
      { category: 'user.name', activities: [] },
    ])
  })
})
