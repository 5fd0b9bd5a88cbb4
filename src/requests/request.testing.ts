// Test support only: a client for /api/v1/requests and data-map fixtures. Production code never imports this file.
import type { TestApp } from '../../test/harness.js'
import { orderActivity, webshopSystem } from '../datamap/testing.js'

/** JSON requests to /api/v1/requests as one API key. */
export function requestsApi(t: TestApp, key: string) {
  const headers = { authorization: `Bearer ${key}` }
  const post = (url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers, payload })
  return {
    create: (body: object) => post('/api/v1/requests', body),
    get: (id: string) => t.app.inject({ method: 'GET', url: `/api/v1/requests/${id}`, headers }),
    list: (query = '') => t.app.inject({ method: 'GET', url: `/api/v1/requests${query}`, headers }),
    act: (id: string, action: string, body: object = {}) => post(`/api/v1/requests/${id}/${action}`, body),
    taskDone: (id: string, taskId: string, note: string) =>
      post(`/api/v1/requests/${id}/tasks/${taskId}/done`, { note }),
    settings: (body: object) =>
      t.app.inject({ method: 'PATCH', url: '/api/v1/requests/settings', headers, payload: body }),
  }
}

/**
 * Two systems in the data map: the webshop (names, e-mails, addresses of customers) and payroll
 * (employees' bank accounts), so a customer's request reaches the webshop only.
 */
export async function twoSystems(
  t: TestApp,
  ownerKey: string,
): Promise<{ webshop: string; payroll: string }> {
  const headers = { authorization: `Bearer ${ownerKey}` }
  const system = async (body: object) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/systems', headers, payload: body })).json()
      .id as string
  const webshop = await system(webshopSystem)
  const payroll = await system({
    ...webshopSystem,
    name: 'Payroll',
    kind: 'accounting',
    description: 'Salaries',
  })
  const activity = async (body: object) => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/activities', headers, payload: body })
    if (res.statusCode !== 201) throw new Error(res.body)
  }
  await activity(orderActivity([webshop], []))
  await activity({
    ...orderActivity([payroll], []),
    name: 'Salaries',
    dataUse: 'essential.service',
    dataCategories: ['user.financial.bank_account'],
    dataSubjects: ['employee'],
  })
  return { webshop, payroll }
}
