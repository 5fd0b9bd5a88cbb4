/**
 * Connections that hand a data-subject request to a system outside Vern: a signed webhook (Standard
 * Webhooks) or an e-mail to the system's processor. Each hand-over is tied to the request's task for
 * that system; the task stays open until the receiver's callback or the processor's reply says done.
 *
 * Entry point for the requests workflow — call it inside the transaction that verifies a request,
 * after the tasks were made, and kick the senders after commit:
 *
 *   const sent = await dispatchRequest(ctx, trx, {
 *     requestId, kind,                       // the request and its kind (access, erasure, …)
 *     taskIds: { [systemId]: taskId },       // the open task of each system
 *     identifiers: { email, customerIds },   // what the receiver needs to find the person
 *   })
 *   // after commit:
 *   connectorServices(ctx).kick()
 *
 * For each system it sends, in this order of preference, a webhook when the system's webhook takes the
 * kind's event (request.access for access and portability, request.erasure, request.rectification,
 * request.restriction), else a mail when the system has an e-mail connection with a usable address.
 * Systems with neither, and kinds without an event for a webhook-only system, stay manual tasks.
 * The deadline given to the receiver is the request's (extended) due date unless `dueOn` is passed.
 */
import type { FastifyInstance } from 'fastify'
import type { Executor } from '../../db/database.js'
import type { AppContext } from '../../http/context.js'
import { emailConnectionRoutes } from '../email/email.routes.js'
import { EmailConnectionService } from '../email/email.service.js'
import { replyPages } from '../email/reply.pages.js'
import { type CompleteTask, type Identifiers, LinkService } from './link.service.js'
import { connectorPages } from './webhook.pages.js'
import * as repo from './webhook.repository.js'
import { webhookRoutes } from './webhook.routes.js'
import { EVENT_OF_KIND } from './webhook.schema.js'
import { SystemWebhookService } from './webhook.service.js'

export interface ConnectorServices {
  links: LinkService
  webhooks: SystemWebhookService
  email: EmailConnectionService
  /** Sends queued webhooks and mails soon (after the transaction that queued them committed). */
  kick(): void
  close(): void
}

export interface DispatchInput {
  requestId: string
  kind: string
  /** The open task of each system the request reaches: system id → task id. */
  taskIds: Readonly<Record<string, string>>
  identifiers: Identifiers
  /** The deadline to give the receiver (YYYY-MM-DD); default: the request's due date. */
  dueOn?: string | null
}

export interface Dispatched {
  systemId: string
  taskId: string
  channel: 'webhook' | 'email'
}

const BUILT = new WeakMap<AppContext, ConnectorServices>()

/** The connector services of a context, built once; tests may pass a constant jitter and a timeout. */
export function connectorServices(
  ctx: AppContext,
  options: { random?: () => number; timeoutMs?: number } = {},
): ConnectorServices {
  const built = BUILT.get(ctx)
  if (built) return built
  const completeTask: CompleteTask = async (trx, requestId, taskId, note, who) => {
    // Loaded when first needed: the requests workflow calls into this module, and this module
    // ticks its tasks off through the workflow (state checks, history, audit).
    const { requestServices } = await import('../../requests/index.js')
    return requestsOf(ctx, requestServices).completeTask(trx, requestId, taskId, note, who)
  }
  const links = new LinkService(ctx.vault, ctx.audit, ctx.clock, completeTask)
  const webhooks = new SystemWebhookService({
    database: ctx.database,
    vault: ctx.vault,
    audit: ctx.audit,
    clock: ctx.clock,
    log: ctx.log,
    publicUrl: ctx.config.publicUrl,
    ...options,
  })
  const email = new EmailConnectionService({
    database: ctx.database,
    audit: ctx.audit,
    clock: ctx.clock,
    mail: ctx.mail,
    organisation: ctx.organisation,
    links,
    publicUrl: ctx.config.publicUrl,
  })
  const services: ConnectorServices = {
    links,
    webhooks,
    email,
    kick: () => {
      webhooks.kick()
      ctx.mail.kick()
    },
    close: () => webhooks.close(),
  }
  BUILT.set(ctx, services)
  return services
}

type RequestsModule = typeof import('../../requests/index.js')
const REQUESTS = new WeakMap<AppContext, ReturnType<RequestsModule['requestServices']>['requests']>()
function requestsOf(ctx: AppContext, build: RequestsModule['requestServices']) {
  let requests = REQUESTS.get(ctx)
  if (!requests) {
    requests = build(ctx).requests
    REQUESTS.set(ctx, requests)
  }
  return requests
}

/**
 * Hands a verified request to the systems with a connection, inside the caller's transaction: one
 * link per task (with its single-use answer token) and a queued webhook or mail. Returns what was
 * handed over; tasks not listed there stay for staff to tick off. Audited with ids only.
 */
export async function dispatchRequest(
  ctx: AppContext,
  trx: Executor,
  input: DispatchInput,
): Promise<Dispatched[]> {
  const { links, webhooks, email } = connectorServices(ctx)
  const facts = await repo.requestFacts(trx, input.requestId)
  const dueOn = input.dueOn !== undefined ? input.dueOn : (facts?.extended_until ?? facts?.due_on ?? null)
  const event = EVENT_OF_KIND[input.kind]
  const org = await ctx.organisation.get(trx)
  const dispatched: Dispatched[] = []
  for (const [systemId, taskId] of Object.entries(input.taskIds)) {
    const task = await repo.openTask(trx, input.requestId, taskId)
    if (!task || task.system_id !== systemId || (await repo.taskLinked(trx, taskId))) continue
    const handOver = {
      requestId: input.requestId,
      kind: input.kind,
      identifiers: input.identifiers,
      dueOn,
      systemName: task.system_name,
    }
    if (event && (await webhooks.subscribed(trx, systemId, event))) {
      const { linkId, token } = await links.create(trx, {
        taskId,
        systemId,
        channel: 'webhook',
        language: org.defaultLanguage,
        handOver,
      })
      await webhooks.enqueue(trx, { linkId, systemId, event, handOver, token })
      dispatched.push({ systemId, taskId, channel: 'webhook' })
      continue
    }
    const language = await email.languageOf(trx, systemId)
    if (language) {
      const { token } = await links.create(trx, { taskId, systemId, channel: 'email', language, handOver })
      await email.send(trx, { systemId, handOver, token })
      dispatched.push({ systemId, taskId, channel: 'email' })
    }
  }
  if (dispatched.length > 0)
    await ctx.audit.append(trx, {
      actor: { type: 'system', id: 'connector' },
      action: 'connector.dispatch',
      target: { type: 'request', id: input.requestId },
      details: {
        webhook: dispatched.filter((d) => d.channel === 'webhook').map((d) => d.systemId),
        email: dispatched.filter((d) => d.channel === 'email').map((d) => d.systemId),
      },
    })
  return dispatched
}

/**
 * The connection test for a system's webhook or e-mail connection, for a command line (e.g. `vern
 * connection test <system>`): a webhook gets a signed ping and the answer is reported; an e-mail
 * connection gets a test mail queued (sent by the mailer, or kept in the outbox without SMTP).
 * Returns null when the system has neither.
 */
export async function testRequestConnection(
  ctx: AppContext,
  systemId: string,
): Promise<{ channel: 'webhook' | 'email'; ok: boolean; detail: string } | null> {
  const { webhooks, email } = connectorServices(ctx)
  const who = { actor: { type: 'system' as const, id: 'cli' }, role: 'owner' as const }
  if (await webhooks.get(ctx.db, systemId)) {
    const outcome = await webhooks.test(systemId, who)
    return {
      channel: 'webhook',
      ok: outcome.ok,
      detail: outcome.ok
        ? `answered ${outcome.statusCode} in ${outcome.durationMs} ms`
        : `failed: ${outcome.errorClass}${outcome.statusCode ? ` (${outcome.statusCode})` : ''}`,
    }
  }
  if (await email.get(ctx.db, systemId)) {
    const mailId = await ctx.db.transaction().execute((trx) => email.test(trx, systemId, who))
    ctx.mail.kick()
    return { channel: 'email', ok: true, detail: `test mail ${mailId} queued` }
  }
  return null
}

/** Registers the senders' jobs once per context: webhook deliveries each minute, reminders daily. */
export function registerConnectorJobs(ctx: AppContext, services: ConnectorServices): void {
  if (ctx.scheduler.jobs.some((j) => j.name === 'connectors.deliver')) return
  ctx.scheduler.register({
    name: 'connectors.deliver',
    schedule: '30 * * * * *',
    leaseMs: 5 * 60_000,
    run: async () => {
      const { delivered, failed, dead } = await services.webhooks.deliverDue(500)
      return `delivered ${delivered}, failed ${failed}, dead ${dead}`
    },
  })
  ctx.scheduler.register({
    name: 'connectors.remind',
    schedule: '0 30 6 * * *',
    leaseMs: 30 * 60_000,
    run: async () => {
      const sent = await services.email.remind()
      if (sent > 0) ctx.mail.kick()
      return `reminded ${sent}`
    },
  })
}

/** Webhook and e-mail connections of systems: their API, the callback, the reply page, the admin page. */
export async function requestConnectionPlugin(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const services = connectorServices(ctx)
  app.addHook('onClose', async () => services.close())
  registerConnectorJobs(ctx, services)
  await webhookRoutes(app, services)
  await emailConnectionRoutes(app, services)
  await replyPages(app, services)
  await connectorPages(app, services)
}

export { signWebhook } from './signing.js'
