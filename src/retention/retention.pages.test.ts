import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { ADMIN_LANGUAGES } from '../i18n/languages.js'
import { auditOf } from '../subjects/subject.testing.js'
import { retentionServices } from './index.js'
import { RETENTION_TEXT } from './retention.text.js'
import { SWEEP_TEXT } from './sweep.text.js'

forEachDatabase('retention pages', (dialect) => {
  let t: TestApp
  let form: FormClient
  const client = async (role: 'owner' | 'auditor' | 'support') => {
    const c = new FormClient(t.app)
    c.cookies.set('vern_session', (await signIn(t, await createUser(t, { role }))).cookie.split('=')[1] ?? '')
    return c
  }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    form = await client('owner')
  })
  afterAll(() => t.close())

  it('renders both pages in the five languages, with the nav entries real', async () => {
    for (const lang of ADMIN_LANGUAGES) {
      const text = RETENTION_TEXT[lang]
      const rules = await form.get(`/admin/retention?lang=${lang}`)
      expect(rules.statusCode).toBe(200)
      expect(rules.body).toContain(`<html lang="${lang}"`)
      expect(rules.body).toContain(text.intro.slice(0, 40))
      expect(rules.body).toContain(text.presets.bookkeeping_se.name)
      expect(rules.body).not.toContain('<script>')
      const holds = await form.get(`/admin/legal-holds?lang=${lang}`)
      expect(holds.statusCode).toBe(200)
      expect(holds.body).toContain(text.holds.intro.slice(0, 40))
    }
    // No longer a placeholder that says "planned".
    const en = await form.get('/admin/retention?lang=en')
    expect(en.body).toContain('href="/admin/legal-holds"')
    expect(en.body).not.toContain('planned in issue #7')
  })

  it('applies a preset, adds and edits a rule through the forms, and shows each rule in words', async () => {
    await form.get('/admin/retention?lang=en')
    const applied = await form.post('/admin/retention/presets?lang=en', { preset: 'leads' })
    expect(applied.statusCode).toBe(200)
    expect(applied.body).toContain(RETENTION_TEXT.en.applied)
    expect(applied.body).toContain('Delete 2 years after the last contact')

    const added = await form.post('/admin/retention?lang=en', {
      name: 'Support tickets',
      dataCategories: 'user.contact.email\nuser.content',
      clockStart: 'request_completed',
      periodValue: '6',
      periodUnit: 'months',
      action: 'anonymise',
      legalGround: 'Legitimate interest in answering follow-up questions',
    })
    expect(added.statusCode).toBe(200)
    expect(added.body).toContain('Anonymise 6 months after the request was completed')

    const refused = await form.post('/admin/retention?lang=en', {
      name: 'Nothing',
      dataCategories: 'user.nonsense',
      clockStart: 'collected',
      periodValue: '1',
      periodUnit: 'years',
      action: 'delete',
      legalGround: 'x',
    })
    expect(refused.statusCode).toBe(400)
    expect(refused.body).toContain('user.nonsense')

    const rules = (await t.ctx.db.selectFrom('retention_rules').select(['id', 'name']).execute()).sort(
      (a, b) => a.name.localeCompare(b.name),
    )
    expect(rules.map((r) => r.name)).toEqual(['Leads', 'Support tickets'])
    const support = rules[1]?.id ?? ''
    const edit = await form.get(`/admin/retention/${support}?lang=en`)
    expect(edit.statusCode).toBe(200)
    expect(edit.body).toContain('Support tickets')
    const saved = await form.post(`/admin/retention/${support}?lang=en`, {
      name: 'Support tickets',
      dataCategories: 'user.contact.email',
      clockStart: 'request_completed',
      periodValue: '1',
      periodUnit: 'years',
      action: 'delete',
      legalGround: 'Legitimate interest',
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.body).toContain('Delete 1 year after the request was completed')
    expect(await auditOf(t, 'retention_rule.update')).toHaveLength(1)
  })

  it('sets and releases a legal hold through the page; the auditor reads, support may not open it', async () => {
    await form.get('/admin/legal-holds?lang=da')
    const set = await form.post('/admin/legal-holds?lang=da', {
      scope: 'data_category',
      target: 'user.financial',
      reason: 'Skattesag 2026-7',
      endsAt: '',
    })
    expect(set.statusCode).toBe(200)
    expect(set.body).toContain(RETENTION_TEXT.da.holds.setDone)
    expect(set.body).toContain('Skattesag 2026-7')
    const id = /\/admin\/legal-holds\/([^/]+)\/release/.exec(set.body)?.[1]
    expect(id).toBeDefined()
    const released = await form.post(`/admin/legal-holds/${id}/release?lang=da`, {})
    expect(released.statusCode).toBe(200)
    expect(released.body).toContain(RETENTION_TEXT.da.holds.released)

    const auditor = await client('auditor')
    const read = await auditor.get('/admin/legal-holds?lang=en')
    expect(read.statusCode).toBe(200)
    expect(read.body).not.toContain(RETENTION_TEXT.en.holds.set)
    const support = await client('support')
    expect((await support.get('/admin/retention')).statusCode).toBe(403)
  })

  it('renders the preview, the sweeps and the tasks in five languages; starting a sweep from the page', async () => {
    // A rule limited to prospects, through the form.
    await form.get('/admin/retention?lang=en')
    const added = await form.post('/admin/retention?lang=en', {
      name: 'Old leads',
      dataCategories: 'user.contact\nuser.name',
      dataSubjects: 'prospect',
      clockStart: 'last_contact',
      periodValue: '2',
      periodUnit: 'years',
      action: 'delete',
      legalGround: 'Legitimate interest in a follow-up',
    })
    expect(added.statusCode).toBe(200)
    const rule = await t.ctx.db
      .selectFrom('retention_rules')
      .select('data_subjects')
      .where('name', '=', 'Old leads')
      .executeTakeFirstOrThrow()
    expect(JSON.parse(rule.data_subjects)).toEqual(['prospect'])
    for (const lang of ADMIN_LANGUAGES) {
      const words = SWEEP_TEXT[lang]
      const preview = await form.get(`/admin/retention/preview?lang=${lang}`)
      expect(preview.statusCode).toBe(200)
      expect(preview.body).toContain(words.previewIntro.slice(0, 40))
      expect(preview.body).toContain(words.targets.people)
      expect(preview.body).toContain('Old leads')
      const runs = await form.get(`/admin/retention/runs?lang=${lang}`)
      expect(runs.statusCode).toBe(200)
      expect(runs.body).toContain(words.runsIntro.slice(0, 40))
      const tasks = await form.get(`/admin/retention/tasks?lang=${lang}`)
      expect(tasks.statusCode).toBe(200)
      expect(tasks.body).toContain(words.tasksIntro.slice(0, 40))
    }
    const started = await form.post('/admin/retention/runs?lang=en', {})
    expect(started.statusCode).toBe(303)
    const run = started.headers.location as string
    expect(run).toMatch(/^\/admin\/retention\/runs\/[0-9a-f-]+$/)
    await retentionServices(t.ctx).sweep.run('test')
    const report = await form.get(`${run}?lang=da`)
    expect(report.statusCode).toBe(200)
    expect(report.body).toContain(SWEEP_TEXT.da.targets.people)
    // Staff without the right see nothing of it.
    const support = await client('support')
    expect((await support.get('/admin/retention/preview')).statusCode).toBe(403)
  })
})
