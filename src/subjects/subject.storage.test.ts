import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { subjectsApi } from './subject.testing.js'

/** Fictitious people; every value below must be unreadable in the stored database. */
const PEOPLE = [
  {
    name: 'Astrid Lindqvist',
    email: 'astrid.lindqvist@posteo.se',
    phone: '+46 70 123 45 67',
    street: 'Sveavägen 44',
    id: { kind: 'se_pnr', value: '640823-3234' },
    plain: ['196408233234', '640823-3234'],
  },
  {
    name: 'Mikkel Thorsager',
    email: 'mikkel@thorsager.dk',
    phone: '+45 20 12 34 56',
    street: 'Jægersborggade 9',
    id: { kind: 'dk_cpr', value: '070761-4285' },
    plain: ['0707614285', '070761-4285'],
  },
  {
    name: 'Kari Nordmann',
    email: 'kari.nordmann@epost.no',
    phone: '+47 412 34 567',
    street: 'Karl Johans gate 22',
    id: { kind: 'no_fnr', value: '02016126007' },
    plain: ['02016126007'],
  },
  {
    name: 'Aino Virtanen',
    email: 'aino.virtanen@sahkoposti.fi',
    phone: '+358 40 1234567',
    street: 'Mannerheimintie 5',
    id: { kind: 'fi_hetu', value: '131052-308T' },
    plain: ['131052-308T'],
  },
]
const E164 = ['+46701234567', '+4520123456', '+4741234567', '+358401234567']

forEachDatabase('register at rest (P18)', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    const api = subjectsApi(t, await createApiKey(t, 'owner'))
    for (const p of PEOPLE) {
      const res = await api.create({
        name: p.name,
        email: p.email,
        phone: p.phone,
        address: { street: p.street, city: 'Hovedstaden' },
        nationalIds: [p.id],
        notes: `Kontakt ${p.name} om levering`,
      })
      expect(res.statusCode).toBe(201)
      await api.patch(res.json().id, { jobTitle: `Formand for ${p.name}` })
      await api.interact(res.json().id, {
        kind: 'complaint',
        reference: `REF-${p.plain[0]}`,
        summary: `Klage fra ${p.email}`,
      })
    }
  })
  afterAll(() => t.close())

  const secrets = () =>
    PEOPLE.flatMap((p) => [p.name, p.email, p.street, ...p.plain, p.name.split(' ')[1] as string]).concat(
      E164,
    )

  it.runIf(dialect === 'sqlite')(
    'leaves no e-mail, phone, name, address or identity number in the SQLite file or its WAL',
    async () => {
      const file = join(t.db.dir, 'vern.db')
      const bytes = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)))
      expect(bytes.length).toBeGreaterThan(10_000)
      // The check itself must be able to fail: a value Vern keeps in plaintext is found.
      expect(bytes.includes(Buffer.from('Nordlys Webshop ApS'))).toBe(true)
      for (const secret of secrets()) {
        expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false)
        expect(bytes.includes(Buffer.from(secret.toLowerCase(), 'utf8')), secret).toBe(false)
      }
    },
  )

  it.runIf(dialect === 'postgres')('leaves no personal value in any PostgreSQL table', async () => {
    const tables = await sql<{
      table_name: string
    }>`select table_name from information_schema.tables where table_schema = 'public'`.execute(t.ctx.db)
    const parts: Buffer[] = []
    for (const { table_name } of tables.rows) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table_name)}`.execute(
        t.ctx.db,
      )
      // Byte columns as their raw bytes, so a value sealed by mistake as plain bytes would still be found.
      for (const row of rows.rows)
        for (const v of Object.values(row))
          parts.push(Buffer.isBuffer(v) ? v : Buffer.from(JSON.stringify(v) ?? ''))
    }
    const dump = Buffer.concat(parts).toString('latin1')
    expect(dump).toContain('Nordlys Webshop ApS')
    for (const secret of secrets()) {
      const needle = Buffer.from(secret.toLowerCase(), 'utf8').toString('latin1')
      expect(dump.toLowerCase().includes(needle), secret).toBe(false)
    }
  })
})
