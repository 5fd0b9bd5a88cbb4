import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { can } from '../auth/roles.js'
import { invalid, VernError } from '../errors.js'
import { uploadedFile } from '../http/uploads.js'
import { isLanguage, LANGUAGES, type Language } from '../i18n/languages.js'
import { AUTHORITIES } from '../organisation/authorities.js'
import { COUNTRY_TIME_ZONES, type CountryCode } from '../organisation/countries.js'
import { actionButton, blankToNull, field, formFields, postForm, select, textarea } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import { fromWallClock, hoursMinutes, toWallClock } from './breaches/breach.clock.js'
import { AUTHORITY_LANGUAGE, composeDraft, FILING_URLS, type NoticeCountry } from './breaches/breach.draft.js'
import { categoryLabels } from './breaches/breach.notice.js'
import * as breachRepo from './breaches/breach.repository.js'
import {
  type BreachPatch,
  type BreachSummary,
  PHASES,
  type Phase,
  RISKS,
  STATUSES,
} from './breaches/breach.schema.js'
import { BreachService } from './breaches/breach.service.js'
import { TRIAGES } from './disclosure/report.schema.js'
import { INCIDENT_TEXT, type IncidentText } from './incidents.text.js'
import type { IncidentServices } from './index.js'

const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T): T =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : fallback
/**
 * A date and time typed on a form, read as wall-clock time in the organisation's zone (DST included),
 * as an ISO instant; one with an explicit offset as given. Null when blank, the raw text when
 * unreadable (the schema then refuses it by name).
 */
const instant = (v: string | undefined, zone: string): string | null => {
  const s = blankToNull(v)
  if (!s) return null
  if (/Z$|[+-]\d\d:\d\d$/.test(s)) {
    const d = new Date(s)
    return Number.isNaN(d.getTime()) ? s : d.toISOString()
  }
  return fromWallClock(s, zone)?.toISOString() ?? s
}
/** An instant as the wall-clock time in the organisation's zone, for a form field ("2026-03-29T10:00"). */
const local = (iso: string | null, zone: string) => (iso ? toWallClock(new Date(iso), zone) : '')
/** An instant as the wall-clock time in the organisation's zone, for reading ("2026-03-29 10:00"). */
const shown = (iso: string, zone: string) => local(iso, zone).replace('T', ' ')
const zoneOf = (org: { country: CountryCode | null }) =>
  org.country ? COUNTRY_TIME_ZONES[org.country] : 'UTC'
const lines = (v: string | undefined) => [
  ...new Set(
    (v ?? '')
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
]
/** A count typed on a form: blank is "not known"; anything but a whole number from 0 is refused. */
const count = (name: string, v: string): number | null => {
  const s = blankToNull(v)
  if (s === null) return null
  if (!/^\d{1,10}$/.test(s) || Number(s) > 1_000_000_000)
    throw invalid(name, `${name} must be a whole number from 0`, 'format')
  return Number(s)
}
/** The first instant of a calendar day (YYYY-MM-DD), `plus` days on, in a time zone; refused when no day. */
const dayStart = (name: string, day: string, zone: string, plus = 0): Date => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim())
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0]
  const real = m && new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d
  const start =
    real && fromWallClock(`${new Date(Date.UTC(y, mo - 1, d + plus)).toISOString().slice(0, 10)}T00:00`, zone)
  if (!start) throw invalid(name, `${name} must be a date (YYYY-MM-DD)`, 'format')
  return start
}
/** A value a form picks from a list; anything else is refused by name. */
const listed = <T extends string>(values: readonly T[], name: string, value: string): T => {
  if (!(values as readonly string[]).includes(value))
    throw invalid(name, `${name} must be one of ${values.join(', ')}`, 'one_of')
  return value as T
}

/** The countdown in words. */
function clockText(t: IncidentText, b: BreachSummary): string {
  if (b.clock.notified) return t.notified
  if (!b.clock.required) return t.notRequired
  const left = hoursMinutes(b.clock.msLeft)
  return left ? t.left(left.hours, left.minutes) : t.overdue
}

/** The dashboard card: breaches whose 72-hour clock is running, soonest first. */
export async function breachCountdownCard(request: FastifyRequest): Promise<SafeHtml | ''> {
  const { ctx } = request.server
  if (!request.principal || !can(request.principal.role, 'breaches.read')) return ''
  const t = INCIDENT_TEXT[pageLanguage(request)]
  const breaches = new BreachService({
    audit: ctx.audit,
    clock: ctx.clock,
    mail: ctx.mail,
    organisation: ctx.organisation,
    publicUrl: ctx.config.publicUrl,
  })
  const running = (await breaches.list(ctx.db))
    .filter((b) => b.status !== 'closed' && b.clock.required && !b.clock.notified)
    .sort((a, b) => a.clock.msLeft - b.clock.msLeft)
  return html`<section class="card" aria-labelledby="breach-h"><h2 id="breach-h">${t.dashboardTitle}</h2>
${
  running.length === 0
    ? html`<p>${t.dashboardNone}</p>`
    : html`<ul>${running.map((b) => html`<li class="${b.clock.overdue || b.clock.msLeft < 12 * 3_600_000 ? 'alert' : 'warn'}"><a href="/admin/breaches/${b.id}">${b.reference} ${b.title}</a>: <strong>${clockText(t, b)}</strong></li>`)}</ul>`
}</section>`
}

/** /admin/breaches and /admin/vulnerability-reports. */
export async function incidentPages(app: FastifyInstance, s: IncidentServices): Promise<void> {
  const { ctx } = app
  const refused = (error: unknown) => error instanceof VernError && error.status < 500 && error.status !== 403
  const who = (request: FastifyRequest) => ({ actor: actorOf(request.principal), requestId: request.id })

  async function listPage(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { error?: string; status?: number } = {},
  ) {
    const t = INCIDENT_TEXT[pageLanguage(request)]
    const list = await s.breaches.list(ctx.db)
    const zone = zoneOf(await ctx.organisation.get(ctx.db))
    const mayWrite = request.principal ? can(request.principal.role, 'breaches.write') : false
    return sendPage(request, reply, {
      title: t.breaches,
      error: extra.error,
      status: extra.status,
      body: html`<p>${t.intro}</p>
${
  list.length === 0
    ? html`<p>${t.empty}</p>`
    : html`<p class="hint">${t.timesIn(zone)}</p><div class="table-wrap" role="region" tabindex="0" aria-label="${t.breaches}"><table>
<thead><tr><th scope="col">${t.title}</th><th scope="col">${t.awareAt}</th><th scope="col">${t.risk}</th><th scope="col">${t.status}</th><th scope="col">${t.clock}</th></tr></thead>
<tbody>${list.map((b) => html`<tr><td><a href="/admin/breaches/${b.id}">${b.reference} ${b.title}</a></td><td>${shown(b.awareAt, zone)}</td><td>${t.risks[b.risk]}</td><td>${t.statuses[b.status]}</td><td>${clockText(t, b)}</td></tr>`)}</tbody></table></div>`
}
${
  mayWrite &&
  html`<h2>${t.record}</h2>${postForm(
    request,
    '/admin/breaches',
    html`${field(t.title, 'title', { required: true, maxlength: 200 })}
${field(t.awareAt, 'awareAt', { required: true, value: local(ctx.clock.now().toISOString(), zone), hint: t.timesIn(zone) })}
${textarea(t.description, 'description', { required: true, rows: 4 })}
<button type="submit">${t.record}</button>`,
  )}`
}`,
    })
  }

  app.get('/admin/breaches', { config: { access: 'breaches.read', page: true } }, (request, reply) =>
    listPage(request, reply),
  )

  app.post(
    '/admin/breaches',
    { config: { access: 'breaches.write', page: true } },
    async (request, reply) => {
      const f = formFields(request.body)
      const zone = zoneOf(await ctx.organisation.get(ctx.db))
      try {
        const created = await ctx.db.transaction().execute((trx) =>
          s.breaches.create(
            trx,
            {
              title: (f.title ?? '').trim(),
              awareAt: instant(f.awareAt, zone) ?? '',
              description: (f.description ?? '').trim(),
            },
            who(request),
          ),
        )
        return reply.redirect(`/admin/breaches/${created.id}`, 303)
      } catch (error) {
        if (refused(error)) return listPage(request, reply, { error: (error as Error).message, status: 400 })
        throw error
      }
    },
  )

  async function detail(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: { notice?: string; error?: string; status?: number } = {},
  ) {
    const lang = pageLanguage(request)
    const t = INCIDENT_TEXT[lang]
    const b = await s.breaches.get(ctx.db, id)
    const zone = zoneOf(await ctx.organisation.get(ctx.db))
    const mayWrite = request.principal ? can(request.principal.role, 'breaches.write') : false
    const systems = await breachRepo.systemNames(ctx.db)
    const chosen = new Set(b.systemIds)
    const recipients = mayWrite
      ? await ctx.db.transaction().execute((trx) => s.notices.list(trx, id, who(request)))
      : []
    const systemBoxes = (name: string, picked: Set<string>) =>
      systems.length > 0 &&
      html`<fieldset><legend>${t.systems}</legend><input type="hidden" name="${name}Shown" value="1">${systems.map((x) => html`<div class="field check"><input id="${name}-${x.id}" type="checkbox" name="${name}" value="${x.id}"${picked.has(x.id) ? html` checked` : ''}><label for="${name}-${x.id}">${x.name}</label></div>`)}</fieldset>`
    return sendPage(request, reply, {
      title: `${b.reference} ${b.title}`,
      notice: extra.notice,
      error: extra.error,
      status: extra.status,
      body: html`<p class="${b.clock.overdue && !b.clock.notified && b.clock.required ? 'alert' : 'warn'}"><strong>${clockText(t, b)}</strong>${!b.clock.notified && b.clock.required && html` · ${t.notifyBy(shown(b.clock.notifyBy, zone))}`}</p>
<p class="hint">${t.timesIn(zone)}</p>
<p><a href="/admin/breaches/${b.id}/draft">${t.draft}</a></p>
<p class="pre">${b.description}</p>
${
  mayWrite &&
  postForm(
    request,
    `/admin/breaches/${b.id}`,
    html`${field(t.title, 'title', { value: b.title, required: true, maxlength: 200 })}
${field(t.awareAt, 'awareAt', { value: local(b.awareAt, zone), required: true })}
${field(t.startedAt, 'startedAt', { value: local(b.startedAt, zone) })}
${field(t.endedAt, 'endedAt', { value: local(b.endedAt, zone) })}
${textarea(t.description, 'description', { value: b.description, required: true, rows: 4 })}
${systemBoxes('systemIds', chosen)}
${textarea(t.categories, 'dataCategories', { value: b.dataCategories.join('\n'), hint: t.categoriesHint, rows: 3 })}
${field(t.peopleCount, 'peopleCount', { type: 'number', value: b.peopleCount === null ? '' : String(b.peopleCount), inputmode: 'numeric' })}
${field(t.recordsCount, 'recordsCount', { type: 'number', value: b.recordsCount === null ? '' : String(b.recordsCount), inputmode: 'numeric' })}
${textarea(t.consequences, 'consequences', { value: b.consequences, rows: 3 })}
${textarea(t.measuresTaken, 'measuresTaken', { value: b.measuresTaken, rows: 3 })}
${textarea(t.measuresProposed, 'measuresProposed', { value: b.measuresProposed, rows: 3 })}
${textarea(t.advice, 'advice', { value: b.advice, hint: t.adviceHint, rows: 3 })}
${select(
  t.risk,
  'risk',
  RISKS.map((r) => ({ value: r, label: t.risks[r] })),
  { value: b.risk },
)}
${textarea(t.riskReasoning, 'riskReasoning', { value: b.riskReasoning, rows: 3 })}
${select(
  t.status,
  'status',
  STATUSES.map((x) => ({ value: x, label: t.statuses[x] })),
  { value: b.status },
)}
${textarea(t.lateReason, 'lateReason', { value: b.lateReason ?? '', hint: t.lateReasonHint, rows: 2 })}
${textarea(t.publicNotice, 'publicNotice', { value: b.publicNotice ?? '', hint: t.publicNoticeHint, rows: 3 })}
<button type="submit">${t.save}</button>`,
  )
}
<h2>${t.notifications}</h2>
${
  b.notifications.length === 0
    ? html`<p>${t.noNotifications}</p>`
    : html`<ul>${b.notifications.map((n) => html`<li>${t.phases[n.phase]}: ${shown(n.filedAt, zone)}${n.reference && html` · ${n.reference}`}${n.late && html` (${t.late})`}${n.summary && html`<br>${n.summary}`}</li>`)}</ul>`
}
${
  mayWrite &&
  html`<h3>${t.recordNotification}</h3>${postForm(
    request,
    `/admin/breaches/${b.id}/notifications`,
    html`${select(
      t.phase,
      'phase',
      PHASES.map((p) => ({ value: p, label: t.phases[p] })),
      { value: b.notifications.length === 0 ? 'initial' : 'follow_up' },
    )}
${field(t.filedAt, 'filedAt', { required: true, value: local(ctx.clock.now().toISOString(), zone) })}
${field(t.reference, 'reference', { maxlength: 200 })}
${textarea(t.summary, 'summary', { rows: 2 })}
${b.clock.overdue && textarea(t.lateReason, 'lateReason', { value: b.lateReason ?? '', hint: t.lateReasonHint, rows: 2 })}
<button type="submit">${t.recordNotification}</button>`,
  )}`
}
${
  mayWrite &&
  html`<h2>${t.people}</h2><p>${t.peopleIntro}</p>
<p>${t.preview}: ${LANGUAGES.map((l, i) => html`${i > 0 ? ' · ' : ''}<a href="/admin/breaches/${b.id}/notice/${l}" hreflang="${l}">${l}</a>`)}</p>
${
  recipients.length === 0
    ? html`<p>${t.noRecipients}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.recipients}"><table><thead><tr><th scope="col">${t.email}</th><th scope="col">${t.language}</th><th scope="col">${t.delivery}</th></tr></thead>
<tbody>${recipients.map(
        (r) =>
          html`<tr><td>${r.email}</td><td><a href="/admin/breaches/${b.id}/notice/${r.language}" hreflang="${r.language}">${r.language}</a>${
            r.status === 'not_sent' &&
            postForm(
              request,
              `/admin/breaches/${b.id}/recipients/${r.id}/language`,
              html`${select(
                t.language,
                `language-${r.id}`,
                LANGUAGES.map((l) => ({ value: l, label: l })),
                { value: r.language },
              )}<button type="submit" class="secondary">${t.changeLanguage}</button>`,
              { className: 'inline', label: `${t.language}: ${r.email}` },
            )
          }</td><td>${t.deliveries[r.status] ?? r.status}</td></tr>`,
      )}</tbody></table></div>
${actionButton(request, `/admin/breaches/${b.id}/recipients/send`, t.send)}`
}
<h3>${t.chooseFromRegister}</h3>
${postForm(
  request,
  `/admin/breaches/${b.id}/recipients`,
  html`${systemBoxes('pickSystems', new Set())}
${textarea(t.categories, 'pickCategories', { hint: t.categoriesHint, rows: 2 })}
${field(t.from, 'from', { type: 'date' })}
${field(t.to, 'to', { type: 'date' })}
<button type="submit">${t.choose}</button>`,
)}
<h3>${t.list}</h3>
${postForm(request, `/admin/breaches/${b.id}/recipients`, html`${textarea(t.list, 'list', { hint: t.listHint, rows: 4 })}<button type="submit">${t.choose}</button>`)}
<h3>${t.upload}</h3>
<form method="post" action="/admin/breaches/${b.id}/recipients/upload" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="${request.csrfToken()}">
<div class="field"><label for="f-list-file">${t.upload}</label>
<input id="f-list-file" name="file" type="file" accept=".csv,.txt,text/csv,text/plain" required aria-describedby="f-list-file-hint">
<p class="hint" id="f-list-file-hint">${t.uploadHint}</p></div>
<button type="submit">${t.choose}</button></form>`
}
<h2>${t.history}</h2>
<ol>${b.events.map((e) => html`<li>${shown(e.at, zone)} · ${e.type}${typeof e.details.to === 'string' ? html` → ${e.details.to}` : ''}</li>`)}</ol>`,
    })
  }

  app.get<{ Params: { id: string } }>(
    '/admin/breaches/:id',
    { config: { access: 'breaches.read', page: true } },
    (request, reply) => detail(request, reply, request.params.id),
  )

  app.post<{ Params: { id: string } }>(
    '/admin/breaches/:id',
    { config: { access: 'breaches.write', page: true } },
    async (request, reply) => {
      const f = formFields(request.body)
      const raw = (request.body ?? {}) as Record<string, unknown>
      const systemIds = Array.isArray(raw.systemIds)
        ? raw.systemIds.map(String)
        : raw.systemIds
          ? [String(raw.systemIds)]
          : []
      const zone = zoneOf(await ctx.organisation.get(ctx.db))
      const t = INCIDENT_TEXT[pageLanguage(request)]
      try {
        // Only the fields the form sent are changed, and a value outside a list is refused by name,
        // never replaced by a default (a bad "risk" must not reset the assessment).
        const patch: BreachPatch = {}
        if (f.title !== undefined) patch.title = f.title.trim()
        if (f.awareAt !== undefined) patch.awareAt = instant(f.awareAt, zone) ?? ''
        if (f.startedAt !== undefined) patch.startedAt = instant(f.startedAt, zone)
        if (f.endedAt !== undefined) patch.endedAt = instant(f.endedAt, zone)
        if (f.description !== undefined) patch.description = f.description.trim()
        if (f.systemIdsShown !== undefined || raw.systemIds !== undefined)
          patch.systemIds = [...new Set(systemIds)]
        if (f.dataCategories !== undefined) patch.dataCategories = lines(f.dataCategories)
        if (f.peopleCount !== undefined) patch.peopleCount = count('peopleCount', f.peopleCount)
        if (f.recordsCount !== undefined) patch.recordsCount = count('recordsCount', f.recordsCount)
        if (f.consequences !== undefined) patch.consequences = f.consequences
        if (f.measuresTaken !== undefined) patch.measuresTaken = f.measuresTaken
        if (f.measuresProposed !== undefined) patch.measuresProposed = f.measuresProposed
        if (f.advice !== undefined) patch.advice = f.advice
        if (f.risk !== undefined) patch.risk = listed(RISKS, 'risk', f.risk)
        if (f.riskReasoning !== undefined) patch.riskReasoning = f.riskReasoning
        if (f.status !== undefined) patch.status = listed(STATUSES, 'status', f.status)
        if (f.lateReason !== undefined) patch.lateReason = f.lateReason
        if (f.publicNotice !== undefined) patch.publicNotice = blankToNull(f.publicNotice)
        await ctx.db
          .transaction()
          .execute((trx) => s.breaches.update(trx, request.params.id, patch, who(request)))
        return detail(request, reply, request.params.id, { notice: t.saved })
      } catch (error) {
        if (refused(error) && !(error instanceof VernError && error.code === 'not_found'))
          return detail(request, reply, request.params.id, { error: (error as Error).message, status: 400 })
        throw error
      }
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/breaches/:id/notifications',
    { config: { access: 'breaches.write', page: true } },
    async (request, reply) => {
      const f = formFields(request.body)
      const t = INCIDENT_TEXT[pageLanguage(request)]
      const zone = zoneOf(await ctx.organisation.get(ctx.db))
      try {
        await ctx.db.transaction().execute((trx) =>
          s.breaches.addNotification(
            trx,
            request.params.id,
            {
              phase: listed(PHASES, 'phase', f.phase ?? ''),
              filedAt: instant(f.filedAt, zone) ?? '',
              reference: blankToNull(f.reference),
              summary: f.summary ?? '',
              ...(f.lateReason ? { lateReason: f.lateReason } : {}),
            },
            who(request),
          ),
        )
        return detail(request, reply, request.params.id, { notice: t.notificationRecorded })
      } catch (error) {
        if (refused(error) && !(error instanceof VernError && error.code === 'not_found'))
          return detail(request, reply, request.params.id, { error: (error as Error).message, status: 400 })
        throw error
      }
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/breaches/:id/recipients',
    { config: { access: 'breaches.write', page: true } },
    async (request, reply) => {
      const f = formFields(request.body)
      const raw = (request.body ?? {}) as Record<string, unknown>
      const picked = Array.isArray(raw.pickSystems)
        ? raw.pickSystems.map(String)
        : raw.pickSystems
          ? [String(raw.pickSystems)]
          : []
      const t = INCIDENT_TEXT[pageLanguage(request)]
      const zone = zoneOf(await ctx.organisation.get(ctx.db))
      try {
        // The dates are whole days in the organisation's zone: from its first to its last instant.
        const from = blankToNull(f.from) ? dayStart('from', f.from ?? '', zone) : undefined
        const to = blankToNull(f.to) ? new Date(dayStart('to', f.to ?? '', zone, 1).getTime() - 1) : undefined
        const selection =
          f.list !== undefined
            ? { list: f.list }
            : {
                systemIds: [...new Set(picked)],
                dataCategories: lines(f.pickCategories),
                ...(from ? { from: from.toISOString() } : {}),
                ...(to ? { to: to.toISOString() } : {}),
              }
        const added = await ctx.db
          .transaction()
          .execute((trx) => s.notices.select(trx, request.params.id, selection, who(request)))
        return detail(request, reply, request.params.id, { notice: t.chosen(added) })
      } catch (error) {
        if (refused(error) && !(error instanceof VernError && error.code === 'not_found'))
          return detail(request, reply, request.params.id, { error: (error as Error).message, status: 400 })
        throw error
      }
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/breaches/:id/recipients/upload',
    { config: { access: 'breaches.write', page: true } },
    async (request, reply) => {
      const t = INCIDENT_TEXT[pageLanguage(request)]
      try {
        const file = await uploadedFile(request, 'file', 'a CSV or text file of e-mail addresses')
        const added = await ctx.db
          .transaction()
          .execute((trx) => s.notices.selectFile(trx, request.params.id, file, who(request)))
        return detail(request, reply, request.params.id, { notice: t.chosen(added) })
      } catch (error) {
        if (refused(error) && !(error instanceof VernError && error.code === 'not_found'))
          return detail(request, reply, request.params.id, {
            error: (error as Error).message,
            status: (error as VernError).status,
          })
        throw error
      }
    },
  )

  app.post<{ Params: { id: string; rid: string } }>(
    '/admin/breaches/:id/recipients/:rid/language',
    { config: { access: 'breaches.write', page: true } },
    async (request, reply) => {
      const f = formFields(request.body)
      const language = f[`language-${request.params.rid}`] ?? ''
      const t = INCIDENT_TEXT[pageLanguage(request)]
      try {
        if (!isLanguage(language))
          throw new VernError(
            'validation_failed',
            `language must be one of ${LANGUAGES.join(', ')}`,
            'language',
            'one_of',
          )
        await ctx.db
          .transaction()
          .execute((trx) =>
            s.notices.setLanguage(trx, request.params.id, request.params.rid, language, who(request)),
          )
        return detail(request, reply, request.params.id, { notice: t.saved })
      } catch (error) {
        if (refused(error) && !(error instanceof VernError && error.code === 'not_found'))
          return detail(request, reply, request.params.id, {
            error: (error as Error).message,
            status: (error as VernError).status,
          })
        throw error
      }
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/breaches/:id/recipients/send',
    { config: { access: 'breaches.write', page: true } },
    async (request, reply) => {
      const queued = await ctx.db
        .transaction()
        .execute((trx) => s.notices.send(trx, request.params.id, who(request)))
      ctx.mail.kick()
      return detail(request, reply, request.params.id, {
        notice: INCIDENT_TEXT[pageLanguage(request)].sentNotice(queued),
      })
    },
  )

  app.get<{ Params: { id: string; lang: string } }>(
    '/admin/breaches/:id/notice/:lang',
    { config: { access: 'breaches.read', page: true } },
    async (request, reply) => {
      const t = INCIDENT_TEXT[pageLanguage(request)]
      // An unknown language is no page, not silently the English one.
      if (!isLanguage(request.params.lang)) throw new VernError('not_found', 'No such language')
      const language: Language = request.params.lang
      const b = await s.breaches.get(ctx.db, request.params.id)
      const mail = await s.notices.preview(ctx.db, b, language)
      return sendPage(request, reply, {
        title: `${t.preview} (${language})`,
        body: html`<h2 lang="${language}">${mail.subject}</h2><pre lang="${language}" class="pre">${mail.text}</pre><p><a href="/admin/breaches/${b.id}">${b.reference}</a></p>`,
      })
    },
  )

  app.get<{ Params: { id: string }; Querystring: { country?: string } }>(
    '/admin/breaches/:id/draft',
    { config: { access: 'breaches.read', page: true } },
    async (request, reply) => {
      const t = INCIDENT_TEXT[pageLanguage(request)]
      const b = await s.breaches.get(ctx.db, request.params.id)
      const org = await ctx.organisation.get(ctx.db)
      const country = oneOf(
        ['DK', 'NO', 'SE', 'FI'] as const,
        request.query.country ?? org.country ?? undefined,
        'DK',
      ) as NoticeCountry
      const systemNames = new Map((await breachRepo.systemNames(ctx.db)).map((x) => [x.id, x.name]))
      const peopleTold = (await breachRepo.recipientsOf(ctx.db, b.id)).length > 0
      const phase: Phase = b.notifications.length === 0 ? 'initial' : 'follow_up'
      const drafts = []
      for (const language of [AUTHORITY_LANGUAGE[country], 'en'] as const)
        drafts.push(
          composeDraft(b, org, country, language, {
            phase,
            categoryLabels: await categoryLabels(ctx.db, b.dataCategories, language),
            systemNames,
            peopleTold,
          }),
        )
      return sendPage(request, reply, {
        title: `${t.draft}: ${b.reference}`,
        body: html`<p>${t.draftIntro(AUTHORITIES[country].name)}</p>
<p>${t.fileAt}: <a href="${FILING_URLS[country]}" rel="noreferrer">${FILING_URLS[country]}</a></p>
${drafts.map((d) => html`<section lang="${d.language}"><h2>${d.title}</h2><dl>${d.sections.map((x) => html`<dt>${x.label}</dt><dd class="pre">${x.value}</dd>`)}</dl></section>`)}
<p><a href="/admin/breaches/${b.id}">${b.reference}</a></p>`,
      })
    },
  )

  async function reportsPage(request: FastifyRequest, reply: FastifyReply) {
    const t = INCIDENT_TEXT[pageLanguage(request)]
    const list = await s.reports.list(ctx.db)
    return sendPage(request, reply, {
      title: t.reports,
      body: html`<p>${t.reportsIntro}</p>
${
  list.length === 0
    ? html`<p>${t.noReports}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.reports}"><table><thead><tr><th scope="col">${t.what}</th><th scope="col">${t.received}</th><th scope="col">${t.answerDue}</th><th scope="col">${t.triage}</th></tr></thead>
<tbody>${list.map((r) => html`<tr><td><a href="/admin/vulnerability-reports/${r.id}">${r.reference}</a> ${r.what.slice(0, 80)}</td><td>${r.receivedAt.slice(0, 10)}</td><td${r.overdue ? html` class="alert"` : ''}>${r.answeredAt ? t.answered : r.answerDueOn}</td><td>${r.triage ? t.triages[r.triage] : ''}</td></tr>`)}</tbody></table></div>`
}`,
    })
  }

  app.get(
    '/admin/vulnerability-reports',
    { config: { access: 'vulnerabilities.read', page: true } },
    (request, reply) => reportsPage(request, reply),
  )

  async function reportPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    notice?: string,
    extra: { error?: string; status?: number } = {},
  ) {
    const t = INCIDENT_TEXT[pageLanguage(request)]
    const r = await ctx.db.transaction().execute((trx) => s.reports.get(trx, id, who(request)))
    const mayWrite = request.principal ? can(request.principal.role, 'vulnerabilities.write') : false
    return sendPage(request, reply, {
      title: r.reference,
      notice,
      error: extra.error,
      status: extra.status,
      body: html`<dl><dt>${t.received}</dt><dd>${r.receivedAt.slice(0, 16).replace('T', ' ')} UTC</dd><dt>${t.answerDue}</dt><dd>${r.answerDueOn}</dd>
<dt>${t.contact}</dt><dd>${r.contact ? [r.contact.name, r.contact.email].filter(Boolean).join(', ') : t.anonymous}</dd>
${r.breachId && html`<dt>${t.linkedBreach}</dt><dd><a href="/admin/breaches/${r.breachId}">${r.breachId}</a></dd>`}</dl>
<h2>${t.what}</h2><p class="pre">${r.what}</p><h2>${t.where}</h2><p class="pre">${r.location}</p><h2>${t.howFound}</h2><p class="pre">${r.howFound}</p>
${r.attachments.map((a) => html`<p><a href="/admin/vulnerability-reports/${r.id}/attachments/${a.id}">${t.screenshot} (${a.contentType}, ${Math.ceil(a.size / 1024)} kB)</a></p>`)}
${r.messages.length > 0 && html`<h2>${t.messages}</h2><ol>${r.messages.map((m) => html`<li><strong>${m.author === 'reporter' ? t.reporter : t.staff}</strong> ${m.at.slice(0, 16).replace('T', ' ')} UTC<p class="pre">${m.body}</p></li>`)}</ol>`}
${
  mayWrite &&
  r.status !== 'closed' &&
  html`<h2>${t.triage}</h2>${postForm(
    request,
    `/admin/vulnerability-reports/${r.id}/triage`,
    html`${select(
      t.triage,
      'triage',
      TRIAGES.map((x) => ({ value: x, label: t.triages[x] })),
      { value: r.triage ?? 'vulnerability' },
    )}<button type="submit">${t.save}</button>`,
  )}
<h2>${t.answer}</h2>${postForm(request, `/admin/vulnerability-reports/${r.id}/answer`, html`${textarea(t.answer, 'body', { required: true, rows: 5 })}<div class="field check"><input id="f-close" type="checkbox" name="close" value="on"><label for="f-close">${t.closeCase}</label></div><button type="submit">${t.answer}</button>`)}`
}`,
    })
  }

  app.get<{ Params: { id: string } }>(
    '/admin/vulnerability-reports/:id',
    { config: { access: 'vulnerabilities.read', page: true } },
    (request, reply) => reportPage(request, reply, request.params.id),
  )

  app.post<{ Params: { id: string } }>(
    '/admin/vulnerability-reports/:id/triage',
    { config: { access: 'vulnerabilities.write', page: true } },
    async (request, reply) => {
      const f = formFields(request.body)
      await ctx.db
        .transaction()
        .execute((trx) =>
          s.reports.triage(
            trx,
            request.params.id,
            { triage: listed(TRIAGES, 'triage', f.triage ?? '') },
            who(request),
          ),
        )
      return reportPage(request, reply, request.params.id, INCIDENT_TEXT[pageLanguage(request)].triaged)
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/vulnerability-reports/:id/answer',
    { config: { access: 'vulnerabilities.write', page: true } },
    async (request, reply) => {
      const f = formFields(request.body)
      const body = (f.body ?? '').trim()
      const t = INCIDENT_TEXT[pageLanguage(request)]
      if (!body || body.length > 10_000)
        return reportPage(request, reply, request.params.id, undefined, {
          error: body ? t.answerTooLong : t.answerRequired,
          status: 400,
        })
      const userId = request.principal?.type === 'user' ? request.principal.id : null
      await ctx.db
        .transaction()
        .execute((trx) =>
          s.reports.answer(trx, request.params.id, { body, close: f.close === 'on' }, who(request), userId),
        )
      ctx.mail.kick()
      return reportPage(request, reply, request.params.id, INCIDENT_TEXT[pageLanguage(request)].answered)
    },
  )

  app.get<{ Params: { id: string; aid: string } }>(
    '/admin/vulnerability-reports/:id/attachments/:aid',
    { config: { access: 'vulnerabilities.read', page: true } },
    async (request, reply) => {
      const file = await ctx.db
        .transaction()
        .execute((trx) => s.reports.attachment(trx, request.params.id, request.params.aid, who(request)))
      return reply
        .type(file.type)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'")
        .header('content-disposition', 'inline')
        .header('cache-control', 'no-store')
        .send(file.bytes)
    },
  )
}
