import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { can, type Permission } from '../auth/roles.js'
import { compileInput } from '../http/validation.js'
import { restrictionNotice } from '../requests/erasure/erasure.admin-text.js'
import { restrictionOf } from '../requests/erasure/erasure.repository.js'
import { blankToNull, formFields, postForm } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage, textFor } from '../ui/page.js'
import { personPurposes, purposesSection } from './person.purposes.js'
import { facts, heldByCategory, heldCategories, interactions } from './person.view.js'
import { META_RIGHTS, mayWrite, whoOf } from './subject.access.js'
import { formValues, inputFromForm, profileFields } from './subject.form.js'
import { formError, redisplay } from './subject.page-errors.js'
import { NewInteraction, SubjectPatch } from './subject.schema.js'
import type { SubjectService } from './subject.service.js'

const READ: Permission[] = ['subjects.read', 'subjects.billing.read']
const WRITE: Permission[] = ['subjects.write', 'subjects.billing.write']
const checkPatch = compileInput<SubjectPatch>(SubjectPatch)
const checkInteraction = compileInput<NewInteraction>(NewInteraction)
type Form = { values?: Record<string, string>; errors?: Record<string, string> }

/** A person's page: what is held by category, corrections (rectification) and interactions. */
export async function personPages(app: FastifyInstance, subjects: SubjectService): Promise<void> {
  const { ctx } = app

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    edit: Form = {},
    add: Form = {},
  ) => {
    const t = textFor(request)
    const lang = pageLanguage(request)
    const who = whoOf(request.principal, request.id)
    const s = await subjects.get(ctx.db, id, who)
    const list = await subjects.listInteractions(ctx.db, id, who)
    const restriction = s.restricted ? await restrictionOf(ctx.db, id) : null
    const categories = heldCategories(t, who.role, s, list)
    const purposes =
      categories.length > 0 && can(who.role, 'datamap.read')
        ? purposesSection(t, lang, await personPurposes(ctx, t, lang, who.role, s, categories))
        : ''
    const failed = Object.keys({ ...edit.errors, ...add.errors }).length > 0
    const saved = (request.query as Record<string, string | undefined>).saved
    return sendPage(request, reply, {
      title: s.name || s.email || t.register.kinds[s.kind] || s.id,
      status: failed ? 400 : 200,
      notice: saved ? t.common.saved : null,
      error: failed ? t.common.fixErrors : null,
      body: html`<p><a href="/admin/people">← ${t.register.title}</a></p>
${restrictionNotice(lang, restriction)}
${facts(t, lang, s)}
${heldByCategory(t, who.role, s)}
${purposes}
${
  mayWrite(who.role, META_RIGHTS) &&
  !s.erased &&
  !s.restricted &&
  html`<h2 id="edit">${t.register.edit}</h2>
<p class="hint">${t.register.editIntro}</p>
${postForm(request, `/admin/people/${s.id}`, html`${profileFields(t, who.role, edit.values ?? formValues(s), edit.errors ?? {})}<div class="actions"><button type="submit">${t.common.save}</button></div>`, { label: t.register.edit })}`
}
${interactions(request, t, lang, who.role, s, list, add.values ?? { kind: '' }, add.errors ?? {})}`,
    })
  }

  app.get<{ Params: { id: string } }>(
    '/admin/people/:id',
    { config: { access: READ, page: true } },
    (request, reply) => render(request, reply, request.params.id),
  )

  app.post<{ Params: { id: string } }>(
    '/admin/people/:id',
    { config: { access: WRITE, page: true } },
    async (request, reply) => {
      const { id } = request.params
      const who = whoOf(request.principal, request.id)
      const fields = formFields(request.body)
      try {
        const existing = await subjects.get(ctx.db, id, who)
        const checked = checkPatch(inputFromForm(fields, who.role, existing))
        if (!checked.ok) throw checked.error
        await subjects.write(ctx.db, who, id, (trx) => subjects.update(trx, id, checked.value, who))
        return reply.redirect(`/admin/people/${id}?saved=1`, 303)
      } catch (error) {
        const refused = formError(textFor(request), error)
        if (!refused) throw error
        return render(request, reply, id, {
          values: redisplay(fields, refused),
          errors: { [refused.field]: refused.message },
        })
      }
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/people/:id/interactions',
    { config: { access: WRITE, page: true } },
    async (request, reply) => {
      const { id } = request.params
      const who = whoOf(request.principal, request.id)
      const f = formFields(request.body)
      try {
        const amount = blankToNull(f.amount)
        const input = {
          kind: f.kind,
          ...(blankToNull(f.occurredAt) ? { occurredAt: `${f.occurredAt?.trim()}T12:00:00Z` } : {}),
          reference: blankToNull(f.reference),
          summary: blankToNull(f.summary),
          amount: amount === null ? null : Number(amount.replace(',', '.')),
          currency: blankToNull(f.currency)?.toUpperCase() ?? null,
        }
        const checked = checkInteraction(input)
        if (!checked.ok) throw checked.error
        await subjects.write(ctx.db, who, id, (trx) => subjects.addInteraction(trx, id, checked.value, who))
        return reply.redirect(`/admin/people/${id}?saved=1#interactions`, 303)
      } catch (error) {
        const refused = formError(textFor(request), error)
        if (!refused) throw error
        return render(
          request,
          reply,
          id,
          {},
          { values: redisplay(f, refused), errors: { [refused.field]: refused.message } },
        )
      }
    },
  )
}
