import { normalizePhone } from '../identifiers/index.js'
import { FIRST_NAMES, LAST_NAMES, MAIL_DOMAINS, STREETS, TOWNS } from './danish.js'
import type { Random } from './random.js'

/** A made-up Danish webshop customer; every value is synthetic and the e-mail domains are reserved. */
export interface SyntheticCustomer {
  customerId: string
  firstName: string
  lastName: string
  email: string
  /** As a shop would store it: 8 digits, sometimes with +45 or spaces. */
  phone: string
  street: string
  postalCode: string
  city: string
  country: 'DK'
  /** YYYY-MM-DD */
  createdAt: string
  lastOrderAt: string | null
  orderCount: number
  totalSpent: string
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** Lower-case ASCII letters only, as in an e-mail address: æ→ae, ø→oe, å→aa. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z]/g, '')
}

/** A Danish mobile number that libphonenumber's full metadata accepts (drawn again until it does). */
export function mobile(random: Random): string {
  for (;;) {
    const number = `${random.pick(['20', '26', '27', '28', '30', '40', '50', '60'])}${pad(random.int(0, 999_999), 6)}`
    if (normalizePhone(number, 'DK').valid) return number
  }
}

/** The `index`-th customer of a shop; `index` makes e-mail addresses and customer ids unique. */
export function syntheticCustomer(
  random: Random,
  index: number,
  now = new Date('2026-11-01T00:00:00Z'),
): SyntheticCustomer {
  const firstName = random.pick(FIRST_NAMES)
  const lastName = random.pick(LAST_NAMES)
  const [postalCode, city] = random.pick(TOWNS)
  const created = new Date(now.getTime() - random.int(1, 6 * 365) * 86_400_000)
  const orderCount = random.chance(0.15) ? 0 : random.int(1, 12)
  const lastOrder =
    orderCount === 0
      ? null
      : new Date(created.getTime() + random.next() * (now.getTime() - created.getTime()))
  const number = mobile(random)
  const phone = random.chance(0.3)
    ? `+45 ${number.slice(0, 2)} ${number.slice(2, 4)} ${number.slice(4, 6)} ${number.slice(6)}`
    : number
  return {
    customerId: String(10_000 + index),
    firstName,
    lastName,
    email: `${fold(firstName)}.${fold(lastName)}${index}@${random.pick(MAIL_DOMAINS)}`,
    phone,
    street: `${random.pick(STREETS)} ${random.int(1, 180)}${random.chance(0.3) ? `, ${random.int(1, 5)}. ${random.pick(['th', 'tv', 'mf'])}` : ''}`,
    postalCode,
    city,
    country: 'DK',
    createdAt: created.toISOString().slice(0, 10),
    lastOrderAt: lastOrder ? lastOrder.toISOString().slice(0, 10) : null,
    orderCount,
    totalSpent:
      orderCount === 0 ? '0.00' : (random.int(149, 2_500) * orderCount + random.int(0, 99) / 100).toFixed(2),
  }
}

/** The column headers of a typical WooCommerce customer export. */
export const WOOCOMMERCE_HEADERS = [
  'Customer ID',
  'First Name',
  'Last Name',
  'Email',
  'Phone',
  'Billing Address 1',
  'Billing Postcode',
  'Billing City',
  'Billing Country',
  'Date Registered',
  'Last Order Date',
  'Orders',
  'Total Spent',
] as const

/** One customer as a row of that export. */
export function woocommerceRow(c: SyntheticCustomer): string[] {
  return [
    c.customerId,
    c.firstName,
    c.lastName,
    c.email,
    c.phone,
    c.street,
    c.postalCode,
    c.city,
    c.country,
    c.createdAt,
    c.lastOrderAt ?? '',
    String(c.orderCount),
    c.totalSpent,
  ]
}
