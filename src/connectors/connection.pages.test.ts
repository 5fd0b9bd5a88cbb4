// The admin page of a system's database connection: set it up, test it, check and save the annotation.
import { afterAll, beforeAll, expect, it } from 'vitest'
import YAML from 'yaml'
import { completeOrganisation, createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { apiClient, webshopSystem } from '../datamap/testing.js'
import { discoveryHooks } from '../discovery/hooks.js'
import { openSession } from './sql.session.js'
import { type ScratchDatabase, scratchDatabase } from './testing/databases.js'
import { buildShop, generateShop, SHOP_DATASET } from './testing/shop.js'

forEachDatabase('connection admin page', (dialect) => {
  let t: TestApp
  let browser: FormClient
  let shop: ScratchDatabase
  let page: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    shop = await scratchDatabase('sqlite')
    const session = await openSession(shop.target, true)
    await buildShop(session, generateShop(5).data)
    await session.close()
    const system = (
      await apiClient(t, await createApiKey(t, 'owner')).post('/api/v1/systems', webshopSystem)
    ).json()
    page = `/admin/data-map/systems/${system.id}/connection`
    browser = new FormClient(t.app)
    const signed = await signIn(t, await createUser(t, { role: 'dpo' }))
    browser.cookies.set('vern_session', signed.cookie.split('=')[1] as string)
  })
  afterAll(async () => {
    await t.close()
    await shop.drop()
  })

  it('sets up a connection, tests it, refuses a broken annotation with every problem listed, and saves a good one', async () => {
    const empty = await browser.get(`${page}?lang=da`)
    expect(empty.statusCode).toBe(200)
    expect(empty.body).toContain('Der er ikke sat nogen forbindelse op endnu.')

    const missing = await browser.post(`${page}?lang=da`, { kind: 'sqlite', file: '' })
    expect(missing.statusCode).toBe(400)
    const saved = await browser.post(`${page}?lang=da`, {
      kind: 'sqlite',
      file: shop.target.file as string,
      writable: 'on',
    })
    expect(saved.statusCode, saved.body).toBe(200)
    expect(saved.body).toContain('Forbindelsen er gemt.')
    expect(saved.body).toContain('Skriveadgang: gemt')

    const tested = await browser.post(`${page}/test?lang=da`, {})
    expect(tested.body).toMatch(/Forbundet: 6 tabeller er synlige/)

    const broken = structuredClone(SHOP_DATASET)
    broken.dataset.collections[0]?.fields.push({ name: 'shoe_size' })
    broken.dataset.collections.push({ name: 'wp_posts', fields: [] })
    const checked = await browser.post(`${page}/dataset?lang=da`, {
      action: 'save',
      document: YAML.stringify(broken),
    })
    expect(checked.statusCode).toBe(422)
    expect(checked.body).toContain('Der er 2 fejl, som skal rettes først:')
    expect(checked.body).toContain('collections.0.fields.6.name')
    expect(checked.body).toContain('collections.6.name')
    expect(await t.ctx.db.selectFrom('connector_datasets').selectAll().execute()).toEqual([])

    const good = await browser.post(`${page}/dataset?lang=da`, {
      action: 'validate',
      document: JSON.stringify(SHOP_DATASET),
    })
    expect(good.body).toContain('Beskrivelsen passer til databasen.')
    const stored = await browser.post(`${page}/dataset?lang=da`, {
      action: 'save',
      document: YAML.stringify(SHOP_DATASET),
    })
    expect(stored.body).toContain('Beskrivelsen er gemt.')
    // The page shows the stored annotation as YAML, escaped.
    expect((await browser.get(`${page}?lang=da`)).body).toContain('fides_key: nordlys_shop')
  })

  it('joins discovery’s accepted proposals into the annotation as a draft, audited', async () => {
    const systemId = page.split('/')[4] as string
    const accept = discoveryHooks.acceptDataset
    if (!accept) throw new Error('the connectors did not plug into discovery')
    await t.ctx.db.transaction().execute((trx) =>
      accept(
        trx,
        {
          systemId,
          dataset: {
            fides_key: 'discovery_x',
            name: 'Webshop',
            description: 'proposed',
            collections: [
              {
                name: 'wp_users',
                fields: [{ name: 'user_email', data_categories: ['user.contact.email', 'user.unique_id'] }],
              },
              { name: 'wp_posts', fields: [{ name: 'post_author', data_categories: ['user.name'] }] },
            ],
          },
        },
        { actor: { type: 'system', id: 'test' }, role: 'owner' },
      ),
    )
    const stored = JSON.parse(
      (await t.ctx.db.selectFrom('connector_datasets').select('document').executeTakeFirstOrThrow()).document,
    )
    const users = stored.dataset.collections.find((c: { name: string }) => c.name === 'wp_users')
    expect(users.fields.find((f: { name: string }) => f.name === 'user_email')).toMatchObject({
      data_categories: ['user.contact.email', 'user.unique_id'],
      fides_meta: { identity: 'email' },
    })
    expect(stored.dataset.collections.map((c: { name: string }) => c.name)).toContain('wp_posts')
    expect(stored.dataset.fides_key).toBe('nordlys_shop')
    const entry = (await t.ctx.audit.list(t.ctx.db, { action: 'dataset.merge_proposals' }, 1))[0]
    expect(entry?.details).toEqual({ collections: 2, categoriesAdded: 2 })
  })

  it('shows the page without the forms to a role that may only read', async () => {
    const auditor = new FormClient(t.app)
    const signed = await signIn(t, await createUser(t, { role: 'auditor' }))
    auditor.cookies.set('vern_session', signed.cookie.split('=')[1] as string)
    const res = await auditor.get(page)
    expect(res.statusCode).toBe(200)
    expect(res.body).not.toContain('name="readPassword"')
    expect((await auditor.post(`${page}/test`, {})).statusCode).toBe(403)
  })
})
