import type { Clock } from '../../clock.js'
import type { Executor } from '../../db/database.js'
import { LANGUAGES } from '../../i18n/languages.js'
import type { Organisation } from '../../organisation/organisation.schema.js'
import * as repo from './report.repository.js'

const DAY = 86_400_000
/** How far ahead Expires is set: RFC 9116 advises less than a year. */
export const EXPIRES_AHEAD_DAYS = 180
/** The job renews Expires when fewer days than this are left. */
export const RENEW_WITHIN_DAYS = 30

/** Pushes Expires forward when it is missing or close; returns the Expires in force. */
export async function renewExpiry(
  db: Executor,
  clock: Clock,
): Promise<{ expiresAt: string; renewed: boolean }> {
  const now = clock.now()
  const current = await repo.readExpiry(db)
  if (current && new Date(current).getTime() - now.getTime() > RENEW_WITHIN_DAYS * DAY)
    return { expiresAt: current, renewed: false }
  const next = new Date(Math.floor((now.getTime() + EXPIRES_AHEAD_DAYS * DAY) / 1000) * 1000).toISOString()
  await repo.writeExpiry(db, next, now.toISOString())
  return { expiresAt: next, renewed: true }
}

/** The Expires to publish: the stored one, or, when the job has not kept it valid, a fresh one. */
export async function currentExpiry(db: Executor, clock: Clock): Promise<string> {
  const stored = await repo.readExpiry(db)
  const now = clock.now().getTime()
  if (stored && new Date(stored).getTime() > now + DAY) return stored
  return new Date(Math.floor((now + EXPIRES_AHEAD_DAYS * DAY) / 1000) * 1000).toISOString()
}

/**
 * security.txt per RFC 9116 from the organisation's settings: Contact (the desk and the contact or DPO
 * e-mail), Expires (kept within the year), Policy, Preferred-Languages and Canonical.
 */
export function securityTxt(org: Organisation, publicUrl: URL, expiresAt: string): string {
  const url = (path: string) => new URL(path, publicUrl).href
  const email = org.contactEmail ?? org.dpo?.email ?? null
  const languages = [org.defaultLanguage, ...LANGUAGES.filter((l) => l !== org.defaultLanguage)]
  // RFC 9116 2.5.5: the date-time format of RFC 3339, here in UTC without fractions.
  const expires = `${new Date(expiresAt).toISOString().slice(0, 19)}Z`
  // The name is free text from the settings: a line break in it would start a field of its own.
  const name = (org.legalName ?? publicUrl.hostname).replace(/\p{Cc}|[\u2028\u2029]/gu, ' ')
  return [
    `# Security contact of ${name}. Report vulnerabilities at the desk below.`,
    `Contact: ${url('/security/report')}`,
    ...(email ? [`Contact: mailto:${email}`] : []),
    `Expires: ${expires}`,
    `Policy: ${url('/security/policy')}`,
    `Preferred-Languages: ${languages.join(', ')}`,
    `Canonical: ${url('/.well-known/security.txt')}`,
    '',
  ].join('\n')
}
