import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeOrganisation } from '../../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../../test/harness.js'
import { consentOf } from '../../consent/services.js'
import { dataMapOf } from '../../datamap/services.js'
import { mailProcessor, orderActivity } from '../../datamap/testing.js'
import { LANGUAGES, type Language } from '../../i18n/languages.js'
import type { Who } from '../../subjects/subject.access.js'
import { SubjectService } from '../../subjects/subject.service.js'
import { auditOf, MAREN } from '../../subjects/subject.testing.js'
import { subscriptionServices } from '../../subscriptions/index.js'
import { escapeHtml } from '../../ui/html.js'
import { DOWNLOAD_TTL_MS } from './access.service.js'
import { download, pathOf, pdfText, text, unzip } from './access.testing.js'
import { ACCESS_TEXT } from './access.text.js'
import { prepareAccessPackage } from './index.js'

const OWNER: Who = { actor: { type: 'system', id: 'test' }, role: 'owner' }
const STAFF = { type: 'user' as const, id: '0190a1b2-0000-7000-8000-000000000001' }
const STRANGER = 'solveig.unknown@example.no'

forEachDatabase('access and portability packages', (dialect) => {
  let t: TestApp
  let subjectId: string

  const prepare = (
    kind: 'access' | 'portability',
    language: Language = 'da',
    subject: string | null = subjectId,
    email?: string,
  ) =>
    prepareAccessPackage(t.ctx, {
      requestId: `req-${kind}-${language}-${Math.random().toString(36).slice(2)}`,
      subjectId: subject,
      language,
      kind,
      actor: STAFF,
      ...(email ? { email } : {}),
    })

  async function fetchPackage(url: string): Promise<Map<string, Buffer>> {
    const res = await download(t, url)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/zip')
    return unzip(res.rawPayload)
  }

  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    const subjects = new SubjectService(t.ctx.audit, t.ctx.vault, t.ctx.clock, t.ctx.organisation)
    const map = dataMapOf(t.ctx)
    subjectId = await t.ctx.db.transaction().execute(async (trx) => {
      const s = await subjects.create(trx, { ...MAREN, relationship: 'customer' } as never, 'admin', OWNER)
      await subjects.addInteraction(
        trx,
        s.id,
        { kind: 'order', reference: 'ORD-7781', amount: 1249.5, currency: 'DKK', summary: 'Sofabord i eg' },
        OWNER,
      )
      await subjects.addInteraction(
        trx,
        s.id,
        { kind: 'inquiry', summary: 'Spørger om levering til Ærø' },
        OWNER,
      )
      await subjects.addInteraction(trx, s.id, { kind: 'note', summary: 'Ringede om faktura' }, OWNER)
      const mailer = await map.processors.create(trx, mailProcessor as never, OWNER.actor)
      await map.activities.create(trx, orderActivity([], [mailer.id]) as never, OWNER.actor)
      await map.activities.create(
        trx,
        {
          ...orderActivity([], []),
          name: 'Customer service',
          purpose: 'To answer questions and complaints',
          dataUse: 'essential.service',
          legalBasis: 'legitimate_interests',
          legitimateInterest: 'Answering customers who write to us',
          dataCategories: ['user.correspondence', 'user.contact.phone_number'],
          source: 'The customer’s own messages',
        } as never,
        OWNER.actor,
      )
      return s.id
    })
    const { ledger } = consentOf(t.ctx)
    await t.ctx.db.transaction().execute(async (trx) => {
      await ledger.record(
        trx,
        {
          method: 'custom',
          categories: { preferences: true, statistics: false, marketing: false },
          revision: 1,
          language: 'da',
          person: { email: MAREN.email },
        } as never,
        { origin: 'https://shop.example', ip: '203.0.113.0', userAgent: 'Firefox' },
      )
      await ledger.record(
        trx,
        {
          method: 'reject_all',
          categories: { preferences: false, statistics: false, marketing: false },
          revision: 1,
          language: 'nb',
          person: { email: STRANGER },
        } as never,
        { origin: 'https://shop.example', ip: null, userAgent: null },
      )
    })
    const { subscriptions, webhooks } = subscriptionServices(t.ctx)
    await t.ctx.db.transaction().execute((trx) =>
      subscriptions.subscribe(
        trx,
        {
          email: MAREN.email,
          channel: 'email',
          purpose: 'newsletter',
          basis: 'soft_opt_in',
          source: 'webshop-checkout',
          optOutOffered: true,
        },
        OWNER,
      ),
    )
    webhooks.close()
  })
  afterAll(() => t.close())

  it('answers a single-use link under the public URL, valid for 7 days, with nothing personal in it', async () => {
    const { url, expiresAt } = await prepare('access')
    expect(url).toMatch(/^http:\/\/vern\.test\/privacy\/download\/[A-Za-z0-9_-]{43}$/)
    expect(new Date(expiresAt).getTime() - t.clock.now().getTime()).toBe(DOWNLOAD_TTL_MS)
    const row = await t.ctx.db
      .selectFrom('access_packages')
      .selectAll()
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow()
    expect(row.token_hash).not.toContain(pathOf(url).split('/').pop())
    const [prepared] = (await auditOf(t, 'access_package.prepare')).slice(-1)
    expect(prepared?.actor).toEqual(STAFF)
    expect(JSON.stringify(prepared)).not.toContain('Maren')
  })

  it('shows a download page in the person’s language; opening it does not spend the link', async () => {
    const { url } = await prepare('access', 'sv')
    for (let i = 0; i < 2; i++) {
      const page = await t.app.inject({ url: pathOf(url) })
      expect(page.statusCode).toBe(200)
      expect(page.body).toContain('<html lang="sv">')
      expect(page.body).toContain(ACCESS_TEXT.sv.download.button)
      expect(page.body).toContain(`<form method="post" action="${pathOf(url)}">`)
      expect(page.body).not.toContain('Maren')
    }
    expect((await download(t, url)).statusCode).toBe(200)
  })

  it('streams a ZIP with the manifest, JSON and CSV per category with the person’s values, and the report', async () => {
    const { url } = await prepare('access')
    const res = await download(t, url)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="personal-data-\d{4}-\d{2}-\d{2}\.zip"$/,
    )
    const files = await unzip(res.rawPayload)
    const manifest = JSON.parse(text(files, 'manifest.json'))
    expect(manifest).toMatchObject({ formatVersion: 1, kind: 'access', controller: 'Nordlys Webshop ApS' })
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual(
      [...files.keys()].filter((n) => n !== 'manifest.json').sort(),
    )
    for (const key of [
      'user.name',
      'user.contact.email',
      'user.contact.phone_number',
      'user.contact.address',
      'user.government_id.national_identification_number',
      'user.unique_id',
      'user.correspondence',
      'user.financial.credit_card.last_four',
    ]) {
      expect(files.has(`data/${key}.json`), key).toBe(true)
      expect(files.has(`data/${key}.csv`), key).toBe(true)
    }
    expect(JSON.parse(text(files, 'data/user.name.json'))).toMatchObject({
      data: { name: 'Maren Kjærgaard' },
    })
    expect(text(files, 'data/user.contact.email.csv')).toContain('email,maren.kjaergaard@example.dk')
    expect(text(files, 'data/user.contact.address.csv')).toContain('address.street,"Nørrebrogade 12, 3. tv"')
    expect(text(files, 'data/user.contact.address.csv')).toContain('billingAddress.street,Postboks 77')
    expect(text(files, 'data/user.correspondence.csv')).toContain('Foretrækker levering om formiddagen')
    const interactions = JSON.parse(text(files, 'data/interactions.json'))
    expect(interactions.records).toHaveLength(3)
    expect(interactions.records[0]).toMatchObject({ kind: 'order', reference: 'ORD-7781', amount: 1249.5 })
    expect(text(files, 'data/interactions.csv').trim().split('\n')).toHaveLength(4)
    expect(manifest.files.find((f: { path: string }) => f.path === 'data/interactions.csv').records).toBe(3)
    const consents = JSON.parse(text(files, 'data/consents.json')).records
    expect(consents).toHaveLength(1)
    expect(consents[0]).toMatchObject({
      method: 'custom',
      categories: { preferences: true, marketing: false },
    })
    expect(text(files, 'data/consents.csv')).not.toContain(STRANGER)
    expect(JSON.parse(text(files, 'data/subscriptions.json')).records).toEqual([
      expect.objectContaining({
        channel: 'email',
        purpose: 'newsletter',
        basis: 'soft_opt_in',
        status: 'active',
      }),
    ])

    const report = text(files, 'report.html')
    expect(report).not.toContain('<script')
    expect(report).toContain('Maren Kjærgaard')
    expect(report).toContain('ORD-7781')
    expect(report).toContain('Mailer Inc.')
    expect(report).toContain('Answering customers who write to us')
    expect(report).toContain('Datatilsynet')
    expect(report).toContain('Carl Jacobsens Vej 35')
    expect(report).toContain('http://vern.test/privacy')

    const pdf = files.get('report.pdf') ?? Buffer.alloc(0)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const words = (await pdfText(pdf)).replace(/\s+/g, ' ')
    for (const expected of [
      'Maren Kjærgaard',
      'Nørrebrogade',
      'Datatilsynet',
      ACCESS_TEXT.da.rights,
      'Mailer Inc.',
    ])
      expect(words).toContain(expected)
  })

  it('audits the download and every read of the register, by ids only', async () => {
    const before = (await auditOf(t, 'access_package.download')).length
    const { url } = await prepare('access')
    await download(t, url)
    const downloads = await auditOf(t, 'access_package.download')
    expect(downloads).toHaveLength(before + 1)
    expect(downloads.at(-1)?.details).toMatchObject({ kind: 'access', subject: subjectId })
    const reads = (await auditOf(t, 'subject.read')).filter((e) => e.actor.id === 'access-package')
    expect(reads.length).toBeGreaterThan(0)
    expect((await auditOf(t, 'subscription.read')).some((e) => e.actor.id === 'access-package')).toBe(true)
    const log = JSON.stringify([...downloads, ...reads])
    for (const value of ['Maren', 'maren.kjaergaard', 'Nørrebrogade', '070761'])
      expect(log).not.toContain(value)
  })

  describe('the report in each language', () => {
    for (const language of LANGUAGES) {
      it(`covers every Art. 15 item in ${language}`, async () => {
        const files = await fetchPackage((await prepare('access', language)).url)
        const report = text(files, 'report.html')
        const w = ACCESS_TEXT[language]
        expect(report).toContain(`<html lang="${language}">`)
        for (const heading of [
          w.title,
          w.controller,
          w.data,
          w.interactions,
          w.purposes,
          w.recipients,
          w.transfers,
          w.retention,
          w.source,
          w.automated,
          w.consents,
          w.marketing,
          w.rights,
          w.complaint,
        ])
          expect(report, heading).toContain(escapeHtml(heading))
        for (const right of Object.values(w.rightList)) expect(report).toContain(escapeHtml(right))
        expect(report).toContain(escapeHtml(w.howTo('http://vern.test/privacy')))
        expect(report).toContain(language === 'en' ? 'The Danish Data Protection Agency' : 'Datatilsynet')
        expect(report).toContain('https://www.datatilsynet.dk')
        expect(report).toContain(escapeHtml(w.methods.custom))
        expect(report).toContain(escapeHtml(w.bases.soft_opt_in))
        expect(report).toContain(escapeHtml(w.held))
        const words = (await pdfText(files.get('report.pdf') ?? Buffer.alloc(0))).replace(/\s+/g, ' ')
        expect(words).toContain(w.complaint)
      })
    }
  })

  it('works once: a second download, and the page, get the neutral page', async () => {
    const { url } = await prepare('access')
    expect((await download(t, url)).statusCode).toBe(200)
    const again = await download(t, url)
    expect(again.statusCode).toBe(404)
    expect(again.headers['content-type']).toMatch(/^text\/html/)
    expect(again.body).toContain(ACCESS_TEXT.da.download.goneTitle)
    const page = await t.app.inject({ url: pathOf(url), headers: { 'accept-language': 'da' } })
    expect(page.statusCode).toBe(404)
    const unknown = await t.app.inject({
      url: `/privacy/download/${'A'.repeat(43)}`,
      headers: { 'accept-language': 'da' },
    })
    const malformed = await t.app.inject({
      url: '/privacy/download/not-a-token',
      headers: { 'accept-language': 'da' },
    })
    expect(unknown.statusCode).toBe(404)
    expect(malformed.statusCode).toBe(404)
    expect(unknown.body).toBe(page.body)
    expect(malformed.body).toBe(page.body)
  })

  it('lets only one of two simultaneous downloads through', async () => {
    const { url } = await prepare('access')
    const results = await Promise.all([download(t, url), download(t, url)])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 404])
  })

  it('expires after 7 days', async () => {
    const { url } = await prepare('access')
    t.clock.advance(DOWNLOAD_TTL_MS - 60_000)
    expect((await t.app.inject({ url: pathOf(url) })).statusCode).toBe(200)
    t.clock.advance(60_000)
    expect((await t.app.inject({ url: pathOf(url) })).statusCode).toBe(404)
    expect((await download(t, url)).statusCode).toBe(404)
  })

  it('answers someone the register does not know: the report says so and holds their consent choices', async () => {
    const files = await fetchPackage((await prepare('access', 'nb', null, STRANGER)).url)
    const report = text(files, 'report.html')
    expect(report).toContain(escapeHtml(ACCESS_TEXT.nb.notHeld))
    expect(report).toContain(escapeHtml(ACCESS_TEXT.nb.methods.reject_all))
    expect(report).toContain('Datatilsynet')
    expect(report).not.toContain('Maren')
    const consents = JSON.parse(text(files, 'data/consents.json')).records
    expect(consents).toHaveLength(1)
    expect(consents[0]).toMatchObject({ method: 'reject_all', language: 'nb' })
    expect(files.has('data/interactions.json')).toBe(false)
    expect([...files.keys()].filter((n) => n.startsWith('data/user.'))).toEqual([])
  })

  it('gives for portability only what the person provided, as JSON and CSV', async () => {
    const res = await download(t, (await prepare('portability', 'fi')).url)
    expect(res.headers['content-disposition']).toMatch(/filename="data-portability-/)
    const files = await unzip(res.rawPayload)
    expect(JSON.parse(text(files, 'data/user.name.json')).data.name).toBe('Maren Kjærgaard')
    expect(text(files, 'data/user.contact.email.csv')).toContain('maren.kjaergaard@example.dk')
    expect(files.has('data/consents.csv')).toBe(true)
    expect(files.has('data/subscriptions.json')).toBe(true)
    for (const absent of [
      'report.html',
      'report.pdf',
      'data/interactions.json',
      'data/user.correspondence.json',
      'data/user.unique_id.json',
      'data/user.financial.credit_card.last_four.json',
    ])
      expect(files.has(absent), absent).toBe(false)
    const all = [...files.values()].map((b) => b.toString('utf8')).join('\n')
    expect(all).not.toContain('Foretrækker levering')
    expect(all).not.toContain('ORD-7781')
    expect(text(files, 'README.txt')).toContain('Nordlys Webshop ApS')
    expect(JSON.parse(text(files, 'manifest.json')).kind).toBe('portability')
  })
})

forEachDatabase('access package downloads are rate-limited', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, { limits: { authPerMinute: 10_000, pagesPerMinute: 2 } })
  })
  afterAll(() => t.close())

  it('refuses a client that tries too many links in a minute', async () => {
    const path = `/privacy/download/${'B'.repeat(43)}`
    expect((await t.app.inject({ url: path })).statusCode).toBe(404)
    expect((await t.app.inject({ url: path })).statusCode).toBe(404)
    expect((await t.app.inject({ url: path })).statusCode).toBe(429)
    expect((await download(t, `http://vern.test${path}`)).statusCode).toBe(404)
    expect((await download(t, `http://vern.test${path}`)).statusCode).toBe(404)
    expect((await download(t, `http://vern.test${path}`)).statusCode).toBe(429)
  })
})
