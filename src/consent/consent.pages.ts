import type { FastifyInstance, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { can } from '../auth/roles.js'
import { dataMapOf } from '../datamap/services.js'
import { invalid } from '../errors.js'
import { isLanguage, LANGUAGES } from '../i18n/languages.js'
import { actionButton, field, formFields, postForm, select, textarea } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage, textFor } from '../ui/page.js'
import { consentAdminText } from './consent.admin.text.js'
import type { GpcHandling } from './consent.config.js'
import { consentStats, statsCharts } from './consent.stats.js'
import { type BannerTexts, CATEGORIES, type Category } from './consent.text.js'
import { consentOf } from './services.js'

const SERVICE_KEY = /^[a-z0-9][a-z0-9_-]{0,63}$/
const TEXT_FIELDS = [
  'title',
  'body',
  'policyLink',
  'acceptAll',
  'rejectAll',
  'choose',
  'save',
  'gpcNotice',
  'reopen',
  'alwaysOn',
] as const

/** /admin/consent: the banner's settings, services and texts, the charts, and finding a proof. */
export async function consentPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const { config, ledger } = consentOf(ctx)
  const read = { access: 'consents.read' as const, page: true }
  const write = { access: 'consents.write' as const, page: true }
  const mayWrite = (request: FastifyRequest) =>
    request.principal !== null && can(request.principal.role, 'consents.write')
  const save = (request: FastifyRequest, change: Parameters<typeof config.update>[1]) =>
    ctx.db.transaction().execute((trx) => config.update(trx, change, actorOf(request.principal), request.id))

  app.get('/admin/consent', { config: read }, async (request, reply) => {
    const c = consentAdminText(pageLanguage(request))
    const q = request.query as Record<string, string | undefined>
    const current = await config.current(ctx.db)
    const { bannerOrigins: origins } = await ctx.organisation.get(ctx.db)
    const services = await config.listServices(ctx.db)
    const { systems, processors } = dataMapOf(ctx)
    const links = [
      ...(await systems.list(ctx.db)).map((s) => ({ value: `system:${s.id}`, label: s.name })),
      ...(await processors.list(ctx.db)).map((p) => ({ value: `processor:${p.id}`, label: p.name })),
    ]
    const linkName = (s: { systemId: string | null; processorId: string | null }) =>
      links.find((l) => l.value === `system:${s.systemId}` || l.value === `processor:${s.processorId}`)
        ?.label ?? c.notLinked
    const verify = q.verify ? await ledger.verify(ctx.db) : null
    const stats = await consentStats(ctx.db, ctx.clock.now())
    const writable = mayWrite(request)
    const categoryOptions = CATEGORIES.map((k) => ({ value: k, label: c.categories[k] }))
    return sendPage(request, reply, {
      title: textFor(request).nav.consent,
      notice: q.saved ? c.saved : verify?.ok ? c.verified(verify.records) : null,
      error: verify && !verify.ok ? c.broken(verify.seq, verify.problem) : null,
      body: html`<p>${c.intro}</p>
<p>${c.revision(current.revision)}</p>
<p><a href="/admin/consent?verify=1">${c.verify}</a></p>
<h2>${c.install}</h2>
<p>${c.installIntro}</p>
<pre><code>${`<script src="${new URL('/banner.js', ctx.config.publicUrl).href}" data-customer="…"></script>`}</code></pre>
<p>${c.installBlocking}</p>
<pre><code>${'<script type="text/plain" data-vern-category="statistics" src="https://…/analytics.js"></script>\n<iframe data-vern-src="https://…/video" data-vern-category="marketing" title="…"></iframe>'}</code></pre>
<h3>${c.origins}</h3>
${origins.length === 0 ? html`<p class="warn">${c.noOrigins}</p>` : html`<ul>${origins.map((o) => html`<li><code>${o}</code></li>`)}</ul>`}
<p><a href="/admin/organisation">${c.editOrigins}</a></p>
<h2>${c.chart}</h2>
${statsCharts(stats, c)}
<h2>${c.find}</h2>
<p>${c.findIntro}</p>
<form method="get" action="/admin/consent/proofs" class="filters" role="search" aria-label="${c.find}">
${field(c.consentId, 'id')}${field(c.customerId, 'customerId')}${field(c.email, 'email', { type: 'email' })}
<button type="submit">${c.search}</button>
</form>
<h2>${c.services}</h2>
<p>${c.servicesIntro}</p>
${
  services.length === 0
    ? html`<p>${c.noServices}</p>`
    : html`<div class="table-wrap"><table><thead><tr><th scope="col">${c.name}</th><th scope="col">${c.key}</th><th scope="col">${c.category}</th><th scope="col">${c.linkedTo}</th>${writable ? html`<td></td>` : ''}</tr></thead>
<tbody>${services.map(
        (s) =>
          html`<tr><th scope="row">${s.name}</th><td><code>${s.key}</code></td><td>${c.categories[s.category]}</td><td>${linkName(s)}</td>${writable ? html`<td>${actionButton(request, `/admin/consent/services/${s.id}/remove`, c.remove, { danger: true })}</td>` : ''}</tr>`,
      )}</tbody></table></div>`
}
${
  writable
    ? postForm(
        request,
        '/admin/consent/services',
        html`${field(c.name, 'name', { required: true, maxlength: 100 })}${field(c.key, 'key', { required: true, maxlength: 64, hint: c.keyHint })}
${select(c.category, 'category', categoryOptions.slice(1), { value: 'statistics' })}
${select(c.linkedTo, 'link', [{ value: '', label: c.notLinked }, ...links])}
<button type="submit">${c.addService}</button>`,
        { label: c.addService },
      )
    : ''
}
<h2>${c.texts}</h2>
<ul>${LANGUAGES.map((l) => html`<li lang="${l}">${current.texts[l].title} <a href="/admin/consent/texts/${l}">${c.editTexts} (${l})</a></li>`)}</ul>
<h2>${c.settings}</h2>
${
  writable
    ? postForm(
        request,
        '/admin/consent/settings',
        html`${field(c.expiry, 'expiryMonths', { type: 'number', value: String(current.expiryMonths), hint: c.expiryHint, required: true })}
${select(
  c.gpc,
  'gpc',
  [
    { value: 'refuse', label: c.gpcRefuse },
    { value: 'ignore', label: c.gpcIgnore },
  ],
  { value: current.gpc },
)}
${field(c.policyVersion, 'policyVersion', { value: current.policyVersion, hint: c.policyVersionHint, maxlength: 50 })}
<button type="submit">${c.save}</button>`,
        { label: c.settings },
      )
    : html`<dl class="facts"><dt>${c.expiry}</dt><dd>${current.expiryMonths}</dd><dt>${c.gpc}</dt><dd>${current.gpc === 'refuse' ? c.gpcRefuse : c.gpcIgnore}</dd><dt>${c.policyVersion}</dt><dd>${current.policyVersion ?? '–'}</dd></dl>`
}`,
    })
  })

  app.post('/admin/consent/settings', { config: write }, async (request, reply) => {
    const f = formFields(request.body)
    const expiry = Number(f.expiryMonths)
    if (!Number.isInteger(expiry) || expiry < 1 || expiry > 24)
      throw invalid('expiryMonths', 'expiryMonths must be a whole number from 1 to 24', 'range')
    if (f.gpc !== 'refuse' && f.gpc !== 'ignore')
      throw invalid('gpc', 'gpc must be refuse or ignore', 'one_of')
    const policyVersion = f.policyVersion?.trim() || null
    if (policyVersion && policyVersion.length > 50)
      throw invalid('policyVersion', 'policyVersion must be at most 50 characters', 'too_long', { limit: 50 })
    await save(request, { expiryMonths: expiry, gpc: f.gpc as GpcHandling, policyVersion })
    return reply.redirect('/admin/consent?saved=1', 303)
  })

  app.post('/admin/consent/services', { config: write }, async (request, reply) => {
    const f = formFields(request.body)
    const key = (f.key ?? '').trim()
    const name = (f.name ?? '').trim()
    if (!SERVICE_KEY.test(key))
      throw invalid('key', 'key must be lower-case letters, digits, - and _', 'format')
    if (name === '' || name.length > 100)
      throw invalid('name', 'name must be 1 to 100 characters', 'too_long', { limit: 100 })
    if (!CATEGORIES.includes(f.category as Category)) throw invalid('category', 'unknown category', 'one_of')
    const [kind, id] = (f.link ?? '').split(':')
    const { systems, processors } = dataMapOf(ctx)
    if (kind === 'system' && id) await systems.get(ctx.db, id)
    if (kind === 'processor' && id) await processors.get(ctx.db, id)
    await ctx.db.transaction().execute((trx) =>
      config.addService(
        trx,
        {
          key,
          name,
          category: f.category as Category,
          systemId: kind === 'system' ? (id ?? null) : null,
          processorId: kind === 'processor' ? (id ?? null) : null,
        },
        actorOf(request.principal),
        request.id,
      ),
    )
    return reply.redirect('/admin/consent?saved=1', 303)
  })

  app.post('/admin/consent/services/:id/remove', { config: write }, async (request, reply) => {
    const { id } = request.params as { id: string }
    await ctx.db
      .transaction()
      .execute((trx) => config.removeService(trx, id, actorOf(request.principal), request.id))
    return reply.redirect('/admin/consent?saved=1', 303)
  })

  app.get('/admin/consent/texts/:lang', { config: read }, async (request, reply) => {
    const c = consentAdminText(pageLanguage(request))
    const { lang } = request.params as { lang: string }
    if (!isLanguage(lang)) throw invalid('lang', 'unknown language', 'one_of')
    const texts = (await config.current(ctx.db)).texts[lang]
    const writable = mayWrite(request)
    const fields = html`${TEXT_FIELDS.map((k) =>
      k === 'body' || k === 'gpcNotice'
        ? textarea(c.fields[k], k, { value: texts[k], rows: 4 })
        : field(c.fields[k], k, { value: texts[k], maxlength: 200 }),
    )}
${CATEGORIES.map(
  (k) =>
    html`${field(c.categoryName(c.categories[k]), `${k}.name`, { value: texts.categories[k].name, maxlength: 100 })}${textarea(c.categoryDescription(c.categories[k]), `${k}.description`, { value: texts.categories[k].description, rows: 2 })}`,
)}`
    return sendPage(request, reply, {
      title: `${c.texts} (${lang})`,
      body: writable
        ? postForm(
            request,
            `/admin/consent/texts/${lang}`,
            html`<div lang="${lang}">${fields}</div><button type="submit">${c.save}</button>`,
          )
        : html`<div lang="${lang}">${fields}</div>`,
    })
  })

  app.post('/admin/consent/texts/:lang', { config: write }, async (request, reply) => {
    const { lang } = request.params as { lang: string }
    if (!isLanguage(lang)) throw invalid('lang', 'unknown language', 'one_of')
    const f = formFields(request.body)
    const text = (name: string, max: number) => {
      const value = (f[name] ?? '').trim()
      if (value === '') throw invalid(name, `${name} is required`, 'required')
      if (value.length > max)
        throw invalid(name, `${name} must be at most ${max} characters`, 'too_long', { limit: max })
      return value
    }
    const texts = Object.fromEntries(
      TEXT_FIELDS.map((k) => [k, text(k, k === 'body' || k === 'gpcNotice' ? 2000 : 200)]),
    ) as Omit<BannerTexts, 'categories'>
    const categories = Object.fromEntries(
      CATEGORIES.map((k) => [
        k,
        { name: text(`${k}.name`, 100), description: text(`${k}.description`, 500) },
      ]),
    ) as BannerTexts['categories']
    await save(request, { texts: { [lang]: { ...texts, categories } } })
    return reply.redirect('/admin/consent?saved=1', 303)
  })
}
