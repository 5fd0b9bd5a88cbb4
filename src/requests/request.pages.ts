import type { FastifyInstance, FastifyRequest } from 'fastify'
import { writeAudited } from '../audit/refused-write.js'
import { actorOf } from '../auth/principal.js'
import { can } from '../auth/roles.js'
import { invalid } from '../errors.js'
import { compileInput } from '../http/validation.js'
import { LANGUAGES } from '../i18n/languages.js'
import { SubjectPatch } from '../subjects/subject.schema.js'
import { field, formFields, postForm, select, textarea } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import { latestExtension } from './request.deadlines.js'
import * as repo from './request.repository.js'
import {
  AssignBody,
  DEADLINES,
  EXTENSION_REASONS,
  ExtendBody,
  IdentityCheck,
  KINDS,
  NewRequest,
  OBJECTION_SCOPES,
  OPEN_STATES,
  REJECTION_REASONS,
  RejectBody,
  type RequestView,
  SettingsPatch,
  STAFF_CHANNELS,
  STATES,
  TaskDoneBody,
  VERIFICATION_METHODS,
} from './request.schema.js'
import { ASSIGNABLE, type RequestActor, type RequestService, reference } from './request.service.js'
import { type RequestAdminText, requestAdminText } from './requests.admin-text.js'

const checkNew = compileInput<NewRequest>(NewRequest)
const checkIdentity = compileInput<IdentityCheck>(IdentityCheck)
const checkAssign = compileInput<AssignBody>(AssignBody)
const checkExtend = compileInput<ExtendBody>(ExtendBody)
const checkReject = compileInput<RejectBody>(RejectBody)
const checkTask = compileInput<TaskDoneBody>(TaskDoneBody)
const checkSettings = compileInput<SettingsPatch>(SettingsPatch)
const checkPatch = compileInput<SubjectPatch>(SubjectPatch)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

function parse<T>(
  check: (input: unknown) => { ok: true; value: T } | { ok: false; error: Error },
  input: unknown,
): T {
  const result = check(input)
  if (!result.ok) throw result.error
  return result.value
}

/** The form's fields without the empty ones: an empty optional field means "not given". */
function given(body: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(formFields(body)).filter(([, v]) => v.trim() !== ''))
}

function requestId(request: FastifyRequest): string {
  const { id } = request.params as { id: string }
  if (!UUID.test(id)) throw invalid('id', 'id is not a request id', 'format')
  return id
}

/** /admin/requests: the dashboard of open requests by due date, one request's page, its actions. */
export async function requestPages(app: FastifyInstance, requests: RequestService): Promise<void> {
  const { ctx } = app
  const read = { access: 'requests.read' as const, page: true }
  const write = { access: 'requests.write' as const, page: true }
  const mayWrite = (request: FastifyRequest) =>
    request.principal !== null && can(request.principal.role, 'requests.write')
  const who = (request: FastifyRequest): RequestActor => ({
    actor: actorOf(request.principal),
    requestId: request.id,
  })
  const staff = () => repo.assignableUsers(ctx.db, ASSIGNABLE)

  app.get('/admin/requests', { config: read }, async (request, reply) => {
    const t = requestAdminText(pageLanguage(request))
    const q = request.query as Record<string, string | undefined>
    const state =
      (STATES as readonly string[]).includes(q.state ?? '') && q.state !== 'unconfirmed' ? q.state : undefined
    const all = q.state === 'all'
    const assigneeId = q.assignee && UUID.test(q.assignee) ? q.assignee : undefined
    const list = await requests.list(ctx.db, {
      ...(state ? { state: state as Exclude<RequestView['state'], 'unconfirmed'> } : {}),
      open: !all,
      assigneeId,
      limit: 500,
    })
    const users = await staff()
    const userName = (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? id) : t.nobody)
    return sendPage(request, reply, {
      title: t.title,
      notice: q.saved ? t.saved : null,
      body: html`<p>${t.intro}</p>
${mayWrite(request) ? html`<p><a href="/admin/requests/new">${t.register}</a> · <a href="/admin/requests/settings">${t.settings}</a></p>` : html`<p><a href="/admin/requests/settings">${t.settings}</a></p>`}
<form method="get" action="/admin/requests" class="filters" role="search" aria-label="${t.filter.show}">
${select(
  t.filter.state,
  'state',
  [
    { value: '', label: t.filter.open },
    { value: 'all', label: t.filter.all },
    ...STATES.filter((s) => s !== 'unconfirmed').map((s) => ({ value: s, label: t.states[s] })),
  ],
  { value: all ? 'all' : (state ?? '') },
)}
${select(t.filter.assignee, 'assignee', [{ value: '', label: t.filter.anyone }, ...users.map((u) => ({ value: u.id, label: u.name }))], { value: assigneeId ?? '' })}
<button type="submit">${t.filter.show}</button>
</form>
${
  list.length === 0
    ? html`<p>${t.empty}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.title}"><table class="requests">
<thead><tr><th scope="col">${t.columns.reference}</th><th scope="col">${t.columns.kind}</th><th scope="col">${t.columns.state}</th><th scope="col">${t.columns.received}</th><th scope="col">${t.columns.due}</th><th scope="col">${t.columns.assignee}</th><th scope="col">${t.columns.channel}</th></tr></thead>
<tbody>${list.map(
        (r) =>
          html`<tr${r.overdue ? html` class="overdue"` : ''}><th scope="row"><a href="/admin/requests/${r.id}">${reference(r.id)}</a></th><td>${t.kinds[r.kind]}</td><td>${t.states[r.state]}</td><td>${r.receivedAt?.slice(0, 10) ?? ''}</td><td>${r.dueOn ?? ''}${r.overdue ? html` <span class="badge bad">${t.overdue}</span>` : ''}${r.extended ? html` <span class="badge">${t.extended}</span>` : ''}</td><td>${userName(r.assigneeId)}</td><td>${t.channels[r.channel]}</td></tr>`,
      )}</tbody></table></div>`
}`,
    })
  })

  app.get('/admin/requests/new', { config: write }, async (request, reply) => {
    const t = requestAdminText(pageLanguage(request))
    return sendPage(request, reply, {
      title: t.register,
      body: html`<p>${t.registerIntro}</p>
${postForm(
  request,
  '/admin/requests/new',
  html`${select(
    t.columns.kind,
    'kind',
    KINDS.map((k) => ({ value: k, label: t.kinds[k] })),
  )}
${select(t.facts.scope, 'objectionScope', [{ value: '', label: '–' }, ...OBJECTION_SCOPES.map((s) => ({ value: s, label: t.scopes[s] }))])}
${field(t.facts.email, 'email', { type: 'email', required: true, maxlength: 254 })}
${select(
  t.columns.channel,
  'channel',
  STAFF_CHANNELS.map((c) => ({ value: c, label: t.channels[c] })),
)}
${select(
  t.facts.language,
  'language',
  LANGUAGES.map((l) => ({ value: l, label: l })),
  { value: (await ctx.organisation.get(ctx.db)).defaultLanguage },
)}
${field(t.fields.receivedOn, 'receivedOn', { type: 'date', value: await requests.today(ctx.db) })}
${textarea(t.facts.details, 'details', { optional: t.fields.optional })}
${select(t.fields.identity, 'method', [{ value: '', label: t.fields.notYet }, ...VERIFICATION_METHODS.filter((m) => m !== 'email_link').map((m) => ({ value: m, label: t.methods[m] }))])}
${field(t.checkNote, 'note', { maxlength: 2000, optional: t.fields.optional })}
<button type="submit">${t.register}</button>`,
)}`,
    })
  })

  app.post('/admin/requests/new', { config: write }, async (request, reply) => {
    const { method, note, ...rest } = given(request.body)
    const input = parse(checkNew, {
      ...rest,
      ...(method ? { identityCheck: { method, note: note ?? '' } } : {}),
    })
    const view = await ctx.db.transaction().execute((trx) => requests.register(trx, input, who(request)))
    ctx.mail.kick()
    return reply.redirect(`/admin/requests/${view.id}?created=1`, 303)
  })

  app.get('/admin/requests/settings', { config: read }, async (request, reply) => {
    const t = requestAdminText(pageLanguage(request))
    const s = await requests.settings(ctx.db)
    const writable = request.principal !== null && can(request.principal.role, 'organisation.write')
    const q = request.query as Record<string, string | undefined>
    return sendPage(request, reply, {
      title: `${t.title}: ${t.settings}`,
      notice: q.saved ? t.saved : null,
      body: writable
        ? postForm(
            request,
            '/admin/requests/settings',
            html`${select(
              t.deadline,
              'deadline',
              DEADLINES.map((d) => ({ value: d, label: t.deadlines[d] })),
              { value: s.deadline },
            )}
${field(t.reminderDays, 'reminderDays', { type: 'number', value: String(s.reminderDays), required: true })}
<button type="submit">${t.save}</button>`,
          )
        : html`<dl class="facts"><dt>${t.deadline}</dt><dd>${t.deadlines[s.deadline]}</dd><dt>${t.reminderDays}</dt><dd>${s.reminderDays}</dd></dl>`,
    })
  })

  app.post(
    '/admin/requests/settings',
    { config: { access: 'organisation.write' as const, page: true } },
    async (request, reply) => {
      const f = given(request.body)
      const days = Number(f.reminderDays)
      const patch = parse(checkSettings, {
        ...(f.deadline ? { deadline: f.deadline } : {}),
        ...(f.reminderDays !== undefined
          ? { reminderDays: Number.isInteger(days) ? days : f.reminderDays }
          : {}),
      })
      await ctx.db.transaction().execute((trx) => requests.updateSettings(trx, patch, who(request)))
      return reply.redirect('/admin/requests/settings?saved=1', 303)
    },
  )

  // A dry run of the erasure in the systems Vern reaches by SQL: nothing is written.
  app.get('/admin/requests/:id/preview', { config: write }, async (request, reply) => {
    const t = requestAdminText(pageLanguage(request))
    const id = requestId(request)
    const previews = await requests.previewConnected(ctx.db, id, who(request))
    const c = t.connected
    return sendPage(request, reply, {
      title: c.preview,
      body: html`<p><a href="/admin/requests/${id}">${t.request(reference(id))}</a></p><p>${c.previewIntro}</p>
${
  previews.length === 0
    ? html`<p>${c.noPreview}</p>`
    : previews.map(
        (p) => html`<h2>${p.name}</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">${c.table}</th><th scope="col">${c.column}</th><th scope="col">${c.action}</th><th scope="col">${c.rows}</th></tr></thead><tbody>
${p.changes.map((x) => html`<tr><td><code>${x.table}</code></td><td>${x.column ? html`<code>${x.column}</code>` : c.wholeRow}</td><td>${c.actions[x.action] ?? x.action}</td><td>${x.rows}</td></tr>`)}
${p.kept.map((x) => html`<tr><td><code>${x.table}</code></td><td><code>${x.column}</code></td><td>${c.kept} (${x.retention})</td><td>${x.rows}</td></tr>`)}
</tbody></table></div>`,
      )
}`,
    })
  })

  app.get('/admin/requests/:id', { config: read }, async (request, reply) => {
    const t = requestAdminText(pageLanguage(request))
    const r = await requests.get(ctx.db, requestId(request), who(request))
    const q = request.query as Record<string, string | undefined>
    const users = await staff()
    return sendPage(request, reply, {
      title: t.request(reference(r.id)),
      notice: q.created ? t.created : q.saved ? t.saved : null,
      body: html`${facts(t, r, userNameOf(users, t))}
${tasksSection(request, t, r, mayWrite(request))}
${mayWrite(request) ? actions(request, t, r, users, await receivedOn(r)) : ''}
${history(t, r, userNameOf(users, t))}`,
    })
  })

  async function receivedOn(r: RequestView): Promise<string> {
    return r.receivedAt ? requests.today(ctx.db, new Date(r.receivedAt)) : requests.today(ctx.db)
  }

  const act = (
    path: string,
    run: (
      trx: Parameters<RequestService['start']>[0],
      id: string,
      body: Record<string, string>,
      w: RequestActor,
    ) => Promise<RequestView>,
  ) =>
    app.post(`/admin/requests/:id/${path}`, { config: write }, async (request, reply) => {
      const id = requestId(request)
      // Systems Vern reaches by SQL are answered by Vern before the request can complete.
      if (path === 'complete') await requests.answerInConnectedSystems(ctx.db, id, who(request))
      const view = await ctx.db
        .transaction()
        .execute((trx) => run(trx, id, given(request.body), who(request)))
      await requests.afterCommit(ctx.db, view)
      ctx.mail.kick()
      return reply.redirect(`/admin/requests/${id}?saved=1`, 303)
    })
  act('verify', (trx, id, b, w) => requests.verify(trx, id, parse(checkIdentity, b), w))
  act('start', (trx, id, _b, w) => requests.start(trx, id, w))
  act('assign', (trx, id, b, w) =>
    requests.assign(trx, id, parse(checkAssign, { assigneeId: b.assigneeId ?? null }).assigneeId, w),
  )
  act('extend', (trx, id, b, w) => requests.extend(trx, id, parse(checkExtend, b), w))
  act('reject', (trx, id, b, w) => requests.reject(trx, id, parse(checkReject, b), w))
  act('complete', (trx, id, b, w) => {
    if (b.note !== undefined && b.note.length > 2000)
      throw invalid('note', 'note must be at most 2000 characters', 'too_long', { limit: 2000 })
    return requests.complete(trx, id, b.note, w)
  })

  // The correction form: only the filled-in fields change; an address is given whole.
  app.post('/admin/requests/:id/rectify', { config: write }, async (request, reply) => {
    const id = requestId(request)
    const b = given(request.body)
    const patch: SubjectPatch = {}
    for (const key of ['name', 'email', 'phone'] as const) {
      const value = b[key]?.trim()
      if (value) patch[key] = value
    }
    const address = { street: b.street?.trim(), postalCode: b.postalCode?.trim(), city: b.city?.trim() }
    if (address.street || address.postalCode || address.city)
      patch.address = Object.fromEntries(
        Object.entries(address).filter(([, v]) => v),
      ) as SubjectPatch['address']
    if (Object.keys(patch).length === 0)
      throw invalid('name', requestAdminText(pageLanguage(request)).rectify.nothing, 'required')
    const principal = request.principal as NonNullable<typeof request.principal>
    const actor = { ...who(request), role: principal.role }
    await writeAudited(
      ctx.audit,
      ctx.db,
      { actor: actor.actor, requestId: request.id, target: { type: 'request', id } },
      (trx) => requests.rectify(trx, id, parse(checkPatch, patch), actor),
    )
    return reply.redirect(`/admin/requests/${id}?saved=1`, 303)
  })

  app.post('/admin/requests/:id/tasks/:taskId/done', { config: write }, async (request, reply) => {
    const id = requestId(request)
    const { taskId } = request.params as { taskId: string }
    if (!UUID.test(taskId)) throw invalid('taskId', 'taskId is not a task id', 'format')
    const { note } = parse(checkTask, given(request.body))
    await ctx.db.transaction().execute((trx) => requests.completeTask(trx, id, taskId, note, who(request)))
    return reply.redirect(`/admin/requests/${id}?saved=1#tasks`, 303)
  })
}

function userNameOf(users: Array<{ id: string; name: string }>, t: RequestAdminText) {
  return (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? id) : t.nobody)
}

function facts(t: RequestAdminText, r: RequestView, userName: (id: string | null) => string): SafeHtml {
  return html`<dl class="facts">
<dt>${t.columns.kind}</dt><dd>${t.kinds[r.kind]}${r.objectionScope ? html` (${t.facts.scope}: ${t.scopes[r.objectionScope]})` : ''}</dd>
<dt>${t.columns.state}</dt><dd>${t.states[r.state]}</dd>
<dt>${t.columns.due}</dt><dd>${r.dueOn ?? ''}${r.overdue ? html` <span class="badge bad">${t.overdue}</span>` : ''}${r.extended ? html` <span class="badge">${t.extended}</span> (${t.facts.originalDue}: ${r.originalDueOn ?? ''})` : ''}</dd>
<dt>${t.columns.received}</dt><dd>${r.receivedAt?.slice(0, 10) ?? ''}, ${t.channels[r.channel]}</dd>
<dt>${t.columns.assignee}</dt><dd>${userName(r.assigneeId)}</dd>
<dt>${t.facts.email}</dt><dd>${r.email}</dd>
<dt>${t.facts.language}</dt><dd>${r.language}</dd>
<dt>${t.facts.person}</dt><dd>${r.subjectId ? html`<a href="/admin/people/${r.subjectId}">${r.subjectId}</a>` : t.facts.notInRegister}</dd>
${r.verificationMethod ? html`<dt>${t.facts.verification}</dt><dd>${t.methods[r.verificationMethod]}</dd>` : ''}
${r.details ? html`<dt>${t.facts.details}</dt><dd class="prewrap">${r.details}</dd>` : ''}
</dl>`
}

function tasksSection(
  request: FastifyRequest,
  t: RequestAdminText,
  r: RequestView,
  writable: boolean,
): SafeHtml {
  const open = OPEN_STATES.includes(r.state)
  return html`<section id="tasks" aria-labelledby="tasks-heading"><h2 id="tasks-heading">${t.tasks}</h2>
${
  r.tasks.length === 0
    ? html`<p>${t.noTasks}</p>`
    : html`<p>${t.tasksIntro}</p><ul class="tasks">${r.tasks.map(
        (task) =>
          html`<li><strong>${task.systemName}</strong>: ${
            task.status === 'done'
              ? html`<span class="badge ok">${t.taskDone}</span> ${task.note ?? ''}`
              : html`<span class="badge bad">${t.taskOpen}</span>${
                  writable && open
                    ? postForm(
                        request,
                        `/admin/requests/${r.id}/tasks/${task.id}/done`,
                        html`${field(t.note, 'note', { required: true, maxlength: 2000 })}<button type="submit">${t.markDone}</button>`,
                        { label: `${t.markDone}: ${task.systemName}` },
                      )
                    : ''
                }`
          }</li>`,
      )}</ul>`
}
</section>`
}

function actions(
  request: FastifyRequest,
  t: RequestAdminText,
  r: RequestView,
  users: Array<{ id: string; name: string }>,
  receivedOn: string,
): SafeHtml {
  if (!OPEN_STATES.includes(r.state)) return html`<p>${t.closed}</p>`
  const base = `/admin/requests/${r.id}`
  return html`<section aria-labelledby="actions-heading"><h2 id="actions-heading">${t.actions}</h2>
${
  r.state === 'received'
    ? html`<h3>${t.verify}</h3>${postForm(
        request,
        `${base}/verify`,
        html`${select(
          t.method,
          'method',
          VERIFICATION_METHODS.map((m) => ({ value: m, label: t.methods[m] })),
          { value: r.channel === 'web' ? 'email_link' : 'known_email' },
        )}
${field(t.checkNote, 'note', { required: true, maxlength: 2000 })}<button type="submit">${t.verify}</button>`,
        { label: t.verify },
      )}`
    : ''
}
${r.state === 'verified' ? html`<h3>${t.start}</h3>${postForm(request, `${base}/start`, html`<button type="submit">${t.start}</button>`, { label: t.start })}` : ''}
${
  r.kind === 'rectification' && r.subjectId && r.state !== 'received'
    ? html`<h3>${t.rectify.title}</h3><p class="hint">${t.rectify.hint}</p>${postForm(
        request,
        `${base}/rectify`,
        html`<div class="grid-2">${field(t.rectify.name, 'name', { maxlength: 200 })}${field(t.rectify.email, 'email', { type: 'email', maxlength: 254 })}${field(t.rectify.phone, 'phone', { maxlength: 40 })}${field(t.rectify.street, 'street', { maxlength: 200 })}${field(t.rectify.postalCode, 'postalCode', { maxlength: 20 })}${field(t.rectify.city, 'city', { maxlength: 100 })}</div>
<button type="submit">${t.rectify.apply}</button>`,
        { label: t.rectify.title },
      )}`
    : ''
}
${
  r.state !== 'received'
    ? html`<h3>${t.complete}</h3><p class="hint">${t.completeHint}</p>${r.kind === 'erasure' ? html`<p><a href="${base}/preview">${t.connected.preview}</a></p>` : ''}${postForm(
        request,
        `${base}/complete`,
        html`${textarea(t.completeNote, 'note', { rows: 2, optional: t.fields.optional })}<button type="submit">${t.complete}</button>`,
        { label: t.complete },
      )}`
    : ''
}
<h3>${t.assign}</h3>
${postForm(
  request,
  `${base}/assign`,
  html`${select(t.assignTo, 'assigneeId', [{ value: '', label: t.nobody }, ...users.map((u) => ({ value: u.id, label: u.name }))], { value: r.assigneeId ?? '' })}<button type="submit">${t.assign}</button>`,
  { label: t.assign },
)}
<h3>${t.extend}</h3><p class="hint">${t.extendHint(latestExtension(receivedOn))}</p>
${postForm(
  request,
  `${base}/extend`,
  html`${select(
    t.reason,
    'reason',
    EXTENSION_REASONS.map((x) => ({ value: x, label: t.extensions[x] })),
  )}
${textarea(t.explanation, 'note', { rows: 2, required: true })}
${field(t.newDue, 'dueOn', { type: 'date', required: true })}<button type="submit">${t.extend}</button>`,
  { label: t.extend },
)}
<h3>${t.reject}</h3><p class="hint">${t.rejectHint}</p>
${postForm(
  request,
  `${base}/reject`,
  html`${select(
    t.reason,
    'reason',
    REJECTION_REASONS.map((x) => ({ value: x, label: t.rejections[x] })),
  )}
${textarea(t.explanation, 'note', { rows: 2, required: true })}<button type="submit" class="danger">${t.reject}</button>`,
  { label: t.reject },
)}
</section>`
}

function history(t: RequestAdminText, r: RequestView, userName: (id: string | null) => string): SafeHtml {
  return html`<section aria-labelledby="history-heading"><h2 id="history-heading">${t.history}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="history-heading"><table>
<thead><tr><th scope="col">${t.when}</th><th scope="col">${t.what}</th><th scope="col">${t.reason}</th><th scope="col">${t.by}</th></tr></thead>
<tbody>${r.history.map(
    (e) =>
      html`<tr><td>${e.at.slice(0, 16).replace('T', ' ')}</td><td>${t.events[e.type] ?? e.type}${e.dueOn ? html` → ${e.dueOn}` : ''}</td><td>${reasonText(t, e.type, e.reason, userName)}${e.note ? html`<br><span class="hint">${e.note}</span>` : ''}</td><td>${actorName(t, e.actor, userName)}</td></tr>`,
  )}</tbody></table></div></section>`
}

function actorName(
  t: RequestAdminText,
  actor: { type: string; id: string | null },
  userName: (id: string | null) => string,
): string {
  if (actor.type === 'user') return userName(actor.id)
  if (actor.type === 'anonymous') return t.byPerson
  if (actor.type === 'api_key') return t.byApiKey
  return 'Vern'
}

function reasonText(
  t: RequestAdminText,
  type: string,
  reason: string | null,
  userName: (id: string | null) => string,
): string {
  if (!reason) return ''
  if (type === 'verified') return t.methods[reason as keyof RequestAdminText['methods']] ?? reason
  if (type === 'extended') return t.extensions[reason as keyof RequestAdminText['extensions']] ?? reason
  if (type === 'rejected') return t.rejections[reason as keyof RequestAdminText['rejections']] ?? reason
  if (type === 'assigned') return userName(reason)
  return reason
}
