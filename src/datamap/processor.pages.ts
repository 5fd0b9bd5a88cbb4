import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { VernError } from '../errors.js'
import { compileInput } from '../http/validation.js'
import { actionButton, formFields } from '../ui/forms.js'
import { html, safeUrl } from '../ui/html.js'
import { sendPage } from '../ui/page.js'
import { countryName } from './countries.js'
import { writeDataMap } from './datamap.write.js'
import { uploadOf } from './dpa.routes.js'
import { describeFieldError, mayWrite, submitForm, textsFor } from './page.helpers.js'
import { dpaForm, processorForm, processorFromForm, processorValues } from './processor.form.js'
import { NewProcessor, type Processor } from './processor.schema.js'
import { dataMapOf } from './services.js'

const checkProcessor = compileInput<NewProcessor>(NewProcessor)

/** /admin/processors: the list for every reader; forms and the agreement upload for writers. */
export async function processorPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const dm = dataMapOf(ctx)
  const write = { access: 'datamap.write' as const, page: true }

  app.get('/admin/processors', { config: { access: 'datamap.read', page: true } }, async (request, reply) => {
    const { t, r, lang } = textsFor(request)
    const d = t.dataMap
    const list = await dm.processors.list(ctx.db)
    const writer = mayWrite(request)
    const query = request.query as Record<string, string | undefined>
    const body = html`${writer && html`<p><a class="button" href="/admin/processors/new">${d.newProcessor}</a></p>`}
${
  list.length === 0
    ? html`<p>${d.noProcessors}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${d.processors}"><table>
<thead><tr><th scope="col">${d.fields.name}</th><th scope="col">${d.fields.role}</th><th scope="col">${t.setup.country}</th><th scope="col">${d.dpa}</th><th scope="col">${d.fields.dpaReviewOn}</th><th scope="col">${d.published}</th></tr></thead>
<tbody>${list.map(
        (
          p,
        ) => html`<tr><th scope="row">${writer ? html`<a href="/admin/processors/${p.id}">${p.name}</a>` : p.name}</th>
<td>${r.roles[p.role]}</td>
<td>${countryName(p.country, lang)}${p.thirdCountry && html` (${p.transferSafeguard ? r.safeguards[p.transferSafeguard] : r.safeguards.none})`}</td>
<td>${p.dpa ? html`<a href="/api/v1/processors/${p.id}/dpa">${p.dpa.filename}</a>` : d.none}</td>
<td>${p.dpaReviewOn ?? d.none}</td><td>${p.published ? t.common.yes : t.common.no}</td></tr>`,
      )}</tbody></table></div>`
}`
    return sendPage(request, reply, {
      title: t.nav.processors,
      notice: query.saved ? t.common.saved : query.deleted ? d.deleted : null,
      body,
    })
  })

  const show = async (
    request: FastifyRequest,
    p: Processor | null,
    errors: Record<string, string> = {},
    posted?: unknown,
  ) => {
    const { t } = textsFor(request)
    const d = t.dataMap
    const others = (await dm.processors.list(ctx.db)).filter((x) => x.id !== p?.id)
    const v = posted ? { ...processorValues(null), published: '', ...formFields(posted) } : processorValues(p)
    return html`${processorForm(request, p ? `/admin/processors/${p.id}` : '/admin/processors', v, others, errors)}
${
  p &&
  html`<h2>${d.dpa}</h2>
${p.dpa ? html`<p><a href="${safeUrl(`/api/v1/processors/${p.id}/dpa`)}">${d.dpaDownload}: ${p.dpa.filename}</a> (${Math.ceil(p.dpa.size / 1024)} kB)<br><span class="hint">${d.dpaHash}: <code>${p.dpa.sha256}</code></span></p>` : html`<p>${d.dpaNone}</p>`}
${dpaForm(request, p, errors.file)}
${actionButton(request, `/admin/processors/${p.id}/delete`, d.delete, { danger: true })}`
}`
  }

  app.get('/admin/processors/new', { config: write }, async (request, reply) =>
    sendPage(request, reply, {
      title: textsFor(request).t.dataMap.newProcessor,
      body: await show(request, null),
    }),
  )
  app.get<{ Params: { id: string } }>('/admin/processors/:id', { config: write }, async (request, reply) => {
    const p = await dm.processors.get(ctx.db, request.params.id)
    const notice = (request.query as Record<string, string>).uploaded
      ? textsFor(request).t.dataMap.dpaUploaded
      : null
    return sendPage(request, reply, { title: p.name, notice, body: await show(request, p) })
  })

  const save = async (request: FastifyRequest, reply: FastifyReply, id: string | null) => {
    const current = id ? await dm.processors.get(ctx.db, id) : null
    return submitForm(request, reply, {
      title: current?.name ?? textsFor(request).t.dataMap.newProcessor,
      write: async () => {
        const checked = checkProcessor(processorFromForm(request.body))
        if (!checked.ok) throw checked.error
        await writeDataMap(ctx, request, { type: 'processor', id }, (trx) => {
          const actor = actorOf(request.principal)
          return id
            ? dm.processors.update(trx, id, checked.value, actor, request.id)
            : dm.processors.create(trx, checked.value, actor, request.id)
        })
        return '/admin/processors?saved=1'
      },
      render: (errors, posted) => show(request, current, errors, posted),
    })
  }
  app.post('/admin/processors', { config: write }, (request, reply) => save(request, reply, null))
  app.post<{ Params: { id: string } }>('/admin/processors/:id', { config: write }, (request, reply) =>
    save(request, reply, request.params.id),
  )
  app.post<{ Params: { id: string } }>(
    '/admin/processors/:id/delete',
    { config: write },
    async (request, reply) => {
      const p = await dm.processors.get(ctx.db, request.params.id)
      return submitForm(request, reply, {
        title: p.name,
        write: async () => {
          await ctx.db
            .transaction()
            .execute((trx) => dm.processors.remove(trx, p.id, actorOf(request.principal), request.id))
          return '/admin/processors?deleted=1'
        },
        render: () => show(request, p),
      })
    },
  )
  app.post<{ Params: { id: string } }>(
    '/admin/processors/:id/dpa',
    { config: write },
    async (request, reply) => {
      const p = await dm.processors.get(ctx.db, request.params.id)
      try {
        const upload = await uploadOf(request)
        await ctx.db
          .transaction()
          .execute((trx) => dm.dpa.upload(trx, p.id, upload, actorOf(request.principal), request.id))
        return reply.redirect(`/admin/processors/${p.id}?uploaded=1`, 303)
      } catch (error) {
        if (!(error instanceof VernError) || error.code !== 'validation_failed') throw error
        const { t } = textsFor(request)
        const { message } = describeFieldError(t, error)
        return sendPage(request, reply, {
          title: p.name,
          status: 400,
          error: message,
          body: await show(request, p, { file: message }),
        })
      }
    },
  )
}
