import type { FastifyInstance } from 'fastify'
import type { AdminText } from '../i18n/admin/index.js'
import type { AdminLanguage } from '../i18n/languages.js'
import { html, type SafeHtml } from '../ui/html.js'
import { sendPage } from '../ui/page.js'
import type { Activity } from './activity.schema.js'
import { countryName } from './countries.js'
import type { RopaText } from './i18n/ropa.js'
import { mayWrite, textsFor } from './page.helpers.js'
import type { Processor } from './processor.schema.js'
import { dataMapOf } from './services.js'
import type { System } from './system.schema.js'

/** /admin/data-map: the activities and systems, and a picture of which system holds what. */
export async function dataMapPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  const dm = dataMapOf(ctx)
  app.get('/admin/data-map', { config: { access: 'datamap.read', page: true } }, async (request, reply) => {
    const { t, r, lang } = textsFor(request)
    const [activities, systems, processors, categories] = await Promise.all([
      dm.activities.list(ctx.db),
      dm.systems.list(ctx.db),
      dm.processors.list(ctx.db),
      ctx.taxonomy.list(ctx.db, 'data_category'),
    ])
    const labels = new Map(categories.map((c) => [c.key, c.labels[lang] ?? c.name]))
    const label = (key: string) => labels.get(key) ?? key
    const query = request.query as Record<string, string | undefined>
    const write = mayWrite(request)
    return sendPage(request, reply, {
      title: t.nav.dataMap,
      notice: query.saved ? t.common.saved : query.deleted ? t.dataMap.deleted : null,
      body: html`<p>${t.dataMap.intro}</p>
<h2>${t.dataMap.activities}</h2>
${write && html`<p><a class="button" href="/admin/data-map/activities/new">${t.dataMap.newActivity}</a></p>`}
${activityTable(t, r, activities, systems, processors, write)}
<h2>${t.dataMap.systems}</h2>
${write && html`<p><a class="button" href="/admin/data-map/systems/new">${t.dataMap.newSystem}</a></p>`}
${systemTable(t, lang, systems, processors, write)}
<h2>${t.dataMap.picture}</h2>
<p class="hint">${t.dataMap.pictureIntro}</p>
${matrix(t, activities, systems, label)}
<h2>${t.dataMap.recipientsPicture}</h2>
<p class="hint">${t.dataMap.recipientsIntro}</p>
${recipientTable(t, r, lang, activities, processors, label)}`,
    })
  })
}

const nameOf = <T extends { id: string; name: string }>(list: T[], id: string) =>
  list.find((x) => x.id === id)?.name ?? id

function activityTable(
  t: AdminText,
  r: RopaText,
  list: Activity[],
  systems: System[],
  processors: Processor[],
  write: boolean,
): SafeHtml {
  if (list.length === 0) return html`<p>${t.dataMap.noActivities}</p>`
  const d = t.dataMap.fields
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.dataMap.activities}"><table>
<thead><tr><th scope="col">${d.name}</th><th scope="col">${d.legalBasis}</th><th scope="col">${d.systemIds}</th><th scope="col">${d.recipientIds}</th></tr></thead>
<tbody>${list.map(
    (
      a,
    ) => html`<tr id="activity-${a.id}"><th scope="row">${write ? html`<a href="/admin/data-map/activities/${a.id}">${a.name}</a>` : a.name}</th>
<td>${r.legalBases[a.legalBasis]}</td>
<td>${a.systemIds.map((id) => nameOf(systems, id)).join(', ') || t.dataMap.none}</td>
<td>${a.recipientIds.map((id) => nameOf(processors, id)).join(', ') || t.dataMap.none}</td></tr>`,
  )}</tbody></table></div>`
}

function systemTable(
  t: AdminText,
  lang: AdminLanguage,
  list: System[],
  processors: Processor[],
  write: boolean,
): SafeHtml {
  if (list.length === 0) return html`<p>${t.dataMap.noSystems}</p>`
  const d = t.dataMap.fields
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.dataMap.systems}"><table>
<thead><tr><th scope="col">${d.name}</th><th scope="col">${d.kind}</th><th scope="col">${d.hostingCountry}</th><th scope="col">${d.processorId}</th><th scope="col">${d.owner}</th></tr></thead>
<tbody>${list.map(
    (
      s,
    ) => html`<tr><th scope="row">${write ? html`<a href="/admin/data-map/systems/${s.id}">${s.name}</a>` : s.name}</th>
<td>${t.dataMap.kinds[s.kind]}</td>
<td>${s.hostingCountry ? countryName(s.hostingCountry, lang) : t.dataMap.none}</td>
<td>${s.processorId ? nameOf(processors, s.processorId) : t.dataMap.none}</td>
<td>${s.owner ?? t.dataMap.none}</td></tr>`,
  )}</tbody></table></div>`
}

/** Systems down, categories across; a cell is marked when some activity keeps the category there. */
function matrix(
  t: AdminText,
  activities: Activity[],
  systems: System[],
  label: (key: string) => string,
): SafeHtml {
  const held = new Set<string>()
  for (const a of activities)
    for (const s of a.systemIds) for (const c of a.dataCategories) held.add(`${s} ${c}`)
  const used = systems.filter((s) => activities.some((a) => a.systemIds.includes(s.id)))
  const keys = [
    ...new Set(activities.filter((a) => a.systemIds.length > 0).flatMap((a) => a.dataCategories)),
  ].sort()
  if (used.length === 0 || keys.length === 0) return html`<p>${t.dataMap.nothingToDraw}</p>`
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.dataMap.picture}"><table class="matrix">
<thead><tr><th scope="col">${t.dataMap.systems}</th>${keys.map((k) => html`<th scope="col">${label(k)}</th>`)}</tr></thead>
<tbody>${used.map(
    (s) =>
      html`<tr><th scope="row">${s.name}</th>${keys.map((k) =>
        held.has(`${s.id} ${k}`)
          ? html`<td><span aria-hidden="true">✓</span><span class="visually-hidden">${t.dataMap.held}</span></td>`
          : html`<td></td>`,
      )}</tr>`,
  )}</tbody></table></div>`
}

function recipientTable(
  t: AdminText,
  r: RopaText,
  lang: AdminLanguage,
  activities: Activity[],
  processors: Processor[],
  label: (key: string) => string,
): SafeHtml {
  const rows = processors
    .map((p) => {
      const via = activities.filter(
        (a) => a.recipientIds.includes(p.id) || a.transfers.some((x) => x.recipientId === p.id),
      )
      return { p, via, categories: [...new Set(via.flatMap((a) => a.dataCategories))].sort() }
    })
    .filter((row) => row.via.length > 0)
  if (rows.length === 0) return html`<p>${t.dataMap.nothingToDraw}</p>`
  const d = t.dataMap.fields
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.dataMap.recipientsPicture}"><table>
<thead><tr><th scope="col">${d.recipientIds}</th><th scope="col">${d.role}</th><th scope="col">${t.setup.country}</th><th scope="col">${t.dataMap.activities}</th><th scope="col">${d.dataCategories}</th></tr></thead>
<tbody>${rows.map(
    ({ p, via, categories }) => html`<tr><th scope="row">${p.name}</th><td>${r.roles[p.role]}</td>
<td>${countryName(p.country, lang)}${p.thirdCountry && html` (${p.transferSafeguard ? r.safeguards[p.transferSafeguard] : r.safeguards.none})`}</td>
<td>${via.map((a) => a.name).join(', ')}</td><td>${categories.map(label).join(', ')}</td></tr>`,
  )}</tbody></table></div>`
}
