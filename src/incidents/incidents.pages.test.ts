import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { multipartBody } from '../datamap/testing.js'
import { ADMIN_LANGUAGES } from '../i18n/languages.js'
import { subjectsApi } from '../subjects/subject.testing.js'
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
    // Typed times are Copenhagen wall-clock time (the organisation is Danish): 08:00 CET is 07:00Z,
    // and the clock (now 10:00Z) has 69 hours left; times are shown back in Copenhagen time.
    expect(page.body).toContain('69 h 0 min left')
    expect(page.body).toContain('Notify the authority by 2026-11-23 08:00')
    expect(page.body).toContain('value="2026-11-20T08:00"')
    expect(page.body).toContain('Times are local time in Europe/Copenhagen.')
    expect(page.body).toContain('&lt;b&gt;all&lt;/b&gt;')
    const dashboard = await dpo.get('/?lang=en')
    expect(dashboard.body).toContain('Breaches on the clock')
    expect(dashboard.body).toContain('69 h 0 min left')

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
  it('refuses a bad choice on the breach form instead of resetting it, and keeps fields the form did not send', async () => {
    await dpo.get('/admin/breaches?lang=en')
    const created = await dpo.post('/admin/breaches', {
      title: 'Laptop stolen',
      awareAt: '2026-11-20T09:30',
      description: 'A laptop with an unencrypted customer export was stolen.',
    })
    const url = created.headers.location as string
    await dpo.get(`${url}?lang=en`)
    const assessed = await dpo.post(url, {
      risk: 'high',
      riskReasoning: 'Names, addresses and order history',
      consequences: 'Fraud',
      advice: 'Watch for mails or calls that refer to your orders.',
    })
    expect(assessed.statusCode).toBe(200)
    const bad = await dpo.post(url, { risk: 'catastrophic', riskReasoning: 'x' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('risk must be one of')
    const badCount = await dpo.post(url, { peopleCount: 'about 40' })
    expect(badCount.statusCode).toBe(400)
    const id = url.split('/').at(-1) as string
    const row = await t.ctx.db
      .selectFrom('breaches')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      risk: 'high',
      consequences: 'Fraud',
      title: 'Laptop stolen',
      people_count: null,
      aware_at: '2026-11-20T08:30:00.000Z', // 09:30 in Copenhagen
    })
    expect(row.advice).toBe('Watch for mails or calls that refer to your orders.')
    const preview = await dpo.get(`${url}/notice/nb?lang=en`)
    expect(preview.body).toContain('Hva du selv kan gjøre: Watch for mails')
    expect((await dpo.get(`${url}/notice/de?lang=en`)).statusCode).toBe(404)
  })

  it('adds people from an uploaded file and changes a person’s language on the page', async () => {
    await dpo.get('/admin/breaches?lang=en')
    const created = await dpo.post('/admin/breaches', {
      title: 'Wrong attachment',
      awareAt: '2026-11-20T09:00',
      description: 'An invoice run attached the wrong customer’s invoice.',
    })
    const url = created.headers.location as string
    const page = await dpo.get(`${url}?lang=en`)
    expect(page.body).toContain('enctype="multipart/form-data"')
    const post = (file: { filename: string; bytes: Buffer }) => {
      const form = multipartBody({ _csrf: dpo.csrf }, { field: 'file', contentType: 'text/csv', ...file })
      return t.app.inject({
        method: 'POST',
        url: `${url}/recipients/upload?lang=en`,
        headers: { ...form.headers, cookie: dpo.cookieHeader, accept: 'text/html' },
        payload: form.payload,
      })
    }
    const wrong = await post({ filename: 'list.pdf', bytes: Buffer.from('%PDF-1.4\n') })
    expect(wrong.statusCode).toBe(415)
    expect(wrong.body).toContain('save a spreadsheet as CSV')
    const ok = await post({
      filename: 'list.txt',
      bytes: Buffer.from('ulla@example.test\nvera@example.test;sv\n'),
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.body).toContain('2 people added.')
    const ulla = /action="([^"]+\/recipients\/([^"/]+)\/language)"/.exec(ok.body)
    expect(ulla).not.toBeNull()
    await dpo.get(`${url}?lang=en`)
    const changed = await dpo.post(`${ulla?.[1]}?lang=en`, { [`language-${ulla?.[2]}`]: 'fi' })
    expect(changed.statusCode).toBe(200)
    expect(changed.body).toContain(`/notice/fi" hreflang="fi"`)
    const refused = await dpo.post(`${ulla?.[1]}?lang=en`, { [`language-${ulla?.[2]}`]: 'klingon' })
    expect(refused.statusCode).toBe(400)
  })
  it('reads the register’s date window as whole days in the organisation’s zone, refusing a date that is none', async () => {
    const people = subjectsApi(t, await createApiKey(t, 'owner'))
    // 23:30 UTC on the 20th is already 00:30 on the 21st in Copenhagen.
    t.clock.advance(Date.parse('2026-11-20T23:30:00Z') - t.clock.now().getTime())
    expect(
      (await people.create({ name: 'Nat Ravn', email: 'nat@example.test', relationship: 'customer' }))
        .statusCode,
    ).toBe(201)
    const dpo = await client('dpo') // a fresh session: the clock moved past the old one's idle time
    await dpo.get('/admin/breaches?lang=en')
    const created = await dpo.post('/admin/breaches', {
      title: 'Night shift export',
      awareAt: '2026-11-21T00:20',
      description: 'An export ran to the wrong folder.',
    })
    const url = created.headers.location as string
    await dpo.get(`${url}?lang=en`)
    const the20th = await dpo.post(`${url}/recipients`, { from: '2026-11-20', to: '2026-11-20' })
    expect(the20th.body).toContain('0 people added.')
    const the21st = await dpo.post(`${url}/recipients`, { from: '2026-11-21', to: '2026-11-21' })
    expect(the21st.body).toContain('1 people added.')
    const bad = await dpo.post(`${url}/recipients`, { from: '2026-02-30' })
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('from must be a date')
  })
})
