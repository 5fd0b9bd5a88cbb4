import type { AdminLanguage } from '../i18n/languages.js'
import type { Role } from './roles.js'

/** Who is making a request: a signed-in staff member or an API key. */
export type Principal =
  | {
      type: 'user'
      id: string
      role: Role
      name: string
      email: string
      locale: AdminLanguage | null
      sessionId: string
    }
  | { type: 'api_key'; id: string; role: Role; name: string }

/** Who did something, as the audit log records it: ids only, never names or e-mails. */
export type Actor =
  | { type: 'user' | 'api_key'; id: string }
  /** A system actor may name the part of Vern that acted, e.g. 'demo' or 'import'. */
  | { type: 'system'; id?: string }
  | { type: 'anonymous'; id?: undefined }

export function actorOf(principal: Principal | null | undefined): Actor {
  if (!principal) return { type: 'anonymous' }
  return { type: principal.type, id: principal.id }
}

export const SYSTEM: Actor = { type: 'system' }
