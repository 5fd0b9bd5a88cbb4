import { afterAll, beforeAll, expect, it } from 'vitest'
import { completeOrganisation, createApiKey } from '../../test/factories.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { type ApiClient, apiClient, hostingProcessor, mailProcessor } from './testing.js'

forEachDatabase('public list of processors', (dialect) => {
  let t: TestApp
  let api: ApiClient
  beforeAll(async () => {
    t = await createTestApp(dialect)
    await completeOrganisation(t)
    api = apiClient(t, await createApiKey(t, 'owner'))
  })
  afterAll(() => t.close())

  const page = (query = '', headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/privacy/processors${query}`, headers })

  it('says kindly that nothing is published yet, with a 404 status', async () => {
    await api.post('/api/v1/processors', hostingProcessor)
    const res = await page('?lang=da')
    expect(res.statusCode).toBe(404)
    expect(res.body).toContain('Der er endnu ikke offentliggjort en liste')
    expect(res.body).toContain('privacy@nordlys.example')
    expect(res.body).not.toContain('Nordhost')
  })

  it('lists only published processors, with role, country and description, without contact persons', async () => {
    await api.post('/api/v1/processors', { ...mailProcessor, published: true, contactName: 'Jane Roe' })
    const res = await page('?lang=en')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Mailer Inc.')
    expect(res.body).toContain('Sends the newsletter')
    expect(res.body).toContain('United States')
    expect(res.body).toContain('Standard contractual clauses')
    expect(res.body).not.toContain('Nordhost')
    expect(res.body).not.toContain('Jane Roe')
    expect(res.body).not.toMatch(/<script|<style|style="/i)
  })

  it('speaks all five languages, from ?lang= or Accept-Language', async () => {
    const titles = {
      da: 'Databehandlere og modtagere',
      nb: 'Databehandlere og mottakere',
      sv: 'Personuppgiftsbiträden och mottagare',
      fi: 'Henkilötietojen käsittelijät ja vastaanottajat',
      en: 'Processors and recipients',
    }
    for (const [lang, title] of Object.entries(titles)) {
      const res = await page(`?lang=${lang}`)
      expect(res.body).toContain(`<html lang="${lang}">`)
      expect(res.body).toContain(`<h1>${title}</h1>`)
    }
    const norwegian = await page('', { 'accept-language': 'no-NO,no;q=0.9,en;q=0.5' })
    expect(norwegian.body).toContain('<html lang="nb">')
    expect(norwegian.body).toContain('Databehandler') // the role, in Norwegian
  })

  it('is rate-limited', async () => {
    const limited = await createTestApp(dialect, { limits: { pagesPerMinute: 2 } })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 3; i++)
        statuses.push(
          (
            await limited.app.inject({
              method: 'GET',
              url: '/privacy/processors',
              remoteAddress: '203.0.113.7',
            })
          ).statusCode,
        )
      expect(statuses).toEqual([404, 404, 429])
    } finally {
      await limited.close()
    }
  })
})
