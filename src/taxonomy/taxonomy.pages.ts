import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { can } from '../auth/roles.js'
import { invalid, VernError } from '../errors.js'
import { compileInput } from '../http/validation.js'
import { LANGUAGES } from '../i18n/languages.js'
import { formFields } from '../ui/forms.js'
import { pageLanguage, sendPage, textFor } from '../ui/page.js'
import { isKind, isValidKey } from './taxonomy.keys.js'
import { TaxonomyCreate } from './taxonomy.schema.js'
import { taxonomyBody, type ViewState } from './taxonomy.view.js'

const checkCreate = compileInput<TaxonomyCreate>(TaxonomyCreate)

/** /admin/taxonomy: the three trees for every reader; adding, disabling and import for writers. */
export async function taxonomyPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    state: Omit<ViewState, 'canWrite'>,
    o: { status?: number; notice?: string | null; error?: string | null } = {},
  ) => {
    const t = textFor(request)
    const canWrite = !!request.principal && can(request.principal.role, 'datamap.write')
    const items = await ctx.taxonomy.list(ctx.db)
    return sendPage(request, reply, {
      title: t.taxonomy.title,
      status: o.status,
      notice: o.notice,
      error: o.error,
      body: taxonomyBody(request, t, pageLanguage(request), items, { ...state, canWrite }),
    })
  }

  app.get('/admin/taxonomy', { config: { access: 'datamap.read', page: true } }, async (request, reply) => {
    const t = textFor(request)
    const q = request.query as Record<string, string | undefined>
    const counts = /^(\d+)-(\d+)-(\d+)$/.exec(q.imported ?? '')
    const notice = counts
      ? t.taxonomy.imported(Number(counts[1]), Number(counts[2]), Number(counts[3]))
      : q.added
        ? t.taxonomy.added
        : q.saved
          ? t.taxonomy.saved
          : null
    return render(request, reply, { values: {}, errors: {} }, { notice })
  })

  app.post('/admin/taxonomy', { config: { access: 'datamap.write', page: true } }, async (request, reply) => {
    const t = textFor(request)
    const f = formFields(request.body)
    const labels = Object.fromEntries(
      LANGUAGES.filter((l) => f[`label_${l}`]?.trim()).map((l) => [l, f[`label_${l}`]?.trim()]),
    )
    const input = {
      kind: f.kind ?? '',
      key: (f.key ?? '').trim().toLowerCase(),
      name: (f.name ?? '').trim(),
      description: f.description?.trim() || null,
      labels,
    }
    try {
      const checked = checkCreate(input)
      if (!checked.ok) throw checked.error
      await ctx.db
        .transaction()
        .execute((trx) => ctx.taxonomy.create(trx, checked.value, actorOf(request.principal), request.id))
      return reply.redirect('/admin/taxonomy?added=1', 303)
    } catch (error) {
      if (!(error instanceof VernError) || !['validation_failed', 'conflict'].includes(error.code))
        throw error
      const { name, message } = formError(t, error)
      return render(
        request,
        reply,
        { values: f, errors: { [name]: message } },
        { status: error.status, error: t.common.fixErrors },
      )
    }
  })

  app.post(
    '/admin/taxonomy/state',
    { config: { access: 'datamap.write', page: true } },
    async (request, reply) => {
      const f = formFields(request.body)
      const kind = f.kind ?? ''
      const key = f.key ?? ''
      if (!isKind(kind))
        throw invalid('kind', 'kind must be data_category, data_use or data_subject', 'one_of')
      if (!isValidKey(key)) throw invalid('key', 'key is not a valid taxonomy key')
      await ctx.db
        .transaction()
        .execute((trx) =>
          ctx.taxonomy.update(
            trx,
            kind,
            key,
            { disabled: f.disabled === '1' },
            actorOf(request.principal),
            request.id,
          ),
        )
      return reply.redirect('/admin/taxonomy?saved=1', 303)
    },
  )

  app.post(
    '/admin/taxonomy/import',
    { config: { access: 'datamap.write', page: true } },
    async (request, reply) => {
      const t = textFor(request)
      const f = formFields(request.body)
      try {
        if (!f.yaml?.trim()) throw invalid('yaml', 'yaml is required', 'required')
        const text = f.yaml
        const result = await ctx.db
          .transaction()
          .execute((trx) => ctx.taxonomy.importYaml(trx, text, actorOf(request.principal), request.id))
        return reply.redirect(
          `/admin/taxonomy?imported=${result.created}-${result.updated}-${result.unchanged}`,
          303,
        )
      } catch (error) {
        if (!(error instanceof VernError) || error.code !== 'validation_failed') throw error
        const message = `${t.taxonomy.errors.importFailed} ${error.message}`
        return render(
          request,
          reply,
          { values: { yaml: f.yaml ?? '' }, errors: {}, importError: message },
          { status: 400, error: message },
        )
      }
    },
  )
}

/** Which form field an error belongs to, and what to say there in the reader's language. */
function formError(t: ReturnType<typeof textFor>, error: VernError): { name: string; message: string } {
  const e = t.taxonomy.errors
  const field = error.field ?? 'key'
  if (error.code === 'conflict') return { name: 'key', message: e.duplicate }
  if (field === 'key' || field === 'parentKey') {
    const message =
      error.rule === 'one_of' ? e.parentMissing : error.rule === 'mismatch' ? e.keyMismatch : e.keyFormat
    return { name: 'key', message }
  }
  const name = field.startsWith('labels.') ? `label_${field.slice(7)}` : field
  const label =
    name === 'name'
      ? t.taxonomy.name
      : name === 'description'
        ? t.taxonomy.description
        : name === 'kind'
          ? t.taxonomy.kind
          : name
  const rule = error.rule ?? 'format'
  return { name, message: t.validation[rule](label, error.params ?? {}) }
}
