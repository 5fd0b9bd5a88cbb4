import type { FastifyInstance } from 'fastify'
import { html } from './html.js'
import { NAVIGATION } from './nav.js'
import { sendPage, textFor } from './page.js'

/** Pages of capabilities still to be built: they say so plainly, and name the issue that builds them. */
export async function placeholderPages(app: FastifyInstance): Promise<void> {
  for (const item of NAVIGATION.flatMap((s) => s.items)) {
    const { plannedIn, placeholder } = item
    if (!plannedIn || !placeholder) continue
    app.get(item.href, { config: { access: item.anyOf, page: true } }, async (request, reply) => {
      const t = textFor(request)
      return sendPage(request, reply, {
        title: t.nav[item.key],
        body: html`<p class="warn">${t.placeholder.intro(plannedIn)}</p><h2>${t.placeholder.what}</h2><p>${t.placeholder.descriptions[placeholder]}</p>`,
      })
    })
  }
}
