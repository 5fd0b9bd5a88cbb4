import type { FastifyReply } from 'fastify'
import type { Language } from '../i18n/languages.js'
import { html, type SafeHtml } from './html.js'

/**
 * A small public page reached from a mail (confirm, unsubscribe, download): the admin styles, no
 * script, not indexed, not cached, and no referrer sent on, since its path holds a token.
 */
export function sendBarePage(
  reply: FastifyReply,
  status: number,
  lang: Language,
  title: string,
  body: SafeHtml,
): FastifyReply {
  return reply
    .status(status)
    .header('content-language', lang)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(
      html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/assets/admin.css">
</head>
<body>
<main id="main" class="bare">
${body}
</main>
</body>
</html>`.value,
    )
}
