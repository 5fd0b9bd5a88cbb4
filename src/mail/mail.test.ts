import { afterAll, beforeAll, expect, it } from 'vitest'
import { createUser, TEST_PASSWORD } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type Mailbox, startMailbox } from '../../test/smtp.js'

forEachDatabase('mail and password reset', (dialect) => {
  let mailbox: Mailbox
  let t: TestApp
  beforeAll(async () => {
    mailbox = await startMailbox()
    t = await createTestApp(dialect, {
      env: { SMTP_URL: mailbox.url, MAIL_FROM: 'Nordlys <privacy@nordlys.example>' },
    })
  })
  afterAll(async () => {
    await t.close()
    await mailbox.close()
  })

  it('gives the same answer for a known and an unknown address, and mails only the known one', async () => {
    const user = await createUser(t, { email: 'lise@nordlys.example', name: 'Lise' })
    const client = new FormClient(t.app)
    await client.get('/password/forgot')
    const known = await client.post('/password/forgot', { email: 'Lise@Nordlys.example' })
    const unknown = await client.post('/password/forgot', { email: 'nobody@nordlys.example' })
    expect(known.statusCode).toBe(200)
    expect(unknown.statusCode).toBe(200)
    const strip = (s: string) => s.replace(/name="_csrf" value="[^"]+"/g, '')
    expect(strip(known.body)).toBe(strip(unknown.body))

    const [mail] = await mailbox.waitFor(1)
    expect(mailbox.messages).toHaveLength(1)
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toBe('lise@nordlys.example')
    expect(mail?.from?.text).toContain('privacy@nordlys.example')
    expect(mail?.subject).toBe('Reset your Vern password')
    const link = /http:\/\/vern\.test(\/password\/reset\/[A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1]
    expect(link).toBeDefined()
    expect(mail?.html).toContain(`href="http://vern.test${link}"`)

    // An old session of the user ends when the password changes.
    const old = await t.ctx.sessions.create(t.ctx.db, user.id, 'active')
    await client.get(link!)
    const set = await client.post(link!, {
      password: 'a brand new passphrase',
      passwordAgain: 'a brand new passphrase',
    })
    expect(set.statusCode).toBe(303)
    expect(set.headers.location).toBe('/login?password=1')
    expect(await t.ctx.sessions.resolve(t.ctx.db, old.token)).toBeNull()

    const again = await client.post(link!, {
      password: 'yet another passphrase',
      passwordAgain: 'yet another passphrase',
    })
    expect(again.statusCode).toBe(404)

    await client.get('/login')
    expect(
      (await client.post('/login', { email: 'lise@nordlys.example', password: TEST_PASSWORD })).statusCode,
    ).toBe(401)
    const ok = await client.post('/login', {
      email: 'lise@nordlys.example',
      password: 'a brand new passphrase',
    })
    expect(ok.statusCode).toBe(303)
    expect(ok.headers.location).toBe('/')

    const sent = await t.ctx.mail.list(t.ctx.db)
    expect(sent[0]).toMatchObject({ template: 'password-reset', status: 'sent', attempts: 1 })
  })

  it('keeps mail sealed at rest: no address or subject in the table', async () => {
    const rows = await t.ctx.db.selectFrom('mail_outbox').selectAll().execute()
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      const raw = Buffer.from(row.sealed).toString('latin1')
      expect(raw).not.toContain('nordlys.example')
      expect(raw).not.toContain('Reset')
    }
  })

  it('invites a new user in their language, with a link to choose a password', async () => {
    const owner = await createUser(t, { role: 'owner' })
    const { signIn } = await import('../../test/factories.js')
    const session = await signIn(t, owner)
    const before = mailbox.messages.length
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: session.headers,
      payload: { email: 'mikkel@nordlys.example', name: 'Mikkel', role: 'support', locale: 'da' },
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ role: 'support', hasPassword: false })
    const mails = await mailbox.waitFor(before + 1)
    const mail = mails.at(-1)
    expect(mail?.subject).toBe('Du er inviteret til Vern hos Vern')
    expect(mail?.text).toContain('Din rolle er: Kundeservice.')
  })

  it('retries with back-off when the SMTP server is down, and gives up after the last try', async () => {
    const down = await createTestApp(dialect, { env: { SMTP_URL: 'smtp://127.0.0.1:9' } })
    try {
      const id = await down.ctx.db.transaction().execute((trx) =>
        down.ctx.mail.enqueue(trx, {
          template: 'test',
          language: 'en',
          message: { to: 'x@example.test', subject: 's', text: 't' },
        }),
      )
      expect(await down.ctx.mail.deliverDue()).toEqual({ sent: 0, failed: 1 })
      let [m] = await down.ctx.mail.list(down.ctx.db)
      expect(m).toMatchObject({ id, status: 'queued', attempts: 1 })
      expect(m?.lastError).toMatch(/^E[A-Z]+$/)
      expect(m?.nextAttemptAt).toBe('2026-11-20T10:01:00.000Z')
      // Not due yet: nothing happens.
      expect(await down.ctx.mail.deliverDue()).toEqual({ sent: 0, failed: 0 })
      for (let i = 0; i < 5; i++) {
        down.clock.advance(13 * 60 * 60_000)
        await down.ctx.mail.deliverDue()
      }
      ;[m] = await down.ctx.mail.list(down.ctx.db)
      expect(m).toMatchObject({ status: 'failed', attempts: 6 })
    } finally {
      await down.close()
    }
  })
})

forEachDatabase('mail without SMTP', (dialect) => {
  it('keeps mail in the outbox, readable by owners and audited when read', async () => {
    const t = await createTestApp(dialect)
    try {
      await createUser(t, { email: 'anna@nordlys.example', name: 'Anna' })
      const client = new FormClient(t.app)
      await client.get('/password/forgot')
      await client.post('/password/forgot', { email: 'anna@nordlys.example' })
      // The work happens after the answer; wait for it.
      let mails = await t.ctx.mail.list(t.ctx.db)
      for (let i = 0; i < 50 && mails.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 20))
        mails = await t.ctx.mail.list(t.ctx.db)
      }
      expect(mails).toHaveLength(1)
      expect(mails[0]?.status).toBe('outbox')
      const owner = await createUser(t, { role: 'owner' })
      const { signIn } = await import('../../test/factories.js')
      const session = await signIn(t, owner)
      const page = await t.app.inject({
        method: 'GET',
        url: `/admin/outbox/${mails[0]?.id}`,
        headers: { cookie: session.cookie },
      })
      expect(page.statusCode).toBe(200)
      expect(page.body).toContain('anna@nordlys.example')
      expect(page.body).toContain('/password/reset/')
      const [entry] = await t.ctx.audit.list(t.ctx.db, { action: 'mail.read' }, 1)
      expect(entry?.target).toEqual({ type: 'mail', id: mails[0]?.id })
    } finally {
      await t.close()
    }
  })
})
