import type { NewSubscription } from '../subscriptions/subscription.schema.js'
import type { Random } from './random.js'
import type { PlannedPerson } from './register.plan.js'

const DAY = 86_400_000

/** Of the webshop's current customers: how many gave a newsletter permission, and how. */
export const PERMISSION_SHARE = 0.48
/** Of those permissions: explicit opt-ins on the newsletter form (the rest: soft opt-in at checkout). */
export const EXPLICIT_SHARE = 1 / 6
/** Of those permissions: withdrawn since with the link in a newsletter, so on the suppression list. */
export const WITHDRAWN_SHARE = 0.1

const SOFT_EVIDENCE =
  'Kassen i webshoppen: »Som kunde får du vores nyhedsbrev med tilbud på varer som dem, du har købt. Du kan framelde dig her og i hvert nyhedsbrev.« Feltet »Nej tak, jeg vil ikke have nyhedsbrevet« blev vist og var ikke krydset af.'
const EXPLICIT_EVIDENCE =
  'Tilmeldingsformularen på /nyhedsbrev: »Ja tak, send mig Nordlys’ nyhedsbrev med nyheder og tilbud. Jeg kan altid framelde mig igen.« Feltet var ikke krydset af på forhånd.'

/** One newsletter permission to give through the subscription service, and its withdrawal if any. */
export interface PlannedPermission {
  input: NewSubscription
  /** When it was given (ISO). */
  at: string
  /** When the person unsubscribed with one click (ISO), or null. */
  withdrawnAt: string | null
}

/**
 * A fixed share spread evenly over a sequence (error diffusion): the shares hold exactly, even in a demo
 * of 20 people, and the first hit comes early.
 */
class Quota {
  #carry = 0.5
  constructor(private readonly share: number) {}
  take(): boolean {
    this.#carry += this.share
    if (this.#carry < 1) return false
    this.#carry -= 1
    return true
  }
}

/**
 * Decides, person by person, who of the register gave Nordlys a newsletter permission. Only current
 * webshop customers do: a soft opt-in needs an existing customer (P8), and an explicit opt-in from
 * anyone else would wait for a double opt-in mail, which the demo must not queue.
 */
export class PermissionPlanner {
  readonly #permission = new Quota(PERMISSION_SHARE)
  readonly #explicit = new Quota(EXPLICIT_SHARE)
  readonly #withdrawn = new Quota(WITHDRAWN_SHARE)

  constructor(
    private readonly random: Random,
    private readonly now: Date,
  ) {}

  /** Whether a person can be given a permission: a customer with a webshop account, still a customer. */
  static eligible(person: PlannedPerson): boolean {
    return (
      person.input.relationship === 'customer' &&
      person.endedAt === null &&
      person.company === null &&
      person.input.email !== undefined &&
      person.input.firstContactAt !== undefined
    )
  }

  plan(person: PlannedPerson): PlannedPermission | null {
    if (!PermissionPlanner.eligible(person) || !this.#permission.take()) return null
    const { random, now } = this
    const email = person.input.email ?? ''
    const first = Date.parse(person.input.firstContactAt ?? now.toISOString())
    const explicit = this.#explicit.take()
    // A soft opt-in is given with the first order; an explicit one on the form some time after.
    const at = explicit ? first + random.next() * Math.max(0, now.getTime() - first - DAY) : first
    // The shop's customers are Danish, and the forms that collected the permissions were in Danish.
    const language = 'da'
    const input: NewSubscription = explicit
      ? {
          email,
          channel: 'email',
          purpose: 'newsletter',
          basis: 'explicit_opt_in',
          source: 'newsletter-form',
          evidence: EXPLICIT_EVIDENCE,
          language,
        }
      : {
          email,
          channel: 'email',
          purpose: 'newsletter',
          basis: 'soft_opt_in',
          source: 'webshop-checkout',
          evidence: SOFT_EVIDENCE,
          optOutOffered: true,
          language,
        }
    const withdrawnAt = this.#withdrawn.take()
      ? new Date(at + (0.2 + random.next() * 0.75) * (now.getTime() - at)).toISOString()
      : null
    return { input, at: new Date(at).toISOString(), withdrawnAt }
  }
}
