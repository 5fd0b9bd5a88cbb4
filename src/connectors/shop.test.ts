// The proof on a realistic shop: a WooCommerce-like schema with synthetic Nordic customers, in real
// MariaDB, real PostgreSQL and SQLite; access finds every row of a person, erasure does exactly what
// the annotation says, the dry run counts what the real run does, and a second erasure changes nothing.
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIDESLANG_CATEGORIES } from '../taxonomy/default-fideslang.js'
import { compileDataset, type Plan } from './dataset.plan.js'
import { applyErasure, planErasure, RowLimitError, walk } from './execute.js'
import { introspect } from './introspect.js'
import { SqlSampleSource } from './sample-source.js'
import { openSession, SQL_KINDS, type SqlKind, type SqlRow, type SqlSession } from './sql.session.js'
import { type ScratchDatabase, scratchDatabase, serverAnswers } from './testing/databases.js'
import { buildShop, generateShop, SHOP_DATASET, type ShopCustomer, type ShopData } from './testing/shop.js'

const known = async (keys: readonly string[]) => new Set(keys.filter((k) => k in FIDESLANG_CATEGORIES))
const available = Object.fromEntries(
  await Promise.all(SQL_KINDS.map(async (k) => [k, await serverAnswers(k)])),
)

/** What the person has in the generated data, worked out independently of the walk. */
function expectedRows(data: ShopData, person: ShopCustomer): Record<string, number[]> {
  const orders = (data.wp_wc_orders ?? []).filter(
    (o) => o.customer_id === person.id || o.billing_email === person.email,
  )
  const orderIds = new Set(orders.map((o) => o.id))
  const ids = (rows: ShopData[string] | undefined, key: string) =>
    (rows ?? []).map((r) => Number(r[key])).sort((a, b) => a - b)
  return {
    wp_users: ids(
      data.wp_users?.filter((u) => u.ID === person.id),
      'ID',
    ),
    wp_usermeta: ids(
      data.wp_usermeta?.filter((m) => m.user_id === person.id),
      'umeta_id',
    ),
    wp_wc_orders: ids(orders, 'id'),
    wp_wc_order_addresses: ids(
      data.wp_wc_order_addresses?.filter((a) => orderIds.has(a.order_id)),
      'id',
    ),
    wp_comments: ids(
      data.wp_comments?.filter((c) => orderIds.has(c.comment_post_ID)),
      'comment_ID',
    ),
    wp_newsletter: ids(
      data.wp_newsletter?.filter((n) => n.email === person.email),
      'id',
    ),
  }
}

async function found(session: SqlSession, plan: Plan, identity: Parameters<typeof walk>[2]) {
  const out: Record<string, number[]> = {}
  for await (const batch of walk(session, plan, identity)) {
    const table = plan.tables.get(batch.table)
    const key = table?.info.primaryKey[0] as string
    out[batch.table] = [...(out[batch.table] ?? []), ...batch.rows.map((r) => Number(r[key]))]
  }
  for (const list of Object.values(out)) list.sort((a, b) => a - b)
  return out
}

async function all(session: SqlSession, table: string, key: string): Promise<SqlRow[]> {
  return session.query(`select * from ${session.quote(table)} order by ${session.quote(key)}`)
}

for (const kind of SQL_KINDS as readonly SqlKind[]) {
  describe.skipIf(!available[kind] && !process.env.CI)(
    `connectors on a WooCommerce-like shop [${kind}]`,
    () => {
      let scratch: ScratchDatabase
      let session: SqlSession
      let plan: Plan
      const { data, customers } = generateShop(300)
      const hashKey = randomBytes(32)

      beforeAll(async () => {
        scratch = await scratchDatabase(kind)
        session = await openSession(scratch.target, true)
        await buildShop(session, data)
        const compiled = await compileDataset(SHOP_DATASET, await introspect(session), known)
        expect(compiled.issues).toEqual([])
        plan = compiled.plan as Plan
      })
      afterAll(async () => {
        await session?.close()
        await scratch?.drop()
      })

      it('introspects tables, columns, primary keys and (where declared) foreign keys', async () => {
        const schema = await introspect(session)
        expect(schema.tables.map((t) => t.name).sort()).toEqual([
          'wp_comments',
          'wp_newsletter',
          'wp_usermeta',
          'wp_users',
          'wp_wc_order_addresses',
          'wp_wc_orders',
        ])
        const addresses = schema.tables.find((t) => t.name === 'wp_wc_order_addresses')
        expect(addresses?.primaryKey).toEqual(['id'])
        expect(addresses?.columns.find((c) => c.name === 'address_type')?.nullable).toBe(false)
        expect(addresses?.columns.find((c) => c.name === 'phone')?.nullable).toBe(true)
        expect(addresses?.foreignKeys).toEqual(
          kind === 'mysql' ? [] : [{ columns: ['order_id'], refTable: 'wp_wc_orders', refColumns: ['id'] }],
        )
      })

      it('hands discovery bounded samples in batches, only of tables and columns the database listed', async () => {
        const source = new SqlSampleSource(await openSession(scratch.target, false))
        try {
          const tables = await source.tables()
          expect(tables.find((t) => t.name === 'wp_users')?.columns.map((c) => c.name)).toContain(
            'user_email',
          )
          const batches: number[] = []
          let first: Record<string, unknown> | undefined
          for await (const batch of source.sample('wp_usermeta', ['meta_key', 'meta_value'], 700)) {
            batches.push(batch.length)
            first ??= batch[0]
          }
          expect(batches).toEqual([500, 200])
          expect(Object.keys(first ?? {})).toEqual(['meta_key', 'meta_value'])
          await expect(async () => {
            for await (const _ of source.sample('wp_users; drop table wp_users', ['ID'], 10)) break
          }).rejects.toThrow(/Unknown table/)
          await expect(async () => {
            for await (const _ of source.sample('wp_users', ['user_pass, 1'], 10)) break
          }).rejects.toThrow(/Unknown table/)
        } finally {
          await source.close()
        }
      })

      it('never writes through a read session', async () => {
        const reader = await openSession(scratch.target, false)
        try {
          await expect(reader.run(`delete from ${reader.quote('wp_newsletter')}`)).rejects.toMatchObject({
            name: 'SqlConnectionError',
            message: 'The connection is read-only',
          })
        } finally {
          await reader.close()
        }
        expect(await session.query(`select id from ${session.quote('wp_newsletter')}`)).toHaveLength(
          data.wp_newsletter?.length ?? -1,
        )
      })

      it('finds every row of a person by e-mail, by phone and by customer id, and nobody else’s', async () => {
        for (const person of [customers[0], customers[41], customers[217]] as ShopCustomer[]) {
          const expected = Object.fromEntries(
            Object.entries(expectedRows(data, person)).filter(([, ids]) => ids.length > 0),
          )
          // The e-mail in other letters' case finds the same rows.
          expect(await found(session, plan, { email: person.email.toUpperCase() })).toEqual(expected)
        }
        const first = customers[0] as ShopCustomer
        const byPhone = await found(session, plan, { phone: first.phone })
        expect(byPhone.wp_wc_order_addresses).toEqual(expectedRows(data, first).wp_wc_order_addresses)
        const byId = await found(session, plan, { customerId: String(first.id) })
        expect(byId.wp_users).toEqual([first.id])
        expect(byId.wp_usermeta).toHaveLength(3)
        expect(await found(session, plan, { email: 'nobody@example.dk' })).toEqual({})
        // Bounded: a walk that finds more rows than allowed stops.
        await expect(async () => {
          for await (const _ of walk(session, plan, { email: first.email }, { maxRows: 5, batch: 2 })) {
          }
        }).rejects.toBeInstanceOf(RowLimitError)
      })

      it('erases exactly what the annotation says, the dry run counts what the real run does, and a second run changes nothing', async () => {
        const person = customers[0] as ShopCustomer
        const neighbour = customers[1] as ShopCustomer
        const expected = expectedRows(data, person)
        const ordersBefore = await all(session, 'wp_wc_orders', 'id')
        const addressesBefore = await all(session, 'wp_wc_order_addresses', 'id')
        const commentsBefore = await all(session, 'wp_comments', 'comment_ID')
        const neighbourBefore = await found(session, plan, { email: neighbour.email })

        const dry = (await planErasure(session, plan, { email: person.email }, hashKey)).result
        expect(dry.found).toEqual(
          Object.fromEntries(Object.entries(expected).map(([t, ids]) => [t, ids.length])),
        )
        // Nothing was written by the dry run.
        expect(await all(session, 'wp_wc_orders', 'id')).toEqual(ordersBefore)

        const real = await applyErasure(session, plan, { email: person.email }, hashKey)
        expect(real.dryRun).toBe(false)
        expect(real.changes).toEqual(dry.changes)
        expect(real.changes).toContainEqual({
          table: 'wp_users',
          column: null,
          action: 'delete_row',
          rows: 1,
        })
        expect(real.changes).toContainEqual({
          table: 'wp_usermeta',
          column: null,
          action: 'delete_row',
          rows: 3,
        })
        expect(real.changes).toContainEqual({
          table: 'wp_newsletter',
          column: null,
          action: 'delete_row',
          rows: 1,
        })
        expect(real.changes).toContainEqual({
          table: 'wp_wc_orders',
          column: 'billing_email',
          action: 'mask',
          rows: expected.wp_wc_orders?.length,
        })
        expect(real.kept).toContainEqual({
          table: 'wp_wc_orders',
          column: 'total_amount',
          retention: 'bookkeeping',
          rows: expected.wp_wc_orders?.length,
        })

        expect(
          await session.query(
            `select * from ${session.quote('wp_users')} where ${session.quote('ID')} = ${session.param(1)}`,
            [person.id],
          ),
        ).toEqual([])
        const ordersAfter = await all(session, 'wp_wc_orders', 'id')
        const mine = new Set(expected.wp_wc_orders)
        for (const [i, before] of ordersBefore.entries()) {
          const after = ordersAfter[i] as SqlRow
          if (!mine.has(Number(before.id))) {
            expect(after).toEqual(before)
            continue
          }
          // The invoice stays: amount, date, status; what points at the person goes.
          expect(after).toMatchObject({
            total_amount: before.total_amount,
            date_created_gmt: before.date_created_gmt,
            status: before.status,
          })
          expect(after).toMatchObject({
            customer_id: null,
            billing_email: 'erased@invalid',
            ip_address: null,
            customer_note: null,
          })
        }
        const addressesAfter = await all(session, 'wp_wc_order_addresses', 'id')
        const myAddresses = new Set(expected.wp_wc_order_addresses)
        for (const [i, before] of addressesBefore.entries()) {
          const after = addressesAfter[i] as SqlRow
          if (!myAddresses.has(Number(before.id))) expect(after).toEqual(before)
          else {
            expect(after).toMatchObject({
              first_name: before.first_name,
              last_name: before.last_name,
              address_1: before.address_1,
              city: before.city,
              postcode: before.postcode,
            })
            expect(after).toMatchObject({ email: 'erased@invalid', phone: null })
          }
        }
        const commentsAfter = await all(session, 'wp_comments', 'comment_ID')
        const myComments = new Set(expected.wp_comments)
        for (const [i, before] of commentsBefore.entries()) {
          const after = commentsAfter[i] as SqlRow
          if (!myComments.has(Number(before.comment_ID))) expect(after).toEqual(before)
          else {
            expect(String(after.comment_content)).toMatch(/^vern:[A-Za-z0-9_-]{22}$/)
            expect(after).toMatchObject({
              comment_author: 'erased',
              comment_author_IP: '0.0.0.0',
              comment_date: before.comment_date,
            })
          }
        }
        // The neighbour is untouched, and the person can no longer be found.
        expect(await found(session, plan, { email: neighbour.email })).toEqual(neighbourBefore)
        expect(
          await found(session, plan, {
            email: person.email,
            phone: person.phone,
            customerId: String(person.id),
          }),
        ).toEqual({})

        const again = await applyErasure(
          session,
          plan,
          { email: person.email, phone: person.phone, customerId: String(person.id) },
          hashKey,
        )
        expect(again.changes).toEqual([])
        expect(await all(session, 'wp_wc_orders', 'id')).toEqual(ordersAfter)
      })
    },
  )
}
