import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { compileInput } from '../http/validation.js'
import type { Language } from '../i18n/languages.js'
import type { TaxonomyKind } from '../taxonomy/taxonomy.service.js'
import { actionButton } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { sendPage } from '../ui/page.js'
import {
  type ActivityChoices,
  activityFieldOf,
  activityForm,
  activityFromForm,
  activityValues,
} from './activity.form.js'
import { type Activity, NewActivity } from './activity.schema.js'
import { writeDataMap } from './datamap.write.js'
import { submitForm, textsFor } from './page.helpers.js'
import { dataMapOf } from './services.js'

const checkActivity = compileInput<NewActivity>(NewActivity)

/** Create, edit and delete processing activities from the admin UI. */
export async function activityPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const dm = dataMapOf(ctx)
  const write = { access: 'datamap.write' as const, page: true }

  const options = async (kind: TaxonomyKind, lang: Language) =>
    (await ctx.taxonomy.list(ctx.db, kind))
      .filter((i) => !i.disabled)
      .map((i) => ({ value: i.key, label: `${i.labels[lang] ?? i.name} (${i.key})` }))
  const choices = async (lang: Language): Promise<ActivityChoices> => ({
    dataUses: await options('data_use', lang),
    categories: await options('data_category', lang),
    subjects: await options('data_subject', lang),
    systems: (await dm.systems.list(ctx.db)).map((s) => ({ value: s.id, label: s.name })),
    recipients: (await dm.processors.list(ctx.db)).map((p) => ({ value: p.id, label: p.name })),
  })

  const show = async (
    request: FastifyRequest,
    a: Activity | null,
    errors: Record<string, string> = {},
    posted?: unknown,
  ) => {
    const { t, lang } = textsFor(request)
    const action = a ? `/admin/data-map/activities/${a.id}` : '/admin/data-map/activities'
    return html`${activityForm(request, action, activityValues(a, posted), await choices(lang), errors)}
${a && actionButton(request, `/admin/data-map/activities/${a.id}/delete`, t.dataMap.delete, { danger: true })}`
  }

  app.get('/admin/data-map/activities/new', { config: write }, async (request, reply) =>
    sendPage(request, reply, {
      title: textsFor(request).t.dataMap.newActivity,
      body: await show(request, null),
    }),
  )
  app.get<{ Params: { id: string } }>(
    '/admin/data-map/activities/:id',
    { config: write },
    async (request, reply) => {
      const a = await dm.activities.get(ctx.db, request.params.id)
      return sendPage(request, reply, { title: a.name, body: await show(request, a) })
    },
  )

  const save = async (request: FastifyRequest, reply: FastifyReply, id: string | null) => {
    const current = id ? await dm.activities.get(ctx.db, id) : null
    return submitForm(request, reply, {
      title: current?.name ?? textsFor(request).t.dataMap.newActivity,
      write: async () => {
        const checked = checkActivity(activityFromForm(request.body))
        if (!checked.ok) throw checked.error
        await writeDataMap(ctx, request, { type: 'activity', id }, (trx) => {
          const actor = actorOf(request.principal)
          return id
            ? dm.activities.update(trx, id, checked.value, actor, request.id)
            : dm.activities.create(trx, checked.value, actor, request.id)
        })
        return '/admin/data-map?saved=1'
      },
      render: (errors, posted) => show(request, current, errors, posted),
      fieldOf: activityFieldOf,
    })
  }
  app.post('/admin/data-map/activities', { config: write }, (request, reply) => save(request, reply, null))
  app.post<{ Params: { id: string } }>(
    '/admin/data-map/activities/:id',
    { config: write },
    (request, reply) => save(request, reply, request.params.id),
  )
  app.post<{ Params: { id: string } }>(
    '/admin/data-map/activities/:id/delete',
    { config: write },
    async (request, reply) => {
      const a = await dm.activities.get(ctx.db, request.params.id)
      await ctx.db
        .transaction()
        .execute((trx) => dm.activities.remove(trx, a.id, actorOf(request.principal), request.id))
      return reply.redirect('/admin/data-map?deleted=1', 303)
    },
  )
}
