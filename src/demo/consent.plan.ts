import type { ConsentContext } from '../consent/consent.ledger.js'
import type { ConsentMethod, ConsentPost } from '../consent/consent.schema.js'
import type { Category } from '../consent/consent.text.js'
import type { SystemKey } from './nordlys.recipients.js'
import type { Random } from './random.js'

const DAY = 86_400_000

/** The days of consent history the demo writes: the 30 the consent page charts, today included. */
export const CONSENT_DAYS = 30

/** The shop's banner services, each on the data map system it stands for. */
export interface DemoBannerService {
  key: string
  category: Exclude<Category, 'necessary'>
  name: string
  system: SystemKey
}

/** Statistics and the ads pixel since the banner went live; the chat was added 12 days ago. */
export const BANNER_SERVICES: readonly DemoBannerService[] = [
  { key: 'webstatistik', category: 'statistics', name: 'Webstatistik (selvhostet)', system: 'analytics' },
  { key: 'annoncia-pixel', category: 'marketing', name: 'Annoncia annoncepixel', system: 'adsPixel' },
]
export const LATER_SERVICE: DemoBannerService = {
  key: 'snakkis-chat',
  category: 'preferences',
  name: 'Kundeservice-chat (Snakkis)',
  system: 'chat',
}
const DAYS_LIVE = 90
const CHAT_ADDED_DAYS_AGO = 12

/** When the banner went live with statistics and the ads pixel: 90 days before `today` (its start), 10:00. */
export function bannerLiveAt(today: Date): Date {
  return new Date(today.getTime() - DAYS_LIVE * DAY + 10 * 3_600_000)
}

/** When the chat was added to the banner: 12 days before `today`, 09:30 (a new revision from then). */
export function chatAddedAt(today: Date): Date {
  return new Date(today.getTime() - CHAT_ADDED_DAYS_AGO * DAY + 9.5 * 3_600_000)
}

/** One choice made in the banner, as the public endpoint would have received it. */
export interface PlannedChoice {
  at: Date
  post: Omit<ConsentPost, 'revision'>
  facts: ConsentContext
}

/** Choices a day: a tenth of the customers, at least 20, at most 3,000 (beyond that the demo only waits). */
export function choicesPerDay(customers: number): number {
  return Math.min(3000, Math.max(20, Math.round(customers / 10)))
}

/** Visits by hour of the day in UTC, for a Danish shop (UTC+1): quiet nights, busy evenings. */
const HOURS = [1, 0.5, 0.3, 0.2, 0.2, 0.5, 1.5, 3, 4, 4, 4, 4.5, 5, 4.5, 4.5, 4.5, 5, 6, 7, 8, 8, 6, 4, 2]
const HOURS_TOTAL = HOURS.reduce((a, b) => a + b, 0)

const PATHS = [
  '/',
  '/',
  '/',
  '/',
  '/kategorier/belysning',
  '/kategorier/julepynt',
  '/kategorier/tekstiler',
  '/kategorier/koekken',
  '/produkter/stjernelampe-messing',
  '/produkter/uldplaid-nordlys',
  '/produkter/adventslys-4-pak',
  '/produkter/keramikkop-fjord',
  '/tilbud',
  '/nyheder',
  '/kundeservice/levering',
  '/kundeservice/returnering',
] as const
/** Where a signed-in customer meets the banner. */
const ACCOUNT_PATHS = ['/min-konto', '/min-konto/ordrer', '/kurv', '/kassen'] as const

const LANGUAGE_SHARES: ReadonlyArray<[ConsentPost['language'], number]> = [
  ['da', 0.86],
  ['en', 0.06],
  ['sv', 0.04],
  ['nb', 0.025],
  ['fi', 0.015],
]
/** Browser families, as the endpoint stores them (never a version): Danes use many iPhones. */
const BROWSERS: ReadonlyArray<[string, number]> = [
  ['Safari', 0.4],
  ['Chrome', 0.38],
  ['Edge', 0.08],
  ['Firefox', 0.06],
  ['Samsung Internet', 0.05],
  ['other', 0.03],
]
/** The documentation networks (RFC 5737, RFC 3849), truncated as the endpoint stores addresses. */
const NETWORKS = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'] as const

/** The shares of the four answers: accept all, reject all, a choice of one's own, a GPC refusal. */
export const METHOD_SHARES: ReadonlyArray<[ConsentMethod, number]> = [
  ['accept_all', 0.55],
  ['reject_all', 0.3],
  ['custom', 0.1],
  ['gpc', 0.05],
]

/**
 * The banner choices of the last 30 days, in time order, ending at `now`: each calendar day planned in
 * full from `random` (so a rerun on the same day gives the same history up to the moment it runs), the
 * part after `now` left out. Some choices come from signed-in customers, given by their webshop id.
 */
export function planConsentHistory(
  random: Random,
  customers: number,
  customerIds: readonly string[],
  origin: string,
  now: Date,
): PlannedChoice[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
  const perDay = choicesPerDay(customers)
  const out: PlannedChoice[] = []
  for (let d = CONSENT_DAYS - 1; d >= 0; d--) {
    const start = today - d * DAY
    const weekday = new Date(start).getUTCDay()
    const busier = weekday === 0 || weekday === 6 ? 1.2 : weekday === 1 ? 1.05 : 1
    const count = Math.max(1, Math.round(perDay * busier * (0.85 + random.next() * 0.3)))
    const times: number[] = []
    for (let i = 0; i < count; i++) times.push(start + timeOfDay(random))
    times.sort((a, b) => a - b)
    const day = times.filter((t) => t <= now.getTime())
    // Today always shows in the chart: before the day's first planned visit, one has just happened.
    if (day.length === 0 && times.length > 0) day.push(now.getTime())
    for (const t of day) out.push(planChoice(random, new Date(t), customerIds, origin))
  }
  return out
}

function planChoice(random: Random, at: Date, customerIds: readonly string[], origin: string): PlannedChoice {
  const method = weighted(random, METHOD_SHARES)
  const categories = categoriesFor(random, method)
  const signedIn =
    customerIds.length > 0 && method !== 'gpc' && random.chance(method === 'reject_all' ? 0.06 : 0.12)
  const post: PlannedChoice['post'] = {
    method,
    categories,
    language: weighted(random, LANGUAGE_SHARES),
    path: signedIn ? random.pick(ACCOUNT_PATHS) : random.pick(PATHS),
  }
  if (method === 'gpc') post.gpc = true
  if (signedIn) post.person = { customerId: random.pick(customerIds) }
  const ip = random.chance(0.2)
    ? `2001:db8:${random.int(1, 0xffff).toString(16)}::/48`
    : random.pick(NETWORKS)
  return { at, post, facts: { origin, ip, userAgent: weighted(random, BROWSERS) } }
}

/** What the visitor chose: everything, nothing, or (custom) a mix that is neither. */
function categoriesFor(random: Random, method: ConsentMethod): ConsentPost['categories'] {
  if (method === 'accept_all') return { preferences: true, statistics: true, marketing: true }
  if (method !== 'custom') return { preferences: false, statistics: false, marketing: false }
  const chosen = {
    preferences: random.chance(0.7),
    statistics: random.chance(0.55),
    marketing: random.chance(0.2),
  }
  if (!chosen.preferences && !chosen.statistics && !chosen.marketing) chosen.statistics = true
  if (chosen.preferences && chosen.statistics && chosen.marketing) chosen.marketing = false
  return chosen
}

/** Milliseconds into the day, busier in the evening (see HOURS). */
function timeOfDay(random: Random): number {
  let r = random.next() * HOURS_TOTAL
  let hour = 0
  while (hour < HOURS.length - 1 && r >= (HOURS[hour] ?? 0)) {
    r -= HOURS[hour] ?? 0
    hour++
  }
  return hour * 3_600_000 + Math.floor(random.next() * 3_600_000)
}

function weighted<T>(random: Random, shares: ReadonlyArray<readonly [T, number]>): T {
  let r = random.next()
  for (const [value, share] of shares) {
    if (r < share) return value
    r -= share
  }
  return (shares.at(-1) as readonly [T, number])[0]
}
