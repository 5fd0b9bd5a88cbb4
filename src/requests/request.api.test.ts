import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type Mailbox, startMailbox } from '../../test/smtp.js'
import { apiClient } from '../datamap/testing.js'
import { subjectsApi } from '../subjects/subject.testing.js'
import { subscriptionsApi } from '../subscriptions/subscription.testing.js'
import { requestsApi, twoSystems } from './request.testing.js'

forEachDatabase('data-subject requests: API and workflow', (dialect) => {
  let t: TestApp
  let mailbox: Mailbox
  let api: ReturnType<typeof requestsApi>
  let owner: ReturnType<typeof requestsApi>
  let systems: { webshop: string; payroll: string }
  let supportKey: string
  let ownerKey: string

  beforeAll(async () => {
    mailbox = await startMailbox()
    t = await createTestApp(dialect, { env: { SMTP_URL: mailbox.url } })
    await completeOrganisation(t)
    ownerKey = await createApiKey(t, 'owner')
    supportKey = await createApiKey(t, 'support')
    api = requestsApi(t, supportKey)
    owner = requestsApi(t, ownerKey)
    systems = await twoSystems(t, ownerKey)
  })
  afterAll(async () => {
    await t.close()
    await mailbox.close()
  })

  /** Sends what is queued and waits for the mail to `to` with this subject. */
  async function mailTo(to: string, subject: string | RegExp): Promise<ParsedMail> {
    for (let i = 0; i < 100; i++) {
      await t.ctx.mail.deliverDue()
      const found = mailsTo(to).find((m) =>
        typeof subject === 'string' ? m.subject === subject : subject.test(m.subject ?? ''),
      )
      if (found) return found
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error('no mail arrived')
  }
  const mailsTo = (to: string) =>
    mailbox.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === to)

  it('registers a phone request as received, due one calendar month later, with a receipt in the person’s language', async () => {
    t.clock.set('2026-11-20T10:00:00.000Z')
    const res = await api.create({
      kind: 'access',
      email: 'Astrid@Example.dk',
      channel: 'phone',
      language: 'da',
    })
    expect(res.statusCode).toBe(201)
    const r = res.json()
    expect(r).toMatchObject({
      kind: 'access',
      state: 'received',
      channel: 'phone',
      language: 'da',
      dueOn: '2026-12-20',
      originalDueOn: '2026-12-20',
      email: 'astrid@example.dk',
      overdue: false,
      extended: false,
    })
    expect(r.history.map((e: { type: string }) => e.type)).toEqual(['received'])
    const mail = await mailTo('astrid@example.dk', 'Vi har modtaget din anmodning – Nordlys Webshop ApS')
    expect(mail.text).toContain('Vi modtog din anmodning den 20. november 2026: indsigt i dine oplysninger.')
    expect(mail.text).toContain('Vi svarer senest den 20. december 2026.')
    // The list carries no personal values; the single read is audited without them.
    const listed = (await api.list()).json().requests.find((x: { id: string }) => x.id === r.id)
    expect(JSON.stringify(listed)).not.toContain('astrid')
    expect((await api.get(r.id)).json().email).toBe('astrid@example.dk')
    const reads = await t.ctx.audit.list(t.ctx.db, { action: 'request.read' }, 100)
    expect(reads.some((e) => e.target?.id === r.id)).toBe(true)
    expect(JSON.stringify(await t.ctx.audit.list(t.ctx.db, {}, 1000))).not.toContain('astrid')
  })

  it('counts a month to the last day of a shorter month, or 30 days when the organisation chooses', async () => {
    t.clock.set('2027-01-31T09:00:00.000Z')
    expect(
      (await api.create({ kind: 'erasure', email: 'jan@example.dk', channel: 'letter' })).json().dueOn,
    ).toBe('2027-02-28')
    // The deadline rule is the organisation's: support may not change it.
    expect((await api.settings({ deadline: 'days30' })).statusCode).toBe(403)
    expect((await owner.settings({ deadline: 'days30' })).json()).toEqual({
      deadline: 'days30',
      reminderDays: 7,
    })
    expect(
      (await api.create({ kind: 'erasure', email: 'jan@example.dk', channel: 'letter' })).json().dueOn,
    ).toBe('2027-03-02')
    await owner.settings({ deadline: 'month' })
    // A letter that arrived earlier counts from the day it arrived.
    const letter = await api.create({
      kind: 'access',
      email: 'jan@example.dk',
      channel: 'letter',
      receivedOn: '2027-01-10',
    })
    expect(letter.json().dueOn).toBe('2027-02-10')
    expect(
      (
        await api.create({
          kind: 'access',
          email: 'jan@example.dk',
          channel: 'letter',
          receivedOn: '2027-02-01',
        })
      ).statusCode,
    ).toBe(400)
  })

  it('makes a task per system holding the person’s categories when verified, and will not complete while one is open', async () => {
    t.clock.set('2026-11-20T10:00:00.000Z')
    const register = subjectsApi(t, await createApiKey(t, 'owner'))
    await register.create({ name: 'Bo Holm', email: 'bo@example.dk', relationship: 'customer' })
    const known = (await api.create({ kind: 'erasure', email: 'bo@example.dk', channel: 'email' })).json()
    expect(known.subjectId).not.toBeNull()
    // Completing before the identity is verified is not a step the workflow has.
    const early = await api.act(known.id, 'complete')
    expect(early.statusCode).toBe(409)
    expect(early.json().error.code).toBe('invalid_transition')

    const verified = (
      await api.act(known.id, 'verify', { method: 'known_email', note: 'Wrote from the address on file' })
    ).json()
    expect(verified.state).toBe('verified')
    expect(verified.tasks.map((x: { systemName: string }) => x.systemName)).toEqual(['Webshop'])
    expect(verified.tasks[0].systemId).toBe(systems.webshop)

    // Someone not in the register: every system holding personal data gets a task.
    const unknown = (
      await api.create({ kind: 'erasure', email: 'nobody@example.dk', channel: 'email' })
    ).json()
    expect(unknown.subjectId).toBeNull()
    const all = (await api.act(unknown.id, 'verify', { method: 'id_document', note: 'Passport seen' })).json()
    expect(all.tasks.map((x: { systemName: string }) => x.systemName)).toEqual(['Payroll', 'Webshop'])

    // A transition without fields needs no body at all.
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/v1/requests/${known.id}/start`,
      headers: { authorization: `Bearer ${supportKey}` },
    })
    expect(started.json().state).toBe('in_progress')
    const blocked = await api.act(known.id, 'complete', { note: 'Deleted in Vern' })
    expect(blocked.statusCode).toBe(409)
    expect(blocked.json().error.code).toBe('tasks_open')
    expect((await api.get(known.id)).json().state).toBe('in_progress')

    const task = verified.tasks[0].id
    const ticked = (await api.taskDone(known.id, task, 'Customer deleted in Shopify admin')).json()
    expect(ticked.tasks[0]).toMatchObject({ status: 'done', note: 'Customer deleted in Shopify admin' })
    expect((await api.taskDone(known.id, task, 'again')).statusCode).toBe(409)
    const done = (await api.act(known.id, 'complete', { note: 'Deleted in Vern' })).json()
    expect(done.state).toBe('completed')
    expect(done.history.map((e: { type: string }) => e.type)).toEqual([
      'received',
      'verified',
      'started',
      'task_done',
      // Bo is in the register: the erasure runs in steps and completes the request when it is done.
      'fulfilment_started',
      'completed',
    ])
    await mailTo('bo@example.dk', 'Din anmodning er gennemført – Nordlys Webshop ApS')
    // A closed request takes no more steps.
    expect((await api.act(known.id, 'reject', { reason: 'other', note: 'x' })).json().error.code).toBe(
      'invalid_transition',
    )
  })

  it('extends within the first month with a notice to the person, and refuses later or longer extensions', async () => {
    t.clock.set('2026-11-20T10:00:00.000Z')
    const r = (
      await api.create({ kind: 'access', email: 'signe@example.dk', channel: 'phone', language: 'sv' })
    ).json()
    const tooFar = await api.act(r.id, 'extend', {
      reason: 'complex',
      note: 'Many systems',
      dueOn: '2027-02-21',
    })
    expect(tooFar.statusCode).toBe(400)
    expect(tooFar.json().error.field).toBe('dueOn')
    const extended = (
      await api.act(r.id, 'extend', {
        reason: 'complex',
        note: 'Dina uppgifter finns i flera system som vi måste gå igenom.',
        dueOn: '2027-02-20',
      })
    ).json()
    expect(extended).toMatchObject({
      dueOn: '2027-02-20',
      originalDueOn: '2026-12-20',
      extended: true,
      extensionReason: 'complex',
    })
    const notice = await mailTo(
      'signe@example.dk',
      'Vi behöver mer tid för din begäran – Nordlys Webshop ApS',
    )
    expect(notice.text).toContain(
      'Skäl: Din begäran är komplicerad. Dina uppgifter finns i flera system som vi måste gå igenom.',
    )
    expect(notice.text).toContain('Vi svarar senast den 20 februari 2027.')

    const late = (await api.create({ kind: 'access', email: 'signe@example.dk', channel: 'phone' })).json()
    t.clock.set('2026-12-21T08:00:00.000Z')
    const refused = await api.act(late.id, 'extend', { reason: 'numerous', note: 'x', dueOn: '2027-01-20' })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error.code).toBe('extension_too_late')
    const overdue = (await api.list()).json().requests.find((x: { id: string }) => x.id === late.id)
    expect(overdue.overdue).toBe(true)
    expect((await api.list()).json().requests.find((x: { id: string }) => x.id === r.id).overdue).toBe(false)
  })

  it('reminds the assignee once, the configured number of days before the due date', async () => {
    t.clock.set('2026-11-20T10:00:00.000Z')
    const staff = await createUser(t, { role: 'support', email: 'case.handler@nordlys.example' })
    const r = (await api.create({ kind: 'rectification', email: 'ulla@example.dk', channel: 'email' })).json()
    expect((await api.act(r.id, 'assign', { assigneeId: staff.id })).json().assigneeId).toBe(staff.id)
    const marketer = await createUser(t, { role: 'marketing' })
    expect((await api.act(r.id, 'assign', { assigneeId: marketer.id })).statusCode).toBe(400)

    const tick = async (at: string) => {
      t.clock.set(at)
      expect(await t.ctx.scheduler.runTick('requests.remind', new Date(at))).toBe('ran')
      await t.ctx.mail.deliverDue()
    }
    await tick('2026-12-12T06:00:00.000Z')
    expect(mailsTo('case.handler@nordlys.example')).toHaveLength(0)
    await tick('2026-12-13T06:00:00.000Z')
    const reminder = await mailTo(
      'case.handler@nordlys.example',
      /^Request [0-9A-F]{8} is due on 20 December 2026$/,
    )
    expect(reminder.text).toContain(`http://vern.test/admin/requests/${r.id}`)
    expect(reminder.text).not.toContain('ulla')
    await tick('2026-12-14T06:00:00.000Z')
    expect(mailsTo('case.handler@nordlys.example')).toHaveLength(1)
  })

  it('rejects with the reason and the right to complain to the Danish authority', async () => {
    t.clock.set('2026-11-20T10:00:00.000Z')
    const r = (
      await api.create({ kind: 'erasure', email: 'karl@example.dk', channel: 'email', language: 'en' })
    ).json()
    const bad = await api.act(r.id, 'reject', { reason: 'because', note: 'x' })
    expect(bad.statusCode).toBe(400)
    const rejected = (
      await api.act(r.id, 'reject', {
        reason: 'identity_not_confirmed',
        note: 'The caller could not answer our questions.',
      })
    ).json()
    expect(rejected).toMatchObject({ state: 'rejected', rejectionReason: 'identity_not_confirmed' })
    const mail = await mailTo('karl@example.dk', 'Answer to your request – Nordlys Webshop ApS')
    expect(mail.text).toContain('We could not confirm that you are the person the data is about.')
    expect(mail.text).toContain(
      'The Danish Data Protection Agency (Datatilsynet), Carl Jacobsens Vej 35, 2500 Valby',
    )
  })

  it("names the owner's own address for the authority in a refusal", async () => {
    t.clock.set('2026-11-20T11:00:00.000Z')
    const organisation = apiClient(t, ownerKey)
    const set = await organisation.patch('/api/v1/organisation', {
      authorityAddress: 'Postboks 9, 2500 Valby',
      authorityWeb: 'https://datatilsynet.example/klage',
    })
    expect(set.statusCode).toBe(200)
    try {
      const r = (
        await api.create({ kind: 'access', email: 'vera@example.dk', channel: 'email', language: 'en' })
      ).json()
      const rejected = await api.act(r.id, 'reject', {
        reason: 'identity_not_confirmed',
        note: 'Ingen svar.',
      })
      expect(rejected.statusCode).toBe(200)
      const mail = await mailTo('vera@example.dk', 'Answer to your request – Nordlys Webshop ApS')
      expect(mail.text).toContain(
        '(Datatilsynet), Postboks 9, 2500 Valby, https://datatilsynet.example/klage',
      )
      expect(mail.text).not.toContain('Carl Jacobsens Vej')
    } finally {
      await organisation.patch('/api/v1/organisation', { authorityAddress: null, authorityWeb: null })
    }
  })

  it('stops marketing at once on a stop_marketing request', async () => {
    t.clock.set('2026-11-20T10:00:00.000Z')
    const register = subjectsApi(t, await createApiKey(t, 'owner'))
    await register.create({ name: 'Lise Dam', email: 'lise@example.dk', relationship: 'customer' })
    const marketing = subscriptionsApi(t, await createApiKey(t, 'marketing'))
    const sub = await marketing.subscribe({
      email: 'lise@example.dk',
      channel: 'email',
      purpose: 'newsletter',
      basis: 'soft_opt_in',
      optOutOffered: true,
      source: 'checkout',
    })
    expect(sub.statusCode).toBe(201)
    expect((await marketing.check('lise@example.dk')).json().maySend).toBe(true)
    const r = (
      await api.create({ kind: 'stop_marketing', email: 'lise@example.dk', channel: 'phone' })
    ).json()
    expect(r.state).toBe('received')
    expect((await marketing.check('lise@example.dk')).json()).toMatchObject({
      maySend: false,
      reason: 'suppressed',
    })
    // Someone not in the register is suppressed by their e-mail's keyed hash.
    await api.create({
      kind: 'objection',
      objectionScope: 'direct_marketing',
      email: 'ny@example.dk',
      channel: 'phone',
    })
    expect((await marketing.check('ny@example.dk', 'sms')).json().reason).toBe('suppressed')
  })

  describe('roles and bad input', () => {
    it('lets billing read but not write, and marketing and auditors not even read', async () => {
      const billing = requestsApi(t, await createApiKey(t, 'billing'))
      const r = (await api.create({ kind: 'access', email: 'role@example.dk', channel: 'phone' })).json()
      expect((await billing.list()).statusCode).toBe(200)
      expect((await billing.get(r.id)).statusCode).toBe(200)
      expect(
        (await billing.create({ kind: 'access', email: 'x@example.dk', channel: 'phone' })).statusCode,
      ).toBe(403)
      expect((await billing.act(r.id, 'verify', { method: 'other', note: 'x' })).statusCode).toBe(403)
      for (const role of ['marketing', 'auditor'] as const) {
        const other = requestsApi(t, await createApiKey(t, role))
        expect((await other.list()).statusCode).toBe(403)
        expect((await other.get(r.id)).statusCode).toBe(403)
      }
    })

    it('answers bad input with 4xx and a stable code, never a half-written request', async () => {
      const count = async () =>
        Number(
          (
            await t.ctx.db
              .selectFrom('requests')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        )
      const before = await count()
      const cases: Array<[object, string]> = [
        [{ kind: 'access', email: 'a@example.dk', channel: 'phone', extra: 1 }, 'extra'],
        [{ kind: 'forget_me', email: 'a@example.dk', channel: 'phone' }, 'kind'],
        [{ kind: 'access', email: 'not an e-mail', channel: 'phone' }, 'email'],
        [{ kind: 'access', email: 'a@example.dk', channel: 'web' }, 'channel'],
        [{ kind: 'access', email: 'a@example.dk', channel: 'phone', receivedOn: '2030-01-01' }, 'receivedOn'],
        [
          { kind: 'access', email: 'a@example.dk', channel: 'phone', objectionScope: 'other' },
          'objectionScope',
        ],
        [
          {
            kind: 'access',
            email: 'a@example.dk',
            channel: 'phone',
            identityCheck: { method: 'x', note: 'y' },
          },
          'identityCheck.method',
        ],
      ]
      for (const [body, field] of cases) {
        const res = await api.create(body)
        expect(res.statusCode, field).toBe(400)
        expect(res.json().error).toMatchObject({ code: 'validation_failed', field })
      }
      expect(await count()).toBe(before)
      expect((await api.get('0190a0a0-0000-7000-8000-000000000000')).statusCode).toBe(404)
      expect((await api.get('not-a-uuid')).statusCode).toBe(400)
      const r = (await api.create({ kind: 'access', email: 'a@example.dk', channel: 'phone' })).json()
      expect((await api.act(r.id, 'verify', {})).statusCode).toBe(400)
      expect((await api.act(r.id, 'start')).json().error.code).toBe('invalid_transition')
      expect((await api.taskDone(r.id, '0190a0a0-0000-7000-8000-000000000000', 'x')).statusCode).toBe(404)
    })

    it('registers with an identity check as verified at once', async () => {
      const r = await api.create({
        kind: 'restriction',
        email: 'per@example.dk',
        channel: 'in_person',
        identityCheck: { method: 'in_person', note: 'Driving licence seen at the counter' },
      })
      expect(r.statusCode).toBe(201)
      expect(r.json()).toMatchObject({ state: 'verified', verificationMethod: 'in_person' })
      expect(r.json().history[1]).toMatchObject({
        type: 'verified',
        note: 'Driving licence seen at the counter',
      })
    })
  })
})
