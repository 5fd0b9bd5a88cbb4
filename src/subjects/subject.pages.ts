import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Permission } from '../auth/roles.js'
import { compileInput } from '../http/validation.js'
import type { AdminText } from '../i18n/admin/index.js'
import { IMPORT_TEXTS } from '../imports/imports.text.js'
import { restrictedBadge } from '../requests/erasure/erasure.admin-text.js'
import { formatTime } from '../ui/format.js'
import { formFields, postForm, select, field as textField } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { pageLanguage, sendPage, textFor } from '../ui/page.js'
import { META_RIGHTS, mayWrite, whoOf } from './subject.access.js'
import { inputFromForm, profileFields } from './subject.form.js'
import { formError, redisplay } from './subject.page-errors.js'
import { NewSubject, RELATIONSHIPS, SUBJECT_KINDS } from './subject.schema.js'
import type { SubjectService } from './subject.service.js'
import type { Subject } from './subject.view.js'

const READ: Permission[] = ['subjects.read', 'subjects.billing.read']
const WRITE: Permission[] = ['subjects.write', 'subjects.billing.write']
const PAGE = 50
const BY = ['email', 'phone', 'identifier', 'externalId'] as const
const checkNew = compileInput<NewSubject>(NewSubject)

/** /admin/people: search, the register page by page, and the form to add someone. */
export async function subjectPages(app: FastifyInstance, subjects: SubjectService): Promise<void> {
  const { ctx } = app

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: Record<string, string>,
  ) => {
    const t = textFor(request)
    const who = whoOf(request.principal, request.id)
    const q = request.query as Record<string, string | undefined>
    const by = BY.find((b) => b === q.by) ?? 'email'
    const term = (q.q ?? '').trim().slice(0, 170)
    let found: { subjects: Subject[]; next: string | null }
    let searchError: string | null = null
    try {
      found = term
        ? { subjects: await subjects.find(ctx.db, { [by]: term }, who), next: null }
        : await subjects.list(
            ctx.db,
            who,
            PAGE,
            /^[0-9a-f-]{36}$/.test(q.before ?? '') ? q.before : undefined,
          )
    } catch (error) {
      const refused = formError(t, error)
      if (!refused) throw error
      searchError = refused.message
      found = { subjects: [], next: null }
    }
    const r = t.register
    return sendPage(request, reply, {
      title: r.title,
      status: Object.keys(errors).length > 0 ? 400 : 200,
      error: searchError ?? (Object.keys(errors).length > 0 ? t.common.fixErrors : null),
      body: html`<p>${r.intro}</p>
${mayWrite(who.role, META_RIGHTS) && html`<p><a href="/admin/people/import">${IMPORT_TEXTS[pageLanguage(request)].link}</a></p>`}
<form method="get" action="/admin/people" class="filters" role="search" aria-label="${r.search}">
${select(
  r.searchBy,
  'by',
  BY.map((b) => ({ value: b, label: r.by[b] })),
  { value: by },
)}
${textField(r.searchValue, 'q', { type: 'search', value: term, hint: r.searchHint, maxlength: 170 })}
<div class="actions"><button type="submit">${r.search}</button> <a href="/admin/people">${t.common.reset}</a></div>
</form>
${term ? html`<h2>${r.results(found.subjects.length)}</h2>` : html`<h2>${r.register}</h2>`}
${found.subjects.length === 0 ? html`<p>${term ? r.noMatch : r.empty}</p>` : table(t, pageLanguage(request), found.subjects)}
${found.next && html`<p><a href="/admin/people?before=${found.next}">${r.next} →</a></p>`}
${mayWrite(who.role, META_RIGHTS) && createForm(request, t, who.role, values, errors)}`,
    })
  }

  app.get('/admin/people', { config: { access: READ, page: true } }, (request, reply) =>
    render(request, reply, { kind: 'person', relationship: 'prospect' }, {}),
  )

  app.post('/admin/people', { config: { access: WRITE, page: true } }, async (request, reply) => {
    const t = textFor(request)
    const who = whoOf(request.principal, request.id)
    const fields = formFields(request.body)
    try {
      const checked = checkNew(inputFromForm(fields, who.role))
      if (!checked.ok) throw checked.error
      const created = await subjects.write(ctx.db, who, null, (trx) =>
        subjects.create(trx, checked.value, 'admin', who),
      )
      return reply.redirect(`/admin/people/${created.id}?saved=1`, 303)
    } catch (error) {
      const refused = formError(t, error)
      if (!refused) throw error
      return render(request, reply, redisplay(fields, refused), { [refused.field]: refused.message })
    }
  })
}

function table(t: AdminText, lang: ReturnType<typeof pageLanguage>, list: Subject[]): SafeHtml {
  const r = t.register
  return html`<table>
<thead><tr><th scope="col">${r.columns.name}</th><th scope="col">${r.columns.kind}</th><th scope="col">${r.columns.relationship}</th><th scope="col">${r.columns.lastContact}</th></tr></thead>
<tbody>${list.map(
    (s) =>
      html`<tr><td><a href="/admin/people/${s.id}">${s.name || s.email || s.id}</a>${restrictedBadge(lang, s.restricted)}</td><td>${r.kinds[s.kind]}</td><td>${r.relationships[s.relationship]}</td><td>${formatTime(s.lastContactAt, lang)}</td></tr>`,
  )}</tbody>
</table>`
}

function createForm(
  request: FastifyRequest,
  t: AdminText,
  role: Parameters<typeof profileFields>[1],
  v: Record<string, string>,
  e: Record<string, string>,
): SafeHtml {
  const r = t.register
  return html`<h2>${r.add}</h2>
${postForm(
  request,
  '/admin/people',
  html`<div class="row">
${select(
  r.fields.kind ?? '',
  'kind',
  SUBJECT_KINDS.map((k) => ({ value: k, label: r.kinds[k] ?? k })),
  { value: v.kind },
)}
${select(
  r.fields.relationship ?? '',
  'relationship',
  RELATIONSHIPS.map((k) => ({ value: k, label: r.relationships[k] ?? k })),
  { value: v.relationship },
)}
</div>
${profileFields(t, role, v, e)}
<div class="actions"><button type="submit">${t.common.create}</button></div>`,
  { label: r.add },
)}`
}
