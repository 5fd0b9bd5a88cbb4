import { describe, expect, it } from 'vitest'
import { CONSENT_DAYS, choicesPerDay, METHOD_SHARES, planConsentHistory } from './consent.plan.js'
import { EXPLICIT_SHARE, PERMISSION_SHARE, PermissionPlanner, WITHDRAWN_SHARE } from './marketing.plan.js'
import { Random } from './random.js'
import { planCompanies, planPeople } from './register.plan.js'

const NOW = new Date('2026-11-20T15:42:00Z')
const ORIGIN = 'https://nordlys.example'
const IDS = ['10001', '10002', '10003']

const history = (seed: number, customers = 1000, now = NOW) =>
  planConsentHistory(new Random(seed), customers, IDS, ORIGIN, now)

describe('the demo consent history', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(history(3)).toEqual(history(3))
    expect(history(4)[0]).not.toEqual(history(3)[0])
  })

  it('covers each of the last 30 days up to now, in time order', () => {
    const plan = history(1)
    const days = new Set(plan.map((c) => c.at.toISOString().slice(0, 10)))
    expect(days.size).toBe(CONSENT_DAYS)
    expect(days.has('2026-10-22')).toBe(true)
    expect(days.has('2026-11-20')).toBe(true)
    for (let i = 1; i < plan.length; i++)
      expect(plan[i]?.at.getTime()).toBeGreaterThanOrEqual(plan[i - 1]?.at.getTime() ?? 0)
    expect(plan.at(-1)?.at.getTime()).toBeLessThanOrEqual(NOW.getTime())
  })

  it('scales with the customers: a tenth of them a day, at least 20, at most 3,000', () => {
    expect([choicesPerDay(50), choicesPerDay(1000), choicesPerDay(100_000)]).toEqual([20, 100, 3000])
    const small = history(2, 50)
    const large = history(2, 1000)
    // Weekends are busier: a little over 30 days' worth, less today's unfinished part.
    expect(small.length).toBeGreaterThan(20 * 28)
    expect(small.length).toBeLessThan(20 * 33)
    expect(large.length).toBeGreaterThan(100 * 28)
    expect(large.length).toBeLessThan(100 * 33)
  })

  it('has realistic shares of answers and languages, and only consistent choices', () => {
    const plan = history(5)
    const share = (test: (c: (typeof plan)[number]) => boolean) => plan.filter(test).length / plan.length
    for (const [method, expected] of METHOD_SHARES)
      expect(share((c) => c.post.method === method)).toBeCloseTo(expected, 1)
    expect(share((c) => c.post.language === 'da')).toBeGreaterThan(0.8)
    expect(new Set(plan.map((c) => c.post.language))).toEqual(new Set(['da', 'en', 'sv', 'nb', 'fi']))
    for (const c of plan) {
      const { preferences, statistics, marketing } = c.post.categories
      const chosen = [preferences, statistics, marketing]
      if (c.post.method === 'accept_all') expect(chosen).toEqual([true, true, true])
      if (c.post.method === 'reject_all' || c.post.method === 'gpc')
        expect(chosen).toEqual([false, false, false])
      if (c.post.method === 'custom') expect(new Set(chosen).size).toBe(2)
      expect(c.post.gpc === true).toBe(c.post.method === 'gpc')
      expect(c.post.path).toMatch(/^\//)
      expect(c.facts.origin).toBe(ORIGIN)
      expect(c.facts.ip).toMatch(/^(192\.0\.2|198\.51\.100|203\.0\.113)\.0\/24$|^2001:db8:[0-9a-f]+::\/48$/)
    }
  })

  it('links some choices to signed-in customers, by their webshop id only', () => {
    const plan = history(6)
    const linked = plan.filter((c) => c.post.person)
    expect(linked.length / plan.length).toBeGreaterThan(0.05)
    expect(linked.length / plan.length).toBeLessThan(0.15)
    for (const c of linked) {
      expect(IDS).toContain(c.post.person?.customerId)
      expect(c.post.person?.email).toBeUndefined()
    }
    expect(planConsentHistory(new Random(6), 1000, [], ORIGIN, NOW).some((c) => c.post.person)).toBe(false)
  })

  it('shows today in the chart even just after midnight', () => {
    const early = new Date('2026-11-20T00:00:05Z')
    const plan = history(7, 1000, early)
    expect(plan.at(-1)?.at.toISOString().slice(0, 10)).toBe('2026-11-20')
    expect(plan.at(-1)?.at.getTime()).toBeLessThanOrEqual(early.getTime())
  })
})

describe('the demo newsletter permissions', () => {
  const people = (seed: number, n: number) => {
    const random = new Random(seed)
    const companies = planCompanies(random, n, NOW)
    return [...planPeople(random, n, companies.length, NOW)]
  }
  const plan = (seed: number, n: number) => {
    const planner = new PermissionPlanner(new Random(seed + 1), NOW)
    return people(seed, n).map((person) => ({ person, permission: planner.plan(person) }))
  }

  it('goes to current webshop customers only, in the planned shares', () => {
    const all = plan(1, 1000)
    const eligible = all.filter((p) => PermissionPlanner.eligible(p.person))
    const given = all.flatMap((p) => (p.permission ? [p.permission] : []))
    for (const p of all)
      if (p.permission) {
        expect(p.person.input.relationship).toBe('customer')
        expect(p.person.endedAt).toBeNull()
        expect(p.person.company).toBeNull()
        expect(p.permission.input.email).toBe(p.person.input.email)
      }
    expect(Math.abs(given.length - eligible.length * PERMISSION_SHARE)).toBeLessThanOrEqual(1)
    const explicit = given.filter((p) => p.input.basis === 'explicit_opt_in').length
    expect(Math.abs(explicit - given.length * EXPLICIT_SHARE)).toBeLessThanOrEqual(1)
    const withdrawn = given.filter((p) => p.withdrawnAt).length
    expect(Math.abs(withdrawn - given.length * WITHDRAWN_SHARE)).toBeLessThanOrEqual(1)
  })

  it('has a soft opt-in with the opt-out offered, explicit ones from the form, and withdrawals later', () => {
    for (const { person, permission: p } of plan(2, 300)) {
      if (!p) continue
      if (p.input.basis === 'soft_opt_in') {
        expect(p.input.optOutOffered).toBe(true)
        expect(p.at).toBe(new Date(person.input.firstContactAt ?? '').toISOString())
      } else expect(p.input.source).toBe('newsletter-form')
      expect(Date.parse(p.at)).toBeLessThan(NOW.getTime())
      if (p.withdrawnAt) {
        expect(Date.parse(p.withdrawnAt)).toBeGreaterThan(Date.parse(p.at))
        expect(Date.parse(p.withdrawnAt)).toBeLessThan(NOW.getTime())
      }
    }
  })

  it('has a few explicit opt-ins and withdrawals even in a small shop', () => {
    const given = plan(3, 50).flatMap((p) => (p.permission ? [p.permission] : []))
    expect(given.filter((p) => p.input.basis === 'explicit_opt_in').length).toBeGreaterThan(0)
    expect(given.filter((p) => p.withdrawnAt).length).toBeGreaterThan(0)
  })
})
