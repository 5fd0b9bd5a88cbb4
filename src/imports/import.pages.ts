import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Permission } from '../auth/roles.js'
import { VernError } from '../errors.js'
import { uploadedFile } from '../http/uploads.js'
import { whoOf } from '../subjects/subject.access.js'
import { RELATIONSHIPS } from '../subjects/subject.schema.js'
import { formFields, postForm, select, field as textField } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import { BATCH_ROWS, type ImportView, MAX_IMPORT_BYTES } from './import.service.js'
import { IMPORT_TEXTS } from './imports.text.js'
import { type ColumnMapping, IMPORT_FIELDS } from './mapping.js'
import type { ImportSettings } from './people.js'

const WRITE: Permission = 'subjects.write'
const BASE = '/admin/people/import'

const textOf = (request: FastifyRequest) => IMPORT_TEXTS[pageLanguage(request)]
type Text = (typeof IMPORT_TEXTS)['en']

function statusBadge(t: Text, v: ImportView): SafeHtml {
  const tone =
    v.status === 'completed' || v.status === 'checked' ? ' ok' : v.status === 'failed' ? ' bad' : ''
  return html`<span class="badge${tone}">${t.statuses[v.status]}</span>`
}

function uploadForm(request: FastifyRequest, t: Text, error?: string): SafeHtml {
  return html`<form method="post" action="${BASE}" enctype="multipart/form-data" novalidate>
<input type="hidden" name="_csrf" value="${request.csrfToken()}">
<div class="field${error ? ' invalid' : ''}"><label for="f-file">${t.file}</label>
<input id="f-file" name="file" type="file" accept=".csv,.txt,text/csv" required aria-describedby="f-file-hint${error ? ' f-file-error' : ''}"${error ? html` aria-invalid="true"` : ''}>
<p class="hint" id="f-file-hint">${t.fileHint}</p>
${error && html`<p class="field-error" id="f-file-error">${error}</p>`}</div>
<div class="actions"><button type="submit">${t.upload}</button></div>
</form>`
}

function recentTable(t: Text, list: ImportView[]): SafeHtml {
  if (list.length === 0) return html`<p>${t.none}</p>`
  return html`<table>
<thead><tr><th scope="col">${t.fileName}</th><th scope="col">${t.when}</th><th scope="col">${t.rows}</th><th scope="col">${t.status}</th></tr></thead>
<tbody>${list.map(
    (v) =>
      html`<tr><td><a href="${BASE}/${v.id}">${v.fileName}</a></td><td>${v.createdAt.slice(0, 16).replace('T', ' ')}</td><td>${v.totalRows}</td><td>${statusBadge(t, v)}</td></tr>`,
  )}</tbody></table>`
}

function mappingForm(
  request: FastifyRequest,
  t: Text,
  v: ImportView,
  errors: Record<string, string>,
  settings: ImportSettings,
): SafeHtml {
  const columns = [{ value: '', label: t.notImported }, ...v.headers.map((h) => ({ value: h, label: h }))]
  return postForm(
    request,
    `${BASE}/${v.id}/run`,
    html`<h2>${t.mappingTitle}</h2>
<p>${t.mappingIntro}</p>
<div class="grid-2">${IMPORT_FIELDS.map((f) =>
      select(t.fields[f], `map.${f}`, columns, {
        value: settings.mapping[f] ?? '',
        error: errors[`mapping.${f}`],
      }),
    )}</div>
${textField(t.system, 'system', { value: settings.system, hint: t.systemHint, maxlength: 60, pattern: '[A-Za-z0-9_.\\-]+', error: errors.system })}
${select(
  t.relationship,
  'relationship',
  RELATIONSHIPS.map((r) => ({ value: r, label: t.relationships[r] })),
  { value: settings.relationship },
)}
<p class="hint">${t.batchNote(BATCH_ROWS)}</p>
<div class="actions"><button type="submit" formaction="${BASE}/${v.id}/check" class="secondary">${t.check}</button> <button type="submit">${t.run}</button></div>`,
  )
}

function resultSection(t: Text, v: ImportView): SafeHtml {
  const counts = (
    ['created', 'updated', 'unchanged', 'rejected', 'skipped', 'erased', 'restricted'] as const
  ).filter((k) => k === 'created' || v[k] > 0)
  const problems = v.report.problems
  return html`<section aria-labelledby="result-heading"><h2 id="result-heading">${v.mode === 'check' ? t.resultCheck : t.resultDone}</h2>
<ul class="counts">${counts.map((k) => html`<li><strong>${v[k]}</strong> ${t.counts[k](v[k])}</li>`)}</ul>
<h3>${t.problemsTitle}</h3>
${
  problems.length === 0
    ? html`<p>${t.problemsNone}</p>`
    : html`${problems.length < v.rejected ? html`<p class="hint">${t.problemsMore(problems.length, v.rejected)}</p>` : ''}<table>
<thead><tr><th scope="col">${t.row}</th><th scope="col">${t.column}</th><th scope="col">${t.problem}</th></tr></thead>
<tbody>${problems.map(
        (p) =>
          html`<tr><td>${p.row}</td><td>${p.column ?? t.wholeRow}</td><td>${t.rules[p.rule as keyof Text['rules']] ?? t.rules.other}</td></tr>`,
      )}</tbody></table>`
}</section>`
}

function progressSection(t: Text, v: ImportView): SafeHtml {
  const total = Math.max(v.totalRows, 1)
  return html`<section aria-labelledby="progress-heading"><h2 id="progress-heading">${v.mode === 'check' ? t.checkingTitle : t.progressTitle}</h2>
<progress id="import-progress" max="${total}" value="${v.processedRows}" aria-describedby="import-progress-text">${Math.floor((v.processedRows / total) * 100)}%</progress>
<p id="import-progress-text" role="status">${t.progress(v.processedRows, v.totalRows)}</p>
<p class="hint">${t.refreshHint}</p></section>`
}

/** Form fields of the mapping form as import settings (blank selections left out). */
function settingsFrom(body: unknown): ImportSettings {
  const fields = formFields(body)
  const mapping: ColumnMapping = {}
  for (const f of IMPORT_FIELDS) {
    const column = fields[`map.${f}`]
    if (column) mapping[f] = column
  }
  const relationship = RELATIONSHIPS.find((r) => r === fields.relationship) ?? 'customer'
  return { mapping, system: (fields.system ?? '').trim() || 'shop', relationship }
}

/** /admin/people/import: upload a file, map its columns, check, import with progress, and the report. */
export async function importPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app

  app.get(BASE, { config: { access: WRITE, page: true } }, async (request, reply) => {
    const t = textOf(request)
    const list = await ctx.imports.list(ctx.db)
    return sendPage(request, reply, {
      title: t.title,
      body: html`<p>${t.intro}</p>${uploadForm(request, t)}<h2>${t.recent}</h2>${recentTable(t, list)}`,
    })
  })

  app.post(BASE, { config: { access: WRITE, page: true } }, async (request, reply) => {
    const t = textOf(request)
    try {
      const file = await uploadedFile(request, 'file', 'a CSV file')
      if (file.truncated)
        throw new VernError('validation_failed', 'too large', 'file', 'too_long', { limit: MAX_IMPORT_BYTES })
      const view = await ctx.imports.upload(file.filename, file.bytes, whoOf(request.principal, request.id))
      return reply.redirect(`${BASE}/${view.id}`, 303)
    } catch (error) {
      if (!(error instanceof VernError) || error.code !== 'validation_failed') throw error
      const message =
        error.rule === 'too_long'
          ? t.fileHint
          : error.rule === 'required'
            ? `${t.file} ${t.rules.required}`
            : `${t.file} ${t.rules.format}`
      const list = await ctx.imports.list(ctx.db)
      return sendPage(request, reply, {
        title: t.title,
        status: 400,
        error: message,
        body: html`<p>${t.intro}</p>${uploadForm(request, t, message)}<h2>${t.recent}</h2>${recentTable(t, list)}`,
      })
    }
  })

  const show = async (
    request: FastifyRequest,
    id: string,
    o: { errors?: Record<string, string>; settings?: ImportSettings; status?: number; notice?: string } = {},
  ) => {
    const t = textOf(request)
    const v = await ctx.imports.get(ctx.db, id)
    const active = v.status === 'queued' || v.status === 'running'
    const settings = o.settings ??
      v.settings ?? { mapping: v.suggestedMapping, system: 'shop', relationship: 'customer' as const }
    const parts: SafeHtml[] = [
      html`<p>${v.fileName}: ${t.summary(v.totalRows, v.encoding, v.delimiter)} ${statusBadge(t, v)}</p>`,
    ]
    if (active) parts.push(progressSection(t, v))
    if (v.status === 'failed') parts.push(html`<p class="warn">${t.failed}</p>`)
    if (v.status === 'checked' || v.status === 'completed' || (v.status === 'failed' && v.processedRows > 0))
      parts.push(resultSection(t, v))
    if (['uploaded', 'checked', 'failed'].includes(v.status)) {
      parts.push(mappingForm(request, t, v, o.errors ?? {}, settings))
      parts.push(
        postForm(
          request,
          `${BASE}/${v.id}/discard`,
          html`<button type="submit" class="danger">${t.discard}</button>`,
        ),
      )
    }
    if (v.status === 'completed' || v.status === 'discarded')
      parts.push(html`<p><a href="/admin/people">${t.viewPeople}</a> · <a href="${BASE}">${t.again}</a></p>`)
    return {
      title: t.title,
      status: o.status ?? 200,
      notice: o.notice,
      error: o.errors && Object.keys(o.errors).length > 0 ? Object.values(o.errors)[0] : null,
      refresh: active,
      body: html`${parts}`,
    }
  }

  app.get<{ Params: { id: string } }>(
    `${BASE}/:id`,
    { config: { access: WRITE, page: true } },
    async (request, reply) => {
      const page = await show(request, request.params.id, {
        notice: (request.query as Record<string, string>).discarded ? textOf(request).discarded : undefined,
      })
      if (page.refresh) reply.header('refresh', '2')
      return sendPage(request, reply, page)
    },
  )

  for (const mode of ['check', 'run'] as const)
    app.post<{ Params: { id: string } }>(
      `${BASE}/:id/${mode}`,
      { config: { access: WRITE, page: true } },
      async (request, reply) => {
        const settings = settingsFrom(request.body)
        try {
          await ctx.imports.start(
            request.params.id,
            mode === 'check' ? 'check' : 'import',
            settings,
            whoOf(request.principal, request.id),
          )
          return reply.redirect(`${BASE}/${request.params.id}`, 303)
        } catch (error) {
          if (!(error instanceof VernError) || error.code !== 'validation_failed' || !error.field) throw error
          const t = textOf(request)
          const key = error.field.replace(/^mapping\./, '') as keyof Text['fields']
          const label = t.fields[key] ?? t.system
          const rule = t.rules[error.rule as keyof Text['rules']] ?? t.rules.other
          const message =
            error.field === 'mapping.email' && error.rule === 'required' ? t.mappingIntro : `${label} ${rule}`
          const page = await show(request, request.params.id, {
            errors: { [error.field]: message },
            settings,
            status: 400,
          })
          return sendPage(request, reply, page)
        }
      },
    )

  app.post<{ Params: { id: string } }>(
    `${BASE}/:id/discard`,
    { config: { access: WRITE, page: true } },
    async (request, reply) => {
      await ctx.imports.discard(request.params.id, whoOf(request.principal, request.id))
      return reply.redirect(`${BASE}/${request.params.id}?discarded=1`, 303)
    },
  )
}
