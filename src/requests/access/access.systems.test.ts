// Access packages with the person's rows from connected systems: a WooCommerce-like shop in SQLite,
// connected and annotated through the API, on both of Vern's databases.

import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../../test/harness.js'
import { connectedSystems } from '../../connectors/index.js'
import { openSession } from '../../connectors/sql.session.js'
import { type ScratchDatabase, scratchDatabase } from '../../connectors/testing/databases.js'
import { buildShop, generateShop, SHOP_DATASET } from '../../connectors/testing/shop.js'
import { webshopSystem } from '../../datamap/testing.js'
import { VernError } from '../../errors.js'
import { LANGUAGES } from '../../i18n/languages.js'
import type { Who } from '../../subjects/subject.access.js'
import { SubjectService } from '../../subjects/subject.service.js'
import { auditOf, MAREN } from '../../subjects/subject.testing.js'
import { escapeHtml } from '../../ui/html.js'
import type { PackageRow } from './access.repository.js'
import { type OpenedSystem, openSystems, slug } from './access.systems.js'
import { download, pdfText, text, unzip } from './access.testing.js'
import { ACCESS_TEXT } from './access.text.js'
import { systemCsv, systemJson } from './access.zip.js'
import { prepareAccessPackage } from './index.js'

const OWNER: Who = { actor: { type: 'system', id: 'test' }, role: 'owner' }
const STAFF = { type: 'user' as const, id: '0190a1b2-0000-7000-8000-000000000002' }

interface SystemRow {
  table: string
  category: string
  row: Record<string, unknown>
}

forEachDatabase('access packages with connected systems', (dialect) => {
  let t: TestApp
  let key: string
  let shop: ScratchDatabase
  let subjectId: string
  const logs: string[] = []
  const { data, customers } = generateShop(40)
  const [registered, shopOnly] = customers as [(typeof customers)[number], (typeof customers)[number]]
  const others = customers.filter((c) => c !== registered && c !== shopOnly)

  const api = (method: 'POST' | 'PUT', url: string, payload: unknown) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, payload: payload as string })

  /** A system in the data map with the shop's connection and annotation. */
  async function connectShop(name: string): Promise<string> {
    const created = await api('POST', '/api/v1/systems', { ...webshopSystem, name })
    expect(created.statusCode).toBe(201)
    const id = created.json().id as string
    const connection = await api('PUT', `/api/v1/systems/${id}/connection`, {
      kind: 'sqlite',
      file: (shop.target as { file: string }).file,
    })
    expect(connection.statusCode).toBe(200)
    expect((await api('PUT', `/api/v1/systems/${id}/dataset`, SHOP_DATASET)).statusCode).toBe(200)
    return id
  }

  let requestNo = 0
  const prepare = (subject: string | null, email: string, kind: 'access' | 'portability' = 'access') =>
    prepareAccessPackage(t.ctx, {
      requestId: `req-systems-${++requestNo}`,
      subjectId: subject,
      language: 'da',
      kind,
      actor: STAFF,
      email,
    })

  async function fetch(url: string): Promise<Map<string, Buffer>> {
    const res = await download(t, url)
    expect(res.statusCode).toBe(200)
    return unzip(res.rawPayload)
  }

  const rowsOf = (files: Map<string, Buffer>, name = 'webshop') =>
    JSON.parse(text(files, `systems/${name}.json`)) as { system: string; rows: SystemRow[] }

  const connectedSystemsOf = async () =>
    (await connectedSystems(t.ctx).forRequest(t.ctx.db)).map((s) => ({
      id: s.systemId,
      name: s.name,
      slug: slug(s.name),
      reachable: true,
    }))
  const accessAudits = async (requestId: string) =>
    (await auditOf(t, 'connector.access')).filter((e) => e.requestId === requestId).map((e) => e.outcome)

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      log: pino({ level: 'warn' }, { write: (line: string) => logs.push(line) }),
    })
    await completeOrganisation(t)
    key = await createApiKey(t, 'dpo')
    shop = await scratchDatabase('sqlite')
    const session = await openSession(shop.target, true)
    await buildShop(session, data)
    await session.close()
    await connectShop('Webshop')
    const subjects = new SubjectService(t.ctx.audit, t.ctx.vault, t.ctx.clock, t.ctx.organisation)
    subjectId = await t.ctx.db.transaction().execute(async (trx) => {
      const s = await subjects.create(
        trx,
        { ...MAREN, name: registered.name, email: registered.email, relationship: 'customer' } as never,
        'admin',
        OWNER,
      )
      return s.id
    })
  })
  afterAll(async () => {
    await t?.close()
    await shop?.drop()
  })

  it('keeps the identity sealed until the download, and puts the person’s shop rows under systems/', async () => {
    const { url } = await prepare(subjectId, registered.email.toUpperCase())
    const before = await t.ctx.db
      .selectFrom('access_packages')
      .select(['id', 'identity', 'request_id'])
      .where('request_id', '=', `req-systems-${requestNo}`)
      .executeTakeFirstOrThrow()
    expect(before.identity).not.toBeNull()
    const sealed = Buffer.from(before.identity as Buffer).toString('latin1')
    expect(sealed.toLowerCase()).not.toContain(registered.email.toLowerCase())
    expect(sealed).not.toContain('2012')

    const files = await fetch(url)
    const after = await t.ctx.db
      .selectFrom('access_packages')
      .select(['identity', 'downloaded_at'])
      .where('id', '=', before.id)
      .executeTakeFirstOrThrow()
    expect(after.downloaded_at).not.toBeNull()
    expect(after.identity).toBeNull()

    const json = rowsOf(files)
    expect(json.system).toBe('Webshop')
    expect(json.rows).toContainEqual({
      table: 'wp_users',
      category: 'user.contact.email',
      row: { user_email: registered.email },
    })
    expect(new Set(json.rows.map((r) => r.table))).toEqual(
      new Set([
        'wp_users',
        'wp_usermeta',
        'wp_wc_orders',
        'wp_wc_order_addresses',
        'wp_comments',
        'wp_newsletter',
      ]),
    )
    const csv = text(files, 'systems/webshop.csv')
    expect(csv.split('\n')[0]).toBe('\ufefftable,category,column,value')
    expect(csv).toContain(`wp_users,user.contact.email,user_email,${registered.email}`)
    const lastName = registered.name.split(' ')[1] as string
    expect(csv).toContain(lastName)
    // Every value of the JSON is in the CSV, one line each.
    const values = json.rows.reduce((n, r) => n + Object.keys(r.row).length, 0)
    expect(csv.trim().split('\n')).toHaveLength(values + 1)

    // Nothing of the shop's other customers.
    const shopFiles = `${text(files, 'systems/webshop.json')}\n${csv}`
    for (const other of others) {
      expect(shopFiles).not.toContain(other.email)
      expect(shopFiles).not.toContain(other.phone)
    }
    expect(shopFiles).not.toContain(shopOnly.email)

    const manifest = JSON.parse(text(files, 'manifest.json'))
    expect(manifest.files).toEqual(
      expect.arrayContaining([
        { path: 'systems/webshop.json', format: 'json', category: null, records: null },
        { path: 'systems/webshop.csv', format: 'csv', category: null, records: null },
      ]),
    )
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual(
      [...files.keys()].filter((n) => n !== 'manifest.json').sort(),
    )
    // The register's own data is still there.
    expect(text(files, 'data/user.name.json')).toContain(registered.name)

    // Read as the package reader, for the data-subject request, without values.
    const reads = (await auditOf(t, 'connector.access')).filter((e) => e.actor.id === 'access-package')
    expect(reads.length).toBeGreaterThan(0)
    expect(reads.at(-1)).toMatchObject({ outcome: 'success', requestId: `req-systems-${requestNo}` })
    expect(JSON.stringify(reads)).not.toContain(registered.email)
  })

  it('finds a person the register does not know by the request’s e-mail', async () => {
    const { url } = await prepare(null, shopOnly.email)
    const files = await fetch(url)
    const json = rowsOf(files)
    expect(json.rows).toContainEqual({
      table: 'wp_users',
      category: 'user.contact.email',
      row: { user_email: shopOnly.email },
    })
    const all = `${text(files, 'systems/webshop.json')}\n${text(files, 'systems/webshop.csv')}`
    expect(all).not.toContain(registered.email)
    for (const other of others) expect(all).not.toContain(other.email)
    const report = text(files, 'report.html')
    expect(report).toContain(escapeHtml(ACCESS_TEXT.da.notHeld))
    expect(report).toContain(escapeHtml(ACCESS_TEXT.da.systems))
  })

  it('names the systems and the folder in the report, in every language, HTML and PDF', async () => {
    for (const language of LANGUAGES) {
      const { url } = await prepareAccessPackage(t.ctx, {
        requestId: `req-systems-${++requestNo}`,
        subjectId,
        language,
        kind: 'access',
        actor: STAFF,
        email: registered.email,
      })
      const files = await fetch(url)
      const w = ACCESS_TEXT[language]
      const report = text(files, 'report.html')
      expect(report).toContain(`<h2>${escapeHtml(w.systems)}</h2>`)
      expect(report).toContain(escapeHtml(w.systemsIntro('systems')))
      expect(report).toContain('<li>Webshop</li>')
      expect(report).not.toContain(escapeHtml(w.systemsUnreachable))
      const words = (await pdfText(files.get('report.pdf') ?? Buffer.alloc(0))).replace(/\s+/g, ' ')
      expect(words).toContain(w.systems)
    }
  })

  it('leaves the systems out of a portability package', async () => {
    const files = await fetch((await prepare(subjectId, registered.email, 'portability')).url)
    expect([...files.keys()].filter((n) => n.startsWith('systems/'))).toEqual([])
    const row = await t.ctx.db
      .selectFrom('access_packages')
      .select('identity')
      .where('request_id', '=', `req-systems-${requestNo}`)
      .executeTakeFirstOrThrow()
    expect(row.identity).toBeNull()
  })

  it('closes a walk begun to reach a system when the download is abandoned before it is read', async () => {
    const [system] = await connectedSystemsOf()
    const row = { id: 'pkg-abandoned', request_id: 'req-abandoned' } as PackageRow
    const facts = { systems: [system] } as never
    const [opened] = await openSystems(t.ctx, row, facts, { email: registered.email })
    expect(opened?.reachable).toBe(true)
    expect(await accessAudits('req-abandoned')).toEqual([])
    await opened?.close()
    // The connector audits when its walk ends: here, ended early without a row read past the first.
    expect(await accessAudits('req-abandoned')).toEqual(['failure'])
  })

  it('gives a short note for a system that cannot be reached, and the download still succeeds', async () => {
    const id = await connectShop('Lager på Ærø')
    // The annotation stays; the database moves somewhere nothing answers.
    const moved = await api('PUT', `/api/v1/systems/${id}/connection`, {
      kind: 'postgres',
      host: '127.0.0.1',
      port: 1,
      database: 'lager',
      read: { user: 'lager', password: 'Hemmeligt-1' },
    })
    expect(moved.statusCode).toBe(200)
    logs.length = 0
    const { url } = await prepare(subjectId, registered.email)
    const files = await fetch(url)
    const note = text(files, 'systems/lager-pa-aero.error.txt')
    expect(note).toBe(`${ACCESS_TEXT.da.systemError('Lager på Ærø')}\n`)
    expect(files.has('systems/lager-pa-aero.json')).toBe(false)
    expect(rowsOf(files).rows.length).toBeGreaterThan(0)
    const manifest = JSON.parse(text(files, 'manifest.json'))
    expect(manifest.files).toContainEqual({
      path: 'systems/lager-pa-aero.error.txt',
      format: 'text',
      category: null,
      records: null,
    })
    const report = text(files, 'report.html')
    expect(report).toContain(escapeHtml(ACCESS_TEXT.da.systemsUnreachable))
    expect(report).toContain(`<li>${escapeHtml('Lager på Ærø')}</li>`)

    const warned = logs.map((l) => JSON.parse(l)).filter((l) => l.system === id)
    expect(warned).toHaveLength(1)
    expect(warned[0]).toMatchObject({ code: 'connection_failed' })
    const logged = logs.join('\n')
    for (const secret of [registered.email, '127.0.0.1', 'Hemmeligt-1', 'lager@'])
      expect(logged).not.toContain(secret)
  })
})

it('makes file names of system names', () => {
  expect(slug('Webshop')).toBe('webshop')
  expect(slug('Lager på Ærø')).toBe('lager-pa-aero')
  expect(slug('Kundeklubb (Bodø) / 2')).toBe('kundeklubb-bodo-2')
  expect(slug('Hämeenkatu Kassa')).toBe('hameenkatu-kassa')
  expect(slug('…')).toBe('system')
})

it('ends the files of a system that stops answering half-way as valid JSON and CSV, marked incomplete', async () => {
  const failures: unknown[] = []
  const system: OpenedSystem = {
    id: 'sys-1',
    name: 'Kasse "Nord"',
    slug: 'kasse-nord',
    reachable: true,
    async *rows() {
      yield { table: 'customers', category: 'user.contact.email', row: { email: '=cmd|x' } }
      throw new VernError('connection_failed', 'host db.internal refused')
    },
    close: async () => {},
  }
  let json = ''
  for await (const part of systemJson(system, (e) => failures.push(e))) json += part
  expect(JSON.parse(json)).toEqual({
    system: 'Kasse "Nord"',
    rows: [{ table: 'customers', category: 'user.contact.email', row: { email: '=cmd|x' } }],
    complete: false,
  })
  let csv = ''
  for await (const part of systemCsv(system, (e) => failures.push(e))) csv += part
  expect(csv).toBe("\ufefftable,category,column,value\ncustomers,user.contact.email,email,'=cmd|x\n")
  expect(failures).toHaveLength(2)
})
