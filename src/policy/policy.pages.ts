import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { can } from '../auth/roles.js'
import { LANGUAGE_NAMES } from '../datamap/i18n/public.js'
import { VernError } from '../errors.js'
import { isLanguage, LANGUAGES, type Language } from '../i18n/languages.js'
import { longDay } from '../mail/templates/policy-mail.js'
import { whoOf } from '../subjects/subject.access.js'
import { checkbox, field, formFields, postForm, textarea } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import { POLICY_ADMIN_TEXT, type PolicyAdminText } from './policy.admin.text.js'
import type { Gap } from './policy.check.js'
import { POLICY_PUBLIC_TEXT } from './policy.public.text.js'
import { renderDiff, renderDocument } from './policy.render.js'
import type { PolicyService, PublishInput } from './policy.service.js'

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Where a gap is fixed. */
function fixLink(g: Gap): string {
  switch (g.subject?.type) {
    case 'organisation':
      return '/admin/organisation'
    case 'activity':
      return `/admin/data-map/activities/${g.subject.id}`
    case 'processor':
      return `/admin/processors/${g.subject.id}`
    case 'data_category':
      return '/admin/retention'
    default:
      return g.kind === 'no_activities' ? '/admin/data-map' : '/admin/organisation'
  }
}

/** The document language of the preview and the diff: `?doc=`, else the organisation's. */
function docLanguage(request: FastifyRequest, fallback: Language): Language {
  const asked = (request.query as Record<string, unknown> | undefined)?.doc
  return typeof asked === 'string' && isLanguage(asked) ? asked : fallback
}

/** /admin/policy: status, completeness check, changes, publication, review, versions, draft. */
export async function policyPages(app: FastifyInstance, policy: PolicyService): Promise<void> {
  const { ctx } = app

  function languageLinks(path: string, current: Language, extra = ''): SafeHtml {
    return html`<ul class="languages">${LANGUAGES.map(
      (l) =>
        html`<li><a href="${path}?doc=${l}${extra}" lang="${l}"${l === current ? html` aria-current="page"` : ''}>${LANGUAGE_NAMES[l]}</a></li>`,
    )}</ul>`
  }

  async function overview(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { notice?: string; error?: string; status?: number; form?: Record<string, string> } = {},
  ): Promise<FastifyReply> {
    const lang = pageLanguage(request)
    const t = POLICY_ADMIN_TEXT[lang]
    const org = await ctx.organisation.get(ctx.db)
    const doc = docLanguage(request, org.defaultLanguage)
    const draft = await policy.draft(ctx.db)
    const versions = await policy.versions(ctx.db)
    const current = await policy.current(ctx.db)
    const review = await policy.reviewStatus(ctx.db)
    const latest = versions[0]
    const role = request.principal?.role
    const mayWrite = role ? can(role, 'policy.write') : false
    const changes = latest ? (await policy.diff(ctx.db, latest.number, null, doc)).changes : []
    const words = POLICY_PUBLIC_TEXT[lang]
    const day = (d: string) => longDay(lang, d)
    const publishedOn = new Map<number, string>()
    for (const v of versions) publishedOn.set(v.number, await policy.dayOf(ctx.db, new Date(v.publishedAt)))
    const form = extra.form ?? {}

    return sendPage(request, reply, {
      title: t.title,
      notice: extra.notice,
      error: extra.error,
      status: extra.status,
      body: html`<p>${t.intro}</p>
<section class="card" aria-labelledby="status-h"><h2 id="status-h">${t.statusTitle}</h2>
${current ? html`<p>${t.current(current.number, day(current.effectiveFrom))} <a href="/privacy/policy?lang=${doc}">/privacy/policy</a></p>` : html`<p>${t.noVersion}</p>`}
${latest && latest.number !== current?.number && html`<p>${t.upcoming(latest.number, day(latest.effectiveFrom))}</p>`}
${review.lastReviewedOn && html`<p>${t.lastReview(day(review.lastReviewedOn))}</p>`}
${review.dueOn && (review.overdue ? html`<p class="alert">${t.overdue(day(review.dueOn))}</p>` : html`<p>${t.dueOn(day(review.dueOn))}</p>`)}
</section>
<section aria-labelledby="check-h"><h2 id="check-h">${t.checkTitle}</h2>
${
  draft.gaps.length === 0
    ? html`<p>${t.complete}</p>`
    : html`<p class="warn">${t.gapsIntro(draft.gaps.length)}</p><ul class="gaps">${draft.gaps.map((g) => html`<li>${t.gap(g)} <a href="${fixLink(g)}">${t.fix}</a></li>`)}</ul>`
}
</section>
<section aria-labelledby="changes-h"><h2 id="changes-h">${t.changesTitle}</h2>
${
  !latest
    ? html`<p>${t.firstPublication}</p>`
    : changes.length === 0
      ? html`<p>${t.noChanges}</p>`
      : html`<ul>${changes.map((c) => html`<li>${words.change(c)}</li>`)}</ul><p><a href="/admin/policy/diff?from=${latest.number}&doc=${doc}">${t.viewDiff}</a></p>`
}
</section>
${mayWrite && publishForm(request, t, draft.gaps.length > 0 && role === 'owner', form)}
${
  mayWrite &&
  latest &&
  html`<section aria-labelledby="review-h"><h2 id="review-h">${t.reviewTitle}</h2><p>${t.reviewIntro}</p>
${postForm(request, '/admin/policy/review', html`${textarea(t.reviewNote, 'note', { rows: 2 })}<button type="submit" class="secondary">${t.recordReview}</button>`)}</section>`
}
${versions.length > 0 && versionsTable(t, versions, doc, lang, publishedOn)}
<section aria-labelledby="draft-h"><h2 id="draft-h">${t.previewTitle}</h2>
<nav aria-label="${t.previewTitle}">${languageLinks('/admin/policy', doc)}</nav>
<div class="policy-preview">${renderDocument(draft.documents[doc], { headline: false, idPrefix: 'draft' })}</div>
</section>`,
    })
  }

  function publishForm(
    request: FastifyRequest,
    t: PolicyAdminText,
    override: boolean,
    form: Record<string, string>,
  ): SafeHtml {
    return html`<section aria-labelledby="publish-h"><h2 id="publish-h">${t.publishTitle}</h2>
${postForm(
  request,
  '/admin/policy/publish',
  html`${field(t.effectiveFrom, 'effectiveFrom', { type: 'date', value: form.effectiveFrom, hint: t.effectiveHint, optional: t.optional })}
${checkbox(t.material, 'material', form.material === 'on', t.materialHint)}
${checkbox(t.notify, 'notifySubscribers', form.notifySubscribers === 'on', t.notifyHint)}
${textarea(t.note, 'note', { value: form.note, rows: 2, optional: t.optional })}
${override && textarea(t.overrideReason, 'overrideReason', { value: form.overrideReason, rows: 2, hint: t.overrideHint })}
<button type="submit">${t.publish}</button>`,
)}</section>`
  }

  function versionsTable(
    t: PolicyAdminText,
    versions: Awaited<ReturnType<PolicyService['versions']>>,
    doc: Language,
    lang: Language,
    publishedOn: ReadonlyMap<number, string>,
  ): SafeHtml {
    return html`<section aria-labelledby="versions-h"><h2 id="versions-h">${t.versionsTitle}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="versions-h"><table>
<thead><tr><th scope="col">${t.version}</th><th scope="col">${t.effectiveFrom}</th><th scope="col">${t.publishedAt}</th><th scope="col">${t.material}</th><th scope="col">${t.notified}</th><th scope="col">${t.compare}</th></tr></thead>
<tbody>${versions.map(
      (v) =>
        html`<tr><th scope="row"><a href="/privacy/policy/versions/${v.number}?lang=${doc}">${t.version} ${v.number}</a>${v.gaps.length > 0 && html` <span class="badge">${t.overridden}</span>`}</th>
<td>${longDay(lang, v.effectiveFrom)}</td><td>${longDay(lang, publishedOn.get(v.number) ?? v.publishedAt.slice(0, 10))}</td><td>${v.material ? t.yes : t.no}</td><td>${v.notified}</td>
<td>${v.number > 1 ? html`<a href="/admin/policy/diff?from=${v.number - 1}&to=${v.number}&doc=${doc}">${v.number - 1} → ${v.number}</a>` : ''}</td></tr>`,
    )}</tbody></table></div></section>`
  }

  const refused = (error: unknown) => error instanceof VernError && error.status < 500 && error.status !== 403

  app.get('/admin/policy', { config: { access: 'policy.read', page: true } }, (request, reply) =>
    overview(request, reply),
  )

  app.post(
    '/admin/policy/publish',
    { config: { access: 'policy.write', page: true } },
    async (request, reply) => {
      const t = POLICY_ADMIN_TEXT[pageLanguage(request)]
      const f = formFields(request.body)
      const effectiveFrom = f.effectiveFrom?.trim() || undefined
      if (effectiveFrom && !DAY.test(effectiveFrom))
        return overview(request, reply, { error: t.effectiveHint, status: 400, form: f })
      const input: PublishInput = {
        effectiveFrom,
        material: f.material === 'on',
        notifySubscribers: f.notifySubscribers === 'on',
        note: f.note?.slice(0, 2000) ?? null,
        overrideReason: f.overrideReason?.slice(0, 2000) ?? null,
      }
      try {
        const who = whoOf(request.principal, request.id)
        const v = await policy.publishAudited(ctx.db, input, who)
        ctx.mail.kick()
        return overview(request, reply, { notice: t.published(v.number) })
      } catch (error) {
        if (error instanceof VernError && error.code === 'policy_incomplete')
          return overview(request, reply, { error: t.incomplete, status: 409, form: f })
        if (error instanceof VernError && error.code === 'forbidden' && request.principal?.role !== 'owner')
          return overview(request, reply, { error: t.onlyOwner, status: 403, form: f })
        if (refused(error))
          return overview(request, reply, { error: (error as Error).message, status: 400, form: f })
        throw error
      }
    },
  )

  app.post(
    '/admin/policy/review',
    { config: { access: 'policy.write', page: true } },
    async (request, reply) => {
      const t = POLICY_ADMIN_TEXT[pageLanguage(request)]
      const note = formFields(request.body).note?.slice(0, 2000) ?? null
      try {
        const who = whoOf(request.principal, request.id)
        await ctx.db.transaction().execute((trx) => policy.review(trx, note, who.actor, request.id))
        return overview(request, reply, { notice: t.reviewed })
      } catch (error) {
        if (refused(error)) return overview(request, reply, { error: (error as Error).message, status: 409 })
        throw error
      }
    },
  )

  app.get<{ Querystring: Record<string, string> }>(
    '/admin/policy/diff',
    { config: { access: 'policy.read', page: true } },
    async (request, reply) => {
      const lang = pageLanguage(request)
      const t = POLICY_ADMIN_TEXT[lang]
      const org = await ctx.organisation.get(ctx.db)
      const doc = docLanguage(request, org.defaultLanguage)
      const from = Number.parseInt(request.query.from ?? '', 10)
      const to = request.query.to ? Number.parseInt(request.query.to, 10) : null
      if (!Number.isSafeInteger(from) || from < 1 || (to !== null && (!Number.isSafeInteger(to) || to < 1)))
        throw new VernError('validation_failed', 'from (and to) must be version numbers', 'from', 'format')
      const d = await policy.diff(ctx.db, from, to, doc)
      const words = POLICY_PUBLIC_TEXT[lang]
      const title = t.diffTitle(from, to === null ? t.draft : String(to))
      return sendPage(request, reply, {
        title,
        body: html`<nav aria-label="${t.previewTitle}">${languageLinks('/admin/policy/diff', doc, `&from=${from}${to ? `&to=${to}` : ''}`)}</nav>
${d.changes.length === 0 ? html`<p>${t.noChanges}</p>` : html`<ul>${d.changes.map((c) => html`<li>${words.change(c)}</li>`)}</ul>`}
<h2>${words.textDiff}</h2>
${renderDiff(d.lines, words)}
<p><a href="/admin/policy">${t.title}</a></p>`,
      })
    },
  )
}
