import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type Mailbox, startMailbox } from '../../test/smtp.js'
import { LANGUAGES } from '../i18n/languages.js'
import { subjectsApi } from '../subjects/subject.testing.js'
import { requestsApi } from './request.testing.js'
import { REQUEST_TEXT } from './requests.text.js'

forEachDatabase('data-subject requests: public intake', (dialect) => {
  let t: TestApp
  let mailbox: Mailbox
  let api: ReturnType<typeof requestsApi>

  beforeAll(async () => {
    mailbox = await startMailbox()
    t = await createTestApp(dialect, { env: { SMTP_URL: mailbox.url } })
    await completeOrganisation(t)
    api = requestsApi(t, await createApiKey(t, 'support'))
    const register = subjectsApi(t, await createApiKey(t, 'owner'))
    await register.create({ name: 'Kendt Person', email: 'known@example.dk', relationship: 'customer' })
  })
  afterAll(async () => {
    await t.close()
    await mailbox.close()
  })

  const mailsTo = (to: string) =>
    mailbox.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === to)
  async function confirmMail(
    to: string,
    count = 1,
  ): Promise<{ mail: ParsedMail; link: string; code: string }> {
    for (let i = 0; i < 100; i++) {
      await t.ctx.mail.deliverDue()
      const mail = mailsTo(to).filter((m) => m.subject?.startsWith('Bekræft din anmodning'))[count - 1]
      if (mail) {
        const link =
          mail.text?.match(/http:\/\/vern\.test\/privacy\/requests\/confirm\/[A-Za-z0-9_-]{43}/)?.[0] ?? ''
        const code = mail.text?.match(/sendte anmodningen: ([A-Z0-9]{4}-[A-Z0-9]{4})/)?.[1] ?? ''
        return { mail, link, code }
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`no confirmation mail to ${to}`)
  }
  async function submit(
    client: FormClient,
    email: string,
    kind = 'erasure',
    extra: Record<string, string> = {},
  ) {
    await client.get('/privacy/requests/new?lang=da')
    return client.post('/privacy/requests/new', { kind, email, details: '', lang: 'da', ...extra })
  }

  it('shows the form in five languages, without JavaScript, with the asked-for kind chosen', async () => {
    for (const lang of LANGUAGES) {
      const client = new FormClient(t.app)
      const page = await client.get(`/privacy/requests/new?kind=erasure&lang=${lang}`)
      expect(page.statusCode).toBe(200)
      expect(page.body).toContain(`<html lang="${lang}">`)
      expect(page.body).toContain(`<h1>${REQUEST_TEXT[lang].form.title}</h1>`)
      expect(page.body).toContain(REQUEST_TEXT[lang].choices.stop_marketing)
      expect(page.body).toContain('value="erasure" checked')
      expect(page.body).not.toContain('<script')
      expect(client.csrf).not.toBe('')
    }
    const page = await new FormClient(t.app).get('/privacy/requests/new', {
      'accept-language': 'nb-NO,nb;q=0.9',
    })
    expect(page.body).toContain('<html lang="nb">')
  })

  it('answers a known and an unknown e-mail with the same bytes and a similar time', async () => {
    const client = new FormClient(t.app)
    await client.get('/privacy/requests/new?lang=da')
    const times: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] }
    const bodies = new Set<string>()
    const statuses = new Set<number>()
    const headers = new Set<string>()
    for (let i = 0; i < 6; i++)
      for (const who of ['known', 'unknown'] as const) {
        const started = performance.now()
        const res = await client.post('/privacy/requests/new', {
          kind: 'access',
          email: who === 'known' ? 'known@example.dk' : `stranger${i}@example.dk`,
          details: '',
          lang: 'da',
        })
        times[who].push(performance.now() - started)
        bodies.add(res.body)
        statuses.add(res.statusCode)
        // The rate limiter counts down per request, whoever is asked about; the rest must not differ.
        const {
          date: _d,
          'x-request-id': _r,
          'x-ratelimit-remaining': _left,
          'x-ratelimit-reset': _reset,
          ...rest
        } = res.headers
        headers.add(JSON.stringify(rest))
      }
    expect(statuses).toEqual(new Set([200]))
    expect(bodies.size).toBe(1)
    expect(headers.size).toBe(1)
    expect([...bodies][0]).toContain('Tjek din e-mail')
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
    // Both take the same path (nothing looks at the register before the e-mail is confirmed).
    expect(median(times.known)).toBeLessThan(median(times.unknown) * 3 + 20)
    expect(median(times.unknown)).toBeLessThan(median(times.known) * 3 + 20)
    // Both got the same kind of mail; unconfirmed requests are not listed for staff.
    await confirmMail('known@example.dk')
    await confirmMail('stranger0@example.dk')
    const listed = (await api.list('?open=false')).json().requests
    expect(listed).toHaveLength(0)
  })

  it('confirms by the single-use link: received, matched to the register, receipt mailed', async () => {
    const client = new FormClient(t.app)
    expect(
      (await submit(client, 'Known@Example.dk', 'rectification', { details: 'Min adresse er forkert' }))
        .statusCode,
    ).toBe(200)
    const { link, mail } = await confirmMail('known@example.dk', 7)
    expect(link).not.toBe('')
    expect(link).not.toContain('known')
    expect(mail.text).toContain('rettelse af dine oplysninger')
    expect(mail.text).toContain('udløber om 24 timer')
    const path = new URL(link).pathname
    const visitor = new FormClient(t.app)
    const page = await visitor.get(path)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain(`<form method="post" action="${path}">`)
    expect(page.body).not.toContain('<script')
    const done = await visitor.post(path, {})
    expect(done.statusCode).toBe(200)
    expect(done.body).toContain('Vi har modtaget din anmodning')
    expect(done.body).toContain('Vi svarer dig på e-mail senest den 20. december 2026.')
    const list = (await api.list()).json().requests
    expect(list).toHaveLength(1)
    const r = (await api.get(list[0].id)).json()
    expect(r).toMatchObject({
      kind: 'rectification',
      state: 'received',
      channel: 'web',
      language: 'da',
      details: 'Min adresse er forkert',
    })
    expect(r.subjectId).not.toBeNull()
    for (
      let i = 0;
      i < 100 && !mailsTo('known@example.dk').some((m) => m.subject?.startsWith('Vi har modtaget'));
      i++
    ) {
      await t.ctx.mail.deliverDue()
      await new Promise((res) => setTimeout(res, 50))
    }
    expect(mailsTo('known@example.dk').some((m) => m.subject?.startsWith('Vi har modtaget'))).toBe(true)
    // Single use: the same link, again, confirms nothing.
    expect((await visitor.post(path, {})).statusCode).toBe(404)
    expect((await visitor.get(path)).statusCode).toBe(404)
  })

  it('confirms by the code typed with the e-mail, and stops accepting a code after five wrong ones', async () => {
    const client = new FormClient(t.app)
    await submit(client, 'coder@example.dk', 'access')
    const { code } = await confirmMail('coder@example.dk')
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)
    expect(
      (await client.post('/privacy/requests/confirm', { email: 'other@example.dk', code, lang: 'da' }))
        .statusCode,
    ).toBe(404)
    const ok = await client.post('/privacy/requests/confirm', {
      email: 'coder@example.dk',
      code: code.toLowerCase(),
      lang: 'da',
    })
    expect(ok.statusCode).toBe(200)
    expect(ok.body).toContain('Vi har modtaget din anmodning')

    await submit(client, 'guesser@example.dk', 'access')
    const second = await confirmMail('guesser@example.dk')
    for (let i = 0; i < 5; i++) {
      const wrong = await client.post('/privacy/requests/confirm', {
        email: 'guesser@example.dk',
        code: 'AAAA-AAAA',
        lang: 'da',
      })
      expect(wrong.statusCode).toBe(404)
      expect(wrong.body).toContain('Linket eller koden virker ikke')
    }
    expect(
      (
        await client.post('/privacy/requests/confirm', {
          email: 'guesser@example.dk',
          code: second.code,
          lang: 'da',
        })
      ).statusCode,
    ).toBe(404)
    // The link still works: the person is not locked out by someone guessing.
    expect((await client.post(new URL(second.link).pathname, {})).statusCode).toBe(200)
  })

  it('lets an unconfirmed request lapse after 24 hours and purges it with its key', async () => {
    const client = new FormClient(t.app)
    await submit(client, 'late@example.dk', 'erasure')
    const { link } = await confirmMail('late@example.dk')
    const row = await t.ctx.db
      .selectFrom('requests')
      .select('id')
      .where('state', '=', 'unconfirmed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    t.clock.advance(24 * 60 * 60 * 1000 + 60_000)
    expect((await client.post(new URL(link).pathname, {})).statusCode).toBe(404)
    expect(await t.ctx.scheduler.runTick('requests.purge', t.clock.now())).toBe('ran')
    expect(
      await t.ctx.db.selectFrom('requests').select('id').where('id', '=', row.id).executeTakeFirst(),
    ).toBeUndefined()
    expect(await t.ctx.vault.findKey(t.ctx.db, row.id)).toBeNull()
    expect(
      await t.ctx.db
        .selectFrom('requests')
        .select('id')
        .where('state', '=', 'unconfirmed')
        .executeTakeFirst(),
    ).toBeUndefined()
    t.clock.set('2026-11-20T10:00:00.000Z')
  })

  it('mails one address at most ten waiting confirmations, answering the same all the same', async () => {
    const client = new FormClient(t.app)
    const answers = new Set<string>()
    for (let i = 0; i < 12; i++) answers.add((await submit(client, 'flood@example.dk', 'access')).body)
    expect(answers.size).toBe(1)
    await confirmMail('flood@example.dk', 10)
    const waiting = await t.ctx.db
      .selectFrom('requests')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('state', '=', 'unconfirmed')
      .where('email_hash', '=', t.ctx.vault.blindIndex('email', 'flood@example.dk'))
      .executeTakeFirstOrThrow()
    expect(Number(waiting.n)).toBe(10)
    await t.ctx.mail.deliverDue()
    expect(mailsTo('flood@example.dk')).toHaveLength(10)
  })

  describe('refusals', () => {
    it('re-shows the form with the problem in the person’s language, and refuses forms without a CSRF token', async () => {
      const client = new FormClient(t.app)
      await client.get('/privacy/requests/new?lang=fi')
      const bad = await client.post('/privacy/requests/new', {
        kind: 'access',
        email: 'not-an-address',
        details: '',
        lang: 'fi',
      })
      expect(bad.statusCode).toBe(400)
      expect(bad.body).toContain(REQUEST_TEXT.fi.form.errors.email)
      expect(bad.body).toContain('aria-invalid="true"')
      const noKind = await client.post('/privacy/requests/new', {
        email: 'a@example.fi',
        details: '',
        lang: 'fi',
      })
      expect(noKind.body).toContain(REQUEST_TEXT.fi.form.errors.kind)
      expect(
        (
          await client.post('/privacy/requests/new', {
            kind: 'access',
            email: 'a@example.fi',
            lang: 'fi',
            admin: '1',
          })
        ).statusCode,
      ).toBe(400)
      const forged = await client.post(
        '/privacy/requests/new',
        { kind: 'access', email: 'a@example.fi', lang: 'fi' },
        { csrf: null },
      )
      expect(forged.statusCode).toBe(403)
      expect(
        await t.ctx.db
          .selectFrom('requests')
          .select('id')
          .where('email_hash', '=', t.ctx.vault.blindIndex('email', 'a@example.fi'))
          .executeTakeFirst(),
      ).toBeUndefined()
    })
  })
})

forEachDatabase('data-subject requests: intake rate limit', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, { limits: { authPerMinute: 2, pagesPerMinute: 100 } })
  })
  afterAll(async () => t.close())

  it('refuses more than the allowed submissions per minute from one client', async () => {
    const client = new FormClient(t.app)
    await client.get('/privacy/requests/new?lang=en')
    const statuses = []
    for (let i = 0; i < 3; i++)
      statuses.push(
        (
          await client.post('/privacy/requests/new', {
            kind: 'access',
            email: `r${i}@example.com`,
            lang: 'en',
          })
        ).statusCode,
      )
    expect(statuses).toEqual([200, 200, 429])
  })
})
