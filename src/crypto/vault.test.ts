import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { open, SealError, seal } from './aead.js'
import { KeyRing } from './keys.js'

describe('sealing', () => {
  const key = Buffer.alloc(32, 7)
  it('opens only with the same key and context, and never repeats a ciphertext', () => {
    const a = seal(key, 'anna@example.test', 'p1|email')
    const b = seal(key, 'anna@example.test', 'p1|email')
    expect(a.equals(b)).toBe(false)
    expect(open(key, a, 'p1|email').toString()).toBe('anna@example.test')
    expect(() => open(key, a, 'p2|email')).toThrow(SealError)
    expect(() => open(Buffer.alloc(32, 8), a, 'p1|email')).toThrow(SealError)
    const flipped = Buffer.from(a)
    flipped[flipped.length - 1] = (flipped.at(-1) ?? 0) ^ 1
    expect(() => open(key, flipped, 'p1|email')).toThrow(SealError)
  })

  it('derives distinct keys per purpose, and keyed hashes that depend on the master key', () => {
    const ring = new KeyRing(Buffer.alloc(32, 1))
    expect(ring.get('kek-v1').equals(ring.get('blind-index'))).toBe(false)
    expect(ring.mac('blind-index', 'x')).toBe(new KeyRing(Buffer.alloc(32, 1)).mac('blind-index', 'x'))
    expect(ring.mac('blind-index', 'x')).not.toBe(new KeyRing(Buffer.alloc(32, 2)).mac('blind-index', 'x'))
  })
})

forEachDatabase('vault', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect)
  })
  afterAll(() => t.close())

  it('seals per person, finds by keyed hash, and crypto-shreds on key destruction', async () => {
    const { vault, db } = t.ctx
    const sealed = await db.transaction().execute(async (trx) => {
      const key = await vault.keyFor(trx, 'person-1', t.clock.now())
      return key.seal('email', 'anna.hansen@example.test')
    })
    vault.forget()
    const key = await vault.findKey(db, 'person-1')
    expect(key?.open('email', sealed)).toBe('anna.hansen@example.test')
    expect(vault.blindIndex('email', 'anna.hansen@example.test')).toBe(
      vault.blindIndex('email', 'anna.hansen@example.test'),
    )
    expect(vault.blindIndex('email', 'anna.hansen@example.test')).not.toBe(
      vault.blindIndex('phone', 'anna.hansen@example.test'),
    )
    expect(await vault.destroyKey(db, 'person-1')).toBe(true)
    expect(await vault.findKey(db, 'person-1')).toBeNull()
    const row = await db.selectFrom('data_keys').selectAll().execute()
    expect(row).toHaveLength(0)
  })

  it('does not keep a data key whose transaction rolled back', async () => {
    const { vault, db } = t.ctx
    await expect(
      db.transaction().execute(async (trx) => {
        await vault.keyFor(trx, 'person-2', t.clock.now())
        throw new Error('rollback')
      }),
    ).rejects.toThrow('rollback')
    expect(await vault.findKey(db, 'person-2')).toBeNull()
  })

  it.runIf(dialect === 'sqlite')('leaves no plaintext in the database file', async () => {
    const { vault, db } = t.ctx
    await db.transaction().execute(async (trx) => {
      const key = await vault.keyFor(trx, 'person-3', t.clock.now())
      await t.ctx.mail.enqueue(trx, {
        template: 't',
        language: 'da',
        keyOwner: 'person-3',
        message: {
          to: 'birgitte.plaintext@example.test',
          subject: 'Hej Birgitte',
          text: key.seal('x', 'y').toString('hex'),
        },
      })
    })
    await t.ctx.database.close().catch(() => {})
    const file = t.db.url.slice('sqlite:'.length)
    const bytes = Buffer.concat([
      readFileSync(file),
      ...['-wal'].map((s) => {
        try {
          return readFileSync(file + s)
        } catch {
          return Buffer.alloc(0)
        }
      }),
    ])
    expect(bytes.includes('birgitte.plaintext')).toBe(false)
    expect(bytes.includes('Hej Birgitte')).toBe(false)
  })
})
