import type { Kysely } from 'kysely'
import type { Logger } from 'pino'
import type { ApiKeyService } from '../api-keys/api-key.service.js'
import type { AuditLog } from '../audit/audit.service.js'
import type { LoginService } from '../auth/login.service.js'
import type { PasswordHasher } from '../auth/passwords.js'
import type { Principal } from '../auth/principal.js'
import type { Permission } from '../auth/roles.js'
import type { SessionRecord, SessionService } from '../auth/session.service.js'
import type { TwoFactorService } from '../auth/two-factor.service.js'
import type { Clock } from '../clock.js'
import type { Config } from '../config/config.js'
import type { KeyRing } from '../crypto/keys.js'
import type { Vault } from '../crypto/vault.js'
import type { Database } from '../db/database.js'
import type { DB } from '../db/schema.js'
import type { ImportService } from '../imports/import.service.js'
import type { Scheduler } from '../jobs/scheduler.js'
import type { MailService } from '../mail/mail.service.js'
import type { OrganisationService } from '../organisation/organisation.service.js'
import type { TaxonomyService } from '../taxonomy/taxonomy.service.js'
import type { UserService } from '../users/user.service.js'

/** Rate limits for public routes, per client address; tests raise them. */
export interface Limits {
  /** Sign-in, second factor, password reset and set-up submissions per minute. */
  authPerMinute: number
  /** Public pages per minute. */
  pagesPerMinute: number
  /** Consent records posted by the banner per minute. */
  consentsPerMinute: number
}

/** Everything a request handler may use: infrastructure and the domain services. */
export interface AppContext {
  readonly config: Config
  readonly database: Database
  readonly db: Kysely<DB>
  readonly clock: Clock
  readonly keys: KeyRing
  readonly vault: Vault
  readonly log: Logger
  readonly instanceId: string
  readonly limits: Limits
  readonly passwords: PasswordHasher
  readonly audit: AuditLog
  readonly mail: MailService
  readonly scheduler: Scheduler
  readonly sessions: SessionService
  readonly twoFactor: TwoFactorService
  readonly login: LoginService
  readonly users: UserService
  readonly apiKeys: ApiKeyService
  readonly organisation: OrganisationService
  readonly taxonomy: TaxonomyService
  readonly imports: ImportService
  /** Set when the wizard must be protected by a code (Vern listens beyond loopback). */
  readonly setupCode: string | null
}

/**
 * Who may call a route: 'public' (anyone, rate-limited where it matters), 'authenticated' (any
 * signed-in staff member or key), or a permission from the role matrix (a list: any of them).
 */
export type Access = 'public' | 'authenticated' | Permission | readonly Permission[]

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
    /** HTML page: errors render as pages and the unauthenticated are sent to the sign-in page. */
    page?: boolean
    /** Whether unsafe methods need a CSRF token (default true); false only for public JSON endpoints. */
    csrf?: boolean
    /** The session may be half-way (second factor or enrolment pending) for this route. */
    partialSession?: boolean
  }
  interface FastifyRequest {
    principal: Principal | null
    session: SessionRecord | null
    /** The CSRF token for forms on the page being rendered. */
    csrfToken(): string
  }
  interface FastifyInstance {
    ctx: AppContext
    /** Every route with its declared access, for the test that walks routes against roles. */
    routeCatalog: import('./auth.js').RouteEntry[]
  }
}
