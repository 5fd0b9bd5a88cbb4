import type { FastifyReply, FastifyRequest } from 'fastify'
import { VernError } from '../errors.js'
import type { AppContext } from '../http/context.js'

/**
 * CORS for the banner's endpoints: only the organisation's configured site origins, echoed back (never
 * `*`). Returns the origin; throws 403 for any other or a missing one when `required`.
 */
export async function allowOrigin(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  required: boolean,
): Promise<string | null> {
  reply.header('vary', 'Origin')
  const origin = request.headers.origin
  const org = await ctx.organisation.get(ctx.db)
  if (typeof origin === 'string' && org.bannerOrigins.includes(origin)) {
    reply.header('access-control-allow-origin', origin)
    return origin
  }
  if (required)
    throw new VernError('origin_not_allowed', 'This site is not among the configured banner origins')
  return null
}

/** Answers a preflight for an allowed origin. */
export async function preflight(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  methods: string,
): Promise<void> {
  await allowOrigin(ctx, request, reply, true)
  reply
    .header('access-control-allow-methods', methods)
    .header('access-control-allow-headers', 'content-type')
    .header('access-control-max-age', '600')
    .status(204)
    .send()
}
