import { randomBytes } from 'node:crypto'
import type { Role } from '../src/auth/roles.js'
import type { OrganisationPatch } from '../src/organisation/organisation.schema.js'
import type { User } from '../src/users/user.service.js'
import type { TestApp } from './harness.js'

export const TEST_PASSWORD = 'correct horse battery staple'

let counter = 0

/** A staff user; everything a test does not name is filled in. */
export async function createUser(
  t: TestApp,
  o: { role?: Role; email?: string; name?: string; password?: string | null } = {},
): Promise<User> {
  counter++
  const password = o.password === null ? undefined : (o.password ?? TEST_PASSWORD)
  return t.ctx.db.transaction().execute((trx) =>
    t.ctx.users.create(
      trx,
      {
        email: o.email ?? `user${counter}-${randomBytes(3).toString('hex')}@example.test`,
        name: o.name ?? `Test User ${counter}`,
        role: o.role ?? 'owner',
        password,
      },
      { type: 'system' },
    ),
  )
}

/** An API key with a role; returns the secret to send as a Bearer token. */
export async function createApiKey(t: TestApp, role: Role): Promise<string> {
  const { key } = await t.ctx.db
    .transaction()
    .execute((trx) => t.ctx.apiKeys.create(trx, { name: `test ${role}`, role }, { type: 'system' }))
  return key
}

export interface SignedIn {
  cookie: string
  csrf: string
  headers: { cookie: string; 'x-csrf-token': string }
}

/** A signed-in session for a user, made directly (the sign-in form itself has its own tests). */
export async function signIn(t: TestApp, user: User): Promise<SignedIn> {
  const { token, session } = await t.ctx.sessions.create(t.ctx.db, user.id, 'active')
  const cookie = `vern_session=${token}`
  const csrf = t.ctx.keys.mac('csrf', session.id)
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } }
}

/** A complete Danish organisation profile, as the wizard would leave it. */
export const NORDLYS_PROFILE: OrganisationPatch = {
  legalName: 'Nordlys Webshop ApS',
  country: 'DK',
  registrationNumber: '10150817',
  address: { street: 'Vesterbrogade 1', postalCode: '1620', city: 'København V' },
  contactEmail: 'privacy@nordlys.example',
  contactPhone: '+45 33 12 34 56',
  defaultLanguage: 'da',
}

/** Sets up a complete organisation profile, as the wizard would. */
export async function completeOrganisation(t: TestApp): Promise<void> {
  await t.ctx.db
    .transaction()
    .execute((trx) => t.ctx.organisation.update(trx, NORDLYS_PROFILE, { type: 'system' }))
}
