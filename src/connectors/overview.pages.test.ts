import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApiKey, createUser, signIn } from '../../test/factories.js'
import { FormClient } from '../../test/forms.js'
import { createTestApp, forEachDatabase, type TestApp } from '../../test/harness.js'
import { twoSystems } from '../requests/request.testing.js'

forEachDatabase('connections overview page', (dialect) => {
  let t: TestApp
  let systems: { webshop: string; payroll: string }
  let owner: string

  beforeAll(async () => {
    t = await createTestApp(dialect)
    owner = await createApiKey(t, 'owner')
    systems = await twoSystems(t, owner)
  })
  afterAll(() => t.close())

  async function as(role: 'owner'): Promise<FormClient> {
    const client = new FormClient(t.app)
    const session = (await signIn(t, await createUser(t, { role }))).cookie.split('=')[1] ?? ''
    client.cookies.set('vern_session', session)
    return client
  }

  it('lists each system with how Vern reaches it, and links to its set-up', async () => {
    const headers = { authorization: `Bearer ${owner}` }
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/systems/${systems.payroll}/webhook`,
      headers,
      payload: { url: 'http://127.0.0.1:9/hooks', events: ['request.erasure'] },
    })
    const page = await (await as('owner')).get('/admin/connections')
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('<a href="/admin/connections" aria-current="page">')
    const row = (name: string) =>
      page.body.match(new RegExp(`<tr><th scope="row">${name}</th>.*?</tr>`))?.[0] ?? ''
    expect(row('Webshop')).toContain('Task for staff')
    expect(row('Webshop')).toContain(`/admin/data-map/systems/${systems.webshop}/connection`)
    expect(row('Payroll')).toContain('Webhook')
    expect(page.body).toContain('href="/admin/discovery"')
  })
})
