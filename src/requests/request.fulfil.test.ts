import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type Mailbox, startMailbox } from '../../test/smtp.js'
import { MAREN, subjectsApi } from '../subjects/subject.testing.js'
import { download } from './access/access.testing.js'
import { ErasureService, renderErasureReport } from './erasure/index.js'
import { requestsApi, twoSystems } from './request.testing.js'

// The request workflow doing what was asked: the access package, erasure and restriction are carried
// out when staff complete the request, and the person's mail says what was done.
forEachDatabase('data-subject requests: fulfilment', (dialect) => {
  let t: TestApp
  let mailbox: Mailbox
  let api: ReturnType<typeof requestsApi>
  let people: ReturnType<typeof subjectsApi>

  beforeAll(async () => {
    mailbox = await startMailbox()
    t = await createTestApp(dialect, { env: { SMTP_URL: mailbox.url } })
    await completeOrganisation(t)
    const ownerKey = await createApiKey(t, 'owner')
    api = requestsApi(t, await createApiKey(t, 'support'))
    people = subjectsApi(t, ownerKey)
    await twoSystems(t, ownerKey)
    t.clock.set('2026-11-20T10:00:00.000Z')
  })
  afterAll(async () => {
    await t.close()
    await mailbox.close()
  })

  async function mailTo(to: string, subject: RegExp): Promise<ParsedMail> {
    for (let i = 0; i < 100; i++) {
      await t.ctx.mail.deliverDue()
      const found = mailbox.messages.find(
        (m) => m.to && !Array.isArray(m.to) && m.to.text === to && subject.test(m.subject ?? ''),
      )
      if (found) return found
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error('no mail arrived')
  }

  /** A request registered by staff, verified, its tasks ticked off: ready to complete. */
  async function readyRequest(kind: string, email: string): Promise<string> {
    const created = (await api.create({ kind, email, channel: 'email', language: 'en' })).json()
    const verified = (
      await api.act(created.id, 'verify', { method: 'known_email', note: 'From the address on file' })
    ).json()
    for (const task of verified.tasks) await api.taskDone(created.id, task.id, 'Done in the webshop')
    return created.id
  }

  async function person(email: string): Promise<string> {
    // Each test's person is somebody else: no identifier is shared with a person erased before.
    const { phone: _phone, nationalIds: _ids, ...rest } = MAREN
    const res = await people.create({ ...rest, email, externalIds: [{ system: 'shop', id: email }] })
    expect(res.statusCode).toBe(201)
    return res.json().id
  }

  it('completes an access request with a single-use download link to the package', async () => {
    const subject = await person('access@example.dk')
    const id = await readyRequest('access', 'access@example.dk')
    const done = await api.act(id, 'complete')
    expect(done.statusCode, done.body).toBe(200)
    expect(done.json().state).toBe('completed')
    const mail = await mailTo('access@example.dk', /completed|done|answered/i)
    const link = /https?:\/\/\S+\/privacy\/download\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0]
    expect(link).toBeDefined()
    expect(mail.text).not.toContain(subject)
    const path = new URL(link as string).pathname
    expect((await t.app.inject({ url: path })).statusCode).toBe(200)
    const zip = await download(t, link as string)
    expect(zip.statusCode).toBe(200)
    expect(zip.rawPayload.subarray(0, 2).toString()).toBe('PK')
    expect((await download(t, link as string)).statusCode).toBe(404)
  })

  it('erases the person when an erasure request is completed, and tells them what went and what stays', async () => {
    const subject = await person('erase@example.dk')
    await people.interact(subject, {
      kind: 'invoice',
      reference: 'F-1001',
      amount: 499,
      currency: 'DKK',
      occurredAt: '2026-03-01T12:00:00.000Z',
    })
    await people.interact(subject, { kind: 'inquiry', summary: 'Asked about delivery times' })
    const id = await readyRequest('erasure', 'erase@example.dk')
    const done = await api.act(id, 'complete', { note: 'Checked the invoices' })
    expect(done.statusCode).toBe(200)
    const view = done.json()
    expect(view.state).toBe('completed')
    expect(view.history.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['fulfilment_started', 'completed']),
    )
    const report = await new ErasureService(t.ctx).report(t.ctx.db, id)
    expect(report?.kept?.interactions.map((i) => i.kind)).toEqual(['invoice'])
    const mail = await mailTo('erase@example.dk', /completed|done|answered/i)
    for (const paragraph of renderErasureReport(report as NonNullable<typeof report>, 'en'))
      expect(mail.text?.replace(/\s+/g, ' ')).toContain(paragraph.replace(/\s+/g, ' ').slice(0, 60))
    // What stays is restricted; the inquiry is gone, and the person cannot come back by the API.
    const after = (await people.get(subject)).json()
    expect(after.restricted).toBe(true)
    const kinds = (await people.interactions(subject))
      .json()
      .interactions.map((i: { kind: string }) => i.kind)
    expect(kinds).toEqual(['invoice'])
    const again = await people.create({ name: 'Someone', email: 'erase@example.dk' })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('erased_person')
  })

  it('restricts the person when a restriction request is completed', async () => {
    const subject = await person('restrict@example.dk')
    const id = await readyRequest('restriction', 'restrict@example.dk')
    expect((await api.act(id, 'complete')).json().state).toBe('completed')
    expect((await people.get(subject)).json().restricted).toBe(true)
    const edit = await people.patch(subject, { jobTitle: 'Direktør' })
    expect(edit.statusCode).toBe(409)
    const mail = await mailTo('restrict@example.dk', /completed|done|answered/i)
    expect(mail.text?.replace(/\s+/g, ' ')).toContain('We have restricted the use of your data')
  })

  it('applies the correction of a rectification request to the register, audited with the request', async () => {
    const subject = await person('move@example.dk')
    const id = await readyRequest('rectification', 'move@example.dk')
    const fixed = await api.act(id, 'rectify', {
      address: { street: 'Søndergade 4', postalCode: '8000', city: 'Aarhus C', country: 'DK' },
    })
    expect(fixed.statusCode, fixed.body).toBe(200)
    expect(fixed.json().history.map((e: { type: string }) => e.type)).toContain('rectified')
    expect((await people.get(subject)).json().address).toMatchObject({
      street: 'Søndergade 4',
      city: 'Aarhus C',
    })
    const updates = await t.ctx.audit.list(t.ctx.db, { action: 'subject.update' }, 100)
    const entry = updates.find((e) => e.target?.id === subject)
    expect(entry?.details).toMatchObject({ request: id, fields: ['address'] })
    expect(JSON.stringify(entry)).not.toContain('Søndergade')
    // Nothing to correct, or the wrong kind of request: refused, nothing written.
    expect((await api.act(id, 'rectify', {})).statusCode).toBe(400)
    const other = await readyRequest('access', 'move@example.dk')
    expect((await api.act(other, 'rectify', { name: 'X' })).statusCode).toBe(409)
    expect((await api.act(id, 'complete')).json().state).toBe('completed')
  })

  it('completes an erasure for someone the register does not know, saying nothing was held', async () => {
    const id = await readyRequest('erasure', 'stranger@example.dk')
    expect((await api.act(id, 'complete')).json().state).toBe('completed')
    const mail = await mailTo('stranger@example.dk', /completed|done|answered/i)
    expect(mail.text?.replace(/\s+/g, ' ')).toContain('found no personal data about you')
  })
})
