import type { FastifyInstance, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { compileInput } from '../http/validation.js'
import { actionButton, blankToNull, field, formFields, postForm, select, textarea } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { sendPage } from '../ui/page.js'
import { SECURITY_MEASURES, type SecurityMeasure, SYSTEM_KINDS } from './datamap.schema.js'
import { writeDataMap } from './datamap.write.js'
import { checkboxes, type FormFieldOf, formList, submitForm, textsFor } from './page.helpers.js'
import type { Processor } from './processor.schema.js'
import { dataMapOf } from './services.js'
import { NewSystem, type System } from './system.schema.js'

const checkSystem = compileInput<NewSystem>(NewSystem)

/** The form's fields as the API's body, so both are validated by the same schema and service. */
function systemFromForm(body: unknown): Record<string, unknown> {
  const f = formFields(body)
  return {
    name: (f.name ?? '').trim(),
    kind: f.kind ?? '',
    description: blankToNull(f.description),
    owner: blankToNull(f.owner),
    hostingCountry: blankToNull(f.hostingCountry)?.toUpperCase() ?? null,
    processorId: blankToNull(f.processorId),
    securityMeasures: formList(body, 'measure').map((measure) => ({
      measure,
      note: blankToNull(f[`note_${measure}`]),
    })),
  }
}

/** A security measure's note is entered in a field of its own, named after the measure. */
function systemFieldOf(request: FastifyRequest, path: string): ReturnType<FormFieldOf> {
  const note = /^securityMeasures\.(\d+)\.note$/.exec(path)
  const measure = note && formList(request.body, 'measure')[Number(note[1])]
  if (!measure) return { name: path.split('.')[0] ?? path }
  const { t, r } = textsFor(request)
  return {
    name: `note_${measure}`,
    label: `${t.dataMap.fields.measureNote}: ${r.measures[measure as SecurityMeasure]}`,
  }
}

function valuesOf(s: System | null): Record<string, string> {
  const v: Record<string, string> = {
    name: s?.name ?? '',
    kind: s?.kind ?? 'webshop',
    description: s?.description ?? '',
    owner: s?.owner ?? '',
    hostingCountry: s?.hostingCountry ?? '',
    processorId: s?.processorId ?? '',
  }
  for (const m of s?.securityMeasures ?? []) v[`note_${m.measure}`] = m.note ?? ''
  return v
}

function systemForm(
  request: FastifyRequest,
  action: string,
  v: Record<string, string>,
  measures: string[],
  processors: Processor[],
  e: Record<string, string>,
): SafeHtml {
  const { t, r } = textsFor(request)
  const d = t.dataMap
  return postForm(
    request,
    action,
    html`${field(d.fields.name ?? '', 'name', { value: v.name, required: true, error: e.name, maxlength: 200 })}
${select(
  d.fields.kind ?? '',
  'kind',
  SYSTEM_KINDS.map((k) => ({ value: k, label: d.kinds[k] })),
  { value: v.kind, error: e.kind },
)}
${textarea(d.fields.description ?? '', 'description', { value: v.description, optional: t.common.optional, error: e.description, rows: 3 })}
${field(d.fields.owner ?? '', 'owner', { value: v.owner, optional: t.common.optional, error: e.owner, maxlength: 200 })}
<div class="row">
${field(d.fields.hostingCountry ?? '', 'hostingCountry', { value: v.hostingCountry, optional: t.common.optional, hint: d.hints.hostingCountry, error: e.hostingCountry, maxlength: 2 })}
${select(d.fields.processorId ?? '', 'processorId', [{ value: '', label: d.none }, ...processors.map((p) => ({ value: p.id, label: p.name }))], { value: v.processorId, error: e.processorId })}
</div>
${checkboxes(
  d.fields.securityMeasures ?? '',
  'measure',
  SECURITY_MEASURES.map((m) => ({ value: m, label: r.measures[m] })),
  measures,
  e.securityMeasures,
)}
<fieldset><legend>${d.fields.measureNote}</legend>
${SECURITY_MEASURES.map((m) => field(r.measures[m], `note_${m}`, { value: v[`note_${m}`], optional: t.common.optional, error: e[`note_${m}`], maxlength: 500 }))}
</fieldset>
<div class="actions"><button type="submit">${t.common.save}</button> <a href="/admin/data-map">${t.common.cancel}</a></div>`,
  )
}

/** Create, edit and delete systems from the admin UI. */
export async function systemPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const dm = dataMapOf(ctx)
  const write = { access: 'datamap.write' as const, page: true }

  const show = async (
    request: FastifyRequest,
    system: System | null,
    errors: Record<string, string> = {},
    posted?: unknown,
  ) => {
    const { t } = textsFor(request)
    const v = posted ? { ...valuesOf(null), ...formFields(posted) } : valuesOf(system)
    const measures = posted
      ? formList(posted, 'measure')
      : (system?.securityMeasures.map((m) => m.measure) ?? [])
    const action = system ? `/admin/data-map/systems/${system.id}` : '/admin/data-map/systems'
    return html`${systemForm(request, action, v, measures, await dm.processors.list(ctx.db), errors)}
${system && html`<p><a href="/admin/data-map/systems/${system.id}/connection">${t.dataMap.connection}</a></p>`}
${system && actionButton(request, `/admin/data-map/systems/${system.id}/delete`, t.dataMap.delete, { danger: true })}`
  }

  app.get('/admin/data-map/systems/new', { config: write }, async (request, reply) =>
    sendPage(request, reply, {
      title: textsFor(request).t.dataMap.newSystem,
      body: await show(request, null),
    }),
  )
  app.get<{ Params: { id: string } }>(
    '/admin/data-map/systems/:id',
    { config: write },
    async (request, reply) => {
      const system = await dm.systems.get(ctx.db, request.params.id)
      return sendPage(request, reply, { title: system.name, body: await show(request, system) })
    },
  )

  const save =
    (id: string | null) => async (request: FastifyRequest, reply: import('fastify').FastifyReply) => {
      const { t } = textsFor(request)
      const current = id ? await dm.systems.get(ctx.db, id) : null
      return submitForm(request, reply, {
        title: current?.name ?? t.dataMap.newSystem,
        write: async () => {
          const checked = checkSystem(systemFromForm(request.body))
          if (!checked.ok) throw checked.error
          await writeDataMap(ctx, request, { type: 'system', id }, (trx) => {
            const actor = actorOf(request.principal)
            return id
              ? dm.systems.update(trx, id, checked.value, actor, request.id)
              : dm.systems.create(trx, checked.value, actor, request.id)
          })
          return '/admin/data-map?saved=1'
        },
        render: (errors, posted) => show(request, current, errors, posted),
        fieldOf: (path) => systemFieldOf(request, path),
      })
    }
  app.post('/admin/data-map/systems', { config: write }, save(null))
  app.post<{ Params: { id: string } }>('/admin/data-map/systems/:id', { config: write }, (request, reply) =>
    save(request.params.id)(request, reply),
  )
  app.post<{ Params: { id: string } }>(
    '/admin/data-map/systems/:id/delete',
    { config: write },
    async (request, reply) => {
      const system = await dm.systems.get(ctx.db, request.params.id)
      return submitForm(request, reply, {
        title: system.name,
        write: async () => {
          await ctx.db
            .transaction()
            .execute((trx) => dm.systems.remove(trx, system.id, actorOf(request.principal), request.id))
          return '/admin/data-map?deleted=1'
        },
        render: () => show(request, system),
      })
    },
  )
}
