import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { ADMIN_LANGUAGES } from '../i18n/languages.js'
import { INCIDENT_TEXT } from './incidents.text.js'

forEachDatabase('incident pages', (dialect) => {
  let t: TestApp
  let dpo: FormClient
  const client = async (role: 'dpo' | 'support' | 'auditor') => {
    const c = new FormClient(t.app)
    c.cookies.set('vern_session', (await signIn(t, await createUser(t, { role }))).cookie.split('=')[1] ?? '')
    return c
  }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    dpo = await client('dpo')
  })
  afterAll(() => t.close())

  it('renders the register and the desk list in five languages, no longer placeholders', async () => {
    for (const lang of ADMIN_LANGUAGES) {
      const text = INCIDENT_TEXT[lang]
      const page = await dpo.get(`/admin/breaches?lang=${lang}`)
      expect(page.statusCode).toBe(200)
      expect(page.body).toContain(text.intro.slice(0, 40))
      const reports = await dpo.get(`/admin/vulnerability-reports?lang=${lang}`)
      expect(reports.statusCode).toBe(200)
      expect(reports.body).toContain(text.reportsIntro.slice(0, 40))
    }
    expect((await dpo.get('/admin/breaches?lang=en')).body).not.toContain('planned in issue #8')
    expect((await (await client('support')).get('/admin/breaches')).statusCode).toBe(403)
  })

  it('records a breach by form, shows the countdown on the dashboard, assesses it and drafts the notification', async () => {
    await dpo.get('/admin/breaches?lang=en')
    const created = await dpo.post('/admin/breaches', {
      title: 'Mail sent to the wrong list',
      awareAt: '2026-11-20T08:00',
      description: 'A newsletter went out with <b>all</b> addresses in the To field.',
    })
    expect(created.statusCode).toBe(303)
    const url = created.headers.location as string
    const page = await dpo.get(`${url}?lang=en`)
    expect(page.body).toContain('70 h 0 min left')
    expect(page.body).toContain('&lt;b&gt;all&lt;/b&gt;')
    const dashboard = await dpo.get('/?lang=en')
    expect(dashboard.body).toContain('Breaches on the clock')
    expect(dashboard.body).toContain('70 h 0 min left')

    const saved = await dpo.post(url, {
      title: 'Mail sent to the wrong list',
      awareAt: '2026-11-20T08:00',
      description: 'A newsletter went out with all addresses in the To field.',
      dataCategories: 'user.contact.email',
      peopleCount: '812',
      recordsCount: '812',
      consequences: 'Spam and phishing',
      measuresTaken: 'Apologised and asked recipients to delete the mail',
      measuresProposed: 'Newsletters only through the mailing service',
      risk: 'risk',
      riskReasoning: 'E-mail addresses only',
      status: 'contained',
      lateReason: '',
      publicNotice: '',
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.body).toContain('Saved.')
    const draft = await dpo.get(`${url}/draft?lang=en`)
    expect(draft.statusCode).toBe(200)
    expect(draft.body).toContain('Anmeldelse af brud på persondatasikkerheden til Datatilsynet')
    expect(draft.body).toContain(
      'Notification of a personal data breach to The Danish Data Protection Agency',
    )
    expect(draft.body).toContain('812')
    const se = await dpo.get(`${url}/draft?lang=en&country=SE`)
    expect(se.body).toContain('Anmälan av personuppgiftsincident')

    const filed = await dpo.post(`${url}/notifications`, {
      phase: 'initial',
      filedAt: '2026-11-20T10:00',
      reference: 'DT-2026-77',
      summary: '',
    })
    expect(filed.body).toContain('The notification is recorded.')
    expect(filed.body).toContain('DT-2026-77')
    expect((await dpo.get('/?lang=en')).body).toContain('No breach is waiting to be notified.')

    const listed = await dpo.post(`${url}/recipients`, { list: 'a@example.test,fi\nb@example.test' })
    expect(listed.body).toContain('2 people added.')
    expect(listed.body).toContain('Not sent')
    const preview = await dpo.get(`${url}/notice/fi?lang=en`)
    expect(preview.body).toContain('Mitä tapahtui')
    const sent = await dpo.post(`${url}/recipients/send`, {})
    expect(sent.body).toContain('2 notices queued.')
    expect(sent.body).toContain('In the outbox')

    // Telling everyone would take disproportionate effort: a public notice, shown as text.
    await dpo.post(url, {
      title: 'Mail sent to the wrong list',
      awareAt: '2026-11-20T08:00',
      description: 'A newsletter went out with all addresses in the To field.',
      risk: 'high',
      riskReasoning: 'E-mail addresses only',
      status: 'contained',
      publicNotice: 'On 20 November a newsletter showed <i>all</i> recipients.',
    })
    const notices = await t.app.inject({ url: '/security/notices?lang=en' })
    expect(notices.statusCode).toBe(200)
    expect(notices.body).toContain('On 20 November a newsletter showed &lt;i&gt;all&lt;/i&gt; recipients.')
  })
})
