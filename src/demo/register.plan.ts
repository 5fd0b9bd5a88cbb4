import type { NewInteraction, NewSubject } from '../subjects/subject.schema.js'
import { COMPANIES, companySubject } from './companies.js'
import type { Random } from './random.js'
import { fold, type SyntheticCustomer, syntheticCustomer } from './synthetic.js'

const DAY = 86_400_000

/** One person to write into the register, with what happened with them. */
export interface PlannedPerson {
  input: NewSubject
  /** A company contact: the index of their company among the planned companies. */
  company: number | null
  interactions: NewInteraction[]
  /**
   * A former customer: when the relationship ended. Applied after the interactions, because an order
   * makes the person a customer (again).
   */
  endedAt: string | null
}

/** How many of `people` are contacts at a business customer: about 1 in 100, at least 2 from 20 people. */
export function contactCount(people: number): number {
  if (people < 5) return 0
  if (people < 20) return 1
  return Math.min(25, Math.max(2, Math.round(people / 100)))
}

/** The business customers the contacts work for: one per contact up to the five there are. */
export function planCompanies(random: Random, people: number, now: Date): NewSubject[] {
  const count = Math.min(COMPANIES.length, contactCount(people))
  return COMPANIES.slice(0, count).map((company) =>
    companySubject(company, random, daysBefore(now, random.int(200, 1500))),
  )
}

/**
 * The people of the register, drawn one after the other from `random`: webshop customers first (mostly
 * customers, some prospects who never ordered, some former customers), then the company contacts.
 */
export function* planPeople(
  random: Random,
  people: number,
  companies: number,
  now: Date,
): Generator<PlannedPerson> {
  const contacts = companies === 0 ? 0 : contactCount(people)
  for (let index = 0; index < people; index++) {
    const contact = index - (people - contacts)
    yield contact >= 0
      ? planContact(random, index, contact % companies, now)
      : planCustomer(random, index, now)
  }
}

const INQUIRIES = [
  'Spørger, hvornår bestillingen bliver leveret',
  'Spørger, om en udsolgt vare kommer på lager igen',
  'Vil ændre leveringsadressen på en bestilling',
  'Spørger, hvordan en gave returneres',
] as const

const COMPLAINTS = [
  'Reklamation: varen var beskadiget ved levering; ny vare sendt',
  'Reklamation: forkert størrelse leveret; byttet',
  'Reklamation: pakken blev ikke leveret; løst med fragtfirmaet',
] as const

const DELIVERIES = ['levering til pakkeshop', 'levering til døren', 'afhentet i butikken'] as const

const NOTES = [
  'Ønsker levering til pakkeshop',
  'Vil gerne ringes op før levering',
  'Har bedt om faktura med firmanavn',
] as const

/** A webshop customer, a prospect (no orders) or a former customer (last order over 3 years ago). */
function planCustomer(random: Random, index: number, now: Date): PlannedPerson {
  const c = syntheticCustomer(random, index, now)
  const lastOrder = c.lastOrderAt ? at(random, c.lastOrderAt) : null
  const former = lastOrder !== null && now.getTime() - Date.parse(lastOrder) > 3 * 365 * DAY
  const input: NewSubject = {
    relationship: lastOrder ? 'customer' : 'prospect',
    firstContactAt: at(random, c.createdAt),
    name: `${c.firstName} ${c.lastName}`,
    email: c.email,
    phone: international(c.phone),
    address: { street: c.street, postalCode: c.postalCode, city: c.city, country: c.country },
    externalIds: [{ system: 'webshop', id: c.customerId }],
  }
  if (lastOrder && !former && random.chance(0.4)) {
    // What the payment gateway hands back; never the card number itself (P4).
    input.cardLast4 = String(random.int(0, 9999)).padStart(4, '0')
    input.cardExpiry = `${String(random.int(1, 12)).padStart(2, '0')}/${String((now.getUTCFullYear() + random.int(1, 4)) % 100).padStart(2, '0')}`
  }
  if (random.chance(0.03)) input.notes = random.pick(NOTES)

  const interactions = lastOrder ? orders(random, c, index, lastOrder) : []
  const after = lastOrder ?? input.firstContactAt ?? c.createdAt
  if (random.chance(0.05))
    interactions.push({
      kind: 'inquiry',
      occurredAt: later(random, after, now),
      reference: `KS-${40_000 + index}`,
      summary: random.pick(INQUIRIES),
    })
  if (lastOrder && random.chance(0.015))
    interactions.push({
      kind: 'complaint',
      occurredAt: later(random, lastOrder, now),
      reference: `KS-${60_000 + index}`,
      summary: random.pick(COMPLAINTS),
    })
  const endedAt = former && lastOrder ? later(random, lastOrder, now, 365) : null
  return { input, company: null, interactions, endedAt }
}

/** The last order, with its invoice, for about a third of the customers; now and then the one before. */
function orders(random: Random, c: SyntheticCustomer, index: number, lastOrder: string): NewInteraction[] {
  if (!random.chance(0.35)) return []
  const out = orderWithInvoice(
    random,
    100_000 + index * 4,
    lastOrder,
    'Faktura sendt pr. e-mail; betalt med kort',
  )
  if (c.orderCount > 1 && random.chance(0.3)) {
    const created = Date.parse(`${c.createdAt}T00:00:00Z`)
    const earlier = new Date(created + random.next() * (Date.parse(lastOrder) - created)).toISOString()
    out.unshift(
      ...orderWithInvoice(
        random,
        100_000 + index * 4 + 1,
        earlier,
        'Faktura sendt pr. e-mail; betalt med MobilePay',
      ),
    )
  }
  return out
}

function orderWithInvoice(
  random: Random,
  number: number,
  occurredAt: string,
  invoiced: string,
): NewInteraction[] {
  const items = random.int(1, 5)
  const amount = Number((random.int(15, 250) * 10 - 0.05).toFixed(2))
  return [
    {
      kind: 'order',
      occurredAt,
      reference: `#${number}`,
      summary: `${items} ${items === 1 ? 'vare' : 'varer'}, ${random.pick(DELIVERIES)}`,
      amount,
      currency: 'DKK',
    },
    {
      kind: 'invoice',
      occurredAt: new Date(Date.parse(occurredAt) + 60_000).toISOString(),
      reference: `F-${occurredAt.slice(0, 4)}-${String(number).padStart(7, '0')}`,
      summary: invoiced,
      amount,
      currency: 'DKK',
    },
  ]
}

/** A contact person at a business customer: an offer, and usually an order invoiced to the company. */
function planContact(random: Random, index: number, company: number, now: Date): PlannedPerson {
  const c = syntheticCustomer(random, index, now)
  const workplace = COMPANIES[company] ?? COMPANIES[0]!
  const first = at(random, c.createdAt)
  const offered = later(random, first, now, 60)
  const interactions: NewInteraction[] = [
    {
      kind: 'offer',
      occurredAt: offered,
      reference: `T-${20_000 + index}`,
      summary: 'Tilbud på gavekurve til personalets julegaver',
      amount: random.int(40, 120) * 100,
      currency: 'DKK',
    },
  ]
  if (random.chance(0.7))
    interactions.push(
      ...orderWithInvoice(
        random,
        100_000 + index * 4,
        later(random, offered, now, 30),
        workplace.publicInstitution
          ? 'Elektronisk faktura (OIOUBL) sendt til institutionens EAN-nummer'
          : 'Faktura sendt til firmaet; 14 dages betaling',
      ),
    )
  return {
    input: {
      relationship: 'prospect',
      firstContactAt: first,
      name: `${c.firstName} ${c.lastName}`,
      email: `${fold(c.firstName)}.${fold(c.lastName)}@${workplace.domain}`,
      phone: international(c.phone),
      jobTitle: random.pick(workplace.jobTitles),
      workplace: workplace.name,
    },
    company,
    interactions,
    endedAt: null,
  }
}

/** A time of day during opening hours on a YYYY-MM-DD date, as an ISO date-time. */
function at(random: Random, day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + random.int(7 * 60, 21 * 60) * 60_000).toISOString()
}

/** During the day, 1 to `withinDays` days after `from`; halfway to `now` when that would be later. */
function later(random: Random, from: string, now: Date, withinDays = 20): string {
  const day = new Date(Date.parse(from) + random.int(1, withinDays) * DAY).toISOString().slice(0, 10)
  const t = Date.parse(at(random, day))
  const start = Date.parse(from)
  return new Date(t < now.getTime() ? t : start + (now.getTime() - start) / 2).toISOString()
}

/** With +45, so the number reads as Danish whatever country the organisation profile names. */
function international(phone: string): string {
  return phone.startsWith('+') ? phone : `+45 ${phone}`
}

function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY).toISOString()
}
