import { createHash } from 'node:crypto'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'

forEachDatabase('audit chain', (dialect) => {
  let t: TestApp
  beforeEach(async () => {
    t = await createTestApp(dialect)
    for (let i = 0; i < 10; i++) {
      await t.ctx.audit.append(t.ctx.db, {
        actor: { type: 'system' },
        action: 'test.entry',
        target: { type: 'thing', id: String(i) },
        details: { n: i },
      })
    }
  })
  afterEach(() => t.close())

  const rows = () => t.ctx.db.selectFrom('audit_log').selectAll().orderBy('seq').execute()

  it('links each entry to the one before and verifies intact', async () => {
    const all = await rows()
    expect(all.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    for (let i = 1; i < all.length; i++) expect(all[i]?.prev_hash).toBe(all[i - 1]?.hash)
    expect(await t.ctx.audit.verify(t.ctx.db)).toEqual({ ok: true, entries: 10 })
  })

  it('finds a changed entry', async () => {
    await t.ctx.db.updateTable('audit_log').set({ details: '{"n":99}' }).where('seq', '=', 4).execute()
    expect(await t.ctx.audit.verify(t.ctx.db)).toMatchObject({ ok: false, seq: 4, problem: 'changed' })
  })

  it('finds a changed entry even when its hash was recomputed without the key', async () => {
    const row = (await rows())[5]!
    const forged = createHash('sha256')
      .update(JSON.stringify({ ...row, outcome: 'success', action: 'nothing' }))
      .digest('base64url')
    await t.ctx.db
      .updateTable('audit_log')
      .set({ action: 'nothing', hash: forged })
      .where('seq', '=', 6)
      .execute()
    const result = await t.ctx.audit.verify(t.ctx.db)
    expect(result).toMatchObject({ ok: false, seq: 6 })
  })

  it('finds a removed entry', async () => {
    await t.ctx.db.deleteFrom('audit_log').where('seq', '=', 3).execute()
    expect(await t.ctx.audit.verify(t.ctx.db)).toMatchObject({ ok: false, seq: 3, problem: 'missing' })
  })

  it('finds reordered entries', async () => {
    const all = await rows()
    const a = all[6]!
    const b = all[7]!
    // Swap the contents of two entries, keeping each position's sequence number.
    await t.ctx.db.deleteFrom('audit_log').where('seq', 'in', [7, 8]).execute()
    await t.ctx.db
      .insertInto('audit_log')
      .values([
        { ...b, seq: 7, id: `${b.id}x` },
        { ...a, seq: 8, id: `${a.id}x` },
      ])
      .execute()
    expect(await t.ctx.audit.verify(t.ctx.db)).toMatchObject({ ok: false, seq: 7 })
  })

  it('finds the newest entry removed', async () => {
    await t.ctx.db.deleteFrom('audit_log').where('seq', '=', 10).execute()
    expect(await t.ctx.audit.verify(t.ctx.db)).toMatchObject({ ok: false, seq: 10, problem: 'truncated' })
  })

  it('keeps one chain when many appends race', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.ctx.audit.append(t.ctx.db, { actor: { type: 'system' }, action: 'test.race', details: { i } }),
      ),
    )
    const result = await t.ctx.audit.verify(t.ctx.db)
    expect(result).toEqual({ ok: true, entries: 50 })
  })

  it('filters by action prefix, outcome and time, newest first', async () => {
    await t.ctx.audit.append(t.ctx.db, {
      actor: { type: 'anonymous' },
      action: 'auth.login_failed',
      outcome: 'failure',
    })
    const failed = await t.ctx.audit.list(t.ctx.db, { action: 'auth.', outcome: 'failure' }, 10)
    expect(failed.map((e) => e.action)).toEqual(['auth.login_failed'])
    const page = await t.ctx.audit.list(t.ctx.db, { action: 'test.', beforeSeq: 5 }, 2)
    expect(page.map((e) => e.seq)).toEqual([4, 3])
    expect(await t.ctx.audit.list(t.ctx.db, { from: '2030-01-01T00:00:00.000Z' }, 10)).toEqual([])
  })
})
