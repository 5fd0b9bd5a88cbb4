import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { can } from '../auth/roles.js'
import { VernError } from '../errors.js'
import type { AdminLanguage } from '../i18n/languages.js'
import { actionButton, blankToNull, field, formFields, postForm, select, textarea } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import type { LegalHoldService } from './hold.service.js'
import { CLOCK_STARTS, PERIOD_UNITS, RETENTION_ACTIONS } from './retention.dates.js'
import { PRESET_KEYS, PRESETS, type PresetKey } from './retention.presets.js'
import * as repo from './retention.repository.js'
import { HOLD_SCOPES, type HoldScope, type NewRule, type Rule } from './retention.schema.js'
import { describeRule, type RetentionRuleService } from './retention.service.js'
import { RETENTION_TEXT } from './retention.text.js'
import { sweepLinks } from './sweep.pages.js'

const oneOf = <T extends string>(values: readonly T[], value: string | undefined, fallback: T): T =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : fallback

/** The rule a form describes; the service validates it further. */
function ruleFromForm(body: unknown): NewRule {
  const f = formFields(body)
  const raw = (body ?? {}) as Record<string, unknown>
  const activities = raw.activityIds
  const value = Number.parseInt(f.periodValue ?? '', 10)
  return {
    name: (f.name ?? '').trim(),
    dataCategories: [
      ...new Set(
        (f.dataCategories ?? '')
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ],
    activityIds: [
      ...new Set((Array.isArray(activities) ? activities : activities ? [activities] : []).map(String)),
    ],
    dataSubjects: [
      ...new Set(
        (f.dataSubjects ?? '')
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ],
    clockStart: oneOf(CLOCK_STARTS, f.clockStart, 'collected'),
    period: {
      value: Number.isFinite(value) && value >= 0 ? Math.min(value, 36500) : 0,
      unit: oneOf(PERIOD_UNITS, f.periodUnit, 'years'),
      toCalendarYearEnd: f.toCalendarYearEnd === 'on',
    },
    action: oneOf(RETENTION_ACTIONS, f.action, 'delete'),
    legalGround: (f.legalGround ?? '').trim(),
  }
}

/** /admin/retention (rules, presets) and /admin/legal-holds. */
export async function retentionPages(
  app: FastifyInstance,
  rules: RetentionRuleService,
  holds: LegalHoldService,
): Promise<void> {
  const { ctx } = app

  async function ruleForm(
    request: FastifyRequest,
    lang: AdminLanguage,
    action: string,
    rule: Partial<NewRule> | null,
    submit: string,
  ) {
    const t = RETENTION_TEXT[lang]
    const activities = await repo.listActivityNames(ctx.db)
    const chosen = new Set(rule?.activityIds ?? [])
    return postForm(
      request,
      action,
      html`${field(t.name, 'name', { value: rule?.name, required: true, maxlength: 200 })}
${textarea(t.dataCategories, 'dataCategories', { value: (rule?.dataCategories ?? []).join('\n'), hint: t.dataCategoriesHint, rows: 3 })}
${textarea(t.dataSubjects, 'dataSubjects', { value: (rule?.dataSubjects ?? []).join('\n'), hint: t.dataSubjectsHint, rows: 2 })}
${
  activities.length > 0 &&
  html`<fieldset><legend>${t.activities}</legend><p class="hint">${t.activitiesHint}</p>${activities.map(
    (a) =>
      html`<div class="field check"><input id="act-${a.id}" type="checkbox" name="activityIds" value="${a.id}"${chosen.has(a.id) ? html` checked` : ''}><label for="act-${a.id}">${a.name}</label></div>`,
  )}</fieldset>`
}
${select(
  t.clockStart,
  'clockStart',
  CLOCK_STARTS.map((c) => ({ value: c, label: t.clocks[c] })),
  { value: rule?.clockStart ?? 'last_contact' },
)}
${field(t.periodValue, 'periodValue', { type: 'number', value: String(rule?.period?.value ?? 2), required: true, inputmode: 'numeric' })}
${select(
  t.periodUnit,
  'periodUnit',
  PERIOD_UNITS.map((u) => ({ value: u, label: t.units[u] })),
  { value: rule?.period?.unit ?? 'years' },
)}
<div class="field check"><input id="f-toCalendarYearEnd" type="checkbox" name="toCalendarYearEnd" value="on"${rule?.period?.toCalendarYearEnd ? html` checked` : ''}><label for="f-toCalendarYearEnd">${t.toCalendarYearEnd}</label></div>
${select(
  t.action,
  'action',
  RETENTION_ACTIONS.map((a) => ({ value: a, label: t.actions[a] })),
  { value: rule?.action ?? 'delete' },
)}
${textarea(t.legalGround, 'legalGround', { value: rule?.legalGround, hint: t.legalGroundHint, required: true, rows: 3 })}
<button type="submit">${submit}</button>`,
    )
  }

  async function overview(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { notice?: string; error?: string; status?: number; draft?: NewRule } = {},
  ): Promise<FastifyReply> {
    const lang = pageLanguage(request)
    const t = RETENTION_TEXT[lang]
    const list = await rules.list(ctx.db)
    const org = await ctx.organisation.get(ctx.db)
    const mayWrite = request.principal ? can(request.principal.role, 'retention.write') : false
    const activityNames = new Map((await repo.listActivityNames(ctx.db)).map((a) => [a.id, a.name]))
    const scope = (r: Rule) => [
      ...r.dataCategories.map((c) => html`<code>${c}</code>`),
      ...r.activityIds.map((a) => html`${activityNames.get(a) ?? a}`),
    ]
    return sendPage(request, reply, {
      title: t.title,
      notice: extra.notice,
      error: extra.error,
      status: extra.status,
      body: html`<p>${t.intro}</p>
${sweepLinks(lang)}
${
  list.length === 0
    ? html`<p>${t.empty}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.title}"><table>
<thead><tr><th scope="col">${t.name}</th><th scope="col">${t.rule}</th><th scope="col">${t.appliesTo}</th><th scope="col">${t.legalGround}</th>${mayWrite && html`<th scope="col"><span class="visually-hidden">${t.edit}</span></th>`}</tr></thead>
<tbody>${list.map(
        (r) =>
          html`<tr><td>${r.name}</td><td>${describeRule(r, lang)}</td><td>${scope(r).map((s, i) => html`${i > 0 ? ', ' : ''}${s}`)}</td><td>${r.legalGround}</td>${
            mayWrite &&
            html`<td><a href="/admin/retention/${r.id}">${t.edit}</a> ${actionButton(request, `/admin/retention/${r.id}/delete`, t.remove, { danger: true })}</td>`
          }</tr>`,
      )}</tbody></table></div>`
}
${
  mayWrite &&
  html`<h2>${t.presetsTitle}</h2><p>${t.presetsIntro}</p><ul class="presets">${PRESET_KEYS.map((key) => {
    const p = PRESETS[key]
    const words = t.presets[key]
    return html`<li><strong>${words.name}</strong>${p.country && p.country === org.country ? html` (${t.yourCountry})` : ''}: ${t.describe(p.action, p.period.value, p.period.unit, p.clockStart, p.period.toCalendarYearEnd ?? false)} ${actionButton(request, '/admin/retention/presets', t.apply, { hidden: { preset: key } })}</li>`
  })}</ul>
<h2>${t.add}</h2>
${await ruleForm(request, lang, '/admin/retention', extra.draft ?? null, t.add)}`
}`,
    })
  }

  const refused = (error: unknown) => error instanceof VernError && error.status < 500 && error.status !== 403

  app.get('/admin/retention', { config: { access: 'retention.read', page: true } }, (request, reply) =>
    overview(request, reply),
  )

  app.post(
    '/admin/retention',
    { config: { access: 'retention.write', page: true } },
    async (request, reply) => {
      const t = RETENTION_TEXT[pageLanguage(request)]
      const draft = ruleFromForm(request.body)
      try {
        await ctx.db
          .transaction()
          .execute((trx) => rules.create(trx, draft, actorOf(request.principal), request.id))
        return overview(request, reply, { notice: t.added })
      } catch (error) {
        if (refused(error))
          return overview(request, reply, { error: (error as Error).message, status: 400, draft })
        throw error
      }
    },
  )

  app.post(
    '/admin/retention/presets',
    { config: { access: 'retention.write', page: true } },
    async (request, reply) => {
      const lang = pageLanguage(request)
      const key = formFields(request.body).preset
      if (!(PRESET_KEYS as readonly string[]).includes(key ?? ''))
        return overview(request, reply, { error: 'preset must name one of the presets', status: 400 })
      await ctx.db
        .transaction()
        .execute((trx) =>
          rules.applyPreset(trx, key as PresetKey, lang, actorOf(request.principal), request.id),
        )
      return overview(request, reply, { notice: RETENTION_TEXT[lang].applied })
    },
  )

  app.get<{ Params: { id: string } }>(
    '/admin/retention/:id',
    { config: { access: 'retention.write', page: true } },
    async (request, reply) => {
      const lang = pageLanguage(request)
      const t = RETENTION_TEXT[lang]
      const rule = await rules.get(ctx.db, request.params.id)
      return sendPage(request, reply, {
        title: rule.name,
        body: html`<p>${describeRule(rule, lang)}</p>${await ruleForm(request, lang, `/admin/retention/${rule.id}`, rule, t.save)}<p><a href="/admin/retention">${t.cancel}</a></p>`,
      })
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/retention/:id',
    { config: { access: 'retention.write', page: true } },
    async (request, reply) => {
      const lang = pageLanguage(request)
      const t = RETENTION_TEXT[lang]
      const draft = ruleFromForm(request.body)
      try {
        await ctx.db
          .transaction()
          .execute((trx) =>
            rules.update(trx, request.params.id, draft, actorOf(request.principal), request.id),
          )
        return overview(request, reply, { notice: t.saved })
      } catch (error) {
        if (error instanceof VernError && error.code === 'validation_failed')
          return sendPage(request, reply, {
            title: t.edit,
            error: error.message,
            status: 400,
            body: await ruleForm(request, lang, `/admin/retention/${request.params.id}`, draft, t.save),
          })
        throw error
      }
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/retention/:id/delete',
    { config: { access: 'retention.write', page: true } },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) => rules.remove(trx, request.params.id, actorOf(request.principal), request.id))
      return reply.redirect('/admin/retention', 303)
    },
  )

  async function holdsPage(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { notice?: string; error?: string; status?: number } = {},
  ): Promise<FastifyReply> {
    const lang = pageLanguage(request)
    const h = RETENTION_TEXT[lang].holds
    const list = await holds.list(ctx.db)
    const mayWrite = request.principal ? can(request.principal.role, 'retention.write') : false
    return sendPage(request, reply, {
      title: h.title,
      notice: extra.notice,
      error: extra.error,
      status: extra.status,
      body: html`<p>${h.intro}</p>
${
  list.length === 0
    ? html`<p>${h.empty}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${h.title}"><table>
<thead><tr><th scope="col">${h.scope}</th><th scope="col">${h.target}</th><th scope="col">${h.reason}</th><th scope="col">${h.since}</th><th scope="col">${h.endsAt}</th><th scope="col">${h.active}</th></tr></thead>
<tbody>${list.map(
        (x) =>
          html`<tr id="hold-${x.id}"><td>${h.scopes[x.scope]}</td><td><code>${x.target}</code></td><td>${x.reason}</td><td>${x.createdAt.slice(0, 10)}</td><td>${x.endsAt ? x.endsAt.slice(0, 10) : h.noEnd}</td><td>${
            x.active
              ? html`${h.active} ${mayWrite && actionButton(request, `/admin/legal-holds/${x.id}/release`, h.release, { danger: true })}`
              : h.releasedOn((x.releasedAt ?? x.endsAt ?? '').slice(0, 10))
          }</td></tr>`,
      )}</tbody></table></div>`
}
${
  mayWrite &&
  html`<h2>${h.set}</h2>${postForm(
    request,
    '/admin/legal-holds',
    html`${select(
      h.scope,
      'scope',
      HOLD_SCOPES.map((s) => ({ value: s, label: h.scopes[s] })),
    )}
${field(h.target, 'target', { required: true, maxlength: 200, hint: h.targetHint })}
${textarea(h.reason, 'reason', { required: true, hint: h.reasonHint, rows: 3 })}
${field(h.endsAt, 'endsAt', { type: 'date', hint: h.endsAtHint, optional: h.optional })}
<button type="submit">${h.set}</button>`,
  )}`
}`,
    })
  }

  app.get('/admin/legal-holds', { config: { access: 'retention.read', page: true } }, (request, reply) =>
    holdsPage(request, reply),
  )

  app.post(
    '/admin/legal-holds',
    { config: { access: 'retention.write', page: true } },
    async (request, reply) => {
      const h = RETENTION_TEXT[pageLanguage(request)].holds
      const f = formFields(request.body)
      const ends = blankToNull(f.endsAt)
      const endsAt = ends && /^\d{4}-\d{2}-\d{2}$/.test(ends) ? `${ends}T23:59:59.999Z` : ends
      try {
        await ctx.db.transaction().execute((trx) =>
          holds.create(
            trx,
            {
              scope: oneOf(HOLD_SCOPES, f.scope, 'subject') as HoldScope,
              target: (f.target ?? '').trim(),
              reason: (f.reason ?? '').trim(),
              endsAt,
            },
            actorOf(request.principal),
            request.id,
          ),
        )
        return holdsPage(request, reply, { notice: h.setDone })
      } catch (error) {
        if (refused(error)) return holdsPage(request, reply, { error: (error as Error).message, status: 400 })
        throw error
      }
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/legal-holds/:id/release',
    { config: { access: 'retention.write', page: true } },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) => holds.release(trx, request.params.id, actorOf(request.principal), request.id))
      return holdsPage(request, reply, { notice: RETENTION_TEXT[pageLanguage(request)].holds.released })
    },
  )
}
