import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiKey, createUser, signIn } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { MAX_DPA_BYTES } from './dpa.service.js'
import {
  type ApiClient,
  apiClient,
  hostingProcessor,
  mailProcessor,
  multipartBody,
  PNG_BYTES,
  tinyPdf,
  webshopSystem,
} from './testing.js'

forEachDatabase('processors API', (dialect) => {
  let t: TestApp
  let key: string
  let api: ApiClient
  beforeAll(async () => {
    t = await createTestApp(dialect)
    key = await createApiKey(t, 'owner')
    api = apiClient(t, key)
  })
  afterAll(() => t.close())

  const upload = (id: string, file: Parameters<typeof multipartBody>[1], auth = key) => {
    const body = multipartBody({}, file)
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/processors/${id}/dpa`,
      headers: { ...body.headers, authorization: `Bearer ${auth}` },
      payload: body.payload,
    })
  }

  it('creates, changes and deletes a processor; the phone is normalised', async () => {
    const created = await api.post('/api/v1/processors', {
      ...hostingProcessor,
      contactPhone: '+45 33 12 34 56',
    })
    expect(created.statusCode).toBe(201)
    const p = created.json()
    expect(p).toMatchObject({
      role: 'processor',
      country: 'DK',
      thirdCountry: false,
      transferSafeguard: null,
    })
    expect(p).toMatchObject({ contactPhone: '+4533123456', published: false, dpa: null })
    const patched = await api.patch(`/api/v1/processors/${p.id}`, {
      published: true,
      country: 'CH',
      transferSafeguard: 'adequacy',
    })
    expect(patched.json()).toMatchObject({
      published: true,
      thirdCountry: true,
      transferSafeguard: 'adequacy',
    })
    const back = await api.patch(`/api/v1/processors/${p.id}`, { country: 'NO' })
    expect(back.json()).toMatchObject({ thirdCountry: false, transferSafeguard: null })
    expect((await api.delete(`/api/v1/processors/${p.id}`)).statusCode).toBe(204)
    expect((await api.get(`/api/v1/processors/${p.id}`)).statusCode).toBe(404)
  })

  it('links sub-processors to their processor and will not delete a parent with children', async () => {
    const parent = (await api.post('/api/v1/processors', hostingProcessor)).json()
    const sub = await api.post('/api/v1/processors', {
      ...mailProcessor,
      role: 'sub_processor',
      parentId: parent.id,
    })
    expect(sub.statusCode).toBe(201)
    expect(sub.json().parentId).toBe(parent.id)
    const res = await api.delete(`/api/v1/processors/${parent.id}`)
    expect(res.statusCode).toBe(409)
    expect(res.json().error.message).toContain('1 sub-processors')
  })

  it('will not delete a processor that runs a system', async () => {
    const p = (await api.post('/api/v1/processors', hostingProcessor)).json()
    await api.post('/api/v1/systems', { ...webshopSystem, processorId: p.id })
    expect((await api.delete(`/api/v1/processors/${p.id}`)).statusCode).toBe(409)
  })

  describe('refuses bad input with 400 naming the field', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['an unknown field', { ...hostingProcessor, vat: 'x' }, 'vat'],
      ['an unknown role', { ...hostingProcessor, role: 'friend' }, 'role'],
      ['a country that does not exist', { ...hostingProcessor, country: 'QQ' }, 'country'],
      [
        'a third country without a safeguard',
        { ...mailProcessor, transferSafeguard: undefined },
        'transferSafeguard',
      ],
      ['a sub-processor without its processor', { ...hostingProcessor, role: 'sub_processor' }, 'parentId'],
      [
        'a sub-processor of an unknown processor',
        { ...hostingProcessor, role: 'sub_processor', parentId: 'x' },
        'parentId',
      ],
      ['a parent on a processor', { ...hostingProcessor, parentId: 'x' }, 'parentId'],
      ['a review before the signature', { ...hostingProcessor, dpaReviewOn: '2025-01-01' }, 'dpaReviewOn'],
      ['a date that is not a date', { ...hostingProcessor, dpaSignedOn: '15/01/2026' }, 'dpaSignedOn'],
      ['a bad e-mail', { ...hostingProcessor, contactEmail: 'nobody' }, 'contactEmail'],
      ['a bad phone', { ...hostingProcessor, contactPhone: '12' }, 'contactPhone'],
      [
        'a website that is no web address',
        { ...hostingProcessor, website: 'javascript:alert(1)' },
        'website',
      ],
    ]
    for (const [what, body, field] of cases) {
      it(what, async () => {
        const res = await api.post('/api/v1/processors', body)
        expect(res.statusCode).toBe(400)
        expect(res.json().error).toMatchObject({ code: 'validation_failed', field })
      })
    }
  })

  describe('the data processing agreement', () => {
    let id: string
    beforeAll(async () => {
      id = (await api.post('/api/v1/processors', hostingProcessor)).json().id
    })

    it('stores a PDF with the SHA-256 of its bytes and gives the same bytes back, audited', async () => {
      const pdf = tinyPdf()
      const res = await upload(id, { filename: 'Nordhost DPA 2026.pdf', bytes: pdf })
      expect(res.statusCode, res.body).toBe(200)
      const dpa = res.json().dpa
      const expected = createHash('sha256').update(pdf).digest('hex')
      expect(dpa).toMatchObject({
        filename: 'Nordhost DPA 2026.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
      })
      expect(dpa.sha256).toBe(expected)
      const stored = await t.ctx.db
        .selectFrom('documents')
        .select(['sha256', 'content'])
        .where('id', '=', dpa.id)
        .executeTakeFirstOrThrow()
      expect(stored.sha256).toBe(expected)
      expect(createHash('sha256').update(stored.content).digest('hex')).toBe(expected)

      const auditor = await createApiKey(t, 'auditor')
      const down = await t.app.inject({
        method: 'GET',
        url: `/api/v1/processors/${id}/dpa`,
        headers: { authorization: `Bearer ${auditor}` },
      })
      expect(down.statusCode).toBe(200)
      expect(down.headers['content-type']).toBe('application/pdf')
      expect(down.headers['content-disposition']).toContain('Nordhost DPA 2026.pdf')
      expect(Buffer.compare(down.rawPayload, pdf)).toBe(0)
      const log = await t.ctx.audit.list(t.ctx.db, { action: 'processor.dpa.download', targetId: id }, 10)
      expect(log).toHaveLength(1)
      expect(log[0]?.details).toMatchObject({ documentId: dpa.id })
    })

    it('replaces the earlier agreement rather than keeping two', async () => {
      const before = (await api.get(`/api/v1/processors/${id}`)).json().dpa
      const res = await upload(id, { filename: 'v2.pdf', bytes: tinyPdf('Version 2') })
      expect(res.json().dpa.id).not.toBe(before?.id)
      const left = await t.ctx.db.selectFrom('documents').select('id').execute()
      expect(left.map((d) => d.id)).not.toContain(before?.id)
    })

    it('refuses a PNG renamed to .pdf', async () => {
      const res = await upload(id, { filename: 'scan.pdf', bytes: PNG_BYTES })
      expect(res.statusCode).toBe(400)
      expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'file', rule: 'format' })
    })

    it('refuses a file over 10 MB', async () => {
      const big = Buffer.concat([tinyPdf(), Buffer.alloc(MAX_DPA_BYTES, 0x20)])
      const res = await upload(id, { filename: 'big.pdf', bytes: big })
      expect(res.statusCode).toBe(400)
      expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'file', rule: 'too_long' })
    })

    it('refuses an upload without a file, and a JSON body', async () => {
      const noFile = multipartBody({ note: 'x' })
      const empty = await t.app.inject({
        method: 'POST',
        url: `/api/v1/processors/${id}/dpa`,
        headers: { ...noFile.headers, authorization: `Bearer ${key}` },
        payload: noFile.payload,
      })
      expect(empty.statusCode).toBe(400)
      expect(empty.json().error.field).toBe('file')
      const broken = await t.app.inject({
        method: 'POST',
        url: `/api/v1/processors/${id}/dpa`,
        headers: { 'content-type': 'multipart/form-data; boundary=abc', authorization: `Bearer ${key}` },
        payload: '--abc\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-',
      })
      expect(broken.statusCode, broken.body).toBe(400)
      const json = await api.post(`/api/v1/processors/${id}/dpa`, {})
      expect(json.statusCode).toBe(400)
      expect(json.json().error.field).toBe('file')
    })

    it('refuses an upload from a reading role, and a browser upload without the CSRF token', async () => {
      const auditor = await createApiKey(t, 'auditor')
      expect((await upload(id, { filename: 'a.pdf', bytes: tinyPdf() }, auditor)).statusCode).toBe(403)
      const session = await signIn(t, await createUser(t, { role: 'owner' }))
      const body = multipartBody({}, { filename: 'a.pdf', bytes: tinyPdf() })
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/processors/${id}/dpa`,
        headers: { ...body.headers, cookie: session.cookie },
        payload: body.payload,
      })
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('csrf_failed')
      const withToken = multipartBody({ _csrf: session.csrf }, { filename: 'a.pdf', bytes: tinyPdf() })
      const ok = await t.app.inject({
        method: 'POST',
        url: `/api/v1/processors/${id}/dpa`,
        headers: { ...withToken.headers, cookie: session.cookie },
        payload: withToken.payload,
      })
      expect(ok.statusCode, ok.body).toBe(200)
    })

    it('answers 404 for the agreement of a processor without one', async () => {
      const other = (await api.post('/api/v1/processors', hostingProcessor)).json().id
      expect((await api.get(`/api/v1/processors/${other}/dpa`)).statusCode).toBe(404)
    })
  })
})
