// Test support only: a small client for /api/v1/subjects. Production code never imports this file.
import type { TestApp } from '../../test/harness.js'

/** JSON requests to the register as one API key. */
export function subjectsApi(t: TestApp, key: string) {
  const headers = { authorization: `Bearer ${key}` }
  return {
    create: (body: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/subjects', headers, payload: body }),
    get: (id: string) => t.app.inject({ method: 'GET', url: `/api/v1/subjects/${id}`, headers }),
    list: (query = '') => t.app.inject({ method: 'GET', url: `/api/v1/subjects${query}`, headers }),
    patch: (id: string, body: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/subjects/${id}`, headers, payload: body }),
    interactions: (id: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/subjects/${id}/interactions`, headers }),
    interact: (id: string, body: object) =>
      t.app.inject({ method: 'POST', url: `/api/v1/subjects/${id}/interactions`, headers, payload: body }),
  }
}

/** Audit entries of one action, oldest first. */
export async function auditOf(t: TestApp, action: string) {
  return (await t.ctx.audit.list(t.ctx.db, { action }, 1000)).reverse()
}

/** A Danish customer with every kind of field filled in; the values are fictitious. */
export const MAREN = {
  name: 'Maren Kjærgaard',
  email: 'Maren.Kjaergaard@Example.dk',
  phone: '20 12 34 56',
  address: { street: 'Nørrebrogade 12, 3. tv', postalCode: '2200', city: 'København N', country: 'DK' },
  billingAddress: { street: 'Postboks 77', postalCode: '2200', city: 'København N' },
  jobTitle: 'Indkøbschef',
  workplace: 'Kjærgaard Tømrer ApS',
  nationalIds: [{ kind: 'dk_cpr', value: '070761-4285' }],
  externalIds: [{ system: 'shop', id: '10042' }],
  companyNumber: { kind: 'dk_cvr', value: '24256790' },
  gln: '5790000000005',
  cardLast4: '4242',
  cardExpiry: '09/27',
  notes: 'Foretrækker levering om formiddagen',
}
