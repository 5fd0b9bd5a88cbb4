import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createUser } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import type { Who } from '../subjects/subject.access.js'
import { BATCH_ROWS, type ImportView } from './import.service.js'
import { guessMapping } from './mapping.js'
import type { ImportSettings } from './people.js'
import { customerExport, toCsv } from './testing.js'

const HEADERS = ['Kundenr', 'Fornavn', 'Efternavn', 'E-mail', 'Telefon', 'Postnr', 'By', 'Oprettet']

forEachDatabase('importing people from CSV', (dialect) => {
  let t: TestApp
  let who: Who
  const settings = (headers: string[]): ImportSettings => ({
    mapping: guessMapping(headers),
    system: 'shop',
    relationship: 'customer',
  })
  const finished = async (id: string): Promise<ImportView> => {
    await t.ctx.imports.runPending()
    return t.ctx.imports.get(t.ctx.db, id)
  }
  const count = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('subjects')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    const user = await createUser(t, { role: 'support' })
    who = { actor: { type: 'user', id: user.id }, role: 'support' }
  })
  afterAll(() => t.close())

  it('checks first without writing, then imports, and a second import duplicates nobody', async () => {
    const csv = customerExport(2500, 3)
    const upload = await t.ctx.imports.upload('kunder.csv', Buffer.from(csv), who)
    expect(upload).toMatchObject({ status: 'uploaded', totalRows: 2500, delimiter: ',', encoding: 'utf-8' })
    expect(upload.suggestedMapping).toMatchObject({
      email: 'Email',
      externalId: 'Customer ID',
      firstName: 'First Name',
    })

    await t.ctx.imports.start(upload.id, 'check', settings(upload.headers), who)
    const checked = await finished(upload.id)
    expect(checked).toMatchObject({ status: 'checked', processedRows: 2500, created: 2500, rejected: 0 })
    expect(await count()).toBe(0)

    await t.ctx.imports.start(upload.id, 'import', settings(upload.headers), who)
    const done = await finished(upload.id)
    expect(done).toMatchObject({ status: 'completed', created: 2500, updated: 0, rejected: 0 })
    expect(await count()).toBe(2500)
    const stored = await t.ctx.db
      .selectFrom('imports')
      .select('content')
      .where('id', '=', upload.id)
      .executeTakeFirstOrThrow()
    expect(stored.content).toBeNull()

    const again = await t.ctx.imports.upload('kunder.csv', Buffer.from(csv), who)
    await t.ctx.imports.start(again.id, 'import', settings(again.headers), who)
    expect(await finished(again.id)).toMatchObject({
      status: 'completed',
      created: 0,
      updated: 0,
      unchanged: 2500,
    })
    expect(await count()).toBe(2500)
  })

  it('reports every bad row by number and column, and writes nothing of a batch that has one', async () => {
    const good = (i: number) => [
      `K${i}`,
      'Mette',
      'Hansen',
      `mette${i}@example.com`,
      '20123456',
      '8000',
      'Aarhus',
      '01-03-2024',
    ]
    const rows = Array.from({ length: BATCH_ROWS + 10 }, (_, i) => good(i))
    rows[4] = [`K4`, 'Mette', 'Hansen', 'not-an-email', '20123456', '8000', 'Aarhus', '31-02-2024']
    rows[7] = [
      `K7`,
      'Mette',
      'Hansen 4111 1111 1111 1111',
      'k7@example.com',
      '20123456',
      '8000',
      'Aarhus',
      '',
    ]
    const csv = toCsv(HEADERS, rows, ';')
    const upload = await t.ctx.imports.upload('kunder-dk.csv', Buffer.from(csv), who)
    expect(upload.delimiter).toBe(';')
    await t.ctx.imports.start(upload.id, 'import', settings(upload.headers), who)
    const done = await finished(upload.id)
    // Rows are numbered as in a spreadsheet: the header is row 1.
    expect(done.report.problems).toEqual([
      { row: 6, column: 'E-mail', rule: 'email' },
      { row: 6, column: 'Oprettet', rule: 'date' },
      { row: 9, column: 'Efternavn', rule: 'card_number' },
    ])
    expect(done).toMatchObject({ rejected: 2, skipped: BATCH_ROWS - 2, created: 10 })
    expect(done.report.skippedBatches).toEqual([{ from: 2, to: BATCH_ROWS + 1 }])
    const found = await t.ctx.db
      .selectFrom('subjects')
      .select((e) => e.fn.countAll().as('n'))
      .where('source', '=', `import:${upload.id}`)
      .executeTakeFirstOrThrow()
    expect(Number(found.n)).toBe(10)
    const refused = await t.ctx.audit.list(t.ctx.db, { action: 'subject.card_number_refused' }, 5)
    expect(refused[0]).toMatchObject({ outcome: 'denied', details: { rows: ['9'], columns: ['Efternavn'] } })
    expect(JSON.stringify(refused)).not.toContain('4111')
  })

  it('updates what changed for people it already knows, by customer id or e-mail', async () => {
    const first = toCsv(HEADERS, [['A1', 'Jens', 'Berg', 'jens@example.org', '', '', '', '']], ',')
    const u1 = await t.ctx.imports.upload('a.csv', Buffer.from(first), who)
    await t.ctx.imports.start(u1.id, 'import', settings(u1.headers), who)
    expect(await finished(u1.id)).toMatchObject({ created: 1 })
    const second = toCsv(
      HEADERS,
      [
        ['A1', 'Jens', 'Berg', 'jens.berg@example.org', '+45 20 11 22 33', '2100', 'København Ø', ''],
        ['', 'Jens', 'Berg', 'jens.berg@example.org', '', '', '', ''],
      ],
      ',',
    )
    const u2 = await t.ctx.imports.upload('b.csv', Buffer.from(second), who)
    await t.ctx.imports.start(u2.id, 'import', settings(u2.headers), who)
    expect(await finished(u2.id)).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
    const [person] = await t.ctx.db
      .selectFrom('subjects')
      .select('id')
      .where('source', '=', `import:${u1.id}`)
      .execute()
    // One audit entry for the batch's changes: the ids and the fields written, never a value.
    const [update] = await t.ctx.audit.list(t.ctx.db, { action: 'subject.update' }, 1)
    expect(update?.details).toMatchObject({ count: 1, subjects: [person?.id], import: u2.id })
    expect(update?.details?.fields).toEqual(expect.arrayContaining(['email', 'phone', 'address']))
    expect(JSON.stringify(update)).not.toContain('jens')
  })

  it('reads Windows-1252 files from Nordic spreadsheets', async () => {
    const csv = toCsv(HEADERS, [['W1', 'Søren', 'Ærø', 'soeren@example.net', '', '9000', 'Aalborg', '']], ';')
    const bytes = Buffer.from(csv, 'latin1')
    const upload = await t.ctx.imports.upload('excel.csv', bytes, who)
    expect(upload.encoding).toBe('windows-1252')
    await t.ctx.imports.start(upload.id, 'import', settings(upload.headers), who)
    expect(await finished(upload.id)).toMatchObject({ created: 1 })
    const found = await t.app.inject({
      method: 'GET',
      url: '/api/v1/subjects?email=soeren@example.net',
      headers: {
        authorization: `Bearer ${await (await import('../../test/factories.js')).createApiKey(t, 'owner')}`,
      },
    })
    expect(found.json().subjects[0].name).toBe('Søren Ærø')
  })

  it('refuses a mapping without a key to recognise people by', async () => {
    const upload = await t.ctx.imports.upload('x.csv', Buffer.from(customerExport(3)), who)
    await expect(
      t.ctx.imports.start(
        upload.id,
        'import',
        { mapping: { firstName: 'First Name' }, system: 'shop', relationship: 'customer' },
        who,
      ),
    ).rejects.toMatchObject({ code: 'validation_failed', field: 'mapping.email' })
    await expect(
      t.ctx.imports.start(
        upload.id,
        'import',
        { mapping: { email: 'Nope' }, system: 'shop', relationship: 'customer' },
        who,
      ),
    ).rejects.toMatchObject({ code: 'validation_failed', field: 'mapping.email', rule: 'one_of' })
  })

  it('resumes after the last committed batch when the instance running it died', async () => {
    const csv = customerExport(2500, 11)
    const upload = await t.ctx.imports.upload('crash.csv', Buffer.from(csv), who)
    // Customer ids of their own system: earlier tests imported the same numbers from 'shop'.
    const crash = { ...settings(upload.headers), system: 'crash' }
    await t.ctx.imports.start(upload.id, 'check', crash, who)
    await finished(upload.id)
    // What a crash after the first batch leaves: that batch committed with its progress, the runner gone.
    const first = toCsv(
      ['Customer ID', 'Email'],
      csv
        .split('\r\n')
        .slice(1, BATCH_ROWS + 1)
        .map((line) => {
          const cells = line.split(',')
          return [cells[0] as string, cells[3] as string]
        }),
    )
    const head = await t.ctx.imports.upload('first.csv', Buffer.from(first), who)
    await t.ctx.imports.start(
      head.id,
      'import',
      { mapping: { externalId: 'Customer ID', email: 'Email' }, system: 'crash', relationship: 'customer' },
      who,
    )
    await finished(head.id)
    const before = await count()
    await t.ctx.db
      .updateTable('imports')
      .set({
        status: 'running',
        mode: 'import',
        next_row: BATCH_ROWS,
        processed_rows: BATCH_ROWS,
        created: BATCH_ROWS,
        updated: 0,
        unchanged: 0,
        runner: 'dead-instance',
        heartbeat_at: t.clock.now().toISOString(),
      })
      .where('id', '=', upload.id)
      .execute()
    // A fresh heartbeat belongs to a live instance: nobody takes it over.
    expect(await t.ctx.imports.runPending()).toBe(0)
    t.clock.advance(2 * 60_000)
    expect(await t.ctx.imports.runPending()).toBe(1)
    const done = await t.ctx.imports.get(t.ctx.db, upload.id)
    expect(done).toMatchObject({ status: 'completed', processedRows: 2500, created: 2500 })
    expect(await count()).toBe(before + 1500)
  })

  it.runIf(dialect === 'sqlite')(
    'leaves no imported e-mail, name or phone readable in the SQLite file',
    async () => {
      const file = join(t.db.dir, 'vern.db')
      const bytes = Buffer.concat([file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f)))
      const lines = customerExport(2500, 3).split('\r\n').slice(1, 200)
      expect(bytes.includes(Buffer.from('Nordlys Webshop ApS'))).toBe(true)
      for (const line of lines) {
        const [, first, last, email, phone] = line.split(',')
        for (const secret of [email, `${first} ${last}`, `+45${(phone ?? '').replace(/\D/g, '').slice(-8)}`])
          expect(bytes.includes(Buffer.from(secret as string)), secret).toBe(false)
      }
    },
  )
})
