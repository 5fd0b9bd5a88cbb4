import { Writable } from 'node:stream'
import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type Mailbox, startMailbox } from '../../test/smtp.js'
import { multipartBody } from '../datamap/testing.js'
import type { Organisation } from '../organisation/organisation.schema.js'
import { answerDueOn, receiptDueOn } from './disclosure/business-days.js'
import { renewExpiry, securityTxt } from './disclosure/security-txt.js'

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
])

it('counts the answer and receipt days around weekends', () => {
  // 2026-11-20 is a Friday: 14 days later is Friday 4 December; 2 business days is Tuesday 24 November.
  expect(answerDueOn('2026-11-20')).toBe('2026-12-04')
  expect(receiptDueOn('2026-11-20')).toBe('2026-11-24')
  // Received on a Sunday: the 14th day is a Sunday, so the answer is due on the Friday before.
  expect(answerDueOn('2026-11-22')).toBe('2026-12-04')
  expect(receiptDueOn('2026-11-22')).toBe('2026-11-24')
})

forEachDatabase('vulnerability disclosure desk', (dialect) => {
  let t: TestApp
  let mailbox: Mailbox
  let key: string
  const logged: string[] = []

  beforeAll(async () => {
    mailbox = await startMailbox()
    const sink = new Writable({
      write(chunk, _enc, done) {
        logged.push(String(chunk))
        done()
      },
    })
    t = await createTestApp(dialect, { env: { SMTP_URL: mailbox.url }, log: pino({ level: 'trace' }, sink) })
    await completeOrganisation(t)
    key = await createApiKey(t, 'dpo')
  })
  afterAll(async () => {
    await t.close()
    await mailbox.close()
  })

  const send = async (
    browser: FormClient,
    fields: Record<string, string>,
    file?: { filename: string; contentType: string; bytes: Buffer },
  ) => {
    await browser.get('/security/report?lang=en')
    const form = multipartBody(
      { _csrf: browser.csrf, lang: 'en', ...fields },
      file && { field: 'screenshot', ...file },
    )
    return t.app.inject({
      method: 'POST',
      url: '/security/report',
      headers: { ...form.headers, cookie: browser.cookieHeader, accept: 'text/html' },
      payload: form.payload,
    })
  }
  const report = {
    what: 'Stored XSS in the review form: <script>alert(1)</script>',
    location: 'https://shop.example/reviews',
    howFound: 'Typed markup into the review text',
  }

  it('takes an anonymous report with a screenshot, gives a receipt and a private link to follow and reply', async () => {
    const browser = new FormClient(t.app)
    const page = await browser.get('/security/report?lang=da')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Spilleregler')
    const res = await send(browser, report, { filename: 'shot.png', contentType: 'image/png', bytes: PNG })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Thank you: your report is received')
    const link = /id="case-link" href="([^"]+)"/.exec(res.body)?.[1] ?? ''
    expect(link).toMatch(/^http:\/\/vern\.test\/security\/report\/case\/[A-Za-z0-9_-]{43}$/)
    const path = new URL(link).pathname

    const casePage = await browser.get(path)
    expect(casePage.statusCode).toBe(200)
    // HTML in a report is shown as text.
    expect(casePage.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(casePage.body).not.toContain('<script>alert(1)')
    const replied = await browser.post(path, { body: 'It also works in the title field.', lang: 'en' })
    expect(replied.body).toContain('Your reply has been sent.')
    expect(replied.body).toContain('It also works in the title field.')
    expect(
      (await browser.get('/security/report/case/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).statusCode,
    ).toBe(404)

    const list = (
      await t.app.inject({
        url: '/api/v1/vulnerability-reports',
        headers: { authorization: `Bearer ${key}` },
      })
    ).json().reports
    const mine = list.find((r: { what: string }) => r.what === report.what)
    expect(mine).toMatchObject({
      status: 'received',
      contact: null,
      answerDueOn: '2026-12-04',
      receiptDueOn: '2026-11-24',
    })
    expect(mine.attachments).toEqual([
      expect.objectContaining({ contentType: 'image/png', size: PNG.length }),
    ])
    expect(mine.messages.map((m: { author: string }) => m.author)).toEqual(['reporter'])

    // Staff answer; the reporter reads it behind the link. Triage as a breach opens a linked breach.
    const auth = { authorization: `Bearer ${key}` }
    const answered = await t.app.inject({
      method: 'POST',
      url: `/api/v1/vulnerability-reports/${mine.id}/answer`,
      headers: auth,
      payload: { body: 'Confirmed, fixed today.' },
    })
    expect(answered.json().status).toBe('answered')
    expect((await browser.get(path)).body).toContain('Confirmed, fixed today.')
    const triaged = await t.app.inject({
      method: 'POST',
      url: `/api/v1/vulnerability-reports/${mine.id}/triage`,
      headers: auth,
      payload: { triage: 'breach' },
    })
    expect(triaged.statusCode).toBe(200)
    const breachId = triaged.json().breachId
    expect(breachId).toBeTruthy()
    const breach = (await t.app.inject({ url: `/api/v1/breaches/${breachId}`, headers: auth })).json()
    expect(breach).toMatchObject({ reportId: mine.id, status: 'open' })
  })

  it('mails a receipt at once to a reporter who gave an e-mail, and keeps the contact out of the logs', async () => {
    const browser = new FormClient(t.app)
    const before = mailbox.messages.length
    const res = await send(browser, {
      ...report,
      what: 'Open redirect',
      name: 'Rikke Researcher',
      email: 'rikke@researcher.example',
    })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('We have also sent a receipt')
    await t.ctx.mail.deliverDue()
    const [mail] = (await mailbox.waitFor(before + 1)).slice(before)
    expect(mail?.subject).toMatch(/^We have received your security report VR-[0-9A-F]{8}$/)
    expect(mail?.text).toMatch(/http:\/\/vern\.test\/security\/report\/case\/[A-Za-z0-9_-]{43}/)
    const list = (
      await t.app.inject({
        url: '/api/v1/vulnerability-reports',
        headers: { authorization: `Bearer ${key}` },
      })
    ).json().reports
    const mine = list.find((r: { what: string }) => r.what === 'Open redirect')
    expect(mine.contact).toBeNull() // the list leaves contacts out
    const one = (
      await t.app.inject({
        url: `/api/v1/vulnerability-reports/${mine.id}`,
        headers: { authorization: `Bearer ${key}` },
      })
    ).json()
    expect(one.contact).toEqual({ name: 'Rikke Researcher', email: 'rikke@researcher.example' })
    const all = logged.join('')
    expect(all).toContain('/security/report') // the log is there, and holds routes
    expect(all).not.toContain('rikke@researcher.example')
    expect(all).not.toContain('Rikke Researcher')
  })

  it('refuses a screenshot of the wrong type or size with a clear error, writing nothing', async () => {
    const browser = new FormClient(t.app)
    const count = async () =>
      (
        await t.ctx.db
          .selectFrom('vulnerability_reports')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n
    const before = Number(await count())
    const fake = await send(browser, report, {
      filename: 'shot.png',
      contentType: 'image/png',
      bytes: Buffer.from('<svg onload="alert(1)"></svg>'),
    })
    expect(fake.statusCode).toBe(400)
    expect(fake.body).toContain('The screenshot must be a PNG, JPEG, GIF or WebP image.')
    const big = await send(browser, report, {
      filename: 'big.png',
      contentType: 'image/png',
      bytes: Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]),
    })
    expect(big.statusCode).toBe(400)
    expect(big.body).toContain('The screenshot may be at most 2 MB.')
    const empty = await send(browser, { what: '', location: '', howFound: '' })
    expect(empty.statusCode).toBe(400)
    expect(empty.body).toContain('Please fill in this field.')
    const noCsrf = multipartBody({ ...report })
    const refused = await t.app.inject({
      method: 'POST',
      url: '/security/report',
      headers: { ...noCsrf.headers, cookie: browser.cookieHeader },
      payload: noCsrf.payload,
    })
    expect(refused.statusCode).toBe(403)
    expect(Number(await count())).toBe(before)
  })

  it('serves security.txt per RFC 9116 from the organisation, with Expires kept valid', async () => {
    const res = await t.app.inject({ url: '/.well-known/security.txt' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
    const lines = res.body.split('\n').filter((l) => l && !l.startsWith('#'))
    const fields = lines.map((l) => /^([A-Za-z-]+): (.+)$/.exec(l))
    expect(fields.every(Boolean)).toBe(true)
    const all = (name: string) => fields.filter((m) => m?.[1] === name).map((m) => m?.[2] ?? '')
    // RFC 9116: Contact required (URIs), Expires required exactly once, others at most once.
    expect(all('Contact')).toEqual(['http://vern.test/security/report', 'mailto:privacy@nordlys.example'])
    expect(all('Expires')).toHaveLength(1)
    const expires = all('Expires')[0] ?? ''
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    const now = t.clock.now().getTime()
    expect(Date.parse(expires)).toBeGreaterThan(now)
    expect(Date.parse(expires) - now).toBeLessThan(366 * 86_400_000)
    expect(all('Policy')).toEqual(['http://vern.test/security/policy'])
    expect(all('Preferred-Languages')).toEqual(['da, nb, sv, fi, en'])
    expect(all('Canonical')).toEqual(['http://vern.test/.well-known/security.txt'])
    for (const name of ['Expires', 'Policy', 'Preferred-Languages', 'Canonical'])
      expect(all(name).length).toBeLessThanOrEqual(1)
    expect((await t.app.inject({ url: '/security/policy?lang=fi' })).body).toContain('Pelisäännöt')

    // The job renews Expires before it lapses; a second run changes nothing.
    const first = await renewExpiry(t.ctx.db, t.ctx.clock)
    expect(first.renewed).toBe(true)
    expect((await renewExpiry(t.ctx.db, t.ctx.clock)).renewed).toBe(false)
    t.clock.advance(160 * 86_400_000)
    const later = await renewExpiry(t.ctx.db, t.ctx.clock)
    expect(later.renewed).toBe(true)
    expect(Date.parse(later.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt))
    const served = (await t.app.inject({ url: '/.well-known/security.txt' })).body
    expect(served).toContain(`Expires: ${later.expiresAt.slice(0, 19)}Z`)
  })

  it('limits how often one client may send reports', async () => {
    const limited = await createTestApp(dialect, { limits: { authPerMinute: 2, pagesPerMinute: 100 } })
    try {
      await completeOrganisation(limited)
      const browser = new FormClient(limited.app)
      await browser.get('/security/report?lang=en')
      const post = () => {
        const form = multipartBody({ _csrf: browser.csrf, ...report })
        return limited.app.inject({
          method: 'POST',
          url: '/security/report',
          headers: { ...form.headers, cookie: browser.cookieHeader },
          payload: form.payload,
        })
      }
      expect((await post()).statusCode).toBe(200)
      expect((await post()).statusCode).toBe(200)
      const third = await post()
      expect(third.statusCode).toBe(429)
    } finally {
      await limited.close()
    }
  })
  const reportAndLink = async (browser: FormClient) => {
    const res = await send(browser, report)
    const link = /id="case-link" href="([^"]+)"/.exec(res.body)?.[1] ?? ''
    return new URL(link).pathname
  }
  const replyWith = async (
    browser: FormClient,
    path: string,
    body: string,
    file?: { filename: string; contentType: string; bytes: Buffer },
  ) => {
    await browser.get(path)
    const form = multipartBody(
      { _csrf: browser.csrf, lang: 'en', body },
      file && { field: 'screenshot', ...file },
    )
    return t.app.inject({
      method: 'POST',
      url: path,
      headers: { ...form.headers, cookie: browser.cookieHeader, accept: 'text/html' },
      payload: form.payload,
    })
  }
  const counts = async () => ({
    messages: Number(
      (
        await t.ctx.db
          .selectFrom('vulnerability_messages')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    attachments: Number(
      (
        await t.ctx.db
          .selectFrom('vulnerability_attachments')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  })

  it('lets the reporter attach a screenshot to a reply, checked like the report’s; staff reading it is audited', async () => {
    const browser = new FormClient(t.app)
    const path = await reportAndLink(browser)
    const before = await counts()
    const fake = await replyWith(browser, path, 'See the attached', {
      filename: 'shot.png',
      contentType: 'image/png',
      bytes: Buffer.from('<svg onload="alert(1)"></svg>'),
    })
    expect(fake.statusCode).toBe(400)
    expect(fake.body).toContain('The screenshot must be a PNG, JPEG, GIF or WebP image.')
    expect(fake.body).toContain('See the attached') // the text is kept for another try
    const big = await replyWith(browser, path, 'Big one', {
      filename: 'big.png',
      contentType: 'image/png',
      bytes: Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]),
    })
    expect(big.statusCode).toBe(400)
    expect(big.body).toContain('The screenshot may be at most 2 MB.')
    const blank = await replyWith(browser, path, '   ')
    expect(blank.statusCode).toBe(400)
    expect(blank.body).toContain('Please fill in this field.')
    expect(await counts()).toEqual(before)

    const ok = await replyWith(browser, path, 'Here is the page after the payload ran.', {
      filename: 'after.png',
      contentType: 'image/png',
      bytes: PNG,
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.body).toContain('Your reply has been sent.')
    expect(await counts()).toEqual({ messages: before.messages + 1, attachments: before.attachments + 1 })
    const stored = await t.ctx.db
      .selectFrom('vulnerability_attachments')
      .select(['report_id', 'message_id'])
      .where('message_id', 'is not', null)
      .execute()
    expect(stored).toHaveLength(1)

    // Staff open the screenshot: served as the checked type, and the read is in the audit log.
    const staff = new FormClient(t.app)
    staff.cookies.set(
      'vern_session',
      (await signIn(t, await createUser(t, { role: 'dpo' }))).cookie.split('=')[1] ?? '',
    )
    const reportId = stored[0]?.report_id as string
    const page = await staff.get(`/admin/vulnerability-reports/${reportId}?lang=en`)
    const href = [
      ...page.body.matchAll(/href="(\/admin\/vulnerability-reports\/[^"]+\/attachments\/[^"]+)"/g),
    ].map((m) => m[1] as string)
    expect(href).toHaveLength(1)
    const file = await staff.get(href[0] as string)
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toBe('image/png')
    expect(file.rawPayload.equals(PNG)).toBe(true)
    const reads = await t.ctx.audit.list(t.ctx.db, { action: 'vulnerability.attachment.read' }, 10)
    expect(reads[0]).toMatchObject({ target: { type: 'vulnerability_report', id: reportId } })

    // A blank answer from staff is refused with 400, not dropped silently.
    const blankAnswer = await staff.post(`/admin/vulnerability-reports/${reportId}/answer`, { body: ' ' })
    expect(blankAnswer.statusCode).toBe(400)
    expect(blankAnswer.body).toContain('Write the answer before sending it.')
    const longAnswer = await staff.post(`/admin/vulnerability-reports/${reportId}/answer`, {
      body: 'x'.repeat(10_001),
    })
    expect(longAnswer.statusCode).toBe(400)
    expect(longAnswer.body).toContain('The answer is too long')
    const messages = await t.ctx.db
      .selectFrom('vulnerability_messages')
      .select('author')
      .where('report_id', '=', reportId)
      .execute()
    expect(messages.map((m) => m.author)).toEqual(['reporter'])
  })

  it('refuses a report that is not multipart with 415', async () => {
    const browser = new FormClient(t.app)
    await browser.get('/security/report?lang=en')
    const res = await t.app.inject({
      method: 'POST',
      url: '/security/report',
      headers: {
        cookie: browser.cookieHeader,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      payload: new URLSearchParams({ _csrf: browser.csrf, ...report }).toString(),
    })
    expect(res.statusCode).toBe(415)
    expect(res.body).toContain('Send the form as multipart/form-data')
  })

  it('keeps security.txt valid when the organisation’s name holds a line break', () => {
    const org = {
      legalName: 'Evil ApS\nContact: mailto:attacker@evil.example',
      contactEmail: null,
      dpo: null,
      defaultLanguage: 'da',
    }
    const text = securityTxt(
      org as unknown as Organisation,
      new URL('http://vern.test'),
      '2027-05-01T00:00:00.000Z',
    )
    expect(text).not.toContain('attacker@evil.example\n')
    expect(text.split('\n').filter((l) => l.startsWith('Contact:'))).toEqual([
      'Contact: http://vern.test/security/report',
    ])
    expect(text).toContain('Expires: 2027-05-01T00:00:00Z')
  })

  it('limits how often one client may reply behind a private link', async () => {
    const limited = await createTestApp(dialect, { limits: { authPerMinute: 3, pagesPerMinute: 100 } })
    try {
      await completeOrganisation(limited)
      const browser = new FormClient(limited.app)
      await browser.get('/security/report?lang=en')
      const form = multipartBody({ _csrf: browser.csrf, lang: 'en', ...report })
      const sent = await limited.app.inject({
        method: 'POST',
        url: '/security/report',
        headers: { ...form.headers, cookie: browser.cookieHeader },
        payload: form.payload,
      })
      const path = new URL(/id="case-link" href="([^"]+)"/.exec(sent.body)?.[1] ?? '').pathname
      const replyOnce = async () => {
        await browser.get(path)
        const body = multipartBody({ _csrf: browser.csrf, lang: 'en', body: 'More details' })
        return limited.app.inject({
          method: 'POST',
          url: path,
          headers: { ...body.headers, cookie: browser.cookieHeader },
          payload: body.payload,
        })
      }
      // The reply endpoint has its own budget (3 a minute here), apart from the report form's.
      for (let i = 0; i < 3; i++) expect((await replyOnce()).statusCode).toBe(200)
      const fourth = await replyOnce()
      expect(fourth.statusCode).toBe(429)
      const messages = await limited.ctx.db.selectFrom('vulnerability_messages').select('id').execute()
      expect(messages).toHaveLength(3)
    } finally {
      await limited.close()
    }
  })
})
