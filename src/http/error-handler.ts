import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ERROR_CODES, type ErrorCode, VernError } from '../errors.js'
import { renderErrorPage } from '../ui/error-page.js'
import { type fieldOf, toInvalid } from './validation.js'

/** Turns anything thrown into a VernError with a stable code; unknown faults become internal_error. */
export function toVernError(error: unknown): VernError {
  if (error instanceof VernError) return error
  const e = error as FastifyError & { validation?: Parameters<typeof fieldOf>[0][] }
  if (e.validation && e.validation.length > 0) {
    return toInvalid(e.validation[0]!)
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new VernError('validation_failed', 'The request body is too large', 'body', 'too_long')
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new VernError('validation_failed', 'The request body is not valid JSON', 'body')
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new VernError('unsupported_media_type', 'This content type is not accepted here')
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500
  const byStatus: Record<number, ErrorCode> = {
    400: 'validation_failed',
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not_found',
    405: 'not_found',
    409: 'conflict',
    413: 'validation_failed',
    415: 'unsupported_media_type',
    429: 'rate_limited',
    503: 'unavailable',
  }
  const code = byStatus[status]
  if (code === 'rate_limited') return new VernError(code, 'Too many requests; please wait and try again')
  if (code === 'validation_failed') return new VernError(code, 'The request is malformed', 'body')
  if (code) return new VernError(code, ERROR_CODES[code].description)
  return new VernError('internal_error', 'Something went wrong on our side')
}

/** The one place errors become HTTP answers: JSON for the API, a page for the admin UI. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    const vern = toVernError(error)
    if (vern.code === 'internal_error') request.log.error({ err: error }, 'request failed')
    else if (vern.code === 'unavailable') request.log.warn({ code: vern.code }, 'unavailable')
    return sendError(request, reply, vern)
  })
  app.setNotFoundHandler(async (request, reply) =>
    sendError(request, reply, new VernError('not_found', 'No such page or resource')),
  )
}

export function sendError(request: FastifyRequest, reply: FastifyReply, error: VernError): FastifyReply {
  reply.status(error.status)
  if (error.code === 'rate_limited' && !reply.hasHeader('retry-after')) reply.header('retry-after', '60')
  if (wantsPage(request))
    return reply.type('text/html; charset=utf-8').send(renderErrorPage(request, error).value)
  return reply.send({
    error: {
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...(error.rule ? { rule: error.rule } : {}),
      requestId: request.id,
    },
  })
}

function wantsPage(request: FastifyRequest): boolean {
  if (request.url.startsWith('/api/')) return false
  if (request.routeOptions.config?.page) return true
  return (request.headers.accept ?? '').includes('text/html')
}
