// The connection and dataset API, and the entry point the request workflow uses, against a real
// MariaDB shop (PostgreSQL for the credential checks), on both of Vern's databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { webshopSystem } from '../datamap/testing.js'
import { type AccessRow, connectedSystems } from './index.js'
import { openSession } from './sql.session.js'
import { type ScratchDatabase, scratchDatabase, serverAnswers } from './testing/databases.js'
import { buildShop, generateShop, SHOP_DATASET } from './testing/shop.js'

const mysqlUp = await serverAnswers('mysql')
const SECRET = 'S3cret-Pa55word'

forEachDatabase('connected systems API', (dialect) => {
  describe.skipIf(!mysqlUp && !process.env.CI)('with a MariaDB shop', () => {
    let t: TestApp
    let shop: ScratchDatabase
    let pgShop: ScratchDatabase
    let key: string
    let supportKey: string
    let systemId: string
    const { data, customers } = generateShop(60)
    const person = customers[0] as (typeof customers)[number]

    const call = (
      method: 'GET' | 'PUT' | 'POST' | 'DELETE',
      url: string,
      payload?: unknown,
      headers: Record<string, string> = {},
      as = key,
    ) =>
      t.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${as}`, ...headers },
        ...(payload !== undefined ? { payload: payload as string } : {}),
      })

    beforeAll(async () => {
      t = await createTestApp(dialect)
      key = await createApiKey(t, 'dpo')
      supportKey = await createApiKey(t, 'support')
      shop = await scratchDatabase('mysql')
      const session = await openSession(shop.target, true)
      await buildShop(session, data)
      await session.close()
      pgShop = await scratchDatabase('postgres')
      const created = await call('POST', '/api/v1/systems', webshopSystem)
      systemId = created.json().id
    })
    afterAll(async () => {
      await t?.close()
      await shop?.drop()
      await pgShop?.drop()
    })

    it('stores a connection sealed, shows which credentials are set but never them, and tests it', async () => {
      const url = `/api/v1/systems/${systemId}/connection`
      expect((await call('GET', url)).statusCode).toBe(404)
      const put = await call('PUT', url, {
        kind: 'postgres',
        url: `postgres://postgres:${SECRET}@127.0.0.1:5432/${pgShop.target.database}`,
      })
      expect(put.statusCode).toBe(200)
      expect(put.json()).toMatchObject({
        kind: 'postgres',
        host: '127.0.0.1',
        port: 5432,
        readCredentials: true,
        writeCredentials: false,
      })
      expect(put.body).not.toContain(SECRET)
      expect((await call('GET', url)).body).not.toContain(SECRET)
      const row = await t.ctx.db.selectFrom('connector_sql').selectAll().executeTakeFirstOrThrow()
      expect(Buffer.from(row.read_credentials as Buffer).toString('latin1')).not.toContain(SECRET)
      expect((await call('POST', `${url}/test`)).json()).toMatchObject({
        ok: true,
        tables: 0,
        writeChecked: false,
      })

      // Nothing answers on port 1; a database that does not exist.
      for (const [body, words] of [
        [
          {
            kind: 'postgres',
            host: '127.0.0.1',
            port: 1,
            database: 'shop',
            read: { user: 'shop', password: SECRET },
          },
          /reached/,
        ],
        [
          { kind: 'postgres', url: `postgres://postgres:${SECRET}@127.0.0.1:5432/no_such_db` },
          /does not exist/,
        ],
        [
          { kind: 'mysql', url: `mysql://nobody:${SECRET}@127.0.0.1:3306/${shop.target.database}` },
          /refused/,
        ],
      ] as const) {
        expect((await call('PUT', url, body)).statusCode).toBe(200)
        const failed = await call('POST', `${url}/test`)
        expect(failed.statusCode).toBe(502)
        expect(failed.json().error.code).toBe('connection_failed')
        expect(failed.json().error.message).toMatch(words)
        expect(failed.body).not.toContain(SECRET)
      }
      const audit = await t.ctx.audit.list(t.ctx.db, { action: 'connection.test' }, 10)
      expect(audit.map((e) => e.outcome).sort()).toEqual(['failure', 'failure', 'failure', 'success'])
      expect(JSON.stringify(audit)).not.toContain(SECRET)

      expect(
        (await call('PUT', url, { kind: 'mysql', url: 'postgres://x@h/db' })).json().error,
      ).toMatchObject({ code: 'validation_failed', field: 'url' })
      expect(
        (await call('PUT', url, { kind: 'mysql', host: 'h', database: 'd', read: { user: 'u' }, colour: 1 }))
          .statusCode,
      ).toBe(400)
      expect((await call('PUT', url, { kind: 'sqlite', file: 'relative.db' })).statusCode).toBe(400)
      // Vern's own database and master key are never a connected system's.
      for (const file of [`${t.db.dir}/vern.db`, `${t.db.dir}/../${t.db.dir.split('/').pop()}/master.key`])
        expect((await call('PUT', url, { kind: 'sqlite', file })).json().error).toMatchObject({
          code: 'validation_failed',
          field: 'file',
        })
      expect(
        (await call('PUT', url, { kind: 'mysql', host: 'h', database: 'd' }, {}, supportKey)).statusCode,
      ).toBe(403)

      // The MariaDB shop: read as root, write as root; the password left out later is kept.
      const shopPut = await call('PUT', url, {
        kind: 'mysql',
        host: '127.0.0.1',
        database: shop.target.database,
        read: { user: 'root', password: '' },
        write: { user: 'root', password: '' },
      })
      expect(shopPut.json()).toMatchObject({
        kind: 'mysql',
        port: 3306,
        readCredentials: true,
        writeCredentials: true,
      })
      expect((await call('POST', `${url}/test`)).json()).toMatchObject({
        ok: true,
        tables: 6,
        writeChecked: true,
      })
    })

    it('takes the annotation as YAML or JSON, reports every problem at once, and gives it back as YAML', async () => {
      const url = `/api/v1/systems/${systemId}/dataset`
      const broken = structuredClone(SHOP_DATASET)
      broken.dataset.collections[0]?.fields.push({ name: 'shoe_size', data_categories: ['user.nope'] })
      const report = await call('POST', `${url}/validate`, YAML.stringify(broken), {
        'content-type': 'application/yaml',
      })
      expect(report.statusCode).toBe(200)
      expect(report.json()).toEqual({
        valid: false,
        issues: [
          { path: 'collections.0.fields.6.name', code: 'unknown_column', message: expect.any(String) },
        ],
      })
      const refused = await call('PUT', url, JSON.stringify(broken), { 'content-type': 'application/json' })
      expect(refused.statusCode).toBe(422)
      expect(refused.json().error).toMatchObject({
        code: 'dataset_invalid',
        field: 'collections.0.fields.6.name',
      })
      expect((await call('GET', url)).statusCode).toBe(404)
      const stored = await call('PUT', url, YAML.stringify(SHOP_DATASET), { 'content-type': 'text/yaml' })
      expect(stored.statusCode).toBe(200)
      expect(stored.json()).toEqual(SHOP_DATASET)
      const yaml = await call('GET', url, undefined, { accept: 'application/yaml' })
      expect(yaml.headers['content-type']).toMatch(/yaml/)
      expect(YAML.parse(yaml.body)).toEqual(SHOP_DATASET)
      expect(
        (await call('PUT', url, 'dataset: [unclosed', { 'content-type': 'application/yaml' })).json().error,
      ).toMatchObject({ code: 'validation_failed', field: 'body' })
    })

    it('answers access and erasure through the entry point, audited without values', async () => {
      const connected = connectedSystems(t.ctx)
      expect(await connected.forRequest(t.ctx.db)).toEqual([{ systemId, name: 'Webshop', kind: 'mysql' }])
      const actor = { type: 'user' as const, id: 'staff-1' }
      const rows: AccessRow[] = []
      for await (const row of connected.accessRows(systemId, { email: person.email }, { actor }))
        rows.push(row)
      expect(rows).toContainEqual({
        category: 'user.contact.email',
        table: 'wp_users',
        row: { user_email: person.email },
      })
      expect(
        rows.filter((r) => r.table === 'wp_newsletter' && r.category === 'user.contact.email'),
      ).toHaveLength(1)
      expect(new Set(rows.map((r) => r.table))).toEqual(
        new Set([
          'wp_users',
          'wp_usermeta',
          'wp_wc_orders',
          'wp_wc_order_addresses',
          'wp_comments',
          'wp_newsletter',
        ]),
      )
      const dry = await connected.erase(
        systemId,
        { email: person.email },
        { dryRun: true, requestId: 'req-1', actor },
      )
      expect(dry.changes.length).toBeGreaterThan(0)
      const real = await connected.erase(
        systemId,
        { email: person.email },
        { dryRun: false, requestId: 'req-1', actor },
      )
      expect(real.changes).toEqual(dry.changes)
      expect(real.kept[0]).toMatchObject({ retention: 'bookkeeping', rule: 'nordic' })
      const again = await connected.erase(
        systemId,
        { email: person.email },
        { dryRun: false, requestId: 'req-1', actor },
      )
      expect(again.changes).toEqual([])

      const entries = await t.ctx.audit.list(t.ctx.db, { targetType: 'system' }, 50)
      const actions = entries.map((e) => e.action)
      expect(actions).toEqual(
        expect.arrayContaining([
          'connector.access',
          'connector.erase_dry_run',
          'connector.erase',
          'dataset.create',
        ]),
      )
      const text = JSON.stringify(entries)
      for (const value of [person.email, person.phone, person.name.split(' ')[1] as string])
        expect(text).not.toContain(value)
    })

    it('refuses erasure without write credentials', async () => {
      await call('PUT', `/api/v1/systems/${systemId}/connection`, {
        kind: 'mysql',
        host: '127.0.0.1',
        database: shop.target.database,
        read: { user: 'root' },
        write: null,
      })
      const connected = connectedSystems(t.ctx)
      await expect(
        connected.erase(
          systemId,
          { email: customers[1]?.email },
          { dryRun: false, actor: { type: 'user', id: 'staff-1' } },
        ),
      ).rejects.toMatchObject({ code: 'write_credentials_missing' })
    })
  })
})
