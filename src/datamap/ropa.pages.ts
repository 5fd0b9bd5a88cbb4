import type { FastifyInstance } from 'fastify'
import { isLanguage, LANGUAGES, type Language } from '../i18n/languages.js'
import { html } from '../ui/html.js'
import { sendPage } from '../ui/page.js'
import { LANGUAGE_NAMES } from './i18n/public.js'
import { textsFor } from './page.helpers.js'
import { ropaFragment } from './ropa.html.js'
import { ropaLanguage } from './ropa.routes.js'
import { dataMapOf } from './services.js'

/** /admin/ropa: the printable record, with a choice of language and links to CSV and JSON. */
export async function ropaPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const dm = dataMapOf(ctx)
  app.get('/admin/ropa', { config: { access: 'datamap.read', page: true } }, async (request, reply) => {
    const { t } = textsFor(request)
    const d = t.dataMap
    const asked = (request.query as Record<string, unknown>).record
    const lang: Language = await ropaLanguage(
      request,
      typeof asked === 'string' && isLanguage(asked) ? asked : undefined,
    )
    const record = await dm.ropa.build(ctx.db, lang)
    const link = (format: string) => `/api/v1/ropa?format=${format}&lang=${lang}`
    return sendPage(request, reply, {
      title: t.nav.ropa,
      body: html`<p>${d.ropaIntro}</p>
<form method="get" action="/admin/ropa" class="filters">
<div class="field"><label for="f-record">${d.ropaLanguage}</label>
<select id="f-record" name="record">${LANGUAGES.map((l) => html`<option value="${l}"${l === lang ? html` selected` : ''}>${LANGUAGE_NAMES[l]}</option>`)}</select></div>
<div class="actions"><button type="submit" class="secondary">${d.ropaShow}</button></div>
</form>
<p class="actions"><a href="${link('html')}">${d.ropaPrintable}</a> · <a href="${link('csv')}">CSV</a> · <a href="${link('json')}">JSON</a></p>
<div lang="${lang}">
<h2>${record.title}</h2>
${ropaFragment(record)}
</div>`,
    })
  })
}
