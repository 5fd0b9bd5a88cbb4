import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { can } from '../auth/roles.js'
import { randomToken, safeEqual } from '../auth/tokens.js'
import { VernError } from '../errors.js'
import { findUserById } from '../users/user.repository.js'
import { toUser } from '../users/user.service.js'
import type { Access, AppContext } from './context.js'
import { sendError } from './error-handler.js'

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** A registered route and who may call it; the access test walks this list. */
export interface RouteEntry {
  method: string
  url: string
  access: Access
  page: boolean
}

export interface CookieNames {
  session: string
  preSession: string
}

/** Behind https the cookies get the __Host- prefix: Secure, whole-site, and not settable by a subdomain. */
export function cookieNames(https: boolean): CookieNames {
  return https
    ? { session: '__Host-vern_session', preSession: '__Host-vern_pre' }
    : { session: 'vern_session', preSession: 'vern_pre' }
}

export function cookieOptions(https: boolean, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: https,
    ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}),
  }
}

/**
 * Authentication, authorisation and CSRF for every route, in one place. Each route declares its
 * `access` in its config; a route without one cannot be registered.
 */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  const https = ctx.config.publicUrl.protocol === 'https:'
  const names = cookieNames(https)

  const catalog: RouteEntry[] = []
  app.decorate('routeCatalog', catalog)
  app.addHook('onRoute', (route) => {
    const access = route.config?.access
    if (access === undefined) throw new Error(`route ${route.method} ${route.url} declares no access`)
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        catalog.push({ method, url: route.url, access, page: route.config?.page === true })
    }
  })
  app.decorateRequest('principal', null)
  app.decorateRequest('session', null)
  app.decorateRequest('preSession', null)
  app.decorateRequest('csrfToken', function (this: FastifyRequest) {
    const binding = this.session?.id ?? (this as RequestWithPre).preSession
    return binding ? ctx.keys.mac('csrf', binding) : ''
  })

  app.addHook('onRequest', async (request, reply) => {
    const config = request.routeOptions.config
    if (config?.access === undefined) return // 404: nothing to protect
    await authenticate(ctx, request, reply, names)
    if (config.page && !request.session) ensurePreSession(request as RequestWithPre, reply, names, https)
    if (config.access === 'public') return
    const principal = request.principal
    if (!principal) {
      if (config.page) return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303)
      return sendError(request, reply, new VernError('unauthenticated', 'Sign in or send an API key'))
    }
    if (request.session && request.session.state !== 'active' && !config.partialSession) {
      if (config.page)
        return reply.redirect(
          request.session.state === 'enrol' ? '/account/two-factor' : '/login/two-factor',
          303,
        )
      return sendError(
        request,
        reply,
        new VernError('two_factor_required', 'Complete two-factor sign-in first'),
      )
    }
    const access = config.access
    if (
      access === 'authenticated' ||
      (typeof access === 'string' ? can(principal.role, access) : access.some((p) => can(principal.role, p)))
    )
      return
    await ctx.audit.append(ctx.db, {
      actor: actorOf(principal),
      action: 'access.denied',
      target: { type: 'route', id: `${request.method} ${request.routeOptions.url}` },
      outcome: 'denied',
      details: { permission: typeof access === 'string' ? access : access.join('|'), role: principal.role },
      requestId: request.id,
    })
    return sendError(request, reply, new VernError('forbidden', 'Your role does not allow this'))
  })

  // Multipart bodies (file uploads) are parsed by their plugin after this point, so their token is
  // checked once the fields are there; every other body is checked before validation.
  app.addHook('preValidation', async (request, reply) => {
    if (!isMultipart(request)) return checkCsrf(request, reply)
  })
  app.addHook('preHandler', async (request, reply) => {
    if (isMultipart(request)) return checkCsrf(request, reply)
  })
}

function isMultipart(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').startsWith('multipart/form-data')
}

/** The token of a form: a plain field, or a multipart field ({ value }) when the upload plugin parsed it. */
function formToken(body: Record<string, unknown> | undefined): string | undefined {
  const field = body?._csrf
  if (typeof field === 'string') return field
  if (field && typeof field === 'object' && typeof (field as { value?: unknown }).value === 'string')
    return (field as { value: string }).value
  return undefined
}

async function checkCsrf(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  const config = request.routeOptions.config
  if (!UNSAFE.has(request.method) || config?.access === undefined || config.csrf === false) return
  if (request.principal?.type === 'api_key') return // bearer keys are not sent by browsers on their own
  const body = request.body as Record<string, unknown> | undefined
  const sent = formToken(body) ?? request.headers['x-csrf-token']
  const expected = request.csrfToken()
  if (typeof sent !== 'string' || expected === '' || !safeEqual(sent, expected)) {
    return sendError(
      request,
      reply,
      new VernError('csrf_failed', 'The form has expired; reload the page and try again'),
    )
  }
  if (body && typeof body === 'object' && '_csrf' in body) delete body._csrf
  return undefined
}

type RequestWithPre = FastifyRequest & { preSession: string | null }

async function authenticate(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  names: CookieNames,
): Promise<void> {
  const header = request.headers.authorization
  if (header !== undefined) {
    const [scheme, value] = header.split(' ', 2)
    const principal =
      scheme?.toLowerCase() === 'bearer' && value
        ? await ctx.apiKeys.authenticate(ctx.db, value.trim())
        : null
    if (!principal) throw new VernError('unauthenticated', 'The API key is not valid')
    request.principal = principal
    return
  }
  const token = request.cookies[names.session]
  if (!token) return
  const session = await ctx.sessions.resolve(ctx.db, token)
  const row = session ? await findUserById(ctx.db, session.userId) : undefined
  if (!session || !row || row.disabled_at) {
    reply.clearCookie(names.session, { path: '/' })
    return
  }
  const user = toUser(row)
  request.session = session
  request.principal = {
    type: 'user',
    id: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    locale: user.locale,
    sessionId: session.id,
  }
}

function ensurePreSession(
  request: RequestWithPre,
  reply: FastifyReply,
  names: CookieNames,
  https: boolean,
): void {
  const existing = request.cookies[names.preSession]
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) {
    request.preSession = existing
    return
  }
  request.preSession = randomToken()
  reply.setCookie(names.preSession, request.preSession, cookieOptions(https))
}
