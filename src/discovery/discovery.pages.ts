import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { listSystems } from '../datamap/system.repository.js'
import { VernError } from '../errors.js'
import { compileInput } from '../http/validation.js'
import { COUNTRY_TIME_ZONES } from '../organisation/countries.js'
import { whoOf } from '../subjects/subject.access.js'
import { formatTime } from '../ui/format.js'
import { field, postForm, select } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import type { Label } from './classifier.js'
import * as repo from './discovery.repository.js'
import { ScanParams, StartScanForm } from './discovery.schema.js'
import { DEFAULT_SAMPLE_ROWS, type DiscoveryService } from './discovery.service.js'
import { DISCOVERY_TEXT } from './discovery.text.js'
import type { DiscoveryHooks } from './hooks.js'

// Viewing and running discovery is for those who maintain the data map (owner and DPO): the results
// say where personal data lies, though never what it is.
const ACCESS = { access: 'datamap.write', page: true } as const
const checkStart = compileInput<StartScanForm>(StartScanForm)

/** /admin/discovery: the scans, one scan's proposals per table and column, accept and download. */
export async function discoveryPages(
  app: FastifyInstance,
  service: DiscoveryService,
  hooks: DiscoveryHooks,
  running: Set<Promise<unknown>>,
): Promise<void> {
  const { ctx } = app

  async function timeZone(): Promise<string | undefined> {
    const org = await ctx.organisation.get(ctx.db)
    return org.country ? COUNTRY_TIME_ZONES[org.country] : undefined
  }

  async function list(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { error?: string; status?: number } = {},
  ): Promise<FastifyReply> {
    const t = DISCOVERY_TEXT[pageLanguage(request)]
    const lang = pageLanguage(request)
    const tz = await timeZone()
    const scans = await repo.listScans(ctx.db, 50)
    const systems = hooks.openSystemSource ? await listSystems(ctx.db) : []
    return sendPage(request, reply, {
      title: t.title,
      error: extra.error,
      status: extra.status,
      body: html`<p>${t.intro}</p>
${
  systems.length > 0 &&
  html`<h2>${t.startTitle}</h2>${postForm(
    request,
    '/admin/discovery/scans',
    html`${select(
      t.system,
      'systemId',
      systems.map((s) => ({ value: s.id, label: s.name })),
      { required: true },
    )}${field(t.sampleRows, 'sampleRows', { type: 'number', value: String(DEFAULT_SAMPLE_ROWS), inputmode: 'numeric' })}<button type="submit">${t.start}</button>`,
  )}`
}
<p class="hint">${t.cliHint}</p>
${
  scans.length === 0
    ? html`<p>${t.noScans}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.title}"><table>
<thead><tr><th scope="col">${t.started}</th><th scope="col">${t.source}</th><th scope="col">${t.status}</th><th scope="col">${t.tables}</th><th scope="col">${t.cardFindings}</th></tr></thead>
<tbody>${scans.map(
        (s) =>
          html`<tr><td><a href="/admin/discovery/${s.id}">${formatTime(s.started_at, lang, tz)}</a></td><td>${s.source_label}</td><td>${t.statuses[s.status as 'running'] ?? s.status}</td><td>${s.status === 'running' ? `${s.tables_done}/${s.tables_total}` : s.tables_total}</td><td>${Number(s.card_findings) > 0 ? html`<strong>${s.card_findings}</strong>` : '0'}</td></tr>`,
      )}</tbody></table></div>`
}`,
    })
  }

  app.get('/admin/discovery', { config: ACCESS }, (request, reply) => list(request, reply))

  app.get<{ Params: ScanParams }>(
    '/admin/discovery/:id',
    { config: ACCESS, schema: { params: ScanParams } },
    async (request, reply) => {
      const lang = pageLanguage(request)
      const t = DISCOVERY_TEXT[lang]
      const scan = await repo.findScan(ctx.db, request.params.id)
      if (!scan) throw new VernError('not_found', 'No such scan')
      const columns = await repo.listColumns(ctx.db, scan.id)
      const notice = (request.query as Record<string, unknown>).started === '1' ? t.startedNotice : undefined
      const accepted = (request.query as Record<string, unknown>).accepted === '1' ? t.accepted : undefined
      const tables = new Map<string, repo.ColumnRow[]>()
      for (const c of columns) tables.set(c.table_name, [...(tables.get(c.table_name) ?? []), c])
      const proposals = columns.filter((c) => c.category).length
      const cards = columns.filter((c) => c.card_count > 0)
      const matches = (c: repo.ColumnRow) => {
        const counts = JSON.parse(c.counts) as Partial<Record<Label, number>>
        return c.label ? `${counts[c.label as Label] ?? 0}/${c.non_empty}` : ''
      }
      return sendPage(request, reply, {
        title: t.scanTitle(scan.source_label),
        notice: notice ?? accepted,
        body: html`<p>${t.statuses[scan.status as 'running'] ?? scan.status} · ${formatTime(scan.started_at, lang, await timeZone())}</p>
${
  scan.status === 'running' &&
  html`<p><progress max="${Math.max(1, scan.tables_total)}" value="${scan.tables_done}">${t.progress(scan.tables_done, scan.tables_total)}</progress> ${t.progress(scan.tables_done, scan.tables_total)}</p>`
}
${scan.status === 'failed' && html`<p class="alert">${t.failed(scan.error ?? 'source_failed')}</p>`}
${
  cards.length > 0 &&
  html`<div class="alert" role="alert"><p>${t.cardWarning(Number(scan.card_findings))}</p><p>${t.cardWhere}</p><ul>${cards.map(
    (c) => html`<li><code>${c.table_name}.${c.column_name}</code> (${c.card_count})</li>`,
  )}</ul></div>`
}
${
  scan.status === 'finished' &&
  html`<p>${t.summary(Number(scan.tables_total), Number(scan.columns_total), proposals, scan.sample_rows)}</p>
${
  proposals > 0 &&
  html`<p>${
    hooks.acceptDataset &&
    scan.source_kind === 'system' &&
    postForm(
      request,
      `/admin/discovery/${scan.id}/accept`,
      html`<button type="submit">${t.accept}</button> <span class="hint">${t.acceptHint}</span>`,
    )
  } <a href="/admin/discovery/${scan.id}/dataset.json" download>${t.download}</a></p>`
}
${[...tables].map(
  ([table, cols]) => html`<h2><code>${table}</code></h2>
<div class="table-wrap" role="region" tabindex="0" aria-label="${table}"><table>
<thead><tr><th scope="col">${t.column}</th><th scope="col">${t.type}</th><th scope="col">${t.category}</th><th scope="col">${t.confidence}</th><th scope="col">${t.basis}</th><th scope="col">${t.matches}</th></tr></thead>
<tbody>${cols.map(
    (c) =>
      html`<tr><td><code>${c.column_name}</code></td><td>${c.data_type}</td><td>${c.category ? html`<code>${c.category}</code>` : html`<span class="hint">${t.nothingFound}</span>`}${c.card_count > 0 ? html` <strong>(${t.cardFindings}: ${c.card_count})</strong>` : ''}</td><td>${c.category ? `${c.confidence} %` : ''}</td><td>${c.basis ? (t.bases[c.basis as 'content'] ?? c.basis) : ''}</td><td>${matches(c)}</td></tr>`,
  )}</tbody></table></div>`,
)}`
}
<p><a href="/admin/discovery">${t.title}</a></p>`,
      })
    },
  )

  app.get<{ Params: ScanParams }>(
    '/admin/discovery/:id/dataset.json',
    { config: ACCESS, schema: { params: ScanParams } },
    async (request, reply) => {
      const dataset = await service.proposalsAsDataset(request.params.id)
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${dataset.fides_key}.json"`)
        .send(JSON.stringify({ dataset: [dataset] }, null, 2))
    },
  )

  app.post<{ Params: ScanParams }>(
    '/admin/discovery/:id/accept',
    { config: ACCESS, schema: { params: ScanParams } },
    async (request, reply) => {
      const accept = hooks.acceptDataset
      if (!accept) throw new VernError('not_found', 'Accepting proposals is not available')
      const scan = await repo.findScan(ctx.db, request.params.id)
      if (!scan) throw new VernError('not_found', 'No such scan')
      if (scan.source_kind !== 'system' || !scan.source_id)
        throw new VernError('conflict', 'Only the proposals of a data-map system can become its annotation')
      const dataset = await service.proposalsAsDataset(scan.id)
      const who = whoOf(request.principal, request.id)
      await ctx.db.transaction().execute(async (trx) => {
        await accept(trx, { systemId: scan.source_id, dataset }, who)
        await ctx.audit.append(trx, {
          actor: who.actor,
          action: 'discovery.proposals.accept',
          target: { type: 'discovery_scan', id: scan.id },
          details: { collections: dataset.collections.length },
          requestId: request.id,
        })
      })
      return reply.redirect(`/admin/discovery/${scan.id}?accepted=1`, 303)
    },
  )

  app.post('/admin/discovery/scans', { config: ACCESS }, async (request, reply) => {
    const open = hooks.openSystemSource
    if (!open) throw new VernError('not_found', 'Scanning a system is not available')
    const input = checkStart(request.body)
    if (!input.ok) return list(request, reply, { error: input.error.message, status: 400 })
    const system = (await listSystems(ctx.db)).find((s) => s.id === input.value.systemId)
    if (!system) throw new VernError('not_found', 'No such system')
    const source = await open(ctx, system.id)
    if (!source) throw new VernError('not_found', 'The system has no connection to scan')
    const who = whoOf(request.principal, request.id)
    const sampleRows = input.value.sampleRows ? Number(input.value.sampleRows) : undefined
    const id = await service.start(
      { kind: 'system', id: system.id, label: system.name },
      who.actor,
      sampleRows,
    )
    // The scan goes on after the answer; the page shows its progress. The plugin waits for it on close.
    const work = service.complete(id, source, who.actor, { sampleRows, now: ctx.clock.now() })
    running.add(work)
    void work.finally(() => running.delete(work))
    return reply.redirect(`/admin/discovery/${id}?started=1`, 303)
  })
}
