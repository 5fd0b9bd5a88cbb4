import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorOf } from '../auth/principal.js'
import { can } from '../auth/roles.js'
import type { AdminLanguage } from '../i18n/languages.js'
import { actionButton } from '../ui/forms.js'
import { html, type SafeHtml } from '../ui/html.js'
import { pageLanguage, sendPage } from '../ui/page.js'
import { RETENTION_TEXT } from './retention.text.js'
import * as repo from './sweep.repository.js'
import type { RetentionSweep, StepReport, SweepReport } from './sweep.service.js'
import { SWEEP_TEXT } from './sweep.text.js'

const number = (lang: AdminLanguage, n: number) =>
  new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : lang).format(n)

/** The links between the retention pages. */
export function sweepLinks(lang: AdminLanguage): SafeHtml {
  const t = SWEEP_TEXT[lang]
  return html`<p class="links"><a href="/admin/retention/preview">${t.links.preview}</a> · <a href="/admin/retention/runs">${t.links.runs}</a> · <a href="/admin/retention/tasks">${t.links.tasks}</a></p>`
}

/** A sweep's steps as a table: per rule and kind of record, the counts and the holds that stopped what. */
function reportTable(lang: AdminLanguage, report: SweepReport, preview: boolean): SafeHtml {
  const t = SWEEP_TEXT[lang]
  const r = RETENTION_TEXT[lang]
  const steps = report.steps.filter(
    (s) => s.target !== 'retained' || s.done > 0 || s.held.length > 0 || preview,
  )
  if (steps.length === 0) return html`<p>${t.noSteps}</p>`
  const ruleCell = (s: StepReport) =>
    s.ruleId
      ? html`<a href="/admin/retention/${s.ruleId}">${s.ruleName ?? s.ruleId}</a>`
      : html`${t.retainedRule}`
  const held = (s: StepReport) =>
    s.held.length === 0
      ? '0'
      : html`${s.held.map(
          (h, i) =>
            html`${i > 0 ? ', ' : ''}<a href="/admin/legal-holds#hold-${h.holdId}">${t.holdLabel(h.count)}</a> (${r.holds.scopes[h.scope]})`,
        )}`
  return html`<div class="table-wrap" role="region" tabindex="0" aria-label="${preview ? t.previewTitle : t.runsTitle}"><table>
<thead><tr><th scope="col">${t.rule}</th><th scope="col">${t.records}</th><th scope="col">${t.action}</th><th scope="col">${t.cutoff}</th><th scope="col" class="num">${t.evaluated}</th><th scope="col" class="num">${preview ? t.wouldAct : t.acted}</th><th scope="col">${t.held}</th><th scope="col" class="num">${t.restricted}</th><th scope="col" class="num">${t.kept}</th></tr></thead>
<tbody>${steps.map(
    (s) =>
      html`<tr><th scope="row">${ruleCell(s)}</th><td>${t.targets[s.target]}</td><td>${t.actions[s.action]}</td><td>${s.cutoff ?? t.nothingDue}</td><td class="num">${number(lang, s.evaluated)}</td><td class="num">${s.target === 'tasks' ? html`${number(lang, s.tasksOpened)} ${t.tasksOpened.toLowerCase()}` : number(lang, s.done)}${s.erasedIn > 0 ? html`<br><span class="hint">${t.erasedIn(s.erasedIn)}</span>` : ''}${s.failed > 0 ? html`<br><span class="hint">${t.failed(s.failed)}</span>` : ''}</td><td>${held(s)}</td><td class="num">${number(lang, s.restricted)}</td><td class="num">${s.target === 'people' ? number(lang, s.kept) : '–'}</td></tr>`,
  )}</tbody></table></div>`
}

function samples(lang: AdminLanguage, report: SweepReport): SafeHtml {
  const t = SWEEP_TEXT[lang]
  const withSample = report.steps.filter((s) => (s.sample ?? []).length > 0)
  if (withSample.length === 0) return html``
  return html`<h2>${t.sample}</h2>${withSample.map(
    (s) => html`<h3>${s.ruleName ?? t.retainedRule}: ${t.targets[s.target]}</h3>
<div class="table-wrap" role="region" tabindex="0" aria-label="${t.sample}"><table><thead><tr><th scope="col">${t.sampleId}</th><th scope="col">${t.sampleKind}</th><th scope="col">${t.sampleDate}</th></tr></thead>
<tbody>${(s.sample ?? []).map((row) => html`<tr><td><code>${row.id}</code></td><td>${row.kind}</td><td>${row.date}</td></tr>`)}</tbody></table></div>`,
  )}`
}

/** /admin/retention/preview, /admin/retention/runs (and one run), /admin/retention/tasks. */
export async function sweepPages(app: FastifyInstance, sweep: RetentionSweep): Promise<void> {
  const { ctx } = app
  const mayWrite = (request: FastifyRequest) =>
    request.principal ? can(request.principal.role, 'retention.write') : false

  app.get(
    '/admin/retention/preview',
    { config: { access: 'retention.read', page: true } },
    async (request, reply) => {
      const lang = pageLanguage(request)
      const t = SWEEP_TEXT[lang]
      const report = await sweep.preview(ctx.db)
      return sendPage(request, reply, {
        title: t.previewTitle,
        body: html`${sweepLinks(lang)}<p>${t.previewIntro}</p>
${reportTable(lang, report, true)}
${samples(lang, report)}
${mayWrite(request) && actionButton(request, '/admin/retention/runs', t.runNow)}`,
      })
    },
  )

  async function runsPage(request: FastifyRequest, reply: FastifyReply, notice?: string) {
    const lang = pageLanguage(request)
    const t = SWEEP_TEXT[lang]
    const runs = await sweep.list(ctx.db, 30)
    return sendPage(request, reply, {
      title: t.runsTitle,
      notice,
      body: html`${sweepLinks(lang)}<p>${t.runsIntro}</p>
${mayWrite(request) && actionButton(request, '/admin/retention/runs', t.runNow)}
${
  runs.length === 0
    ? html`<p>${t.noRuns}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.runsTitle}"><table>
<thead><tr><th scope="col">${t.startedAt}</th><th scope="col">${t.trigger}</th><th scope="col">${t.finishedAt}</th><th scope="col" class="num">${t.evaluated}</th><th scope="col" class="num">${t.acted}</th></tr></thead>
<tbody>${runs.map(
        (run) =>
          html`<tr><td><a href="/admin/retention/runs/${run.runId ?? ''}">${run.startedAt.slice(0, 16).replace('T', ' ')}</a></td><td>${run.trigger}</td><td>${run.finishedAt ? run.finishedAt.slice(0, 16).replace('T', ' ') : t.status.running}</td><td class="num">${number(
            lang,
            run.steps.reduce((n, s) => n + s.evaluated, 0),
          )}</td><td class="num">${number(
            lang,
            run.steps.reduce((n, s) => n + s.done, 0),
          )}</td></tr>`,
      )}</tbody></table></div>`
}`,
    })
  }

  app.get('/admin/retention/runs', { config: { access: 'retention.read', page: true } }, (request, reply) =>
    runsPage(request, reply),
  )

  app.post(
    '/admin/retention/runs',
    { config: { access: 'retention.write', page: true } },
    async (_request, reply) => {
      const id = await sweep.start('admin')
      return reply.redirect(`/admin/retention/runs/${id}`, 303)
    },
  )

  app.get<{ Params: { id: string } }>(
    '/admin/retention/runs/:id',
    { config: { access: 'retention.read', page: true } },
    async (request, reply) => {
      const lang = pageLanguage(request)
      const t = SWEEP_TEXT[lang]
      const report = await sweep.get(ctx.db, request.params.id)
      return sendPage(request, reply, {
        title: t.runTitle(report.today),
        notice: report.status === 'running' ? t.started : undefined,
        body: html`${sweepLinks(lang)}
<dl class="facts"><dt>${t.startedAt}</dt><dd>${report.startedAt}</dd><dt>${t.trigger}</dt><dd>${report.trigger}</dd><dt>${t.finishedAt}</dt><dd>${report.finishedAt ?? t.status.running}</dd></dl>
${reportTable(lang, report, false)}`,
      })
    },
  )

  async function tasksPage(request: FastifyRequest, reply: FastifyReply, notice?: string) {
    const lang = pageLanguage(request)
    const t = SWEEP_TEXT[lang]
    const tasks = await repo.listTasks(ctx.db)
    const systems = new Map(
      (await ctx.db.selectFrom('systems').select(['id', 'name']).execute()).map((s) => [s.id, s.name]),
    )
    const rules = new Map(
      (await ctx.db.selectFrom('retention_rules').select(['id', 'name']).execute()).map((r) => [
        r.id,
        r.name,
      ]),
    )
    return sendPage(request, reply, {
      title: t.tasksTitle,
      notice,
      body: html`${sweepLinks(lang)}<p>${t.tasksIntro}</p>
${
  tasks.length === 0
    ? html`<p>${t.noTasks}</p>`
    : html`<div class="table-wrap" role="region" tabindex="0" aria-label="${t.tasksTitle}"><table>
<thead><tr><th scope="col">${t.system}</th><th scope="col">${t.rule}</th><th scope="col">${t.dueOnOrBefore}</th><th scope="col">${t.openedAt}</th><th scope="col">${t.status.finished}</th></tr></thead>
<tbody>${tasks.map(
        (task) =>
          html`<tr><td>${systems.get(task.system_id) ?? task.system_id}</td><td>${rules.get(task.rule_id) ?? task.rule_id}</td><td>${task.cutoff}</td><td>${task.opened_at.slice(0, 10)}</td><td>${
            task.status === 'done'
              ? html`${t.done} ${task.done_at?.slice(0, 10) ?? ''}`
              : mayWrite(request)
                ? actionButton(request, `/admin/retention/tasks/${task.id}/done`, t.markDone)
                : t.open
          }</td></tr>`,
      )}</tbody></table></div>`
}`,
    })
  }

  app.get('/admin/retention/tasks', { config: { access: 'retention.read', page: true } }, (request, reply) =>
    tasksPage(request, reply),
  )

  app.post<{ Params: { id: string } }>(
    '/admin/retention/tasks/:id/done',
    { config: { access: 'retention.write', page: true } },
    async (request, reply) => {
      await ctx.db
        .transaction()
        .execute((trx) => sweep.taskDone(trx, request.params.id, actorOf(request.principal), request.id))
      return tasksPage(request, reply, SWEEP_TEXT[pageLanguage(request)].taskDone)
    },
  )
}
