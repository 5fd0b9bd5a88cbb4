import { describe, expect, it } from 'vitest'
import { validateIdentifier } from '../identifiers/index.js'
import { ACTIVITIES } from './nordlys.activities.js'
import { PROCESSORS } from './nordlys.recipients.js'
import { Random } from './random.js'
import { contactCount, type PlannedPerson, planCompanies, planPeople } from './register.plan.js'

const NOW = new Date('2026-11-20T00:00:00Z')

function plan(seed: number, people: number) {
  const random = new Random(seed)
  const companies = planCompanies(random, people, NOW)
  return { companies, people: [...planPeople(random, people, companies.length, NOW)] }
}

const reserved = /@([a-z0-9-]+\.)*(example|example\.com|example\.net|example\.org)$/

describe('the demo register plan', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(plan(7, 300)).toEqual(plan(7, 300))
    expect(plan(8, 300).people[0]).not.toEqual(plan(7, 300).people[0])
  })

  it('has mostly customers, some prospects and some former customers, and a few company contacts', () => {
    const { companies, people } = plan(1, 1000)
    const former = people.filter((p) => p.endedAt !== null).length
    const prospects = people.filter((p) => p.input.relationship === 'prospect' && !ordered(p)).length
    expect(people).toHaveLength(1000)
    expect(1000 - former - prospects).toBeGreaterThan(600)
    expect(prospects).toBeGreaterThan(50)
    expect(former).toBeGreaterThan(50)
    expect(people.filter((p) => p.company !== null)).toHaveLength(contactCount(1000))
    expect(companies).toHaveLength(5)
    const kinds = new Set(people.flatMap((p) => p.interactions.map((i) => i.kind)))
    expect([...kinds].sort()).toEqual(['complaint', 'inquiry', 'invoice', 'offer', 'order'])
  })

  it('uses reserved e-mail domains, valid CVR and GLN numbers, and dates in the past', () => {
    const { companies, people } = plan(3, 1000)
    for (const c of companies) {
      expect(c.email).toMatch(reserved)
      expect(validateIdentifier('dk_cvr', c.companyNumber?.value ?? '').valid).toBe(true)
      if (c.gln) expect(validateIdentifier('gln', c.gln).valid).toBe(true)
    }
    expect(companies.some((c) => c.gln)).toBe(true)
    for (const p of people) {
      expect(p.input.email).toMatch(reserved)
      const times = [p.input.firstContactAt, p.endedAt, ...p.interactions.map((i) => i.occurredAt)]
      for (const t of times) if (t) expect(Date.parse(t)).toBeLessThan(NOW.getTime())
      if (p.endedAt) expect(p.input.cardLast4).toBeUndefined()
    }
  })

  it('makes a small register from a few people', () => {
    expect(plan(1, 0).people).toEqual([])
    expect(plan(1, 3).companies).toEqual([])
    const { companies, people } = plan(1, 50)
    expect(companies).toHaveLength(2)
    expect(people.filter((p) => p.company !== null)).toHaveLength(2)
  })
})

describe('the demo data map', () => {
  it('names only recipients it defines, and a sub-processor after its processor', () => {
    const keys = Object.keys(PROCESSORS)
    for (const a of ACTIVITIES) {
      for (const r of [...a.recipients, ...(a.transfers ?? []).map((t) => t.recipient)])
        expect(keys).toContain(r)
    }
    for (const [key, p] of Object.entries(PROCESSORS))
      if (p.parent) expect(keys.indexOf(p.parent)).toBeLessThan(keys.indexOf(key))
  })
})

function ordered(p: PlannedPerson): boolean {
  return p.interactions.some((i) => i.kind === 'order')
}
