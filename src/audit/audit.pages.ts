import type { FastifyInstance } from 'fastify'
import { compileInput } from '../http/validation.js'
import { COUNTRY_TIME_ZONES } from '../organisation/countries.js'
import { describeError } from '../ui/errors.js'
import { field, select } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { sendPage, textFor } from '../ui/page.js'
import { toFilter } from './audit.filter.js'
import { distinctActions } from './audit.repository.js'
import { AuditQuery } from './audit.schema.js'
import { auditTable } from './audit.view.js'

const PAGE = 50
const checkQuery = compileInput<AuditQuery>(AuditQuery)

/** Browse, filter and export the audit log; verify its chain on demand. */
export async function auditPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app

  app.get('/admin/audit', { config: { access: 'audit.read', page: true } }, async (request, reply) => {
    const t = textFor(request)
    const a = t.audit
    const raw = Object.fromEntries(
      Object.entries(request.query as Record<string, string>).filter(
        ([k, v]) => k !== 'verify' && k !== 'lang' && v !== '',
      ),
    )
    if (raw.before) (raw as Record<string, unknown>).before = Number(raw.before)
    const checked = checkQuery(raw)
    const query: AuditQuery = checked.ok ? checked.value : {}
    const entries = await ctx.audit.list(ctx.db, toFilter(query), PAGE)
    const org = await ctx.organisation.get(ctx.db)
    const tz = org.country ? COUNTRY_TIME_ZONES[org.country] : undefined
    const verify = (request.query as Record<string, string>).verify ? await ctx.audit.verify(ctx.db) : null
    const params = new URLSearchParams(
      Object.entries(query)
        .filter(([k]) => k !== 'before')
        .map(([k, v]) => [k, String(v)]),
    )
    const nextParams = new URLSearchParams(params)
    if (entries.length === PAGE) nextParams.set('before', String(entries.at(-1)?.seq))
    const actions = await distinctActions(ctx.db)
    return sendPage(request, reply, {
      title: a.title,
      error: checked.ok
        ? verify && !verify.ok
          ? a.broken(verify.seq, verify.problem)
          : null
        : describeError(t, checked.error),
      notice: verify?.ok ? a.verified(verify.entries) : null,
      body: html`<p>${a.intro}</p>
<form method="get" action="/admin/audit" class="filters" role="search" aria-label="${t.common.filter}">
${select(a.action, 'action', [{ value: '', label: a.anyAction }, ...actions.map((x) => ({ value: x, label: x }))], { value: query.action ?? '' })}
${select(
  a.actorType,
  'actorType',
  [
    { value: '', label: a.anyActor },
    { value: 'user', label: t.nav.users },
    { value: 'api_key', label: t.nav.apiKeys },
    { value: 'system', label: a.system },
    { value: 'anonymous', label: a.anonymous },
  ],
  { value: query.actorType ?? '' },
)}
${select(a.outcome, 'outcome', [{ value: '', label: a.anyOutcome }, ...['success', 'denied', 'failure'].map((o) => ({ value: o, label: t.outcomes[o] ?? o }))], { value: query.outcome ?? '' })}
${field(a.from, 'from', { type: 'date', value: query.from })}
${field(a.to, 'to', { type: 'date', value: query.to })}
<div class="actions"><button type="submit">${t.common.filter}</button> <a href="/admin/audit">${t.common.reset}</a></div>
</form>
<div class="actions"><a class="button secondary" href="/api/v1/audit/export?${params.toString()}">${a.export}</a> <a class="button secondary" href="/admin/audit?verify=1">${a.verify}</a></div>
${entries.length === 0 ? html`<p>${a.empty}</p>` : await auditTable(request, entries, tz)}
${entries.length === PAGE && html`<p><a href="/admin/audit?${nextParams.toString()}">${t.common.next} →</a></p>`}`,
    })
  })
}
