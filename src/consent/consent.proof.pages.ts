import type { FastifyInstance, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { html, type SafeHtml } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import { type ConsentAdminText, consentAdminText } from './consent.admin.text.js'
import type { ConsentProof } from './consent.schema.js'
import type { BannerTexts } from './consent.text.js'
import { consentOf } from './services.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Human-readable proofs of consent: what was shown and chosen, when and from where. Every view is audited. */
export async function consentProofPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const { ledger } = consentOf(ctx)
  const read = { access: 'consents.read' as const, page: true }

  app.get('/admin/consent/proofs/:id', { config: read }, async (request, reply) => {
    const c = consentAdminText(pageLanguage(request))
    const { id } = request.params as { id: string }
    const proof = await ledger.proof(ctx.db, UUID.test(id) ? id : '')
    await audit(request, 'consent.proof_viewed', { target: { type: 'consent', id: proof.record.id } })
    return sendPage(request, reply, { title: c.proof, body: proofView(proof, c) })
  })

  app.get('/admin/consent/proofs', { config: read }, async (request, reply) => {
    const c = consentAdminText(pageLanguage(request))
    const q = request.query as Record<string, string | undefined>
    const id = q.id?.trim()
    if (id) return reply.redirect(`/admin/consent/proofs/${encodeURIComponent(id)}`, 303)
    const customerId = q.customerId?.trim().slice(0, 100) || undefined
    const email = q.email?.trim().slice(0, 254) || undefined
    const proofs =
      customerId || email
        ? await ledger.proofsOf(ctx.db, {
            ...(customerId ? { customerId } : {}),
            ...(email ? { email } : {}),
          })
        : []
    await audit(request, 'consent.person_proofs_viewed', {
      details: { by: customerId ? 'customer_id' : 'email', count: proofs.length },
    })
    return sendPage(request, reply, {
      title: c.proofs,
      body:
        proofs.length === 0
          ? html`<p>${c.noProof}</p>`
          : html`${proofs.map((p) => html`<section class="card">${proofView(p, c)}</section>`)}`,
    })
  })

  async function audit(
    request: FastifyRequest,
    action: string,
    o: { target?: { type: string; id: string }; details?: Record<string, string | number> },
  ): Promise<void> {
    await ctx.audit.append(ctx.db, { actor: actorOf(request.principal), action, ...o, requestId: request.id })
  }
}

function proofView(p: ConsentProof, c: ConsentAdminText): SafeHtml {
  const r = p.record
  const texts = p.shown.texts as BannerTexts | null
  const yesNo = (v: boolean | undefined) => (v ? c.accepted : c.refused)
  return html`<h2>${c.methods[r.method]} <small>${r.at}</small></h2>
<dl class="facts">
<dt>${c.consentId}</dt><dd><code>${r.id}</code></dd>
<dt>${c.when}</dt><dd><time datetime="${r.at}">${r.at}</time></dd>
<dt>${c.where}</dt><dd>${r.origin}${r.path ?? ''}</dd>
<dt>${c.network}</dt><dd>${r.ip ?? '–'}</dd>
<dt>${c.browser}</dt><dd>${r.userAgent ?? '–'}</dd>
<dt>${c.language}</dt><dd>${r.language}</dd>
<dt>${c.policyVersion}</dt><dd>${r.policyVersion ?? '–'}</dd>
</dl>
<h3>${c.chosen}</h3>
<div class="table-wrap"><table>
<thead><tr><th scope="col">${c.category}</th><th scope="col">${c.method}</th></tr></thead>
<tbody>${Object.entries(r.categories).map(
    ([k, v]) =>
      html`<tr><th scope="row">${c.categories[k as keyof ConsentAdminText['categories']] ?? k}</th><td>${yesNo(v)}</td></tr>`,
  )}
${Object.entries(r.services).map(([k, v]) => html`<tr><th scope="row">${c.service}: ${k}</th><td>${yesNo(v)}</td></tr>`)}</tbody>
</table></div>
<h3>${c.shown} (${p.shown.revision})</h3>
${
  texts
    ? html`<blockquote lang="${r.language}"><p><strong>${texts.title}</strong></p><p>${texts.body}</p>
<p>${texts.acceptAll} · ${texts.rejectAll} · ${texts.choose}</p>
<ul>${Object.values(texts.categories).map((k) => html`<li><strong>${k.name}</strong>: ${k.description}</li>`)}</ul>
${r.gpc ? html`<p>${texts.gpcNotice}</p>` : ''}</blockquote>`
    : ''
}
<h3>${c.checks}</h3>
<ul>
<li>${p.checks.recordHash ? c.recordOk : html`<strong class="warn">${c.recordBad}</strong>`} <code>${r.hash}</code></li>
<li>${p.checks.textsHash ? c.textsOk : html`<strong class="warn">${c.textsBad}</strong>`} <code>${r.textsHash}</code></li>
</ul>
<p><a href="/api/v1/consents/${r.id}">${c.json}</a></p>`
}
