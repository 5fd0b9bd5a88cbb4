import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApiKey, NORDLYS_PROFILE } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import {
  type ApiClient,
  apiClient,
  hostingProcessor,
  mailProcessor,
  orderActivity,
  webshopSystem,
} from './testing.js'

// The items of GDPR Art. 30(1), as LEGAL.md lists them: controller and DPO contact; purposes;
// categories of people and data; categories of recipients incl. third countries; transfers and
// safeguards; deletion time limits; security measures.
forEachDatabase('record of processing activities', (dialect) => {
  let t: TestApp
  let api: ApiClient
  beforeAll(async () => {
    t = await createTestApp(dialect)
    api = apiClient(t, await createApiKey(t, 'owner'))
    await t.ctx.db.transaction().execute((trx) =>
      t.ctx.organisation.update(
        trx,
        {
          ...NORDLYS_PROFILE,
          dpo: { name: 'Dorte Pedersen', email: 'dpo@nordlys.example', phone: '+45 70 11 22 33' },
        },
        { type: 'system' },
      ),
    )
    const host = (await api.post('/api/v1/processors', hostingProcessor)).json()
    const mailer = (await api.post('/api/v1/processors', mailProcessor)).json()
    const shop = (await api.post('/api/v1/systems', { ...webshopSystem, processorId: host.id })).json()
    const newsletter = (
      await api.post('/api/v1/systems', {
        name: 'Newsletter tool',
        kind: 'newsletter',
        hostingCountry: 'US',
        processorId: mailer.id,
        securityMeasures: [{ measure: 'multi_factor' }],
      })
    ).json()
    expect((await api.post('/api/v1/activities', orderActivity([shop.id], [host.id]))).statusCode).toBe(201)
    const newsletterActivity = await api.post('/api/v1/activities', {
      name: 'Newsletter',
      purpose: 'To send news and offers to people who asked for them',
      dataUse: 'marketing.communications.email',
      legalBasis: 'consent',
      dataCategories: ['user.contact.email'],
      dataSubjects: ['customer'],
      systemIds: [newsletter.id],
      recipientIds: [mailer.id],
      transfers: [{ country: 'US', safeguard: 'scc', recipientId: mailer.id }],
      requirement: 'voluntary',
      retention: {
        period: null,
        trigger: 'unsubscribing',
        description: 'Deleted when the person unsubscribes',
      },
    })
    expect(newsletterActivity.statusCode, newsletterActivity.body).toBe(201)
  })
  afterAll(() => t.close())

  it('holds every Art. 30(1) item for a fully described organisation (JSON)', async () => {
    const res = await api.get('/api/v1/ropa?format=json&lang=en')
    expect(res.statusCode).toBe(200)
    const ropa = res.json()
    // (a) the controller's name and contact details, and the DPO's
    expect(ropa.controller).toMatchObject({ name: 'Nordlys Webshop ApS', email: 'privacy@nordlys.example' })
    expect(ropa.controller.address).toMatchObject({
      street: 'Vesterbrogade 1',
      postalCode: '1620',
      city: 'København V',
      country: 'Denmark',
    })
    expect(ropa.dpo).toMatchObject({ name: 'Dorte Pedersen', email: 'dpo@nordlys.example' })
    expect(ropa.activities).toHaveLength(2)
    const orders = ropa.activities.find((a: { name: string }) => a.name === 'Order handling')
    const news = ropa.activities.find((a: { name: string }) => a.name === 'Newsletter')
    // (b) the purposes
    expect(orders.purpose).toContain('deliver what customers order')
    expect(orders.legalBasis.code).toBe('contract')
    // (c) the categories of data subjects and of personal data, with labels
    expect(orders.dataSubjects.map((s: { key: string }) => s.key)).toEqual(['customer'])
    expect(orders.dataCategories.map((s: { key: string }) => s.key)).toEqual([
      'user.name',
      'user.contact.email',
      'user.contact.address',
    ])
    for (const item of [...orders.dataSubjects, ...orders.dataCategories]) expect(item.label).toBeTruthy()
    // (d) the categories of recipients, including recipients in third countries
    expect(orders.recipientCategories).toEqual([
      expect.objectContaining({
        role: { code: 'processor', label: 'Processor' },
        recipients: [expect.objectContaining({ name: 'Nordhost A/S', country: 'DK' })],
      }),
    ])
    expect(news.recipientCategories[0].recipients[0]).toMatchObject({
      name: 'Mailer Inc.',
      thirdCountry: true,
    })
    expect(news.thirdCountries).toEqual([{ country: 'US', countryName: 'United States' }])
    expect(orders.thirdCountries).toEqual([]) // its system is hosted in Ireland, inside the EU
    // (e) transfers to third countries with their safeguards
    expect(news.transfers).toContainEqual(
      expect.objectContaining({
        country: 'US',
        recipient: 'Mailer Inc.',
        safeguard: expect.objectContaining({ code: 'scc' }),
      }),
    )
    expect(orders.transfers).toEqual([])
    // (f) the time limits for erasure
    expect(orders.retention).toMatchObject({ period: { value: 5, unit: 'years' } })
    expect(orders.retention.text).toContain('5 years')
    expect(orders.retention.text).toContain('the end of the financial year of the order')
    expect(news.retention.text).toContain('No fixed period')
    // (g) the technical and organisational security measures, from the activity's systems
    expect(orders.securityMeasures.map((m: { measure: { code: string } }) => m.measure.code).sort()).toEqual([
      'access_control',
      'backups',
      'encryption_in_transit',
    ])
    expect(news.securityMeasures[0].measure.label).toBe('Multi-factor authentication')
  })

  it('writes the record in Danish: headings, legal basis and country names', async () => {
    const ropa = (await api.get('/api/v1/ropa?lang=da')).json()
    expect(ropa.title).toBe('Fortegnelse over behandlingsaktiviteter')
    const news = ropa.activities.find((a: { name: string }) => a.name === 'Newsletter')
    expect(news.legalBasis.label).toBe('Samtykke (art. 6, stk. 1, litra a)')
    expect(news.thirdCountries[0].countryName).toBe('USA')
    expect(news.retention.text).toContain('Ingen fast periode')
  })

  it('takes the language from Accept-Language when ?lang is absent', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/ropa',
      headers: { authorization: (await authHeader()).authorization, 'accept-language': 'sv-SE,sv;q=0.9' },
    })
    expect(res.json().title).toBe('Register över behandling')
  })

  async function authHeader() {
    return { authorization: `Bearer ${await createApiKey(t, 'auditor')}` }
  }

  for (const [lang, headings] of [
    [
      'en',
      [
        'Controller',
        'Data protection officer',
        'Purpose of the processing',
        'Categories of data subjects',
        'Categories of personal data',
        'Categories of recipients',
        'Transfers to third countries and safeguards',
        'Time limits for erasure',
        'Technical and organisational security measures',
      ],
    ],
    [
      'da',
      [
        'Dataansvarlig',
        'Databeskyttelsesrådgiver',
        'Formålet med behandlingen',
        'Kategorier af registrerede',
        'Kategorier af personoplysninger',
        'Kategorier af modtagere',
        'Overførsler til tredjelande og fornødne garantier',
        'Tidsfrister for sletning',
        'Tekniske og organisatoriske sikkerhedsforanstaltninger',
      ],
    ],
  ] as const) {
    it(`exports CSV with one row per activity and ${lang} headings`, async () => {
      const res = await api.get(`/api/v1/ropa?format=csv&lang=${lang}`)
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toContain('text/csv')
      expect(res.headers['content-disposition']).toContain(`vern-ropa-${lang}-`)
      const rows = parse(res.body.replace(/^\ufeff/, '')) as string[][]
      expect(rows).toHaveLength(3)
      for (const h of headings) expect(rows[0]).toContain(h)
      const col = (h: string) => rows[0]!.indexOf(h)
      const news = rows.find((r) => r.includes('Newsletter'))!
      expect(news[col(headings[0])]).toContain('Nordlys Webshop ApS')
      expect(news[col(headings[1])]).toContain('dpo@nordlys.example')
      expect(news[col(headings[6])]).toContain(
        lang === 'da' ? 'Standardkontraktbestemmelser' : 'Standard contractual clauses',
      )
    })

    it(`renders printable HTML in ${lang} without inline script or style`, async () => {
      const res = await api.get(`/api/v1/ropa?format=html&lang=${lang}`)
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toContain('text/html')
      expect(res.body).toContain(`<html lang="${lang}">`)
      for (const h of headings) expect(res.body).toContain(h)
      expect(res.body).toContain('Dorte Pedersen')
      expect(res.body).not.toMatch(/<script|<style|style="|onclick=/i)
    })
  }

  it('refuses an unknown format or language', async () => {
    expect((await api.get('/api/v1/ropa?format=pdf')).statusCode).toBe(400)
    expect((await api.get('/api/v1/ropa?lang=de')).statusCode).toBe(400)
  })
})
