import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { can } from '../auth/roles.js'
import { findSystem } from '../datamap/system.repository.js'
import { notFound, VernError } from '../errors.js'
import { actionButton, checkbox, field, formFields, postForm, select, textarea } from '../ui/forms.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import type { ConnectionInput } from './connection.schema.js'
import type { ConnectionService } from './connection.service.js'
import type { ConnectorService } from './connector.service.js'
import { CONNECTOR_ADMIN_TEXT } from './connectors.admin-text.js'
import type { DatasetIssue } from './dataset.schema.js'
import { SQL_KINDS, type SqlKind } from './sql.session.js'

interface Extra {
  notice?: string | undefined
  error?: string | undefined
  status?: number | undefined
  document?: string | undefined
  issues?: DatasetIssue[] | undefined
  checked?: boolean | undefined
}

/** /admin/data-map/systems/{id}/connection: the SQL connection, its test, and the dataset annotation. */
export async function connectionPages(
  app: FastifyInstance,
  connections: ConnectionService,
  connectors: ConnectorService,
): Promise<void> {
  const { ctx } = app
  const path = (id: string) => `/admin/data-map/systems/${encodeURIComponent(id)}/connection`
  const who = (request: FastifyRequest) => ({ actor: actorOf(request.principal), requestId: request.id })

  async function show(
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    extra: Extra = {},
  ) {
    const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
    const system = await findSystem(ctx.db, request.params.id)
    if (!system) throw notFound('The system')
    const connection = await connections.find(ctx.db, system.id)
    const mayWrite = request.principal ? can(request.principal.role, 'datamap.write') : false
    let document = extra.document
    if (document === undefined) {
      const stored = await connectors.getDataset(ctx.db, system.id).catch(() => null)
      document = stored ? connectors.toYaml(stored) : ''
    }
    const base = path(system.id)
    const kindOptions = SQL_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))
    return sendPage(request, reply, {
      title: t.title(system.name),
      notice: extra.notice,
      error: extra.error,
      status: extra.status,
      body: html`<p>${t.intro}</p>
<h2>${t.connection}</h2>
${
  connection
    ? html`<dl>
<dt>${t.kind}</dt><dd>${t.kinds[connection.kind]}</dd>
${connection.host && html`<dt>${t.host}</dt><dd><code>${connection.host}${connection.port ? `:${connection.port}` : ''}</code></dd>`}
${connection.database && html`<dt>${t.database}</dt><dd><code>${connection.database}</code></dd>`}
${connection.file && html`<dt>${t.file}</dt><dd><code>${connection.file}</code></dd>`}
</dl>
<p>${t.credentials(connection.readCredentials, connection.writeCredentials)}</p>
${mayWrite && html`<p>${actionButton(request, `${base}/test`, t.test)} ${actionButton(request, `${base}/delete`, t.remove, { danger: true })}</p>`}`
    : html`<p>${t.none}</p>`
}
${
  mayWrite &&
  postForm(
    request,
    base,
    html`${select(t.kind, 'kind', kindOptions, { value: connection?.kind ?? 'mysql', required: true })}
${field(t.host, 'host', { value: connection?.host, maxlength: 253, optional: t.optional })}
${field(t.port, 'port', { type: 'number', value: connection?.port ? String(connection.port) : '', optional: t.optional })}
${field(t.database, 'database', { value: connection?.database, maxlength: 128, optional: t.optional })}
${field(t.file, 'file', { value: connection?.file, maxlength: 1000, hint: t.fileHint, optional: t.optional })}
${checkbox(t.ssl, 'ssl', connection?.ssl ?? false)}
${field(t.readUser, 'readUser', { maxlength: 128, autocomplete: 'off', optional: t.optional })}
${field(t.readPassword, 'readPassword', { type: 'password', autocomplete: 'new-password', hint: t.passwordKept, optional: t.optional })}
${field(t.writeUser, 'writeUser', { maxlength: 128, autocomplete: 'off', hint: t.writeHint, optional: t.optional })}
${field(t.writePassword, 'writePassword', { type: 'password', autocomplete: 'new-password', optional: t.optional })}
${checkbox(t.writable, 'writable', connection?.kind === 'sqlite' && connection.writeCredentials)}
<button type="submit">${t.save}</button>`,
  )
}
<h2>${t.dataset}</h2>
<p>${t.datasetIntro}</p>
${!document && html`<p>${t.noDataset}</p>`}
${extra.checked && extra.issues && extra.issues.length === 0 && html`<p class="notice" role="status">${t.valid}</p>`}
${
  extra.issues &&
  extra.issues.length > 0 &&
  html`<div class="error" role="alert"><p>${t.problems(extra.issues.length)}</p><ul>${extra.issues.map(
    (i) => html`<li><code>${i.path}</code>: ${i.message}</li>`,
  )}</ul></div>`
}
${
  mayWrite
    ? postForm(
        request,
        `${base}/dataset`,
        html`${textarea(t.document, 'document', { value: document, rows: 24 })}
<button type="submit" name="action" value="validate" class="secondary">${t.validate}</button>
<button type="submit" name="action" value="save">${t.saveDataset}</button>`,
      )
    : document && html`<pre>${document}</pre>`
}`,
    })
  }

  const read = { access: 'datamap.read' as const, page: true }
  const write = { access: 'datamap.write' as const, page: true }

  app.get<{ Params: { id: string } }>(
    '/admin/data-map/systems/:id/connection',
    { config: read },
    (request, reply) => show(request, reply),
  )

  app.post<{ Params: { id: string } }>(
    '/admin/data-map/systems/:id/connection',
    { config: write },
    async (request, reply) => {
      const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
      try {
        const input = connectionFromForm(formFields(request.body))
        await ctx.db
          .transaction()
          .execute((trx) => connections.put(trx, request.params.id, input, who(request)))
        return show(request, reply, { notice: t.saved })
      } catch (error) {
        if (error instanceof VernError && error.status < 500 && error.code !== 'not_found')
          return show(request, reply, {
            error: error.field ? `${error.field}: ${error.message}` : error.message,
            status: 400,
          })
        throw error
      }
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/data-map/systems/:id/connection/test',
    { config: write },
    async (request, reply) => {
      const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
      try {
        const answer = await connections.test(ctx.db, request.params.id, who(request))
        return show(request, reply, { notice: t.testOk(answer.tables, answer.ms) })
      } catch (error) {
        if (error instanceof VernError && error.code !== 'not_found' && error.code !== 'internal_error')
          return show(request, reply, { error: error.message, status: error.status })
        throw error
      }
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/data-map/systems/:id/connection/delete',
    { config: write },
    async (request, reply) => {
      const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
      await ctx.db.transaction().execute((trx) => connections.remove(trx, request.params.id, who(request)))
      return show(request, reply, { notice: t.removed })
    },
  )

  app.post<{ Params: { id: string } }>(
    '/admin/data-map/systems/:id/connection/dataset',
    { config: write },
    async (request, reply) => {
      const t = CONNECTOR_ADMIN_TEXT[pageLanguage(request)]
      const form = formFields(request.body)
      const text = form.document ?? ''
      try {
        const document = connectors.parse(
          text,
          text.trimStart().startsWith('{') ? 'application/json' : 'application/yaml',
        )
        const report = await connectors.validate(ctx.db, request.params.id, document)
        if (form.action !== 'save' || !report.valid)
          return show(request, reply, {
            document: text,
            issues: report.issues,
            checked: true,
            status: report.valid ? 200 : 422,
          })
        await ctx.db
          .transaction()
          .execute((trx) => connectors.putDataset(trx, request.params.id, report, document, who(request)))
        return show(request, reply, { notice: t.datasetSaved })
      } catch (error) {
        if (error instanceof VernError && error.code !== 'not_found' && error.code !== 'internal_error')
          return show(request, reply, { document: text, error: error.message, status: error.status })
        throw error
      }
    },
  )
}

function connectionFromForm(form: Record<string, string>): ConnectionInput {
  const kind = (SQL_KINDS as readonly string[]).includes(form.kind ?? '') ? (form.kind as SqlKind) : 'mysql'
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined)
  const input: ConnectionInput = { kind }
  if (kind === 'sqlite') {
    input.file = text(form.file)
    input.writable = form.writable === 'on'
    return input
  }
  input.host = text(form.host)
  const port = text(form.port)
  if (port) input.port = Number(port)
  input.database = text(form.database)
  input.ssl = form.ssl === 'on'
  const readUser = text(form.readUser)
  if (readUser) input.read = { user: readUser, ...(form.readPassword ? { password: form.readPassword } : {}) }
  const writeUser = text(form.writeUser)
  if (writeUser)
    input.write = { user: writeUser, ...(form.writePassword ? { password: form.writePassword } : {}) }
  return input
}
