import { afterAll, beforeAll, expect, it } from 'vitest'
import { parse } from 'yaml'
import { createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'

const CUSTOM = `
data_category:
  - fides_key: user.contact.work_phone
    name: Work phone
    description: A phone number at work.
    parent_key: user.contact
    vern_labels: { da: Arbejdstelefon, en: Work phone }
  - fides_key: user.loyalty
    name: Loyalty data
    parent_key: user
    version_added: null
    version_deprecated: null
    replaced_by: null
  - fides_key: user.loyalty.points
    name: Loyalty points
    tags: null
    is_default: false
    organization_fides_key: default_organization
data_use:
  - fides_key: essential.service.order_handling
    name: Order Handling
    description: Changed by the import.
    vern_disabled: true
data_subject:
  - fides_key: club_member
    name: Club member
system:
  - fides_key: webshop
`

forEachDatabase('taxonomy fideslang import and export', (dialect) => {
  let t: TestApp
  let fresh: TestApp
  let dpo: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    fresh = await createTestApp(dialect)
    dpo = await createApiKey(t, 'dpo')
  })
  afterAll(async () => {
    await t.close()
    await fresh.close()
  })

  const importYaml = (app: TestApp, key: string, body: string, type = 'application/yaml') =>
    app.app.inject({
      method: 'POST',
      url: '/api/v1/taxonomy/import',
      headers: { authorization: `Bearer ${key}`, 'content-type': type },
      payload: body,
    })
  const exportYaml = (app: TestApp, key: string, query = '') =>
    app.app.inject({
      method: 'GET',
      url: `/api/v1/taxonomy/export${query}`,
      headers: { authorization: `Bearer ${key}` },
    })
  const snapshot = async (app: TestApp) =>
    (await app.ctx.taxonomy.list(app.ctx.db)).map(({ createdAt, updatedAt, isDefault, ...rest }) => rest)

  it('imports a fideslang document, creating and updating, and reports the counts', async () => {
    const res = await importYaml(t, dpo, CUSTOM)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ created: 4, updated: 1, unchanged: 0, ignoredSections: ['system'] })
    const points = await t.ctx.taxonomy.get(t.ctx.db, 'data_category', 'user.loyalty.points')
    expect(points).toMatchObject({ parentKey: 'user.loyalty', isDefault: false, labels: {} })
    const use = await t.ctx.taxonomy.get(t.ctx.db, 'data_use', 'essential.service.order_handling')
    // Labels the file does not state are kept; the disabled state it does state is applied.
    expect(use).toMatchObject({ description: 'Changed by the import.', disabled: true, isDefault: true })
    expect(use.labels.da).toBe('Ordrebehandling og levering')
    const [entry] = await t.ctx.audit.list(t.ctx.db, { action: 'taxonomy.import' }, 1)
    expect(entry?.details).toEqual({ created: 4, updated: 1, unchanged: 0, ignoredSections: 1 })
    const again = await importYaml(t, dpo, CUSTOM, 'text/yaml')
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 5 })
  })

  it('exports fideslang YAML deterministically, and import then export gives the same tree', async () => {
    const first = await exportYaml(t, dpo)
    expect(first.statusCode).toBe(200)
    expect(first.headers['content-type']).toMatch(/^application\/yaml/)
    expect((await exportYaml(t, dpo)).body).toBe(first.body)
    const doc = parse(first.body) as Record<string, Array<Record<string, unknown>>>
    expect(Object.keys(doc)).toEqual(['data_category', 'data_use', 'data_subject'])
    const email = doc.data_category?.find((i) => i.fides_key === 'user.contact.email')
    expect(email).toMatchObject({
      name: 'User Contact Email',
      parent_key: 'user.contact',
      organization_fides_key: 'default_organization',
      vern_labels: { da: 'E-mailadresse', nb: 'E-postadresse', sv: 'E-postadress' },
      vern_disabled: false,
    })
    expect(email).not.toHaveProperty('is_default')

    // Into a fresh instance, as JSON this time: the same tree comes out.
    const freshKey = await createApiKey(fresh, 'owner')
    const res = await fresh.app.inject({
      method: 'POST',
      url: '/api/v1/taxonomy/import',
      headers: { authorization: `Bearer ${freshKey}` },
      payload: { yaml: first.body },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ created: 4, updated: 1 })
    expect(await snapshot(fresh)).toEqual(await snapshot(t))
    const second = await exportYaml(fresh, freshKey)
    expect(parse(second.body)).toEqual(doc)
    const again = await importYaml(fresh, freshKey, second.body, 'application/yaml; charset=utf-8')
    expect(again.json()).toMatchObject({ created: 0, updated: 0 })

    const uses = parse((await exportYaml(t, dpo, '?kind=data_use')).body)
    expect(Object.keys(uses)).toEqual(['data_use'])
  })

  it('refuses a bad document with 400 naming the item, writing nothing', async () => {
    const before = await snapshot(t)
    const entries = (await t.ctx.audit.list(t.ctx.db, {}, 10_000)).length
    const cases: Array<[string, string]> = [
      ['data_category: [unclosed', 'yaml'],
      ['just text', 'yaml'],
      ['data_use: {fides_key: x}', 'data_use'],
      ['data_category:\n  - name: No key', 'data_category.0.fides_key'],
      [
        'data_category:\n  - fides_key: user.ok_one\n    name: OK\n  - fides_key: User.Bad\n    name: Bad',
        'data_category.1.fides_key',
      ],
      ['data_category:\n  - fides_key: user.a\n  - fides_key: user.nowhere.b', 'data_category.1.parent_key'],
      ['data_use:\n  - fides_key: sales.x\n    parent_key: marketing', 'data_use.0.parent_key'],
      ['data_subject:\n  - fides_key: a\n  - fides_key: a', 'data_subject.1.fides_key'],
      ['data_subject:\n  - fides_key: a\n    vern_labels: {de: Kunde}', 'data_subject.0.vern_labels.de'],
      ['data_subject:\n  - fides_key: a\n    vern_disabled: maybe', 'data_subject.0.vern_disabled'],
      ['data_subject:\n  - fides_key: a\n    name: [not, text]', 'data_subject.0.name'],
      ['a: &a [1]\nb: *a\nb: 2', 'yaml'],
    ]
    for (const [body, field] of cases) {
      const res = await importYaml(t, dpo, body)
      expect(res.statusCode, body).toBe(400)
      expect(res.json().error, body).toMatchObject({ code: 'validation_failed', field })
    }
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/taxonomy/import',
      headers: { authorization: `Bearer ${dpo}` },
      payload: { yaml: 'data_use: []', extra: 1 },
    })
    expect(json.statusCode).toBe(400)
    const plain = await importYaml(t, dpo, 'data_use: []', 'text/plain')
    expect(plain.statusCode).toBe(415)
    expect(await snapshot(t)).toEqual(before)
    expect((await t.ctx.audit.list(t.ctx.db, {}, 10_000)).length).toBe(entries)
  })
})

forEachDatabase('taxonomy OpenAPI', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect)
  })
  afterAll(() => t.close())

  it('documents the YAML and JSON bodies of the import and the YAML answer of the export', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    const content = doc.paths['/api/v1/taxonomy/import'].post.requestBody.content
    expect(Object.keys(content).sort()).toEqual(['application/json', 'application/yaml', 'text/yaml'])
    expect(content['application/json'].schema.additionalProperties).toBe(false)
    const answer = doc.paths['/api/v1/taxonomy/export'].get.responses['200'].content
    expect(Object.keys(answer)).toEqual(['application/yaml'])
  })
})
