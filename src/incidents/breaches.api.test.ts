import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type Mailbox, startMailbox } from '../../test/smtp.js'
import { apiClient, orderActivity, webshopSystem } from '../datamap/testing.js'
import { auditOf, subjectsApi } from '../subjects/subject.testing.js'
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
})
