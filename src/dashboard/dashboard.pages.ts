import type { FastifyReply, FastifyRequest } from 'fastify'
import { auditTable } from '../audit/audit.view.js'
import { can } from '../auth/roles.js'
import { DISCOVERY_TEXT } from '../discovery/discovery.text.js'
import { discoveryCardFindings } from '../discovery/index.js'
import { breachCountdownCard } from '../incidents/index.js'
import { lastRun } from '../jobs/job.repository.js'
import { COUNTRY_TIME_ZONES } from '../organisation/countries.js'
import { policyDashboardCard } from '../policy/index.js'
import { fieldLabel } from '../ui/errors.js'
import { formatTime } from '../ui/format.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage, textFor } from '../ui/page.js'
import { findUserById } from '../users/user.repository.js'

/** The dashboard at `/` once Vern is set up (the route itself lives with the wizard). */
export async function renderDashboard(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const { ctx } = request.server
  const principal = request.principal!
  const t = textFor(request)
  const d = t.dashboard
  const lang = pageLanguage(request)
  const org = await ctx.organisation.get(ctx.db)
  const tz = org.country ? COUNTRY_TIME_ZONES[org.country] : undefined
  const user = principal.type === 'user' ? await findUserById(ctx.db, principal.id) : undefined
  const mail = can(principal.role, 'outbox.read') ? await ctx.mail.countByStatus(ctx.db) : {}
  const verify = can(principal.role, 'audit.read') ? await lastRun(ctx.db, 'audit.verify') : undefined
  const recent = can(principal.role, 'audit.read') ? await ctx.audit.list(ctx.db, {}, 8) : []
  // Full card numbers in a connected system (P4): shown to those who can open the scan.
  const cards = can(principal.role, 'datamap.write') ? await discoveryCardFindings(ctx.db) : []
  const dt = DISCOVERY_TEXT[lang]
  const cardWarning =
    cards.length > 0 &&
    html`<section class="card" aria-labelledby="cards-h"><h2 id="cards-h">${dt.dashboardTitle}</h2>
${cards.map(
  (f) =>
    html`<p class="alert">${dt.dashboardWarning(Number(f.scan.card_findings), f.scan.source_label)} <a href="/admin/discovery/${f.scan.id}">${dt.dashboardLink}</a></p>`,
)}</section>`

  const setup = html`<section class="card" aria-labelledby="setup-h"><h2 id="setup-h">${d.setupTitle}</h2>
${
  org.missing.length > 0
    ? html`<p class="warn">${d.profileIncomplete(org.missing.map((f) => fieldLabel(t, f)).join(', '))}${can(principal.role, 'organisation.write') && html` <a href="/admin/organisation">${d.completeProfile}</a>`}</p>`
    : html`<p>${d.profileComplete}</p>`
}
${user && (user.totp_enabled_at ? html`<p>${d.twoFactorOn}</p>` : html`<p class="warn">${d.twoFactorOff} <a href="/account/two-factor">${d.turnOnTwoFactor}</a></p>`)}
${(mail.outbox ?? 0) > 0 && html`<p>${d.mailOutbox(mail.outbox ?? 0)} <a href="/admin/outbox">${d.viewOutbox}</a></p>`}
${(mail.failed ?? 0) > 0 && html`<p class="alert">${d.mailFailed(mail.failed ?? 0)} <a href="/admin/outbox">${d.viewOutbox}</a></p>`}
</section>`

  const audit =
    can(principal.role, 'audit.read') &&
    html`<section class="card" aria-labelledby="audit-h"><h2 id="audit-h">${d.auditTitle}</h2>
${
  !verify || verify.outcome === 'running'
    ? html`<p>${d.auditNotYet}</p>`
    : verify.outcome === 'success'
      ? html`<p>${d.auditOk(summaryNumber(verify.summary, 'entries'), formatTime(verify.finished_at, lang, tz))}</p>`
      : html`<p class="alert">${d.auditBroken(summaryNumber(verify.summary, 'seq'))}</p>`
}
<p><a href="/admin/audit">${d.openAudit}</a></p>
</section>`

  const authority =
    org.supervisoryAuthority &&
    html`<section class="card" aria-labelledby="auth-h"><h2 id="auth-h">${d.authority}</h2>
<p>${org.supervisoryAuthority.name}<br>${org.supervisoryAuthority.address}<br><a href="${org.supervisoryAuthority.web}">${org.supervisoryAuthority.web.replace(/^https:\/\//, '')}</a></p></section>`

  return sendPage(request, reply, {
    title: d.title,
    body: html`<p>${d.welcome(principal.name)}</p>
<div class="cards">${cardWarning}${await breachCountdownCard(request)}${setup}${audit}${await policyDashboardCard(request)}${authority}</div>
<p class="coming"><strong>${d.comingTitle}:</strong> ${d.comingText}</p>
${recent.length > 0 && html`<h2>${d.recentActivity}</h2>${await auditTable(request, recent, tz)}`}`,
  })
}

function summaryNumber(summary: string | null, key: string): number {
  try {
    const value = (JSON.parse(summary ?? '{}') as Record<string, unknown>)[key]
    return typeof value === 'number' ? value : 0
  } catch {
    return 0
  }
}
