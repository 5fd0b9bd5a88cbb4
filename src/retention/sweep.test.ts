import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { auditOf, subjectsApi } from '../subjects/subject.testing.js'
import { retentionServices } from './index.js'
import { deletionDate } from './retention.dates.js'
import { PRESET_KEYS, PRESETS } from './retention.presets.js'
import { lastDueStart, planSweep } from './sweep.plan.js'
import { RetentionSweep } from './sweep.service.js'

const DAY = 86_400_000
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

describe('the cut-off of a rule (pure)', () => {
  it('keeps a Swedish invoice from a financial year ending 30 June 2024 until 31 December 2031', () => {
    const se = PRESETS.bookkeeping_se
    expect(lastDueStart(se, '2031-12-31', '06-30')).toBe('2023-06-30')
    expect(lastDueStart(se, '2032-01-01', '06-30')).toBe('2024-06-30')
  })

  it('agrees with deletionDate for every preset, financial year and day: due exactly up to the cut-off', () => {
    for (const key of PRESET_KEYS) {
      const preset = PRESETS[key]
      for (const yearEnd of ['12-31', '06-30', '02-28']) {
        for (const today of ['2026-11-20', '2031-12-31', '2032-01-01', '2028-02-29']) {
          const cutoff = lastDueStart(preset, today, yearEnd)
          const todayMs = Date.parse(`${today}T00:00:00Z`)
          // Every day of twelve years back: due if and only if on or before the cut-off.
          for (let ms = todayMs - 12 * 366 * DAY; ms <= todayMs; ms += 7 * DAY) {
            const start = day(ms)
            const facts = {
              collectedAt: start,
              lastContactAt: start,
              relationshipEndedAt: start,
              occurredAt: start,
              unsubscribedAt: start,
            }
            const date = deletionDate(preset, facts, { financialYearEnd: yearEnd })
            const due = date !== null && date.dueOn <= today
            expect(due, `${key} ${yearEnd} ${today} ${start}`).toBe(cutoff !== null && start <= cutoff)
          }
        }
      }
    }
  })

  it('turns rules into steps by the kinds of record they cover', () => {
    const rule = (over: object) => ({
      id: 'r',
      name: 'r',
      dataCategories: [],
      activityIds: [],
      dataSubjects: [],
      clockStart: 'collected' as const,
      period: { value: 1, unit: 'years' as const, toCalendarYearEnd: false },
      action: 'delete' as const,
      legalGround: 'x',
      preset: null,
      createdAt: '',
      updatedAt: '',
      ...over,
    })
    const steps = planSweep({
      rules: [
        rule({ id: 'books', dataCategories: ['user.financial'], clockStart: 'financial_year_end' }),
        rule({ id: 'leads', dataCategories: ['user.contact', 'user.name'], dataSubjects: ['prospect'] }),
        rule({ id: 'news', dataCategories: ['user.contact.email'], clockStart: 'unsubscribed' }),
        rule({ id: 'act', activityIds: ['a1'] }),
      ],
      activities: [
        { id: 'a1', dataCategories: ['user.correspondence'], dataSubjects: ['customer'], systemIds: ['crm'] },
      ],
      today: '2026-11-20',
      financialYearEnd: '12-31',
    })
    const of = (id: string) => steps.filter((s) => s.ruleId === id).map((s) => s.target)
    expect(of('books')).toEqual(['interactions'])
    expect(steps.find((s) => s.ruleId === 'books')?.kinds).toEqual(['invoice'])
    expect(of('leads')).toEqual(['people'])
    expect(steps.find((s) => s.ruleId === 'leads')?.relationships).toEqual(['prospect'])
    expect(of('news')).toEqual(['subscriptions'])
    // An activity's categories and systems: its interactions, and a task for the system outside Vern.
    expect(of('act')).toEqual(['interactions', 'tasks'])
    expect(steps.find((s) => s.ruleId === 'act' && s.target === 'interactions')?.kinds).toEqual([
      'inquiry',
      'complaint',
      'note',
    ])
    expect(steps.find((s) => s.target === 'tasks')?.systemIds).toEqual(['crm'])
    expect(steps.at(-2)?.target).toBe('retained')
  })
})

forEachDatabase('the retention sweep', (dialect) => {
  let t: TestApp
  let owner: string
  let api: ReturnType<typeof subjectsApi>
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${owner}` },
      ...(payload ? { payload } : {}),
    })

  /** A person made at `at` (their first contact), with interactions at the given times. */
  async function person(
    at: string,
    body: object,
    interactions: Array<{ kind: string; occurredAt: string }> = [],
  ): Promise<string> {
    t.clock.set(at)
    const created = await api.create({ firstContactAt: at, ...body })
    expect(created.statusCode).toBe(201)
    const id = created.json().id as string
    for (const i of interactions) expect((await api.interact(id, i)).statusCode).toBe(201)
    return id
  }
  const kindsOf = async (id: string) =>
    (await t.ctx.db.selectFrom('subject_interactions').select('kind').where('subject_id', '=', id).execute())
      .map((r) => r.kind)
      .sort()
  const exists = async (id: string) =>
    (await t.ctx.db.selectFrom('subjects').select('id').where('id', '=', id).executeTakeFirst()) !== undefined

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    owner = await createApiKey(t, 'owner')
    api = subjectsApi(t, owner)
  })
  afterAll(() => t.close())

  it('deletes, anonymises and restricts by the rules, leaves held and restricted people alone, and reports it', async () => {
    for (const preset of ['bookkeeping_dk', 'leads'])
      expect((await call('POST', '/api/v1/retention-rules/presets', { preset })).statusCode).toBe(201)
    const inquiries = await call('POST', '/api/v1/retention-rules', {
      name: 'Inquiries',
      dataCategories: ['user.correspondence.inquiry'],
      clockStart: 'collected',
      period: { value: 1, unit: 'years' },
      action: 'anonymise',
      legalGround: 'Answering questions; kept a year for follow-up',
    })
    expect(inquiries.statusCode).toBe(201)

    // A customer with invoices from 2019 (due: kept to the end of 2024) and 2023 (kept to 2028).
    const customer = await person(
      '2019-03-01T10:00:00.000Z',
      { name: 'Kunde', email: 'kunde@example.dk', relationship: 'customer' },
      [
        { kind: 'invoice', occurredAt: '2019-03-01T10:00:00.000Z' },
        { kind: 'invoice', occurredAt: '2023-05-01T10:00:00.000Z' },
        { kind: 'inquiry', occurredAt: '2024-02-01T10:00:00.000Z' },
        { kind: 'inquiry', occurredAt: '2026-10-01T10:00:00.000Z' },
      ],
    )
    // Prospects last heard from in 2023: one goes, one is under a legal hold, one is restricted.
    const lead = await person('2023-01-10T10:00:00.000Z', {
      name: 'Lead',
      email: 'lead@example.dk',
      relationship: 'prospect',
    })
    const held = await person('2023-01-11T10:00:00.000Z', {
      name: 'Held',
      email: 'held@example.dk',
      relationship: 'prospect',
    })
    const restricted = await person('2023-01-12T10:00:00.000Z', {
      name: 'Begrænset',
      email: 'b@example.dk',
      relationship: 'prospect',
    })
    // A recent prospect stays; an old prospect with an open inquiry stays while it is kept.
    const recent = await person('2026-06-01T10:00:00.000Z', {
      name: 'Ny',
      email: 'ny@example.dk',
      relationship: 'prospect',
    })
    t.clock.set('2026-11-20T10:00:00.000Z')
    const hold = await call('POST', '/api/v1/legal-holds', {
      scope: 'subject',
      target: held,
      reason: 'Dispute about a delivery',
    })
    expect(hold.statusCode).toBe(201)
    await t.ctx.db
      .insertInto('subject_restrictions')
      .values({
        subject_id: restricted,
        basis: 'request',
        reason: null,
        request_id: null,
        keep_until: null,
        since: '2026-11-01T00:00:00.000Z',
      })
      .execute()

    const preview = await call('GET', '/api/v1/retention-preview')
    expect(preview.statusCode, preview.body).toBe(200)
    const planned = preview.json()
    expect(planned.dryRun).toBe(true)

    const { rules } = retentionServices(t.ctx)
    const report = await new RetentionSweep(t.ctx, rules, 2).run('test')
    expect(report.status).toBe('finished')

    // The 2019 invoice and the 2024 inquiry are gone; the 2023 invoice and this year's inquiry stay.
    expect(await kindsOf(customer)).toEqual(['inquiry', 'invoice'])
    expect(await exists(lead)).toBe(false)
    expect(
      await t.ctx.db
        .selectFrom('data_keys')
        .select('owner_id')
        .where('owner_id', '=', lead)
        .executeTakeFirst(),
    ).toBeUndefined()
    expect(await exists(held)).toBe(true)
    expect(await exists(restricted)).toBe(true)
    expect(await exists(recent)).toBe(true)

    const step = (ruleName: string, target: string) =>
      report.steps.find((s) => s.ruleName?.startsWith(ruleName) === true && s.target === target)
    const invoiceStep = report.steps.find((s) => s.target === 'interactions' && s.action === 'delete')
    expect(invoiceStep?.done).toBe(1)
    expect(step('Inquiries', 'interactions')?.done).toBe(1)
    const people = report.steps.find((s) => s.target === 'people')
    expect(people).toMatchObject({ done: 1, restricted: 1 })
    expect(people?.held).toEqual([{ holdId: hold.json().id, scope: 'subject', count: 1 }])

    // The preview said the same before anything changed.
    const previewed = (target: string, action: string) =>
      planned.steps.find(
        (s: { target: string; action: string }) => s.target === target && s.action === action,
      )
    expect(previewed('interactions', 'delete').done).toBe(1)
    expect(previewed('interactions', 'anonymise').done).toBe(1)
    expect(previewed('people', 'delete').done).toBe(1)

    // Anonymised: a count per kind and month, nothing that points to a person.
    const aggregates = (await call('GET', '/api/v1/retention-aggregates')).json().aggregates
    expect(aggregates).toEqual([
      expect.objectContaining({ recordType: 'interaction', kind: 'inquiry', month: '2024-02', count: 1 }),
    ])

    // Evidence: the run is kept with its report, and each batch is audited without values.
    const runs = (await call('GET', '/api/v1/retention-runs')).json().runs
    expect(runs[0]).toMatchObject({ runId: report.runId, status: 'finished', trigger: 'test' })
    const batches = await auditOf(t, 'retention.sweep_batch')
    expect(batches.length).toBeGreaterThanOrEqual(3)
    expect(JSON.stringify(batches)).not.toContain('example.dk')

    // A second sweep finds nothing more to do.
    const again = await new RetentionSweep(t.ctx, rules).run('test')
    expect(again.steps.reduce((n, s) => n + s.done, 0)).toBe(0)
  })

  it('stops a whole step under a category hold, and finishes what an erasure kept once its date passes', async () => {
    t.clock.set('2026-11-20T10:00:00.000Z')
    const old = await person(
      '2018-02-01T10:00:00.000Z',
      { name: 'Gammel', email: 'gammel@example.dk', relationship: 'customer' },
      [{ kind: 'invoice', occurredAt: '2018-02-01T10:00:00.000Z' }],
    )
    t.clock.set('2026-11-20T10:00:00.000Z')
    const hold = (
      await call('POST', '/api/v1/legal-holds', {
        scope: 'data_category',
        target: 'user.financial',
        reason: 'Tax audit',
      })
    ).json()
    const { rules } = retentionServices(t.ctx)
    const report = await new RetentionSweep(t.ctx, rules).run('test')
    const invoices = report.steps.find((s) => s.target === 'interactions' && s.action === 'delete')
    expect(invoices?.done).toBe(0)
    expect(invoices?.held).toEqual([{ holdId: hold.id, scope: 'data_category', count: 1 }])
    expect(await kindsOf(old)).toEqual(['invoice'])
    expect((await call('POST', `/api/v1/legal-holds/${hold.id}/release`)).statusCode).toBe(200)

    // What an erasure left: the invoice and the fields it needs, kept until yesterday.
    const erased = await person(
      '2020-01-01T10:00:00.000Z',
      { name: 'Slettet', email: 'slettet@example.dk', relationship: 'former_customer' },
      [{ kind: 'invoice', occurredAt: '2020-01-01T10:00:00.000Z' }],
    )
    t.clock.set('2026-11-20T10:00:00.000Z')
    const invoice = await t.ctx.db
      .selectFrom('subject_interactions')
      .select('id')
      .where('subject_id', '=', erased)
      .executeTakeFirstOrThrow()
    await t.ctx.db
      .insertInto('erasure_retained')
      .values([
        {
          subject_id: erased,
          item: invoice.id,
          erasure_id: 'e1',
          rule: 'bookkeeping.dk',
          keep_until: '2026-11-19',
        },
        {
          subject_id: erased,
          item: 'profile',
          erasure_id: 'e1',
          rule: 'bookkeeping.dk',
          keep_until: '2026-11-19',
        },
      ])
      .execute()
    await t.ctx.db
      .insertInto('subject_restrictions')
      .values({
        subject_id: erased,
        basis: 'retention',
        reason: null,
        request_id: null,
        keep_until: '2026-11-19',
        since: '2026-01-01T00:00:00.000Z',
      })
      .execute()
    const second = await new RetentionSweep(t.ctx, rules).run('test')
    expect(await kindsOf(old)).toEqual([])
    expect(await kindsOf(erased)).toEqual([])
    const row = await t.ctx.db
      .selectFrom('subjects')
      .selectAll()
      .where('id', '=', erased)
      .executeTakeFirstOrThrow()
    expect(row.profile.length).toBe(0)
    expect(row.restricted).toBe(0)
    expect(
      await t.ctx.db
        .selectFrom('data_keys')
        .select('owner_id')
        .where('owner_id', '=', erased)
        .executeTakeFirst(),
    ).toBeUndefined()
    expect(
      await t.ctx.db.selectFrom('erasure_retained').select('item').where('subject_id', '=', erased).execute(),
    ).toEqual([])
    expect(second.steps.find((s) => s.target === 'retained')?.done).toBe(2)
    expect((await auditOf(t, 'erasure.retained_deleted')).map((a) => a.target?.id)).toContain(erased)
  })

  it('moves past records of other kinds in small batches: a batch that deletes nothing still ends', async () => {
    t.clock.set('2026-11-20T10:00:00.000Z')
    const mixed = await person(
      '2018-01-01T10:00:00.000Z',
      { name: 'Blandet', email: 'blandet@example.dk', relationship: 'customer' },
      [
        ...Array.from({ length: 5 }, (_, i) => ({
          kind: 'complaint',
          occurredAt: `2018-0${i + 1}-02T10:00:00.000Z`,
        })),
        { kind: 'invoice', occurredAt: '2018-06-02T10:00:00.000Z' },
        { kind: 'complaint', occurredAt: '2018-07-02T10:00:00.000Z' },
      ],
    )
    t.clock.set('2026-11-20T10:00:00.000Z')
    const { rules } = retentionServices(t.ctx)
    const report = await new RetentionSweep(t.ctx, rules, 2).run('test')
    expect(report.status).toBe('finished')
    expect(await kindsOf(mixed)).toEqual(Array(6).fill('complaint'))
  })

  it('deletes a person only once every rule on who they are has run out: the longest period governs', async () => {
    const rule = (name: string, years: number) =>
      call('POST', '/api/v1/retention-rules', {
        name,
        dataCategories: ['user.name', 'user.contact'],
        dataSubjects: ['customer'],
        clockStart: 'collected',
        period: { value: years, unit: 'years' },
        action: 'delete',
        legalGround: 'x',
      })
    expect((await rule('Short', 1)).statusCode).toBe(201)
    expect((await rule('Long', 5)).statusCode).toBe(201)
    const three = await person('2023-10-01T10:00:00.000Z', {
      name: 'Tre',
      email: 'tre@example.dk',
      relationship: 'former_customer',
    })
    const six = await person('2020-10-01T10:00:00.000Z', {
      name: 'Seks',
      email: 'seks@example.dk',
      relationship: 'former_customer',
    })
    t.clock.set('2026-11-20T10:00:00.000Z')
    const { rules } = retentionServices(t.ctx)
    const report = await new RetentionSweep(t.ctx, rules).run('test')
    expect(await exists(three)).toBe(true)
    expect(await exists(six)).toBe(false)
    // Removed once, by whichever rule's step came first.
    const removed = report.steps.filter((s) => s.target === 'people').reduce((n, s) => n + s.done, 0)
    expect(removed).toBeGreaterThanOrEqual(1)
  })

  it('opens a task for a system outside Vern, and opens it again once the cut-off has moved on', async () => {
    t.clock.set('2026-11-20T10:00:00.000Z')
    const system = await call('POST', '/api/v1/systems', { name: 'Helpdesk', kind: 'crm' })
    expect(system.statusCode).toBe(201)
    const activity = await call('POST', '/api/v1/activities', {
      name: 'Customer service',
      purpose: 'Answering customers',
      dataUse: 'essential.service',
      legalBasis: 'contract',
      dataCategories: ['user.correspondence.complaint'],
      dataSubjects: ['customer'],
      systemIds: [system.json().id],
      retention: {
        period: { value: 3, unit: 'years' },
        trigger: 'the complaint is closed',
        description: 'Three years',
      },
    })
    expect(activity.statusCode, activity.body).toBe(201)
    const rule = await call('POST', '/api/v1/retention-rules', {
      name: 'Complaints',
      activityIds: [activity.json().id],
      clockStart: 'collected',
      period: { value: 3, unit: 'years' },
      action: 'delete',
      legalGround: 'Limitation period for claims',
    })
    expect(rule.statusCode).toBe(201)
    const { rules } = retentionServices(t.ctx)
    await new RetentionSweep(t.ctx, rules).run('test')
    const tasks = (await call('GET', '/api/v1/retention-tasks?status=open')).json().tasks
    expect(tasks).toEqual([
      expect.objectContaining({
        ruleId: rule.json().id,
        systemId: system.json().id,
        cutoff: '2023-11-19',
        status: 'open',
      }),
    ])
    expect((await call('POST', `/api/v1/retention-tasks/${tasks[0].id}/done`)).json().status).toBe('done')

    t.clock.set('2026-12-01T10:00:00.000Z')
    await new RetentionSweep(t.ctx, rules).run('test')
    expect((await call('GET', '/api/v1/retention-tasks?status=open')).json().tasks).toEqual([])
    t.clock.set('2026-12-21T10:00:00.000Z')
    await new RetentionSweep(t.ctx, rules).run('test')
    expect((await call('GET', '/api/v1/retention-tasks?status=open')).json().tasks).toEqual([
      expect.objectContaining({ id: tasks[0].id, cutoff: '2023-12-20' }),
    ])
    expect((await auditOf(t, 'retention.task_done')).length).toBe(1)
  })
})
