import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../../test/factories.js'
import { FormClient } from '../../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../../test/harness.js'
import { guessMapping } from '../../imports/mapping.js'
import { toCsv } from '../../imports/testing.js'
import { auditOf, MAREN, subjectsApi } from '../../subjects/subject.testing.js'
import { subscriptionsApi } from '../../subscriptions/subscription.testing.js'
import { BOOKKEEPING_RULES, voucherKeptUntil } from './bookkeeping.js'
import type { ErasureReport } from './erasure.schema.js'
import { ERASURE_TEXTS, renderErasureReport } from './erasure.text.js'
import { ErasureService } from './index.js'

const STAFF = { type: 'user', id: '01890000-0000-7000-8000-000000000001' } as const

forEachDatabase('erasure', (dialect) => {
  let t: TestApp
  let erasure: ErasureService
  let register: ReturnType<typeof subjectsApi>
  let marketing: ReturnType<typeof subscriptionsApi>

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    erasure = new ErasureService(t.ctx)
    register = subjectsApi(t, await createApiKey(t, 'owner'))
    marketing = subscriptionsApi(t, await createApiKey(t, 'marketing'))
  })
  afterAll(() => t.close())

  const person = async (body: object) => {
    const res = await register.create(body)
    expect(res.statusCode).toBe(201)
    return res.json().id as string
  }
  const interact = async (id: string, kind: string, occurredAt: string, n = 1) => {
    for (let i = 0; i < n; i++) {
      const res = await register.interact(id, { kind, occurredAt, reference: `${kind}-${i}`, summary: 'x' })
      expect(res.statusCode).toBe(201)
    }
  }
  const count = async (table: 'subject_interactions' | 'subject_lookups' | 'subscriptions', id: string) =>
    (await t.ctx.db.selectFrom(table).select('subject_id').where('subject_id', '=', id).execute()).length

  describe('a person without invoices', () => {
    let id: string
    beforeAll(async () => {
      id = await person({ ...MAREN, relationship: 'customer' })
      await interact(id, 'inquiry', '2026-10-01T10:00:00Z', 2)
      await interact(id, 'note', '2026-10-02T10:00:00Z')
      const sub = await marketing.subscribe({
        email: MAREN.email,
        channel: 'email',
        purpose: 'newsletter',
        basis: 'soft_opt_in',
        optOutOffered: true,
        source: 'checkout',
      })
      expect(sub.statusCode).toBe(201)
    })

    it('deletes everything, destroys the key and says so in the report', async () => {
      const report = await erasure.erase({ requestId: 'req-erase-1', subjectId: id, actor: STAFF })
      expect(report.keyDestroyed).toBe(true)
      expect(report.kept).toBeNull()
      expect(report.deleted.fields).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'nationalIds']))
      expect(report.deleted.interactions).toEqual([
        { kind: 'inquiry', count: 2 },
        { kind: 'note', count: 1 },
      ])
      expect(report.deleted.marketingPermissions).toBe(1)
      expect(JSON.stringify(report)).not.toMatch(/maren|kjærgaard|10042|070761/i)

      expect(
        await t.ctx.db.selectFrom('data_keys').select('owner_id').where('owner_id', '=', id).execute(),
      ).toEqual([])
      expect(await count('subject_interactions', id)).toBe(0)
      expect(await count('subject_lookups', id)).toBe(0)
      expect(await count('subscriptions', id)).toBe(0)
      const view = (await register.get(id)).json()
      expect(view).toMatchObject({ erased: true, restricted: false, name: null, email: null })
      const listed = await t.ctx.db.selectFrom('erasure_list').select('kind').execute()
      expect(new Set(listed.map((r) => r.kind))).toEqual(
        new Set(['email', 'phone', 'national_id', 'external_id']),
      )
      // The person stays unsubscribed everywhere, by keyed hash.
      expect((await marketing.check(MAREN.email)).json()).toMatchObject({
        maySend: false,
        reason: 'suppressed',
      })
    })

    it('answers the same report when asked again, without doing anything twice', async () => {
      const finishes = (await auditOf(t, 'erasure.finish')).length
      const first = await erasure.report(t.ctx.db, 'req-erase-1')
      const again = await erasure.erase({ requestId: 'req-erase-1', subjectId: id, actor: STAFF })
      expect(again).toEqual(first)
      expect((await auditOf(t, 'erasure.finish')).length).toBe(finishes)
      expect(await erasure.resumePending()).toBe(0)
    })

    it('refuses to bring the person back by API, import or subscription, audited without the values', async () => {
      const again = await register.create({ name: 'Maren K.', email: 'MAREN.kjaergaard@example.dk' })
      expect(again.statusCode).toBe(409)
      expect(again.json().error.code).toBe('erased_person')
      expect(again.json().error.message).not.toMatch(/maren/i)
      const byPhone = await register.create({ name: 'Someone', phone: '+45 20 12 34 56' })
      expect(byPhone.json().error.code).toBe('erased_person')
      const refused = await auditOf(t, 'subject.erased_refused')
      expect(refused.length).toBe(2)
      expect(refused[0]).toMatchObject({ outcome: 'denied', details: { fields: ['email'] } })
      expect(JSON.stringify(refused)).not.toMatch(/maren|example\.dk|2012/i)

      const { upsertPeople } = await import('../../subjects/subject.bulk.js')
      const outcomes = await t.ctx.db.transaction().execute((trx) =>
        upsertPeople(
          trx,
          t.ctx,
          [
            {
              profile: { email: 'maren.kjaergaard@example.dk', name: 'M' },
              firstContactAt: null,
              lastContactAt: null,
              company: null,
            },
            {
              profile: { externalIds: [{ system: 'shop', id: '10042' }] },
              firstContactAt: null,
              lastContactAt: null,
              company: null,
            },
            {
              profile: { email: 'new.person@example.dk' },
              firstContactAt: null,
              lastContactAt: null,
              company: null,
            },
          ],
          {
            source: 'import:test',
            relationship: 'customer',
            who: { actor: STAFF, role: 'owner' },
            details: { import: 'test' },
          },
        ),
      )
      expect(outcomes).toEqual(['erased', 'erased', 'created'])
      expect((await auditOf(t, 'subject.erased_refused')).at(-1)).toMatchObject({
        outcome: 'denied',
        details: { count: 2, import: 'test' },
      })

      // A CSV import: the erased person's row is left out and counted as such in the report.
      const user = await createUser(t, { role: 'support' })
      const who = { actor: { type: 'user' as const, id: user.id }, role: 'support' as const }
      const csv = toCsv(
        ['Kundenr', 'Navn', 'E-mail'],
        [
          ['10042', 'Maren Kjærgaard', 'maren.kjaergaard@example.dk'],
          ['20001', 'Jens Ny', 'jens.ny@example.dk'],
        ],
      )
      const upload = await t.ctx.imports.upload('kunder.csv', Buffer.from(csv), who)
      await t.ctx.imports.start(
        upload.id,
        'import',
        { mapping: guessMapping(upload.headers), system: 'shop', relationship: 'customer' },
        who,
      )
      await t.ctx.imports.runPending()
      expect(await t.ctx.imports.get(t.ctx.db, upload.id)).toMatchObject({
        status: 'completed',
        created: 1,
        erased: 1,
      })

      const sub = await marketing.subscribe({
        email: 'maren.kjaergaard@example.dk',
        channel: 'email',
        purpose: 'newsletter',
        basis: 'explicit_opt_in',
        source: 'newsletter-form',
      })
      expect(sub.statusCode).toBe(409)
      expect(sub.json().error.code).toBe('erased_person')
      expect((await auditOf(t, 'subscription.erased_refused')).length).toBe(1)

      expect(await erasure.isOnErasureList(t.ctx.db, { email: ' Maren.Kjaergaard@example.dk' })).toBe(true)
      expect(await erasure.isOnErasureList(t.ctx.db, { phone: '20123456' })).toBe(true)
      expect(await erasure.isOnErasureList(t.ctx.db, { customerId: 'SHOP:10042' })).toBe(true)
      expect(await erasure.isOnErasureList(t.ctx.db, { nationalId: '0707614285' })).toBe(true)
      expect(await erasure.isOnErasureList(t.ctx.db, { email: 'new.person@example.dk' })).toBe(false)
    })
  })

  it('keeps invoices and orders, and the fields an invoice needs, restricted until the Danish period ends', async () => {
    const id = await person({
      ...MAREN,
      email: 'anna@example.dk',
      phone: '+4531313131',
      nationalIds: [],
      externalIds: [{ system: 'shop', id: '777' }],
    })
    await interact(id, 'invoice', '2025-03-10T12:00:00Z') // financial year ends 2025-12-31: kept to 2030-12-31
    await interact(id, 'order', '2026-06-01T12:00:00Z') // 2026-12-31: kept to 2031-12-31
    await interact(id, 'invoice', '2019-05-01T12:00:00Z') // its period ended 2024-12-31: deleted now
    await interact(id, 'inquiry', '2026-09-01T12:00:00Z', 3)

    const report = await erasure.erase({ requestId: 'req-erase-2', subjectId: id, actor: STAFF })
    expect(report.keyDestroyed).toBe(false)
    expect(report.kept).toEqual({
      fields: ['name', 'billingAddress', 'companyNumber', 'externalIds', 'gln'],
      interactions: [
        { kind: 'invoice', count: 1, until: '2030-12-31' },
        { kind: 'order', count: 1, until: '2031-12-31' },
      ],
      rule: 'dk',
      reason: expect.stringContaining('bookkeeping'),
      law: BOOKKEEPING_RULES.dk.law,
      until: '2031-12-31',
    })
    expect(report.deleted.interactions).toEqual([
      { kind: 'inquiry', count: 3 },
      { kind: 'invoice', count: 1 },
    ])
    expect(report.deleted.fields).toEqual(
      expect.arrayContaining([
        'email',
        'phone',
        'address',
        'jobTitle',
        'workplace',
        'cardLast4',
        'cardExpiry',
        'notes',
      ]),
    )
    expect(report.deleted.fields).not.toContain('name')

    const view = (await register.get(id)).json()
    expect(view).toMatchObject({
      restricted: true,
      erased: false,
      name: MAREN.name,
      email: null,
      phone: null,
      address: null,
    })
    expect(view.billingAddress).toMatchObject({ street: 'Postboks 77' })
    const kept = (await register.interactions(id)).json().interactions
    expect(kept.map((i: { kind: string }) => i.kind).sort()).toEqual(['invoice', 'order'])
    expect(await count('subject_lookups', id)).toBe(0)
    const restriction = await t.ctx.db
      .selectFrom('subject_restrictions')
      .selectAll()
      .where('subject_id', '=', id)
      .executeTakeFirstOrThrow()
    expect(restriction).toMatchObject({
      basis: 'retention',
      keep_until: '2031-12-31',
      request_id: 'req-erase-2',
    })
    const retained = await t.ctx.db
      .selectFrom('erasure_retained')
      .select(['item', 'keep_until'])
      .where('subject_id', '=', id)
      .execute()
    expect(retained.length).toBe(3)
    expect(retained.find((r) => r.item === 'profile')?.keep_until).toBe('2031-12-31')

    // Kept only for the bookkeeping act: no other change, and the restriction cannot simply be lifted.
    const patch = await register.patch(id, { notes: 'call her' })
    expect(patch.statusCode).toBe(409)
    expect(patch.json().error.code).toBe('subject_restricted')
    expect((await auditOf(t, 'subject.restricted_refused')).at(-1)).toMatchObject({ outcome: 'denied' })
    await expect(
      t.ctx.db
        .transaction()
        .execute((trx) => erasure.restrict(trx, { subjectId: id, on: false, reason: 'lift', actor: STAFF })),
    ).rejects.toMatchObject({ code: 'conflict' })
    expect((await t.ctx.audit.verify(t.ctx.db)).ok).toBe(true)

    // Visible on the admin pages: the badge in the register, the notice with the date on the person's page.
    const browser = new FormClient(t.app)
    const session = (await signIn(t, await createUser(t, { role: 'support' }))).cookie.split('=')[1] as string
    browser.cookies.set('vern_session', session)
    const page = await browser.get(`/admin/people/${id}?lang=da`)
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('Begrænset')
    expect(page.body).toContain('til og med 31. december 2031')
    expect(page.body).not.toContain(`action="/admin/people/${id}"`)
    const list = await browser.get('/admin/people?lang=sv')
    expect(list.body).toMatch(new RegExp(`${id}">[^<]*</a> <span class="badge bad">Begränsad</span>`))
  })

  it('deletes what the clock says is past its period: only the order kept in January 2031', async () => {
    const id = await person({ name: 'Per Hald', email: 'per@example.dk', billingAddress: { city: 'Aarhus' } })
    await interact(id, 'invoice', '2025-03-10T12:00:00Z') // kept to 2030-12-31
    await interact(id, 'order', '2026-06-01T12:00:00Z') // kept to 2031-12-31
    t.clock.set('2031-01-15T09:00:00.000Z')
    try {
      const report = await erasure.erase({ requestId: 'req-erase-5', subjectId: id, actor: STAFF })
      expect(report.kept).toMatchObject({
        fields: ['name', 'billingAddress'],
        interactions: [{ kind: 'order', count: 1, until: '2031-12-31' }],
        until: '2031-12-31',
      })
      expect(report.deleted.interactions).toEqual([{ kind: 'invoice', count: 1 }])
      expect(report.finishedAt).toBe('2031-01-15T09:00:00.000Z')
    } finally {
      t.clock.set('2026-11-20T10:00:00.000Z')
    }
  })

  it('makes a restriction visible in the API answer, refuses other writes, allows rectification, and lifts it', async () => {
    const id = await person({ name: 'Rasmus Berg', email: 'rasmus@example.dk' })
    await t.ctx.db.transaction().execute((trx) =>
      erasure.restrict(trx, {
        subjectId: id,
        on: true,
        reason: 'Disputes the accuracy of his address',
        actor: STAFF,
        requestId: 'req-r1',
      }),
    )
    expect((await register.get(id)).json().restricted).toBe(true)
    const listed = (await register.list('?email=rasmus@example.dk')).json().subjects
    expect(listed[0].restricted).toBe(true)
    expect((await register.patch(id, { name: 'R. Berg' })).json().error.code).toBe('subject_restricted')
    expect((await register.interact(id, { kind: 'note' })).json().error.code).toBe('subject_restricted')
    // Excluded from marketing too: no send, no new permission.
    expect((await marketing.check('rasmus@example.dk')).json()).toEqual({
      maySend: false,
      basis: null,
      reason: 'restricted',
    })
    const subscribe = await marketing.subscribe({
      email: 'rasmus@example.dk',
      channel: 'email',
      purpose: 'newsletter',
      basis: 'explicit_opt_in',
      source: 'newsletter-form',
    })
    expect(subscribe.json().error.code).toBe('subject_restricted')
    const sealed = await t.ctx.db
      .selectFrom('subject_restrictions')
      .select('reason')
      .where('subject_id', '=', id)
      .executeTakeFirstOrThrow()
    expect(Buffer.from(sealed.reason as Buffer).toString('latin1')).not.toContain('Disputes')
    const entry = (await auditOf(t, 'subject.restrict')).at(-1)
    expect(entry).toMatchObject({ actor: STAFF, details: { request: 'req-r1' } })
    expect(JSON.stringify(entry)).not.toContain('Disputes')

    await t.ctx.db.transaction().execute((trx) =>
      erasure.rectify(trx, {
        subjectId: id,
        patch: { email: 'rasmus.berg@example.dk' },
        requestId: 'req-r2',
        actor: STAFF,
      }),
    )
    expect((await register.get(id)).json().email).toBe('rasmus.berg@example.dk')
    const update = (await auditOf(t, 'subject.update')).at(-1)
    expect(update).toMatchObject({ actor: STAFF, details: { fields: ['email'], request: 'req-r2' } })
    expect(JSON.stringify(update)).not.toContain('rasmus')

    // An import leaves a restricted person as they are.
    const { upsertPeople } = await import('../../subjects/subject.bulk.js')
    const outcomes = await t.ctx.db.transaction().execute((trx) =>
      upsertPeople(
        trx,
        t.ctx,
        [
          {
            profile: { email: 'rasmus.berg@example.dk', name: 'X' },
            firstContactAt: null,
            lastContactAt: null,
            company: null,
          },
        ],
        {
          source: 'import:test2',
          relationship: 'customer',
          who: { actor: STAFF, role: 'owner' },
          details: {},
        },
      ),
    )
    expect(outcomes).toEqual(['restricted'])
    expect((await register.get(id)).json().name).toBe('Rasmus Berg')

    await t.ctx.db
      .transaction()
      .execute((trx) =>
        erasure.restrict(trx, { subjectId: id, on: false, reason: 'Address confirmed', actor: STAFF }),
      )
    expect((await register.get(id)).json().restricted).toBe(false)
    expect((await register.patch(id, { name: 'R. Berg' })).statusCode).toBe(200)
    expect((await auditOf(t, 'subject.unrestrict')).length).toBe(1)
  })

  it('honours an objection to direct marketing at once: every permission withdrawn and suppressed', async () => {
    const id = await person({
      name: 'Sofie Lund',
      email: 'sofie@example.dk',
      phone: '+4540404040',
      relationship: 'customer',
    })
    for (const [channel, purpose] of [
      ['email', 'newsletter'],
      ['sms', 'offers'],
    ] as const)
      expect(
        (
          await marketing.subscribe({
            email: 'sofie@example.dk',
            phone: '+4540404040',
            channel,
            purpose,
            basis: 'soft_opt_in',
            optOutOffered: true,
            source: 'checkout',
          })
        ).statusCode,
      ).toBe(201)
    await t.ctx.db
      .transaction()
      .execute((trx) => erasure.objectToMarketing(trx, { subjectId: id, requestId: 'req-o1', actor: STAFF }))
    const rows = await t.ctx.db
      .selectFrom('subscriptions')
      .select('status')
      .where('subject_id', '=', id)
      .execute()
    expect(rows.map((r) => r.status)).toEqual(['withdrawn', 'withdrawn'])
    expect((await marketing.check('sofie@example.dk')).json()).toMatchObject({
      maySend: false,
      reason: 'suppressed',
    })
    expect((await marketing.check('sofie@example.dk', 'sms', 'offers')).json()).toMatchObject({
      reason: 'suppressed',
    })
    const again = await marketing.subscribe({
      email: 'sofie@example.dk',
      channel: 'email',
      purpose: 'newsletter',
      basis: 'soft_opt_in',
      optOutOffered: true,
      source: 'checkout',
    })
    expect(again.json().error.code).toBe('suppressed')
    expect((await auditOf(t, 'subject.object_marketing')).at(-1)).toMatchObject({
      details: { request: 'req-o1', withdrawn: 2 },
    })

    // Someone not in the register: their e-mail's keyed hash is suppressed.
    const emailHash = t.ctx.vault.blindIndex('email', 'stranger@example.dk')
    await t.ctx.db
      .transaction()
      .execute((trx) =>
        erasure.objectToMarketing(trx, { subjectId: null, emailHash, requestId: 'req-o2', actor: STAFF }),
      )
    expect((await marketing.check('stranger@example.dk')).json()).toMatchObject({ reason: 'suppressed' })
  })

  it('erases again a person that a restored backup brought back, from the list kept in the data folder', async () => {
    const t2 = await createTestApp(dialect)
    try {
      await completeOrganisation(t2)
      const api = subjectsApi(t2, await createApiKey(t2, 'owner'))
      const id = (await api.create({ name: 'Lene Holt', email: 'lene@example.dk' })).json().id as string
      expect((await api.interact(id, { kind: 'complaint', summary: 'Late' })).statusCode).toBe(201)
      const db = t2.ctx.db
      const backup = {
        subject: await db.selectFrom('subjects').selectAll().where('id', '=', id).execute(),
        key: await db.selectFrom('data_keys').selectAll().where('owner_id', '=', id).execute(),
        lookups: await db.selectFrom('subject_lookups').selectAll().where('subject_id', '=', id).execute(),
        interactions: await db
          .selectFrom('subject_interactions')
          .selectAll()
          .where('subject_id', '=', id)
          .execute(),
      }
      const service = new ErasureService(t2.ctx)
      await service.erase({ requestId: 'req-lene', subjectId: id, actor: STAFF })

      // Restoring a backup taken before the erasure: the person, their key and no trace of the erasure.
      await db.transaction().execute(async (trx) => {
        for (const table of ['erasure_list', 'erasures', 'subject_restrictions'] as const)
          await trx.deleteFrom(table).execute()
        await trx.deleteFrom('subjects').where('id', '=', id).execute()
        await trx.insertInto('subjects').values(backup.subject).execute()
        await trx.insertInto('data_keys').values(backup.key).execute()
        await trx.insertInto('subject_lookups').values(backup.lookups).execute()
        await trx.insertInto('subject_interactions').values(backup.interactions).execute()
      })
      t2.ctx.vault.forget()
      expect((await api.get(id)).json()).toMatchObject({ erased: false, email: 'lene@example.dk' })

      expect(await service.resumePending()).toBe(1)
      expect((await api.get(id)).json()).toMatchObject({ erased: true, email: null })
      expect(
        await db.selectFrom('subject_interactions').select('id').where('subject_id', '=', id).execute(),
      ).toEqual([])
      const again = await api.create({ name: 'Lene', email: 'lene@example.dk' })
      expect(again.json().error.code).toBe('erased_person')
      const restored = await db.selectFrom('erasures').select('request_id').execute()
      expect(restored.map((r) => r.request_id)).toEqual([expect.stringMatching(/^restored:/)])
      // A second pass finds nothing more to do.
      expect(await service.resumePending()).toBe(0)
      expect((await t2.ctx.audit.verify(db)).ok).toBe(true)
    } finally {
      await t2.close()
    }
  })

  it('finishes an erasure that was only planned when the process stopped', async () => {
    const id = await person({ name: 'Olav Dahl', email: 'olav@example.dk' })
    await interact(id, 'inquiry', '2026-10-01T10:00:00Z', 60)
    await erasure.plan({ requestId: 'req-erase-3', subjectId: id, actor: STAFF })
    expect(await erasure.report(t.ctx.db, 'req-erase-3')).toBeNull()
    await expect(
      erasure.plan({ requestId: 'req-erase-4', subjectId: id, actor: STAFF }),
    ).rejects.toMatchObject({
      code: 'conflict',
    })
    // The same request again is the same erasure.
    const first = await t.ctx.db
      .selectFrom('erasures')
      .select('id')
      .where('request_id', '=', 'req-erase-3')
      .executeTakeFirstOrThrow()
    expect(await erasure.plan({ requestId: 'req-erase-3', subjectId: id, actor: STAFF })).toBe(first.id)
    // The request is completed in the transaction that finishes the erasure, by whichever runner gets
    // there; when that work fails, the erasure is not finished either, and the next pass retries.
    const completed: string[] = []
    let fail = true
    erasure.onFinished(async (trx, done) => {
      await trx.selectFrom('erasures').select('id').where('request_id', '=', done.requestId).execute()
      if (done.requestId === 'req-erase-3' && fail) {
        fail = false
        throw new Error('request store unavailable')
      }
      completed.push(done.requestId)
    })
    const job = new ErasureService(t.ctx)
    expect(await job.resumePending()).toBe(0)
    expect(await erasure.report(t.ctx.db, 'req-erase-3')).toBeNull()
    expect(await job.resumePending()).toBe(1)
    expect(completed).toEqual(['req-erase-3'])
    const report = await erasure.report(t.ctx.db, 'req-erase-3')
    expect(report).toMatchObject({
      keyDestroyed: true,
      deleted: { interactions: [{ kind: 'inquiry', count: 60 }] },
    })
    const steps = (await auditOf(t, 'erasure.step')).filter((e) => e.details?.request === 'req-erase-3')
    // plan, marketing, three batches of 25 (the last finds the rest), shred.
    expect(steps.map((e) => e.details?.step)).toEqual([
      'plan',
      'marketing',
      'interactions',
      'interactions',
      'interactions',
      'shred',
    ])
  })
})

describe('bookkeeping periods', () => {
  it('counts from the end of the financial year, by country', () => {
    const { dk, no, se, fi, nordic } = BOOKKEEPING_RULES
    expect(voucherKeptUntil('2026-03-10T12:00:00Z', dk, '12-31')).toBe('2031-12-31')
    expect(voucherKeptUntil('2026-08-01T12:00:00Z', dk, '06-30')).toBe('2032-06-30')
    expect(voucherKeptUntil('2026-06-30T23:00:00Z', no, '06-30')).toBe('2031-06-30')
    // SE: to the end of the 7th year after the calendar year in which the financial year ended.
    expect(voucherKeptUntil('2026-08-01T12:00:00Z', se, '06-30')).toBe('2034-12-31')
    // FI: 6 years from the end of the calendar year in which the period ended.
    expect(voucherKeptUntil('2026-03-10T12:00:00Z', fi, '12-31')).toBe('2032-12-31')
    expect(voucherKeptUntil('2026-03-10T12:00:00Z', nordic, '12-31')).toBe('2033-12-31')
    expect(voucherKeptUntil('2024-02-29T12:00:00Z', dk, '02-29')).toBe('2029-02-28')
  })
})

describe('the report in the person’s language', () => {
  const report: ErasureReport = {
    requestId: 'req-1',
    subjectId: 's-1',
    finishedAt: '2026-11-20T10:00:00.000Z',
    deleted: {
      fields: ['email', 'phone'],
      interactions: [
        { kind: 'inquiry', count: 3 },
        { kind: 'invoice', count: 1 },
      ],
      marketingPermissions: 2,
      messages: 0,
    },
    kept: {
      fields: ['name', 'billingAddress'],
      interactions: [{ kind: 'invoice', count: 2, until: '2031-12-31' }],
      rule: 'dk',
      reason: 'bookkeeping',
      law: BOOKKEEPING_RULES.dk.law,
      until: '2031-12-31',
    },
    keyDestroyed: false,
  }

  it('says what was deleted, what is kept, why, under which law and until when', () => {
    expect(renderErasureReport(report, 'da')).toEqual([
      'Vi har slettet disse personoplysninger om dig: dine oplysninger (e-mailadresse og telefonnummer), 3 henvendelser, 1 faktura og dine 2 samtykker til markedsføring.',
      'Noget af det skal vi gemme lidt endnu: dine oplysninger (navn og faktureringsadresse) og 2 fakturaer. Bogføringsreglerne kræver, at vi gemmer fakturaer og ordrer og de oplysninger, der skal stå på dem (Bogføringsloven (lov nr. 700 af 24. maj 2022)). Vi gemmer dem til og med 31. december 2031 og sletter dem derefter. Indtil da bliver de kun opbevaret: Vi bruger dem ikke til andet, medmindre vi får brug for dem til at fastlægge, gøre gældende eller forsvare et retskrav.',
      ERASURE_TEXTS.da.erasureList,
      'Slettede oplysninger kan ikke gendannes.',
    ])
    expect(renderErasureReport(report, 'fi')[1]).toContain('31. joulukuuta 2031 asti')
    expect(renderErasureReport(report, 'sv')[0]).toContain('3 förfrågningar, 1 faktura och dina 2 samtycken')
    expect(renderErasureReport(report, 'nb')[1]).toContain('til og med 31. desember 2031')
    expect(renderErasureReport(report, 'en')[0]).toContain('3 inquiries, 1 invoice and your 2 permissions')
  })

  it('tells the person the key was destroyed when nothing is kept', () => {
    const all = { ...report, kept: null, keyDestroyed: true }
    for (const language of ['da', 'nb', 'sv', 'fi', 'en'] as const) {
      const text = renderErasureReport(all, language)
      expect(text).toContain(ERASURE_TEXTS[language].keyDestroyed)
      expect(text).toHaveLength(4)
    }
  })

  it('has every text in every language, none left in English', () => {
    const flat = (t: object): string[] =>
      Object.values(t).flatMap((v) =>
        typeof v === 'string' ? [v] : typeof v === 'function' ? [String(v(2))] : flat(v as object),
      )
    const english = new Set(flat(ERASURE_TEXTS.en))
    for (const language of ['da', 'nb', 'sv', 'fi'] as const)
      for (const text of flat(ERASURE_TEXTS[language]))
        if (!/GLN/.test(text)) expect(english.has(text), `${language}: ${text}`).toBe(false)
  })
})
