import { FIELD_CATEGORIES, INTERACTION_CATEGORIES } from '../subjects/subject.categories.js'
import type { ActiveHold } from './hold.service.js'
import {
  addPeriod,
  type ClockStart,
  dayOf,
  deletionDate,
  type RetentionAction,
  type RuleTiming,
} from './retention.dates.js'
import type { Rule } from './retention.schema.js'

/**
 * What the sweep does, worked out before it touches anything: each rule becomes steps over the kinds of
 * record it covers in Vern's register, plus manual tasks for the systems outside Vern that hold its data.
 * Pure: the same rules, activities, holds and day give the same steps, for the dry run and the run alike.
 */

/** The kinds of record the sweep acts on. */
export const SWEEP_TARGETS = ['interactions', 'subscriptions', 'people', 'retained', 'tasks'] as const
export type SweepTarget = (typeof SWEEP_TARGETS)[number]

export interface SweepStep {
  /** The rule, or null for the records an erasure kept for the bookkeeping acts ('retained'). */
  ruleId: string | null
  target: SweepTarget
  action: RetentionAction
  clockStart: ClockStart | null
  /** The last day a clock may have started for the record to be due (inclusive), or null: none is due. */
  cutoff: string | null
  /** Interaction kinds ('order', …) or subscription channels ('email', …) the step covers. */
  kinds: string[]
  /** Relationships of the people covered (from the rule's kinds of data subject); null: everyone. */
  relationships: string[] | null
  /** For tasks: the systems outside Vern that hold the rule's data; else the data map's entries for Vern. */
  systemIds: string[]
  /** The data categories of the step's records: a hold on any of them stops the whole step. */
  categories: string[]
  /**
   * People steps: the connected systems (SQL, annotated) that hold the rule's data; a person is erased
   * there, by e-mail and phone, before they are deleted from the register.
   */
  erasesIn: string[]
  /**
   * People steps: the other rules that cover who people are. A person goes only once every rule that
   * applies to them has run out: the longest period governs, whichever rule's step removes them.
   */
  alsoDueUnder?: Array<Pick<SweepStep, 'clockStart' | 'cutoff' | 'relationships'>>
  /** People steps: the relationships earlier people steps cover (null: everyone); those people are theirs. */
  coveredBefore?: Array<string[] | null>
}

/** What the plan needs of a processing activity. */
export interface ActivityFacts {
  id: string
  dataCategories: string[]
  dataSubjects: string[]
  systemIds: string[]
}

/** `category` is `key` or below it: a rule on user.contact covers user.contact.email. */
export function covers(key: string, category: string): boolean {
  return category === key || category.startsWith(`${key}.`)
}

const overlaps = (a: string, b: string) => covers(a, b) || covers(b, a)

const CHANNEL_CATEGORIES: Record<string, string> = {
  email: 'user.contact.email',
  sms: 'user.contact.phone_number',
  post: 'user.contact.address',
}

/** A person is the rule's to delete when it covers who they are: their name and their e-mail. */
const IDENTITY = [FIELD_CATEGORIES.name, FIELD_CATEGORIES.email]

/** The register's relationships for kinds of data subject (fideslang keys and their sub-kinds). */
function relationshipsOf(subjects: readonly string[]): string[] | null {
  if (subjects.length === 0) return null
  const out = new Set<string>()
  for (const s of subjects) {
    if (covers('prospect', s) || s === 'prospect') out.add('prospect')
    if (covers('customer', s)) {
      out.add('customer')
      out.add('former_customer')
    }
  }
  return [...out]
}

const DAY_MS = 86_400_000
const isoDay = (d: Date) => d.toISOString().slice(0, 10)

/**
 * The last day a clock may have started on for a record to be due on `today` under the rule, found by
 * bisection over `deletionDate` itself (it only grows with the start), so every preset's arithmetic
 * (financial years, calendar-year ends, month ends) is the one the rest of Vern uses. Null: none due.
 */
export function lastDueStart(rule: RuleTiming, today: string, financialYearEnd: string): string | null {
  const todayMs = dayOf(today).getTime()
  const timing = {
    clockStart: rule.clockStart,
    period: {
      value: rule.period.value,
      unit: rule.period.unit,
      toCalendarYearEnd: rule.period.toCalendarYearEnd,
    },
  }
  const due = (ms: number) => {
    const start = isoDay(new Date(ms))
    const facts = {
      collectedAt: start,
      lastContactAt: start,
      relationshipEndedAt: start,
      occurredAt: start,
      unsubscribedAt: start,
      requestCompletedAt: start,
    }
    const date = deletionDate(timing, facts, { financialYearEnd })
    return date !== null && date.dueOn <= today
  }
  // The longest period allowed (100 years) plus a year's margin for financial and calendar years.
  let lo = addPeriod(dayOf(today), -102, 'years').getTime()
  let hi = todayMs
  if (!due(lo)) return null
  while (hi - lo > DAY_MS) {
    const mid = lo + Math.floor((hi - lo) / DAY_MS / 2) * DAY_MS
    if (due(mid)) lo = mid
    else hi = mid
  }
  return due(hi) ? isoDay(new Date(hi)) : isoDay(new Date(lo))
}

/** The rule's data categories with those of its processing activities. */
function categoriesOf(rule: Rule, activities: readonly ActivityFacts[]): string[] {
  const own = new Set(rule.dataCategories)
  for (const a of activities)
    if (rule.activityIds.includes(a.id)) for (const c of a.dataCategories) own.add(c)
  return [...own]
}

function subjectsOf(rule: Rule, activities: readonly ActivityFacts[]): string[] {
  if (rule.dataSubjects.length > 0) return rule.dataSubjects
  return [
    ...new Set(activities.filter((a) => rule.activityIds.includes(a.id)).flatMap((a) => a.dataSubjects)),
  ]
}

/**
 * The holds that stop a whole step: one on a data category of its records (above or below it), and for
 * a task one on its system. Holds on people are applied record by record by the sweep.
 */
export function holdsStopping(step: SweepStep, holds: readonly ActiveHold[]): ActiveHold[] {
  return holds.filter(
    (h) =>
      (h.scope === 'data_category' && step.categories.some((c) => overlaps(h.target, c))) ||
      // On a task's systems a hold works one system at a time; on Vern's register it stops the step.
      (h.scope === 'system' && step.target !== 'tasks' && step.systemIds.includes(h.target)),
  )
}

/**
 * The steps of a sweep on `today`, in the order they run: interactions first (so a person whose last
 * records go is deleted in the same run), then permissions, people, what erasures kept, and tasks.
 */
export function planSweep(input: {
  rules: readonly Rule[]
  activities: readonly ActivityFacts[]
  today: string
  financialYearEnd: string
  /** The data map's systems that are Vern itself (kind 'vern'): the register, swept directly. */
  registerSystemIds?: readonly string[]
  /** The systems Vern reaches by SQL with an annotated dataset. */
  connectedSystemIds?: readonly string[]
}): SweepStep[] {
  const { rules, activities, today, financialYearEnd } = input
  const register = [...(input.registerSystemIds ?? [])]
  const connected = new Set(input.connectedSystemIds ?? [])
  const byTarget = new Map<SweepTarget, SweepStep[]>(SWEEP_TARGETS.map((t) => [t, []]))
  for (const rule of rules) {
    const categories = categoriesOf(rule, activities)
    const relationships = relationshipsOf(subjectsOf(rule, activities))
    const cutoff = lastDueStart(rule, today, financialYearEnd)
    const base = {
      ruleId: rule.id,
      action: rule.action,
      clockStart: rule.clockStart,
      cutoff,
      relationships,
      erasesIn: [] as string[],
    }
    const inRegister = relationships === null || relationships.length > 0

    const systems = new Set<string>()
    for (const a of activities)
      if (
        rule.activityIds.includes(a.id) ||
        a.dataCategories.some((c) => categories.some((r) => overlaps(r, c)))
      )
        for (const s of a.systemIds) if (!register.includes(s)) systems.add(s)
    const kinds = Object.entries(INTERACTION_CATEGORIES)
      .filter(([, category]) => categories.some((c) => covers(c, category)))
      .map(([kind]) => kind)
    const interactionClock = rule.clockStart !== 'unsubscribed' && rule.clockStart !== 'request_completed'
    if (inRegister && kinds.length > 0 && interactionClock)
      byTarget.get('interactions')?.push({
        ...base,
        target: 'interactions',
        kinds,
        systemIds: register,
        categories: kinds.map((k) => INTERACTION_CATEGORIES[k] as string),
      })

    const channels = Object.entries(CHANNEL_CATEGORIES)
      .filter(([, category]) => categories.some((c) => covers(c, category)))
      .map(([channel]) => channel)
    if (inRegister && channels.length > 0 && rule.clockStart === 'unsubscribed' && rule.action !== 'restrict')
      byTarget.get('subscriptions')?.push({
        ...base,
        target: 'subscriptions',
        kinds: channels,
        systemIds: register,
        categories: channels.map((c) => CHANNEL_CATEGORIES[c] as string),
      })

    const identity = IDENTITY.every((field) => categories.some((c) => covers(c, field)))
    const personClock =
      rule.clockStart === 'collected' ||
      rule.clockStart === 'last_contact' ||
      rule.clockStart === 'relationship_ended'
    const people = inRegister && identity && personClock
    // Connected systems are reached person by person through the register; the rest get a task.
    const erasesIn =
      people && rule.action !== 'restrict' ? [...systems].filter((s) => connected.has(s)).sort() : []
    for (const s of erasesIn) systems.delete(s)
    if (people)
      byTarget.get('people')?.push({
        ...base,
        erasesIn,
        target: 'people',
        kinds: [],
        systemIds: register,
        // A person's record holds every profile field, so a hold on any of their categories keeps them.
        categories: [...new Set(Object.values(FIELD_CATEGORIES))],
      })

    if (systems.size > 0)
      byTarget.get('tasks')?.push({
        ...base,
        target: 'tasks',
        kinds: [],
        systemIds: [...systems].sort(),
        categories,
      })
  }
  // What erasures kept for the bookkeeping acts goes when its own date has passed, rule or no rule.
  byTarget.get('retained')?.push({
    ruleId: null,
    target: 'retained',
    action: 'delete',
    clockStart: null,
    cutoff: isoDay(new Date(dayOf(today).getTime() - DAY_MS)),
    kinds: [],
    relationships: null,
    systemIds: register,
    erasesIn: [],
    // Kept vouchers and the fields an invoice needs; a hold on those categories keeps them longer.
    categories: [INTERACTION_CATEGORIES.order as string, INTERACTION_CATEGORIES.invoice as string],
  })
  const people = byTarget.get('people') ?? []
  people.forEach((step, i) => {
    step.alsoDueUnder = people
      .filter((other) => other !== step)
      .map(({ clockStart, cutoff, relationships }) => ({ clockStart, cutoff, relationships }))
    step.coveredBefore = people.slice(0, i).map((earlier) => earlier.relationships)
  })
  return SWEEP_TARGETS.flatMap((t) => byTarget.get(t) ?? [])
}
