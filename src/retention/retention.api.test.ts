import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { auditOf, subjectsApi } from '../subjects/subject.testing.js'
import { activeHolds, isHeld, retentionServices } from './index.js'

forEachDatabase('retention rules and legal holds API', (dialect) => {
  let t: TestApp
  let keys: Record<'owner' | 'dpo' | 'auditor' | 'support' | 'marketing', string>
  const call = (
    role: keyof typeof keys,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${keys[role]}` },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    })
  const lead = {
    name: 'Leads from the trade fair',
    dataCategories: ['user.contact', 'user.name'],
    clockStart: 'last_contact',
    period: { value: 2, unit: 'years' },
    action: 'delete',
    legalGround: 'Legitimate interest in following up an enquiry',
  }

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    keys = {
      owner: await createApiKey(t, 'owner'),
      dpo: await createApiKey(t, 'dpo'),
      auditor: await createApiKey(t, 'auditor'),
      support: await createApiKey(t, 'support'),
      marketing: await createApiKey(t, 'marketing'),
    }
  })
  afterAll(() => t.close())

  it('creates, reads, changes and removes a rule, each write audited without values', async () => {
    const created = await call('owner', 'POST', '/api/v1/retention-rules', lead)
    expect(created.statusCode).toBe(201)
    const rule = created.json()
    expect(rule).toMatchObject({
      name: lead.name,
      dataCategories: ['user.contact', 'user.name'],
      activityIds: [],
      clockStart: 'last_contact',
      period: { value: 2, unit: 'years', toCalendarYearEnd: false },
      action: 'delete',
      preset: null,
    })
    expect((await call('auditor', 'GET', `/api/v1/retention-rules/${rule.id}`)).json()).toEqual(rule)

    const patched = await call('dpo', 'PATCH', `/api/v1/retention-rules/${rule.id}`, {
      period: { value: 18, unit: 'months' },
      action: 'anonymise',
    })
    expect(patched.statusCode).toBe(200)
    expect(patched.json()).toMatchObject({
      period: { value: 18, unit: 'months' },
      action: 'anonymise',
      name: lead.name,
    })

    const list = (await call('auditor', 'GET', '/api/v1/retention-rules')).json().rules
    expect(list.map((r: { id: string }) => r.id)).toContain(rule.id)

    expect((await call('owner', 'DELETE', `/api/v1/retention-rules/${rule.id}`)).statusCode).toBe(204)
    expect((await call('owner', 'GET', `/api/v1/retention-rules/${rule.id}`)).statusCode).toBe(404)

    const entries = [
      ...(await auditOf(t, 'retention_rule.create')),
      ...(await auditOf(t, 'retention_rule.update')),
      ...(await auditOf(t, 'retention_rule.delete')),
    ].filter((e) => e.target?.id === rule.id)
    expect(entries).toHaveLength(3)
    expect(JSON.stringify(entries)).not.toContain('Legitimate interest')
    expect(JSON.stringify(entries)).not.toContain('trade fair')
  })

  it('adds a preset as an editable rule in the chosen language', async () => {
    const res = await call('owner', 'POST', '/api/v1/retention-rules/presets', {
      preset: 'bookkeeping_se',
      language: 'sv',
    })
    expect(res.statusCode).toBe(201)
    const rule = res.json()
    expect(rule).toMatchObject({
      name: 'Bokföring, Sverige',
      clockStart: 'financial_year_end',
      period: { value: 7, unit: 'years', toCalendarYearEnd: true },
      action: 'delete',
      preset: 'bookkeeping_se',
    })
    expect(rule.legalGround).toContain('Bokföringslagen')
    const edited = await call('owner', 'PATCH', `/api/v1/retention-rules/${rule.id}`, {
      name: 'Verifikationer',
    })
    expect(edited.json()).toMatchObject({ name: 'Verifikationer', preset: 'bookkeeping_se' })

    // Without a language, the organisation's own (NORDLYS_PROFILE is Danish).
    const newsletter = await call('owner', 'POST', '/api/v1/retention-rules/presets', {
      preset: 'newsletter',
    })
    expect(newsletter.json()).toMatchObject({
      name: 'Nyhedsbrev',
      clockStart: 'unsubscribed',
      period: { value: 0, unit: 'days' },
    })
  })

  it('refuses bad input with 400 and a stable code, writing nothing', async () => {
    const before = (await call('owner', 'GET', '/api/v1/retention-rules')).json().rules.length
    const cases: Array<[unknown, string]> = [
      [{ ...lead, colour: 'blue' }, ''],
      [{ ...lead, clockStart: 'birthday' }, 'clockStart'],
      [{ ...lead, period: { value: -1, unit: 'years' } }, 'period.value'],
      [{ ...lead, period: { value: 2, unit: 'weeks' } }, 'period.unit'],
      [{ ...lead, action: 'shred' }, 'action'],
      [{ ...lead, legalGround: '' }, 'legalGround'],
      [{ ...lead, dataCategories: ['user.nonsense'] }, 'dataCategories.0'],
      [{ ...lead, dataCategories: [], activityIds: [] }, 'dataCategories'],
      [{ ...lead, activityIds: ['0190aaaa-0000-7000-8000-000000000000'] }, 'activityIds.0'],
      [
        { ...lead, period: { value: 2, unit: 'months', toCalendarYearEnd: true } },
        'period.toCalendarYearEnd',
      ],
    ]
    for (const [payload, field] of cases) {
      const res = await call('owner', 'POST', '/api/v1/retention-rules', payload)
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
      expect(res.json().error.code).toBe('validation_failed')
      if (field) expect(JSON.stringify(res.json())).toContain(field)
    }
    expect(
      (await call('owner', 'POST', '/api/v1/retention-rules/presets', { preset: 'forever' })).statusCode,
    ).toBe(400)
    expect((await call('owner', 'PATCH', '/api/v1/retention-rules/nope', { name: 'x' })).statusCode).toBe(404)
    expect((await call('owner', 'GET', '/api/v1/retention-rules')).json().rules.length).toBe(before)
  })

  it('lets owner and dpo write, the auditor read, and refuses everyone else', async () => {
    expect((await call('auditor', 'GET', '/api/v1/retention-rules')).statusCode).toBe(200)
    expect((await call('auditor', 'GET', '/api/v1/legal-holds')).statusCode).toBe(200)
    for (const role of ['auditor', 'support', 'marketing'] as const) {
      expect((await call(role, 'POST', '/api/v1/retention-rules', lead)).statusCode).toBe(403)
      expect(
        (
          await call(role, 'POST', '/api/v1/legal-holds', {
            scope: 'data_category',
            target: 'user',
            reason: 'x',
          })
        ).statusCode,
      ).toBe(403)
    }
    for (const role of ['support', 'marketing'] as const)
      expect((await call(role, 'GET', '/api/v1/retention-rules')).statusCode).toBe(403)
    expect((await call('dpo', 'POST', '/api/v1/retention-rules', lead)).statusCode).toBe(201)
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/legal-holds' })).statusCode).toBe(401)
  })

  it('sets and releases holds; a hold stops deletion while it lasts; expired holds release themselves', async () => {
    const person = await subjectsApi(t, keys.owner).create({
      name: 'Ida Holm',
      email: 'ida@holm.dk',
      relationship: 'customer',
    })
    const subjectId = person.json().id as string
    const onPerson = await call('dpo', 'POST', '/api/v1/legal-holds', {
      scope: 'subject',
      target: subjectId,
      reason: 'Dispute, case 2026-118',
    })
    expect(onPerson.statusCode).toBe(201)
    expect(onPerson.json()).toMatchObject({ scope: 'subject', target: subjectId, endsAt: null, active: true })

    const ends = new Date(t.clock.now().getTime() + 24 * 3600_000).toISOString()
    const onCategory = await call('owner', 'POST', '/api/v1/legal-holds', {
      scope: 'data_category',
      target: 'user.financial',
      reason: 'Tax audit 2025',
      endsAt: ends,
    })
    expect(onCategory.statusCode).toBe(201)

    let holds = await activeHolds(t.ctx.db, t.clock.now())
    expect(isHeld(holds, { subjectId })).toBe(true)
    expect(
      isHeld(holds, { subjectId: 'someone-else', dataCategories: ['user.financial.bank_account'] }),
    ).toBe(true)
    expect(isHeld(holds, { subjectId: 'someone-else', dataCategories: ['user.contact.email'] })).toBe(false)

    // Bad holds: an unknown person, a past end, a missing reason, an unknown field.
    for (const payload of [
      { scope: 'subject', target: 'no-such-person', reason: 'x' },
      { scope: 'system', target: 'no-such-system', reason: 'x' },
      { scope: 'data_category', target: 'user.financial', reason: 'x', endsAt: '2020-01-01T00:00:00Z' },
      { scope: 'data_category', target: 'user.financial', reason: '' },
      { scope: 'data_category', target: 'user.financial', reason: 'x', by: 'me' },
      { scope: 'planet', target: 'user.financial', reason: 'x' },
    ]) {
      const res = await call('owner', 'POST', '/api/v1/legal-holds', payload)
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
      expect(res.json().error.code).toBe('validation_failed')
    }

    const released = await call('owner', 'POST', `/api/v1/legal-holds/${onPerson.json().id}/release`)
    expect(released.statusCode).toBe(200)
    expect(released.json()).toMatchObject({ active: false })
    expect(released.json().releasedAt).toBe(t.clock.now().toISOString())
    expect(
      (await call('owner', 'POST', `/api/v1/legal-holds/${onPerson.json().id}/release`)).statusCode,
    ).toBe(409)
    expect((await call('owner', 'POST', '/api/v1/legal-holds/nope/release')).statusCode).toBe(404)
    holds = await activeHolds(t.ctx.db, t.clock.now())
    expect(isHeld(holds, { subjectId })).toBe(false)

    // Two days on, the category hold has lapsed: not in force, and the job marks it released as the system.
    t.clock.advance(2 * 24 * 3600_000)
    expect(isHeld(await activeHolds(t.ctx.db, t.clock.now()), { dataCategories: ['user.financial'] })).toBe(
      false,
    )
    const job = t.ctx.scheduler.jobs.find((j) => j.name === 'legal-holds.expire')
    expect(job).toBeDefined()
    expect(await job?.run(t.clock.now())).toBe('released 1')
    expect(await retentionServices(t.ctx).holds.releaseExpired(t.ctx.db)).toBe(0)
    const lapsed = (await call('auditor', 'GET', `/api/v1/legal-holds/${onCategory.json().id}`)).json()
    expect(lapsed).toMatchObject({ active: false, releasedAt: ends })

    const releases = await auditOf(t, 'legal_hold.release')
    expect(releases.map((e) => [e.actor.type, e.details?.expired])).toEqual([
      ['api_key', false],
      ['system', true],
    ])
    const sets = await auditOf(t, 'legal_hold.set')
    expect(sets).toHaveLength(2)
    expect(JSON.stringify([...sets, ...releases])).not.toContain('Dispute')

    const listed = (await call('auditor', 'GET', '/api/v1/legal-holds?active=false')).json().holds
    expect(listed).toHaveLength(2)
    expect((await call('auditor', 'GET', '/api/v1/legal-holds?active=true')).json().holds).toHaveLength(0)
  })
})
