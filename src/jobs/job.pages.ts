import type { FastifyInstance } from 'fastify'
import { formatTime } from '../ui/format.js'
import { html } from '../ui/html.js'
import { pageLanguage, sendPage, textFor } from '../ui/page.js'
import { lastRun, recentRuns } from './job.repository.js'

/** What the scheduler does: each job, its last and next run, and the recent runs of every instance. */
export async function jobPages(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  app.get('/admin/jobs', { config: { access: 'jobs.read', page: true } }, async (request, reply) => {
    const t = textFor(request)
    const j = t.jobs
    const lang = pageLanguage(request)
    const now = ctx.clock.now()
    const jobs = await Promise.all(
      ctx.scheduler.jobs.map(async (job) => ({
        job,
        last: await lastRun(ctx.db, job.name),
        next: ctx.scheduler.nextTick(job.name, now),
      })),
    )
    const runs = await recentRuns(ctx.db, 50)
    const outcome = (o: string) =>
      html`<span class="badge ${o === 'success' ? 'ok' : o === 'running' ? '' : 'bad'}">${t.outcomes[o] ?? o}</span>`
    return sendPage(request, reply, {
      title: j.title,
      body: html`<p>${j.intro}</p>
<div class="table-wrap" role="region" tabindex="0" aria-label="${j.title}"><table>
<thead><tr><th scope="col">${j.job}</th><th scope="col">${j.schedule}</th><th scope="col">${j.lastRun}</th><th scope="col">${j.outcome}</th><th scope="col">${j.nextRun}</th></tr></thead>
<tbody>${jobs.map(
        ({
          job,
          last,
          next,
        }) => html`<tr><td>${j.names[job.name] ?? job.name} <code>${job.name}</code></td><td><code>${job.schedule}</code> UTC</td>
<td>${last ? formatTime(last.started_at, lang) : t.common.never}</td><td>${last && outcome(last.outcome)}</td><td>${next ? formatTime(next.toISOString(), lang) : ''}</td></tr>`,
      )}</tbody></table></div>
<h2>${j.recent}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-label="${j.recent}"><table>
<thead><tr><th scope="col">${j.job}</th><th scope="col">${j.lastRun}</th><th scope="col">${j.instance}</th><th scope="col">${j.outcome}</th><th scope="col">${j.summary}</th></tr></thead>
<tbody>${runs.map(
        (r) =>
          html`<tr><td><code>${r.job}</code></td><td>${formatTime(r.started_at, lang)}</td><td><code>${r.instance}</code></td><td>${outcome(r.outcome)}</td><td>${r.summary ?? ''}</td></tr>`,
      )}</tbody></table></div>`,
    })
  })
}
