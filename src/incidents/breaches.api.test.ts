import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type Mailbox, startMailbox } from '../../test/smtp.js'
import { apiClient, multipartBody, orderActivity, webshopSystem } from '../datamap/testing.js'
import { auditOf, subjectsApi } from '../subjects/subject.testing.js'
import { subscriptionsApi } from '../subscriptions/subscription.testing.js'
import { AUTHORITY_LANGUAGE, composeDraft, FILING_URLS } from './breaches/breach.draft.js'
import type { Breach } from './breaches/breach.schema.js'
import { incidentServices } from './index.js'

const HOUR = 3_600_000

forEachDatabase('breach register', (dialect) => {
  let t: TestApp
  let mailbox: Mailbox
  let keys: Record<'owner' | 'dpo' | 'auditor' | 'support', string>
  const call = (role: keyof typeof keys, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${keys[role]}` },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    })
  const leak = {
    title: 'Customer export left on a public share',
    description: 'A CSV export of customers was reachable without login for two days.',
  }

  beforeAll(async () => {
    mailbox = await startMailbox()
    t = await createTestApp(dialect, { env: { SMTP_URL: mailbox.url } })
    await completeOrganisation(t)
    await t.ctx.db
      .transaction()
      .execute((trx) =>
        t.ctx.organisation.update(
          trx,
          { dpo: { name: 'Dorte Dahl', email: 'dpo@nordlys.example', phone: null } },
          { type: 'system' },
        ),
      )
    await createUser(t, { role: 'owner', email: 'owner@nordlys.example' })
    await createUser(t, { role: 'support', email: 'support@nordlys.example' })
    keys = {
      owner: await createApiKey(t, 'owner'),
      dpo: await createApiKey(t, 'dpo'),
      auditor: await createApiKey(t, 'auditor'),
      support: await createApiKey(t, 'support'),
    }
  })
  afterAll(async () => {
    await t.close()
    await mailbox.close()
  })

  it('records a breach with the 72-hour clock and its status history; the support role may not', async () => {
    const awareAt = t.clock.now().toISOString()
    const res = await call('dpo', 'POST', '/api/v1/breaches', { ...leak, awareAt })
    expect(res.statusCode).toBe(201)
    const b = res.json()
    expect(b.reference).toMatch(/^BR-[0-9A-F]{8}$/)
    expect(b.clock).toMatchObject({
      notifyBy: new Date(Date.parse(awareAt) + 72 * HOUR).toISOString(),
      overdue: false,
      notified: false,
      required: true,
    })
    expect(b.events.map((e: { type: string }) => e.type)).toEqual(['created'])

    const patched = await call('dpo', 'PATCH', `/api/v1/breaches/${b.id}`, {
      risk: 'high',
      riskReasoning: 'E-mails and addresses exposed',
      status: 'contained',
    })
    expect(patched.statusCode).toBe(200)
    expect(patched.json().events.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'status',
      'assessed',
      'updated',
    ])

    expect((await call('support', 'GET', '/api/v1/breaches')).statusCode).toBe(403)
    expect((await call('auditor', 'POST', '/api/v1/breaches', { ...leak, awareAt })).statusCode).toBe(403)
    expect(
      (await call('dpo', 'POST', '/api/v1/breaches', { ...leak, awareAt, colour: 'red' })).statusCode,
    ).toBe(400)
    const future = await call('dpo', 'POST', '/api/v1/breaches', {
      ...leak,
      awareAt: new Date(Date.now() + 10 * 365 * 24 * HOUR).toISOString(),
    })
    expect(future.json().error).toMatchObject({ code: 'validation_failed', field: 'awareAt' })
    const entries = (await auditOf(t, 'breach.create')).filter((e) => e.target?.id === b.id)
    expect(entries).toHaveLength(1)
  })

  it('reminds owners and the DPO at 24, 12 and 2 hours left, once per threshold, over real SMTP', async () => {
    const { breaches } = incidentServices(t.ctx)
    expect(t.ctx.scheduler.jobs.map((j) => j.name)).toEqual(
      expect.arrayContaining(['breaches.remind', 'security-txt.renew']),
    )
    for (const other of (await call('owner', 'GET', '/api/v1/breaches')).json().breaches)
      await call('owner', 'PATCH', `/api/v1/breaches/${other.id}`, { status: 'closed' })
    const start = t.clock.now().getTime()
    const b = (
      await call('owner', 'POST', '/api/v1/breaches', {
        ...leak,
        title: 'Stolen laptop',
        awareAt: new Date(start).toISOString(),
      })
    ).json()
    const before = mailbox.messages.length
    const at = (h: number) => t.clock.set(new Date(start + (72 - h) * HOUR))
    const countFor = async () => {
      const sent = await breaches.remind(t.ctx.db)
      await t.ctx.mail.deliverDue()
      return sent
    }
    at(30)
    expect(await countFor()).toBe(0)
    at(23.5)
    // The owner and the DPO (the support user gets none).
    const first = await countFor()
    expect(first).toBe(2)
    expect(await countFor()).toBe(0) // idempotent
    await mailbox.waitFor(before + first)
    const subjects = mailbox.messages.slice(before).map((m) => m.subject)
    expect(subjects.every((s) => s?.includes('24') && s.includes(b.reference))).toBe(true)
    const to = mailbox.messages
      .slice(before)
      .flatMap((m) => (Array.isArray(m.to) ? m.to : [m.to]).map((a) => a?.text))
    expect(to).toContain('dpo@nordlys.example')
    expect(to).toContain('owner@nordlys.example')
    expect(to).not.toContain('support@nordlys.example')

    // The server was down from 23 to 1.5 hours left: only the 2-hour reminder goes out.
    at(1.5)
    expect(await countFor()).toBe(first)
    expect(await countFor()).toBe(0)
    const events = (await call('owner', 'GET', `/api/v1/breaches/${b.id}`)).json().events
    expect(
      events
        .filter((e: { type: string }) => e.type === 'reminded')
        .map((e: { details: { hoursLeft: number } }) => e.details.hoursLeft),
    ).toEqual([24, 2])

    // Notified, or assessed as no risk: no reminders.
    const quiet = (
      await call('owner', 'POST', '/api/v1/breaches', {
        ...leak,
        title: 'Quiet',
        awareAt: t.clock.now().toISOString(),
      })
    ).json()
    await call('owner', 'PATCH', `/api/v1/breaches/${quiet.id}`, {
      risk: 'none',
      riskReasoning: 'Encrypted device',
    })
    t.clock.advance(71 * HOUR)
    const sent = await breaches.remind(t.ctx.db)
    expect(sent).toBe(0)
  })

  it('records phased notifications; a late one needs the reasons for the delay', async () => {
    const awareAt = t.clock.now().toISOString()
    const b = (await call('dpo', 'POST', '/api/v1/breaches', { ...leak, awareAt })).json()
    const follow = await call('dpo', 'POST', `/api/v1/breaches/${b.id}/notifications`, {
      phase: 'follow_up',
      filedAt: awareAt,
    })
    expect(follow.json().error.field).toBe('phase')
    t.clock.advance(80 * HOUR)
    const filedAt = t.clock.now().toISOString()
    const late = await call('dpo', 'POST', `/api/v1/breaches/${b.id}/notifications`, {
      phase: 'initial',
      filedAt,
      reference: '2026-431-0042',
    })
    expect(late.statusCode).toBe(409)
    expect(late.json().error.code).toBe('late_reason_required')
    expect((await call('dpo', 'GET', `/api/v1/breaches/${b.id}`)).json().notifications).toEqual([])
    const ok = await call('dpo', 'POST', `/api/v1/breaches/${b.id}/notifications`, {
      phase: 'initial',
      filedAt,
      reference: '2026-431-0042',
      lateReason: 'The share was found by a contractor who told us only on day four.',
    })
    expect(ok.statusCode).toBe(201)
    expect(ok.json().notifications[0]).toMatchObject({
      phase: 'initial',
      reference: '2026-431-0042',
      late: true,
      country: 'DK',
    })
    expect(ok.json().lateReason).toContain('contractor')
    const again = await call('dpo', 'POST', `/api/v1/breaches/${b.id}/notifications`, {
      phase: 'follow_up',
      filedAt: t.clock.now().toISOString(),
      summary: 'Final numbers',
    })
    expect(again.json().notifications.map((n: { phase: string }) => n.phase)).toEqual([
      'initial',
      'follow_up',
    ])
    expect(again.json().clock.notified).toBe(true)
  })

  it('drafts the notification for DK, NO, SE and FI in the authority language and English with every Art. 33(3) item', async () => {
    const b = (
      await call('dpo', 'POST', '/api/v1/breaches', {
        ...leak,
        awareAt: t.clock.now().toISOString(),
        dataCategories: ['user.contact'],
        peopleCount: 1234,
        recordsCount: 5678,
        consequences: 'Phishing aimed at the customers',
        measuresTaken: 'The share was closed',
        measuresProposed: 'Exports are now encrypted',
        risk: 'risk',
        riskReasoning: 'Contact data only',
      })
    ).json()
    const res = await call('auditor', 'GET', `/api/v1/breaches/${b.id}/notification-draft`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ country: 'DK', authority: 'Datatilsynet', filingUrl: FILING_URLS.DK })
    expect(res.json().drafts.map((d: { language: string }) => d.language)).toEqual(['da', 'en'])

    const breach: Breach = (await call('dpo', 'GET', `/api/v1/breaches/${b.id}`)).json()
    const org = await t.ctx.organisation.get(t.ctx.db)
    for (const country of ['DK', 'NO', 'SE', 'FI'] as const) {
      for (const language of [AUTHORITY_LANGUAGE[country], 'en'] as const) {
        const d = composeDraft(breach, org, country, language, {
          phase: 'initial',
          categoryLabels: new Map([['user.contact', 'CONTACT-LABEL']]),
          systemNames: new Map(),
          peopleTold: false,
        })
        // (a) nature, categories, numbers of people and records; (b) the DPO; (c) consequences; (d) measures.
        for (const value of [
          leak.description,
          'CONTACT-LABEL',
          '1234',
          '5678',
          'Dorte Dahl',
          'dpo@nordlys.example',
          'Phishing aimed',
          'The share was closed',
          'Exports are now encrypted',
        ])
          expect(d.text, `${country}/${language}: ${value}`).toContain(value)
        for (const key of [
          'nature',
          'categories',
          'people',
          'records',
          'contact',
          'consequences',
          'measuresTaken',
          'measuresProposed',
        ])
          expect(d.sections.find((s) => s.key === key)?.label, `${country}/${language}: ${key}`).toBeTruthy()
        expect(d.text).toContain(FILING_URLS[country])
      }
    }
    const sv = composeDraft(breach, org, 'SE', 'sv', {
      phase: 'initial',
      categoryLabels: new Map(),
      systemNames: new Map(),
      peopleTold: false,
    })
    expect(sv.text).toContain('Sannolika konsekvenser')
    const fi = composeDraft(breach, org, 'FI', 'fi', {
      phase: 'initial',
      categoryLabels: new Map(),
      systemNames: new Map(),
      peopleTold: false,
    })
    expect(fi.text).toContain('Tietoturvaloukkauksen todennäköiset seuraukset')
  })

  it('tells the people on a list in their language through real SMTP, with delivery per person', async () => {
    const b = (
      await call('dpo', 'POST', '/api/v1/breaches', {
        ...leak,
        awareAt: t.clock.now().toISOString(),
        risk: 'high',
        riskReasoning: 'Addresses and order history',
        consequences: 'Phishing',
      })
    ).json()
    const bad = await call('dpo', 'POST', `/api/v1/breaches/${b.id}/recipients`, {
      list: 'anna@example.test\nnot-an-email',
    })
    expect(bad.json().error).toMatchObject({ code: 'validation_failed', field: 'list.1' })
    const added = await call('dpo', 'POST', `/api/v1/breaches/${b.id}/recipients`, {
      list: 'email,language\nanna@example.test,sv\nbo@example.test\nANNA@example.test,da',
    })
    expect(added.json()).toEqual({ added: 2 })
    const preview = (await call('dpo', 'GET', `/api/v1/breaches/${b.id}/notice-preview?language=sv`)).json()
    expect(preview.subject).toContain('Nordlys Webshop ApS')
    expect(preview.text).toContain('Vad som har hänt')
    const before = mailbox.messages.length
    const sent = await call('dpo', 'POST', `/api/v1/breaches/${b.id}/recipients/send`)
    expect(sent.json()).toEqual({ queued: 2 })
    await t.ctx.mail.deliverDue()
    await mailbox.waitFor(before + 2)
    const got = mailbox.messages.slice(before)
    const anna = got.find((m) => JSON.stringify(m.to).includes('anna@example.test'))
    expect(anna?.text).toContain('Vad som har hänt')
    const bo = got.find((m) => JSON.stringify(m.to).includes('bo@example.test'))
    expect(bo?.text).toContain('Hvad er der sket') // the organisation's language
    let list: Array<{ status: string }> = []
    for (let i = 0; i < 50; i++) {
      list = (await call('owner', 'GET', `/api/v1/breaches/${b.id}/recipients`)).json().recipients
      if (list.every((r) => r.status === 'sent')) break
      await new Promise((r) => setTimeout(r, 50))
    }
    expect(list.map((r) => r.status)).toEqual(['sent', 'sent'])
    expect((await call('dpo', 'POST', `/api/v1/breaches/${b.id}/recipients/send`)).json()).toEqual({
      queued: 0,
    })
    const reads = await auditOf(t, 'breach.recipients.read')
    expect(JSON.stringify(reads)).not.toContain('example.test')
  })

  it('chooses people from the register by system, data category and time window', async () => {
    const api = apiClient(t, keys.owner)
    const shop = (await api.post('/api/v1/systems', webshopSystem)).json().id
    const books = (await api.post('/api/v1/systems', { ...webshopSystem, name: 'Bookkeeping' })).json().id
    expect((await api.post('/api/v1/activities', orderActivity([shop], []))).statusCode).toBe(201)
    expect(
      (
        await api.post('/api/v1/activities', {
          ...orderActivity([books], []),
          name: 'Books',
          dataCategories: ['user.financial'],
        })
      ).statusCode,
    ).toBe(201)
    const people = subjectsApi(t, keys.owner)
    const windowStart = t.clock.now().toISOString()
    expect(
      (await people.create({ name: 'Ida Holm', email: 'ida@example.test', relationship: 'customer' }))
        .statusCode,
    ).toBe(201)
    await people.create({ name: 'Ole Berg', phone: '+45 20 12 34 56', relationship: 'customer' }) // no e-mail
    const windowEnd = t.clock.now().toISOString()
    t.clock.advance(30 * 24 * HOUR)
    await people.create({ name: 'Sia Lund', email: 'sia@example.test', relationship: 'customer' })

    const b = (
      await call('dpo', 'POST', '/api/v1/breaches', { ...leak, awareAt: t.clock.now().toISOString() })
    ).json()
    const pick = (selection: object) => call('dpo', 'POST', `/api/v1/breaches/${b.id}/recipients`, selection)
    expect((await pick({})).json().error.code).toBe('validation_failed')
    expect((await pick({ systemIds: [books] })).json()).toEqual({ added: 0 })
    expect(
      (await pick({ dataCategories: ['user.contact.email'], from: windowStart, to: windowEnd })).json(),
    ).toEqual({ added: 1 })
    expect((await pick({ systemIds: [shop] })).json()).toEqual({ added: 1 }) // Sia; Ida is already chosen
    const chosen = (await call('dpo', 'GET', `/api/v1/breaches/${b.id}/recipients`)).json().recipients
    expect(chosen.map((r: { email: string }) => r.email).sort()).toEqual([
      'ida@example.test',
      'sia@example.test',
    ])
    expect(
      chosen.every(
        (r: { source: string; subjectId: string | null }) => r.source === 'register' && r.subjectId,
      ),
    ).toBe(true)
  })
  const upload = (breachId: string, file: { filename: string; bytes: Buffer; contentType?: string }) => {
    const form = multipartBody({}, { field: 'file', contentType: 'text/csv', ...file })
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/breaches/${breachId}/recipients/upload`,
      headers: { ...form.headers, authorization: `Bearer ${keys.dpo}` },
      payload: form.payload,
    })
  }
  const recipientCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('breach_recipients')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  it('takes an uploaded list (Windows-1252, semicolons, header in any order), matched against the register, in each person’s own language', async () => {
    // Eva is in the register and chose Swedish for her newsletter; Finn is not in the register.
    const subscribed = await subscriptionsApi(t, keys.owner).subscribe({
      email: 'eva@example.test',
      channel: 'email',
      purpose: 'newsletter',
      basis: 'explicit_opt_in',
      source: 'newsletter-form',
      language: 'sv',
    })
    expect(subscribed.statusCode).toBe(201)
    const b = (
      await call('dpo', 'POST', '/api/v1/breaches', {
        ...leak,
        awareAt: t.clock.now().toISOString(),
        risk: 'high',
        riskReasoning: 'Addresses exposed',
        advice: 'Change your password and be wary of mails asking for it.',
      })
    ).json()
    // Saved by a Danish spreadsheet: Windows-1252, semicolons, the language column first.
    const csv = Buffer.from(
      'Sprog;E-post;Kommentar\r\n;eva@example.test;kunde\r\nnb;finn@example.test;bestilte på telefon\r\n;gro@example.test;særlig\r\n',
      'latin1',
    )
    const res = await upload(b.id, { filename: 'berørte.csv', bytes: csv })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ added: 3 })
    const chosen = (await call('dpo', 'GET', `/api/v1/breaches/${b.id}/recipients`)).json().recipients
    const by = (email: string) => chosen.find((r: { email: string }) => r.email === email)
    expect(by('eva@example.test')).toMatchObject({ language: 'sv', source: 'upload' })
    expect(by('eva@example.test').subjectId).toBe(subscribed.json().subjectId)
    expect(by('finn@example.test')).toMatchObject({ language: 'nb', subjectId: null })
    expect(by('gro@example.test')).toMatchObject({ language: 'da', subjectId: null }) // the default
    // Uploading it again adds nobody; the history and audit say how many, never who.
    expect((await upload(b.id, { filename: 'berørte.csv', bytes: csv })).json()).toEqual({ added: 0 })
    const audits = await auditOf(t, 'breach.recipients.add')
    expect(JSON.stringify(audits)).not.toContain('example.test')
    expect(audits.at(-2)?.details).toMatchObject({ added: 3, source: 'upload', matched: 1 })

    // Eva's notice is Swedish and carries the advice under its Swedish heading.
    const preview = (await call('dpo', 'GET', `/api/v1/breaches/${b.id}/notice-preview?language=sv`)).json()
    expect(preview.text).toContain('Vad du själv kan göra: Change your password')
    // The advice sits under its heading in each of the five languages.
    const headings = {
      en: 'What you can do:',
      da: 'Hvad du selv kan gøre:',
      nb: 'Hva du selv kan gjøre:',
      sv: 'Vad du själv kan göra:',
      fi: 'Mitä voit itse tehdä:',
    }
    for (const [language, heading] of Object.entries(headings)) {
      const text = (
        await call('dpo', 'GET', `/api/v1/breaches/${b.id}/notice-preview?language=${language}`)
      ).json().text
      expect(text).toContain(`${heading} Change your password`)
    }
    const draft = (await call('dpo', 'GET', `/api/v1/breaches/${b.id}/notification-draft?country=SE`)).json()
    expect(draft.drafts[0].sections.find((x: { key: string }) => x.key === 'advice')?.value).toContain(
      'Change your password',
    )
  })

  it('refuses a list file of the wrong type or size, or with a bad line, with a clear 4xx and nothing written', async () => {
    const b = (
      await call('dpo', 'POST', '/api/v1/breaches', { ...leak, awareAt: t.clock.now().toISOString() })
    ).json()
    const before = await recipientCount()
    const xlsx = await upload(b.id, {
      filename: 'people.xlsx',
      bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
    })
    expect(xlsx.statusCode).toBe(415)
    expect(xlsx.json().error).toMatchObject({ code: 'unsupported_media_type', field: 'file' })
    expect(xlsx.json().error.message).toContain('save a spreadsheet as CSV')
    const renamed = await upload(b.id, {
      filename: 'people.csv',
      bytes: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]),
    })
    expect(renamed.statusCode).toBe(415)
    const big = await upload(b.id, {
      filename: 'people.csv',
      bytes: Buffer.from('someone@example.test\n'.repeat(60_000)),
    })
    expect(big.statusCode).toBe(400)
    expect(big.json().error).toMatchObject({ code: 'validation_failed', field: 'file', rule: 'too_long' })
    const badLine = await upload(b.id, {
      filename: 'people.txt',
      bytes: Buffer.from('ok@example.test\nsecret-person@@example.test\n'),
    })
    expect(badLine.statusCode).toBe(400)
    expect(badLine.json().error).toMatchObject({ code: 'validation_failed', field: 'file.1' })
    expect(badLine.json().error.message).not.toContain('secret-person')
    const badLanguage = await upload(b.id, {
      filename: 'people.csv',
      bytes: Buffer.from('a@example.test,de\n'),
    })
    expect(badLanguage.json().error).toMatchObject({ field: 'file.0', rule: 'one_of' })
    const empty = await upload(b.id, { filename: 'people.csv', bytes: Buffer.alloc(0) })
    expect(empty.statusCode).toBe(400)
    const json = await call('dpo', 'POST', `/api/v1/breaches/${b.id}/recipients/upload`, { list: 'x' })
    expect(json.statusCode).toBe(400)
    expect(json.json().error.field).toBe('file')
    const missing = await upload('01900000-0000-7000-8000-000000000000', {
      filename: 'people.csv',
      bytes: Buffer.from('a@example.test\n'),
    })
    expect(missing.statusCode).toBe(404)
    expect(await recipientCount()).toBe(before)
  })

  it('lets staff change the language of a chosen person before the notice goes, audited', async () => {
    const b = (
      await call('dpo', 'POST', '/api/v1/breaches', { ...leak, awareAt: t.clock.now().toISOString() })
    ).json()
    await call('dpo', 'POST', `/api/v1/breaches/${b.id}/recipients`, { list: 'kaisa@example.test' })
    const [kaisa] = (await call('dpo', 'GET', `/api/v1/breaches/${b.id}/recipients`)).json().recipients
    expect(kaisa.language).toBe('da')
    const path = `/api/v1/breaches/${b.id}/recipients/${kaisa.id}`
    expect((await call('dpo', 'PATCH', path, { language: 'de' })).statusCode).toBe(400)
    expect((await call('dpo', 'PATCH', path, { language: 'fi', email: 'x' })).statusCode).toBe(400)
    expect((await call('auditor', 'PATCH', path, { language: 'fi' })).statusCode).toBe(403)
    expect(
      (await call('dpo', 'PATCH', `/api/v1/breaches/${b.id}/recipients/nobody`, { language: 'fi' }))
        .statusCode,
    ).toBe(404)
    expect((await call('dpo', 'PATCH', path, { language: 'fi' })).statusCode).toBe(204)
    const [after] = (await call('dpo', 'GET', `/api/v1/breaches/${b.id}/recipients`)).json().recipients
    expect(after.language).toBe('fi')
    const changed = await auditOf(t, 'breach.recipients.language')
    expect(changed.at(-1)?.details).toMatchObject({ recipient: kaisa.id, from: 'da', to: 'fi' })
    const before = mailbox.messages.length
    await call('dpo', 'POST', `/api/v1/breaches/${b.id}/recipients/send`)
    await t.ctx.mail.deliverDue()
    await mailbox.waitFor(before + 1)
    expect(mailbox.messages.at(-1)?.text).toContain('Mitä tapahtui')
    const late = await call('dpo', 'PATCH', path, { language: 'sv' })
    expect(late.statusCode).toBe(409)
    expect(late.json().error.code).toBe('conflict')
  })
  it('gives people chosen from the register the language they chose themselves, else the default', async () => {
    t.clock.advance(2 * HOUR)
    const from = t.clock.now().toISOString()
    const subscribed = await subscriptionsApi(t, keys.owner).subscribe({
      email: 'oona@example.test',
      channel: 'email',
      purpose: 'offers',
      basis: 'explicit_opt_in',
      source: 'newsletter-form',
      language: 'fi',
    })
    expect(subscribed.statusCode).toBe(201)
    await subjectsApi(t, keys.owner).create({
      name: 'Pia Dahl',
      email: 'pia@example.test',
      relationship: 'customer',
    })
    const b = (
      await call('dpo', 'POST', '/api/v1/breaches', { ...leak, awareAt: t.clock.now().toISOString() })
    ).json()
    const picked = await call('dpo', 'POST', `/api/v1/breaches/${b.id}/recipients`, {
      from,
      to: t.clock.now().toISOString(),
    })
    expect(picked.json()).toEqual({ added: 2 })
    const chosen = (await call('dpo', 'GET', `/api/v1/breaches/${b.id}/recipients`)).json().recipients
    const languages = Object.fromEntries(
      chosen.map((r: { email: string; language: string }) => [r.email, r.language]),
    )
    expect(languages).toEqual({ 'oona@example.test': 'fi', 'pia@example.test': 'da' })
  })
  it('asks for the reasons for delay only while the authority has not been told', async () => {
    const inTime = (
      await call('dpo', 'POST', '/api/v1/breaches', {
        ...leak,
        awareAt: new Date(t.clock.now().getTime() - 10 * HOUR).toISOString(),
      })
    ).json()
    expect(
      (
        await call('dpo', 'POST', `/api/v1/breaches/${inTime.id}/notifications`, {
          phase: 'initial',
          filedAt: t.clock.now().toISOString(),
        })
      ).statusCode,
    ).toBe(201)
    const never = (
      await call('dpo', 'POST', '/api/v1/breaches', {
        ...leak,
        awareAt: new Date(t.clock.now().getTime() - 10 * HOUR).toISOString(),
      })
    ).json()
    t.clock.advance(70 * HOUR)
    const told = (await call('dpo', 'GET', `/api/v1/breaches/${inTime.id}`)).json()
    expect(told.clock).toMatchObject({ overdue: true, notified: true, lateReasonNeeded: false })
    const untold = (await call('dpo', 'GET', `/api/v1/breaches/${never.id}`)).json()
    expect(untold.clock).toMatchObject({ overdue: true, notified: false, lateReasonNeeded: true })
  })
})
