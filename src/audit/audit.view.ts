import type { FastifyRequest } from 'fastify'
import type { Executor } from '../db/database.js'
import type { AdminText } from '../i18n/admin/index.js'
import { formatTime } from '../ui/format.js'
import { html, type SafeHtml } from '../ui/html.js'
import { pageLanguage, textFor } from '../ui/page.js'
import type { AuditEntry } from './audit.service.js'

/** Names of the staff and keys that appear in a page of entries, looked up in two queries. */
async function actorNames(db: Executor, entries: AuditEntry[]): Promise<Map<string, string>> {
  const userIds = [
    ...new Set(entries.filter((e) => e.actor.type === 'user' && e.actor.id).map((e) => e.actor.id as string)),
  ]
  const keyIds = [
    ...new Set(
      entries.filter((e) => e.actor.type === 'api_key' && e.actor.id).map((e) => e.actor.id as string),
    ),
  ]
  const names = new Map<string, string>()
  if (userIds.length > 0) {
    for (const u of await db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute())
      names.set(`user:${u.id}`, u.name)
  }
  if (keyIds.length > 0) {
    for (const k of await db
      .selectFrom('api_keys')
      .select(['id', 'name'])
      .where('id', 'in', keyIds)
      .execute())
      names.set(`api_key:${k.id}`, `${k.name} (API)`)
  }
  return names
}

function actorLabel(t: AdminText, names: Map<string, string>, e: AuditEntry): string {
  if (e.actor.type === 'system') return e.actor.id ? `${t.audit.system} (${e.actor.id})` : t.audit.system
  if (e.actor.type === 'anonymous') return t.audit.anonymous
  return names.get(`${e.actor.type}:${e.actor.id}`) ?? `${e.actor.type} ${e.actor.id ?? ''}`
}

function detailsText(details: AuditEntry['details']): string {
  if (!details) return ''
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join('; ')
}

/** A table of audit entries for the admin pages. */
export async function auditTable(
  request: FastifyRequest,
  entries: AuditEntry[],
  timeZone?: string,
): Promise<SafeHtml> {
  const t = textFor(request)
  const lang = pageLanguage(request)
  const names = await actorNames(request.server.ctx.db, entries)
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.audit.title}"><table>
<thead><tr><th scope="col">#</th><th scope="col">${t.audit.when}</th><th scope="col">${t.audit.who}</th><th scope="col">${t.audit.action}</th><th scope="col">${t.audit.target}</th><th scope="col">${t.audit.outcome}</th><th scope="col">${t.audit.details}</th></tr></thead>
<tbody>
${entries.map(
  (e) => html`<tr>
<td>${e.seq}</td>
<td><time datetime="${e.at}">${formatTime(e.at, lang, timeZone)}</time></td>
<td>${actorLabel(t, names, e)}</td>
<td><code>${e.action}</code></td>
<td>${e.target ? html`${e.target.type} <code>${e.target.id}</code>` : ''}</td>
<td><span class="badge ${e.outcome === 'success' ? 'ok' : 'bad'}">${t.outcomes[e.outcome] ?? e.outcome}</span></td>
<td>${detailsText(e.details)}</td>
</tr>`,
)}
</tbody></table></div>`
}
