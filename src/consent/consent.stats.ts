import type { Executor } from '../db/database.js'
import { html, type SafeHtml } from '../ui/html.js'
import type { ConsentAdminText } from './consent.admin.text.js'
import { choicesSince } from './consent.repository.js'
import type { Category } from './consent.text.js'

const DAYS = 30
/** The charts read at most this many records; beyond it they show the most recent part. */
const MAX_RECORDS = 200_000
const CHARTED: readonly Exclude<Category, 'necessary'>[] = ['preferences', 'statistics', 'marketing']

export interface DayStats {
  day: string
  total: number
  accepted: Record<Exclude<Category, 'necessary'>, number>
}

export interface ConsentStats {
  days: DayStats[]
  total: number
  gpc: number
}

/** Choices per day over the last 30 days: how many accepted each category, and how many were GPC refusals. */
export async function consentStats(db: Executor, now: Date): Promise<ConsentStats> {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (DAYS - 1)))
  const days = new Map<string, DayStats>()
  for (let i = 0; i < DAYS; i++) {
    const day = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10)
    days.set(day, { day, total: 0, accepted: { preferences: 0, statistics: 0, marketing: 0 } })
  }
  let total = 0
  let gpc = 0
  for (const row of await choicesSince(db, start.toISOString(), MAX_RECORDS)) {
    const stats = days.get(row.at.slice(0, 10))
    if (!stats) continue
    total++
    if (row.method === 'gpc') gpc++
    stats.total++
    const categories = JSON.parse(row.categories) as Record<string, boolean>
    for (const c of CHARTED) if (categories[c]) stats.accepted[c]++
  }
  return { days: [...days.values()], total, gpc }
}

const WIDTH = 300
const HEIGHT = 80

/** One bar chart per category in SVG (no script, no inline style), each bar titled for screen readers. */
export function statsCharts(stats: ConsentStats, c: ConsentAdminText): SafeHtml {
  if (stats.total === 0) return html`<p>${c.noRecords}</p>`
  const bar = WIDTH / stats.days.length
  const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100))
  const gpcShare = `${pct(stats.gpc, stats.total)} %`
  return html`<p>${c.chartIntro}</p>
<div class="consent-charts">
${CHARTED.map(
  (category) => html`<figure class="consent-chart">
<figcaption><strong>${c.categories[category]}</strong>: ${c.acceptedShare(
    `${pct(
      stats.days.reduce((n, d) => n + d.accepted[category], 0),
      stats.total,
    )} %`,
  )}</figcaption>
<svg viewBox="0 0 ${WIDTH} ${HEIGHT + 1}" width="${WIDTH}" height="${HEIGHT + 1}" role="img" aria-label="${c.chart}: ${c.categories[category]}">
<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" class="chart-bg"/>
<line x1="0" y1="${HEIGHT}" x2="${WIDTH}" y2="${HEIGHT}" stroke="currentColor" stroke-width="1"/>
${stats.days.map((d, i) => {
  const share = pct(d.accepted[category], d.total)
  const h = Math.round((share / 100) * HEIGHT)
  return html`<rect x="${(i * bar + 1).toFixed(1)}" y="${HEIGHT - h}" width="${(bar - 2).toFixed(1)}" height="${h}" fill="currentColor"><title>${d.day}: ${share} % (${d.total} ${c.choices})</title></rect>`
})}
</svg>
<div class="chart-axis"><span>${stats.days[0]?.day ?? ''}</span><span>${stats.days.at(-1)?.day ?? ''}</span></div>
</figure>`,
)}
</div>
<p>${c.gpcShare(gpcShare, stats.total)}</p>`
}
