// Names and values chosen to break out of a statement: each must be treated as a name or a value,
// never as SQL. Also: every problem of an annotation is reported at once, with its path.
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIDESLANG_CATEGORIES } from '../taxonomy/default-fideslang.js'
import { compileDataset, type Plan } from './dataset.plan.js'
import type { DatasetDocument } from './dataset.schema.js'
import { applyErasure, walk } from './execute.js'
import { introspect } from './introspect.js'
import { openSession, SQL_KINDS, type SqlKind, type SqlSession } from './sql.session.js'
import { type ScratchDatabase, scratchDatabase, serverAnswers } from './testing/databases.js'
import { buildShop, generateShop, SHOP_DATASET } from './testing/shop.js'

const known = async (keys: readonly string[]) => new Set(keys.filter((k) => k in FIDESLANG_CATEGORIES))
const available = Object.fromEntries(
  await Promise.all(SQL_KINDS.map(async (k) => [k, await serverAnswers(k)])),
)

const TABLE = 'kunder"; drop table victim; -- `x`'
const EMAIL = 'e\'mail`"); delete from victim; --'
const NOTE = 'note'

for (const kind of SQL_KINDS as readonly SqlKind[]) {
  describe.skipIf(!available[kind] && !process.env.CI)(`hostile names and values [${kind}]`, () => {
    let scratch: ScratchDatabase
    let session: SqlSession
    beforeAll(async () => {
      scratch = await scratchDatabase(kind)
      session = await openSession(scratch.target, true)
      const q = (n: string) => session.quote(n)
      const textType = kind === 'mysql' ? 'varchar(200)' : 'text'
      await session.run(`create table victim (id integer primary key)`)
      await session.run(`insert into victim (id) values (1)`)
      await session.run(
        `create table ${q(TABLE)} (id integer primary key, ${q(EMAIL)} ${textType}, ${q(NOTE)} ${textType})`,
      )
      const p = (n: number) => session.param(n)
      await session.run(
        `insert into ${q(TABLE)} (id, ${q(EMAIL)}, ${q(NOTE)}) values (${p(1)}, ${p(2)}, ${p(3)}), (${p(4)}, ${p(5)}, ${p(6)})`,
        [1, "o'brien@example.dk", "'); drop table victim; --", 2, "x' or '1'='1", 'keep me'],
      )
    })
    afterAll(async () => {
      await session?.close()
      await scratch?.drop()
    })

    it('quotes hostile names, binds hostile values, and touches only the person’s row', async () => {
      const dataset: DatasetDocument = {
        dataset: {
          fides_key: 'hostile',
          collections: [
            {
              name: TABLE,
              fields: [
                { name: 'id' },
                {
                  name: EMAIL,
                  data_categories: ['user.contact.email'],
                  fides_meta: { identity: 'email' },
                  erasure: { action: 'mask' },
                },
                { name: NOTE, data_categories: ['user.content.private'], erasure: { action: 'set_null' } },
              ],
            },
          ],
        },
      }
      const { plan, issues } = await compileDataset(dataset, await introspect(session), known)
      expect(issues).toEqual([])
      // A value that would match everything if it were pasted into the statement matches nothing.
      const none = []
      for await (const b of walk(session, plan as Plan, { email: "x' or '1'='1" })) none.push(b)
      expect(none.map((b) => b.rows.length)).toEqual([1])
      const result = await applyErasure(
        session,
        plan as Plan,
        { email: "O'Brien@example.dk" },
        randomBytes(32),
      )
      expect(result.changes).toEqual([
        { table: TABLE, column: EMAIL, action: 'mask', rows: 1 },
        { table: TABLE, column: NOTE, action: 'set_null', rows: 1 },
      ])
      const rows = await session.query(`select * from ${session.quote(TABLE)} order by id`)
      expect(rows.map((r) => [Number(r.id), r[EMAIL], r[NOTE]])).toEqual([
        [1, 'erased', null],
        [2, "x' or '1'='1", 'keep me'],
      ])
      expect(await session.query('select id from victim')).toHaveLength(1)
    })

    it('reports every problem of an annotation at once, with its path', async () => {
      const shop = await scratchDatabase(kind)
      const s = await openSession(shop.target, true)
      try {
        await buildShop(s, generateShop(2).data)
        const broken = structuredClone(SHOP_DATASET)
        const [users, meta, orders, , comments] = broken.dataset.collections
        if (!users || !meta || !orders || !comments) throw new Error('fixture changed')
        users.fields.push({ name: 'no_such_column' })
        ;(
          orders.fields.find((f) => f.name === 'total_amount') as { data_categories?: string[] }
        ).data_categories = ['user.shoe_size']
        // NOT NULL in the schema.
        ;(comments.fields.find((f) => f.name === 'comment_author') as { erasure?: unknown }).erasure = {
          action: 'set_null',
        }
        // Meta rows would be left pointing at deleted users.
        ;(meta.fields.find((f) => f.name === 'user_id') as { erasure?: unknown }).erasure = undefined
        broken.dataset.collections.push({ name: 'wp_nothing', fields: [] })
        // A table no reference leads to.
        const [, , , , , letters] = broken.dataset.collections
        ;(letters?.fields.find((f) => f.name === 'email') as { fides_meta?: unknown }).fides_meta = undefined
        const { plan, issues } = await compileDataset(broken, await introspect(s), known)
        expect(plan).toBeNull()
        expect(issues.map((i) => [i.path, i.code]).sort()).toEqual(
          [
            ['collections.0.fields.6.name', 'unknown_column'],
            ['collections.2.fields.1.data_categories.0', 'unknown_category'],
            ['collections.4.fields.2.erasure.action', 'not_nullable'],
            ['collections.5', 'unreachable'],
            ['collections.6.name', 'unknown_table'],
            ['wp_usermeta.user_id', 'unhandled_reference'],
          ].sort(),
        )
        for (const issue of issues) expect(issue.message).not.toMatch(/@example/)
      } finally {
        await s.close()
        await shop.drop()
      }
    })
  })
}
