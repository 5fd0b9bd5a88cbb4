import type { Transaction } from 'kysely'
import type { AuditDetails } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import type { DB } from '../db/schema.js'
import type { AppContext } from '../http/context.js'
import type { Language } from '../i18n/languages.js'
import { suppress } from '../subscriptions/subscription.repository.js'
import { CHANNELS as MARKETING_CHANNELS } from '../subscriptions/subscription.schema.js'
import type { SubscriptionService } from '../subscriptions/subscription.service.js'
import { prepareAccessPackage } from './access/index.js'
import type { ErasureService } from './erasure/index.js'
import { fulfilText, untilDay } from './request.fulfil.text.js'
import type { ObjectionScope, RequestKind } from './request.schema.js'

/** The modules that do the work of a kind: the access package, and erasure with its relatives. */
export interface FulfilServices {
  ctx: AppContext
  erasure: ErasureService
}

/** What a fulfilment step may use and knows about the request. Ids and hashes only; no values. */
export interface FulfilContext {
  trx: Executor
  request: {
    id: string
    kind: RequestKind
    subjectId: string | null
    emailHash: string
    language: Language
    objectionScope: ObjectionScope | null
  }
  actor: Actor
  clock: Clock
  subscriptions: SubscriptionService
  services: FulfilServices
  /** The person's e-mail from the sealed request, read only when a step needs it. */
  email: () => Promise<string>
}

/** What was done, for the audit entry (ids and counts), and what the completion mail adds. */
export interface FulfilOutcome {
  details: AuditDetails
  mail?: { paragraphs?: string[]; action?: { label: string; url: string } }
  /**
   * The work goes on after this transaction (an erasure runs in durable steps): the request stays
   * in progress, and the module completes it in the transaction that finishes the work.
   */
  deferred?: true
}

/**
 * Doing what was asked, one entry per kind, as a separate step from the workflow: `atReceipt` runs
 * as soon as a request is received (confirmed, or registered by staff), for what the law wants
 * honoured at once; `atCompletion` runs inside the transaction that completes the request, so the
 * request never says completed unless its fulfilment committed with it.
 *
 * Systems outside Vern are answered through the request's tasks, which must be done before this.
 */
export interface Fulfilment {
  atReceipt?: (f: FulfilContext) => Promise<FulfilOutcome | null>
  atCompletion: (f: FulfilContext) => Promise<FulfilOutcome>
}

const manual: Fulfilment = { atCompletion: async () => ({ details: { fulfilment: 'manual' } }) }

/**
 * Stops all direct marketing at once (P13, P14): every marketing permission of the person, and of
 * anyone sharing their e-mail or phone, is withdrawn and their keyed hashes suppressed on every
 * channel, through the subscriptions' own unsubscribe. Someone not in the register is suppressed by
 * the keyed hash of the e-mail they wrote from, so no later sign-up by import or API reaches them
 * without a new, confirmed opt-in.
 */
async function stopMarketing(f: FulfilContext): Promise<FulfilOutcome> {
  const { trx, request } = f
  const at = f.clock.now().toISOString()
  await suppress(
    trx,
    MARKETING_CHANNELS.map((channel) => ({ channel, hash: request.emailHash })),
    'request',
    at,
  )
  if (!request.subjectId) return { details: { marketing: 'suppressed', subject: null } }
  await f.subscriptions.unsubscribeSubject(trx, request.subjectId, 'request', f.actor)
  return { details: { marketing: 'withdrawn', subject: request.subjectId } }
}

const marketing: Fulfilment = {
  atReceipt: stopMarketing,
  atCompletion: async () => ({ details: { marketing: 'stopped at receipt' } }),
}

/** Access (Art. 15) and portability (Art. 20): a single-use download link in the completion mail. */
function accessPackage(kind: 'access' | 'portability'): Fulfilment {
  return {
    atCompletion: async (f) => {
      const { request } = f
      // The request's e-mail also finds the person in connected systems and in the consent ledger.
      const email = await f.email()
      const link = await prepareAccessPackage(
        f.services.ctx,
        {
          requestId: request.id,
          subjectId: request.subjectId,
          language: request.language,
          kind,
          actor: f.actor,
          email,
        },
        f.trx,
      )
      const t = fulfilText(request.language)
      const until = untilDay(request.language, link.expiresAt)
      return {
        details: { package: kind, subject: request.subjectId, expires: link.expiresAt },
        mail: {
          paragraphs: [
            ...(request.subjectId ? [] : [t.nothingHeld]),
            kind === 'access' ? t.packageReady(until) : t.portabilityReady(until),
          ],
          action: { label: t.download, url: link.url },
        },
      }
    },
  }
}

/**
 * Erasure (Art. 17): planned in the completing transaction (the person restricted and put on the
 * erasure list at once), then carried out in durable steps; the erasure completes the request, with
 * what was deleted and kept, in the transaction that finishes it. Someone the register does not know
 * has nothing here to erase; the tasks for systems outside Vern hold the rest.
 */
const erasure: Fulfilment = {
  atCompletion: async (f) => {
    const { request } = f
    if (!request.subjectId)
      return {
        details: { erasure: 'nothing held', subject: null },
        mail: { paragraphs: [fulfilText(request.language).nothingHeld] },
      }
    const id = await f.services.erasure.plan(
      { requestId: request.id, subjectId: request.subjectId, actor: f.actor },
      f.trx as Transaction<DB>,
    )
    return { details: { erasure: id, subject: request.subjectId }, deferred: true }
  },
}

/** Restriction (Art. 18): the person's data marked and kept out of every use but storage. */
const restriction: Fulfilment = {
  atCompletion: async (f): Promise<FulfilOutcome> => {
    const { request } = f
    if (!request.subjectId)
      return {
        details: { restriction: 'nothing held' },
        mail: { paragraphs: [fulfilText(request.language).nothingHeld] },
      }
    await f.services.erasure.restrict(f.trx as Transaction<DB>, {
      subjectId: request.subjectId,
      on: true,
      reason: `Data-subject request ${request.id}`,
      actor: f.actor,
      requestId: request.id,
    })
    return {
      details: { restriction: 'on', subject: request.subjectId },
      mail: { paragraphs: [fulfilText(request.language).restricted] },
    }
  },
}

export const FULFILMENT: Record<RequestKind, Fulfilment> = {
  access: accessPackage('access'),
  portability: accessPackage('portability'),
  // Staff apply the correction on the person's page (or approve the one the person proposed there);
  // the register audits it, and completing records that it was done.
  rectification: manual,
  erasure,
  restriction,
  // An objection to direct marketing is always honoured at once (Art. 21(3)); any other objection is
  // a case staff decide, with reasons, by completing or rejecting it.
  objection: {
    atReceipt: async (f) => (f.request.objectionScope === 'direct_marketing' ? stopMarketing(f) : null),
    atCompletion: async (f): Promise<FulfilOutcome> =>
      f.request.objectionScope === 'direct_marketing'
        ? { details: { marketing: 'stopped at receipt' } }
        : { details: { fulfilment: 'manual' } },
  },
  stop_marketing: marketing,
  // The consents Vern keeps for a person are their marketing permissions; cookie consent lives in
  // the browser, where the banner withdraws it.
  withdraw_consent: marketing,
}
