import { randomBytes } from 'node:crypto'
import { isIP } from 'node:net'
import type { Logger } from 'pino'
import { ApiKeyService } from './api-keys/api-key.service.js'
import { AuditLog } from './audit/audit.service.js'
import { LoginService } from './auth/login.service.js'
import { DEFAULT_PASSWORD_COST, type PasswordCost, PasswordHasher } from './auth/passwords.js'
import { SessionService } from './auth/session.service.js'
import { TwoFactorService } from './auth/two-factor.service.js'
import { type Clock, systemClock } from './clock.js'
import { type Config, ConfigError } from './config/config.js'
import { KeyRing } from './crypto/keys.js'
import { resolveMasterKey } from './crypto/master-key.js'
import { Vault } from './crypto/vault.js'
import { type Database, openDatabase } from './db/database.js'
import { migrateToLatest } from './db/migrate.js'
import type { AppContext, Limits } from './http/context.js'
import { createLogger } from './http/logging.js'
import { registerImportJobs } from './imports/import.jobs.js'
import { ImportService } from './imports/import.service.js'
import { registerFoundationJobs } from './jobs/jobs.js'
import { Scheduler } from './jobs/scheduler.js'
import { MailService } from './mail/mail.service.js'
import { ensureOrganisationRow } from './organisation/organisation.repository.js'
import { OrganisationService } from './organisation/organisation.service.js'
import { registerErasureJobs } from './requests/erasure/index.js'
import { seedDefaultTaxonomy } from './taxonomy/taxonomy.seed.js'
import { TaxonomyService } from './taxonomy/taxonomy.service.js'
import { countUsers } from './users/user.repository.js'
import { UserService } from './users/user.service.js'

export interface ContextOptions {
  clock?: Clock
  log?: Logger
  passwordCost?: PasswordCost
  limits?: Partial<Limits>
  /** An already open database (tests share one per file). */
  database?: Database
  instanceId?: string
}

export const DEFAULT_LIMITS: Limits = { authPerMinute: 10, pagesPerMinute: 120, consentsPerMinute: 600 }

/**
 * Opens the database, brings its schema up to date, checks the master key against it, and wires
 * every service. Used by `vern serve`, the other commands and the tests alike.
 */
export async function createContext(config: Config, options: ContextOptions = {}): Promise<AppContext> {
  const log = options.log ?? createLogger(config.logLevel)
  const clock = options.clock ?? systemClock
  const master = resolveMasterKey(config)
  if (master.origin === 'generated') {
    log.warn(
      { file: config.masterKeyFile },
      'VERN_MASTER_KEY is not set: generated a master key into the data folder. Back it up; without it the encrypted data cannot be read. Set VERN_MASTER_KEY in production.',
    )
  }
  const database = options.database ?? (await openDatabase(config.database))
  try {
    await migrateToLatest(database.db)
    const keys = new KeyRing(master.key)
    await checkMasterKey(database, keys, clock)
    await ensureOrganisationRow(database.db, clock.now().toISOString())
    await seedDefaultTaxonomy(database.db, clock.now())
    const vault = new Vault(keys)
    const audit = new AuditLog(keys, clock)
    const passwords = new PasswordHasher(options.passwordCost ?? DEFAULT_PASSWORD_COST)
    const instanceId = options.instanceId ?? randomBytes(6).toString('hex')
    const loopback = isLoopback(config.host)
    const needsSetup = (await countUsers(database.db)) === 0
    const organisation = new OrganisationService(audit, clock)
    const ctx: AppContext = {
      config,
      database,
      db: database.db,
      clock,
      keys,
      vault,
      log,
      instanceId,
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      passwords,
      audit,
      mail: new MailService(database, vault, clock, log, config.smtpUrl, config.mailFrom),
      scheduler: new Scheduler(database, clock, instanceId, log),
      sessions: new SessionService(clock),
      twoFactor: new TwoFactorService(vault, keys, audit, clock),
      login: new LoginService(passwords, audit, clock),
      users: new UserService(audit, passwords, clock),
      apiKeys: new ApiKeyService(audit, clock),
      organisation,
      imports: new ImportService(database.db, { vault, audit, clock, organisation, log, instanceId }),
      taxonomy: new TaxonomyService(audit, clock),
      setupCode: needsSetup && !loopback ? randomBytes(5).toString('hex') : null,
    }
    registerFoundationJobs(ctx)
    registerImportJobs(ctx)
    registerErasureJobs(ctx)
    return ctx
  } catch (error) {
    if (!options.database) await database.close()
    throw error
  }
}

/** Stops imports and jobs (letting the work in hand commit) and the mailer, and closes the database. */
export async function closeContext(ctx: AppContext): Promise<void> {
  await ctx.imports.stop()
  await ctx.scheduler.stop()
  ctx.mail.close()
  await ctx.database.close()
}

async function checkMasterKey(database: Database, keys: KeyRing, clock: Clock): Promise<void> {
  const check = keys.keyCheck()
  await database.db
    .insertInto('instance')
    .values({ id: 1, key_check: check, created_at: clock.now().toISOString() })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
  const row = await database.db
    .selectFrom('instance')
    .select('key_check')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  if (row.key_check !== check) {
    throw new ConfigError(
      'VERN_MASTER_KEY',
      'does not match the key this database was created with; nothing encrypted could be read',
    )
  }
}

function isLoopback(host: string): boolean {
  if (host === 'localhost') return true
  if (isIP(host) === 4) return host.startsWith('127.')
  return host === '::1'
}
