import { can, type Role } from '../auth/roles.js'
import { type CategoryPurposes, purposesByCategory } from '../datamap/activity.coverage.js'
import type { Activity } from '../datamap/activity.schema.js'
import { retentionInWords, ropaText } from '../datamap/i18n/ropa.js'
import { dataMapOf } from '../datamap/services.js'
import type { AppContext } from '../http/context.js'
import type { AdminText } from '../i18n/admin/index.js'
import type { AdminLanguage } from '../i18n/languages.js'
import type { TaxonomyItem } from '../taxonomy/taxonomy.service.js'
import { html, type SafeHtml } from '../ui/html.js'
import { dataSubjectsOf } from './subject.categories.js'
import type { Subject } from './subject.view.js'

/** The purposes of each category held about a person, with the names the page shows them by. */
export interface PersonPurposes {
  rows: CategoryPurposes<Activity>[]
  categoryName: (key: string) => string
  purposeName: (key: string) => string
  /** Where an activity is shown: its form for those who may change the data map, else its row in the map. */
  link: (activity: Activity) => string
}

/**
 * Reads the data map for the person's page: the activities covering each of the given categories for
 * the person's kind of data subject, and the localised names of categories and purposes.
 */
export async function personPurposes(
  ctx: AppContext,
  t: AdminText,
  lang: AdminLanguage,
  role: Role,
  s: Subject,
  categories: readonly string[],
): Promise<PersonPurposes> {
  const activities = await dataMapOf(ctx).activities.list(ctx.db)
  const [uses, kinds] = await Promise.all([
    ctx.taxonomy.lookup(ctx.db, 'data_use', [...new Set(activities.map((a) => a.dataUse))]),
    ctx.taxonomy.lookup(ctx.db, 'data_category', categories),
  ])
  const name = (items: Map<string, TaxonomyItem>, key: string) => {
    const item = items.get(key)
    return item ? (item.labels[lang] ?? item.name) : key
  }
  const writer = can(role, 'datamap.write')
  return {
    rows: purposesByCategory(activities, categories, dataSubjectsOf(s)),
    categoryName: (key) => t.register.categories[key] ?? name(kinds, key),
    purposeName: (key) => name(uses, key),
    link: (a) => (writer ? `/admin/data-map/activities/${a.id}` : `/admin/data-map#activity-${a.id}`),
  }
}

/**
 * Why each category held about the person is kept (P1, Art. 15(1)(a) and (d)): the activities covering
 * it, with purpose, legal basis and retention. A category without one is flagged: the business must
 * document a purpose or stop keeping the data.
 */
export function purposesSection(t: AdminText, lang: AdminLanguage, p: PersonPurposes): SafeHtml {
  const r = t.register
  const words = ropaText(lang)
  const missing = p.rows.filter((row) => row.activities.length === 0).length
  return html`<section id="purposes" aria-labelledby="purposes-heading">
<h2 id="purposes-heading">${r.purposes}</h2>
<p class="hint">${r.purposesIntro}</p>
${missing > 0 && html`<p class="warn">${r.withoutPurpose(missing)}</p>`}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="purposes-heading"><table class="purposes">
<thead><tr><th scope="col">${r.category}</th><th scope="col">${r.purposes}</th></tr></thead>
<tbody>${p.rows.map(
    (row) =>
      html`<tr><th scope="row">${p.categoryName(row.category)} <code>${row.category}</code></th><td>${
        row.activities.length === 0
          ? html`<p class="warn">${r.noPurpose}</p>`
          : html`<ul class="purposes">${row.activities.map(
              (a) => html`<li><a href="${p.link(a)}">${a.name}</a>: ${p.purposeName(a.dataUse)}
<br><span class="hint">${words.legalBasis}: ${words.legalBases[a.legalBasis]}. ${words.retention}: ${retentionInWords(words, a.retention)}</span></li>`,
            )}</ul>`
      }</td></tr>`,
  )}</tbody>
</table></div>
</section>`
}
