import type { FastifyRequest } from 'fastify'
import type { VernError } from '../errors.js'
import { html, type SafeHtml } from './html.js'
import { bareDocument, pageLanguage, textFor } from './page.js'

/** A plain page for an error on an admin or public HTML route; no details beyond the request id. */
export function renderErrorPage(request: FastifyRequest, error: VernError): SafeHtml {
  const t = textFor(request)
  const message =
    error.code === 'not_found'
      ? t.errors.notFound
      : error.code === 'forbidden'
        ? t.errors.forbidden
        : error.code === 'csrf_failed'
          ? t.errors.csrf
          : error.code === 'rate_limited'
            ? t.errors.rateLimited
            : error.code === 'internal_error' || error.code === 'unavailable'
              ? t.errors.internal
              : error.message
  return bareDocument(
    pageLanguage(request),
    t.errors.title(error.status),
    html`<h1>${t.errors.title(error.status)}</h1>
<p>${message}</p>
${error.code === 'internal_error' && html`<p><code>${request.id}</code></p>`}
<p><a href="/">${t.errors.goHome}</a></p>`,
  )
}
