import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { createContext } from '../context.js'
import { DEFAULT_ITEMS } from './default-taxonomy.js'
import { seedDefaultTaxonomy } from './taxonomy.seed.js'

forEachDatabase('taxonomy API', (dialect) => {
  let t: TestApp
  let dpo: string
  let support: string
  let auditor: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    dpo = await createApiKey(t, 'dpo')
    support = await createApiKey(t, 'support')
    auditor = await createApiKey(t, 'auditor')
  })
  afterAll(() => t.close())

  const call = (key: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}` },
      ...(payload ? { payload } : {}),
    })
  const count = async () =>
    (
      await t.ctx.db
        .selectFrom('taxonomy_items')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n

  it('ships the default taxonomy, parents before children, with labels', async () => {
    const res = await call(support, 'GET', '/api/v1/taxonomy?kind=data_category')
    expect(res.statusCode).toBe(200)
    const items = res.json().items as Array<{ key: string; kind: string; labels: Record<string, string> }>
    expect(items.length).toBe(DEFAULT_ITEMS.filter((i) => i.kind === 'data_category').length)
    expect(items.every((i) => i.kind === 'data_category')).toBe(true)
    const keys = items.map((i) => i.key)
    expect(keys.indexOf('user.contact')).toBeLessThan(keys.indexOf('user.contact.email'))
    expect(items.find((i) => i.key === 'user.contact.email')?.labels).toMatchObject({
      da: 'E-mailadresse',
      fi: 'Sähköpostiosoite',
    })
    expect((await call(support, 'GET', '/api/v1/taxonomy')).json().items.length).toBe(DEFAULT_ITEMS.length)
    const one = await call(auditor, 'GET', '/api/v1/taxonomy/data_subject/customer')
    expect(one.json()).toMatchObject({ key: 'customer', isDefault: true, disabled: false, parentKey: null })
    expect((await call(auditor, 'GET', '/api/v1/taxonomy/data_subject/nobody')).statusCode).toBe(404)
  })

  it('seeds the defaults once: a second start and a racing seed add nothing and keep edits', async () => {
    const before = await count()
    const renamed = await call(dpo, 'PATCH', '/api/v1/taxonomy/data_category/user.contact.fax_number', {
      name: 'Telefax',
      disabled: true,
    })
    expect(renamed.statusCode).toBe(200)
    await Promise.all([
      seedDefaultTaxonomy(t.ctx.db, t.clock.now()),
      seedDefaultTaxonomy(t.ctx.db, t.clock.now()),
    ])
    const again = await createContext(t.ctx.config, {
      database: t.ctx.database,
      clock: t.clock,
      log: pino({ level: 'silent' }),
    })
    expect(again.taxonomy).toBeDefined()
    expect(await count()).toBe(before)
    const fax = await t.ctx.taxonomy.get(t.ctx.db, 'data_category', 'user.contact.fax_number')
    expect(fax).toMatchObject({ name: 'Telefax', disabled: true, isDefault: true })
    // The database is shared with the first context and stays open; only the mailer is this context's own.
    again.mail.close()
  })

  it('adds custom keys under an existing parent or as a new root, and audits them', async () => {
    const created = await call(dpo, 'POST', '/api/v1/taxonomy', {
      kind: 'data_category',
      key: 'user.contact.work_phone',
      parentKey: 'user.contact',
      name: 'Work phone',
      labels: { da: 'Arbejdstelefon', en: 'Work phone' },
    })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({ parentKey: 'user.contact', isDefault: false, disabled: false })
    const root = await call(dpo, 'POST', '/api/v1/taxonomy', {
      kind: 'data_use',
      key: 'loyalty',
      name: 'Loyalty club',
    })
    expect(root.statusCode).toBe(201)
    expect(root.json().parentKey).toBeNull()
    const [entry] = await t.ctx.audit.list(t.ctx.db, { action: 'taxonomy.create' }, 1)
    expect(entry?.target).toEqual({ type: 'data_use', id: 'loyalty' })

    const cases: Array<[object, number, string, string?]> = [
      [{ kind: 'data_category', key: 'user.nowhere.thing', name: 'X' }, 400, 'parentKey', 'one_of'],
      [
        { kind: 'data_category', key: 'user.contact.pager', parentKey: 'user.name', name: 'X' },
        400,
        'key',
        'mismatch',
      ],
      [{ kind: 'data_category', key: 'User.Contact', name: 'X' }, 400, 'key', 'format'],
      [{ kind: 'data_category', key: 'user..x', name: 'X' }, 400, 'key', 'format'],
      [{ kind: 'data_thing', key: 'user.x', name: 'X' }, 400, 'kind', 'one_of'],
      [{ kind: 'data_category', key: 'user.x', name: 'X', colour: 'red' }, 400, 'colour', 'unknown_field'],
      [{ kind: 'data_category', key: 'user.contact.work_phone', name: 'Again' }, 409, 'key'],
      // A data use key is not a data category parent: the trees are separate.
      [{ kind: 'data_category', key: 'loyalty.members', name: 'X' }, 400, 'parentKey', 'one_of'],
    ]
    for (const [body, status, field, rule] of cases) {
      const res = await call(dpo, 'POST', '/api/v1/taxonomy', body)
      expect(res.statusCode, JSON.stringify(body)).toBe(status)
      expect(res.json().error.field, JSON.stringify(body)).toBe(field)
      if (rule) expect(res.json().error.rule, JSON.stringify(body)).toBe(rule)
    }
  })

  it('updates names, labels and the disabled state, auditing field names only', async () => {
    const res = await call(dpo, 'PATCH', '/api/v1/taxonomy/data_use/marketing.competitions', {
      labels: { da: 'Konkurrencer og lodtrækninger' },
      description: null,
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ labels: { da: 'Konkurrencer og lodtrækninger' }, description: null })
    const [entry] = await t.ctx.audit.list(t.ctx.db, { action: 'taxonomy.update' }, 1)
    expect(entry?.details).toEqual({ fields: ['description', 'labels'] })
    const missing = await call(dpo, 'PATCH', '/api/v1/taxonomy/data_use/no.such.use', { name: 'X' })
    expect(missing.statusCode).toBe(404)
    const bad = await call(dpo, 'PATCH', '/api/v1/taxonomy/data_use/Bad%20Key', { name: 'X' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.field).toBe('key')
  })

  it('requireKeys names the field and index of an unknown or disabled key', async () => {
    const require = (keys: string[]) =>
      t.ctx.taxonomy.requireKeys(t.ctx.db, 'data_category', keys, 'dataCategories')
    await expect(require(['user.contact.email', 'user.name'])).resolves.toBeUndefined()
    await expect(require(['user.contact.email', 'user.contact.telepathy'])).rejects.toMatchObject({
      code: 'validation_failed',
      field: 'dataCategories.1',
      rule: 'one_of',
      message: 'is not a known data_category key',
    })
    // fax_number was disabled above; a key of another kind is unknown here.
    await expect(require(['user.contact.fax_number'])).rejects.toMatchObject({ field: 'dataCategories.0' })
    await expect(require(['customer'])).rejects.toMatchObject({ field: 'dataCategories.0' })
    await call(dpo, 'PATCH', '/api/v1/taxonomy/data_category/user.biometrics', { disabled: true })
    await expect(require(['user.name', 'user.biometrics.voice'])).rejects.toMatchObject({
      field: 'dataCategories.1',
    })
    await call(dpo, 'PATCH', '/api/v1/taxonomy/data_category/user.biometrics', { disabled: false })
    await expect(require(['user.biometrics.voice'])).resolves.toBeUndefined()
  })

  it('lets read roles read and only write roles write, auditing refusals', async () => {
    for (const key of [support, auditor]) {
      expect((await call(key, 'GET', '/api/v1/taxonomy')).statusCode).toBe(200)
      expect((await call(key, 'GET', '/api/v1/taxonomy/export')).statusCode).toBe(200)
      const denied = await call(key, 'POST', '/api/v1/taxonomy', { kind: 'data_use', key: 'x', name: 'X' })
      expect(denied.statusCode).toBe(403)
      const patch = await call(key, 'PATCH', '/api/v1/taxonomy/data_use/sales', { disabled: true })
      expect(patch.statusCode).toBe(403)
      const imp = await call(key, 'POST', '/api/v1/taxonomy/import', { yaml: 'data_use: []' })
      expect(imp.statusCode).toBe(403)
    }
    const owner = await createApiKey(t, 'owner')
    expect(
      (await call(owner, 'PATCH', '/api/v1/taxonomy/data_use/sales', { name: 'Sales' })).statusCode,
    ).toBe(200)
    const denials = await t.ctx.audit.list(t.ctx.db, { action: 'access.denied' }, 100)
    expect(denials.length).toBeGreaterThanOrEqual(6)
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/taxonomy' })).statusCode).toBe(401)
  })
})
