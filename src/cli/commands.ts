import { parseArgs } from 'node:util'
import { isRole, type Role } from '../auth/roles.js'
import { loadConfig } from '../config/config.js'
import { consentOf } from '../consent/services.js'
import { closeContext, createContext } from '../context.js'
import { openDatabase } from '../db/database.js'
import { migrateToLatest } from '../db/migrate.js'
import { createLogger } from '../http/logging.js'
import { UsageError } from './usage.js'

type Out = (line: string) => void

function role(value: string | undefined): Role {
  if (!value) throw new UsageError('--role is required')
  if (!isRole(value))
    throw new UsageError(`unknown role "${value}"; use owner, dpo, support, billing, marketing or auditor`)
  return value
}

function options(args: string[], names: string[]): Record<string, string | undefined> {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
      strict: true,
      allowPositionals: true,
    })
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`)
    return values as Record<string, string | undefined>
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError((error as Error).message.split('\n')[0] ?? 'bad arguments')
  }
}

/** Commands other than `serve` log only warnings: their output is for people and scripts. */
async function context() {
  const config = loadConfig()
  return createContext(config, {
    log: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr as never),
  })
}

export async function migrate(_args: string[], out: Out): Promise<number> {
  const config = loadConfig()
  const database = await openDatabase(config.database)
  try {
    const { applied } = await migrateToLatest(database.db)
    out(
      applied.length === 0
        ? 'The database schema is up to date.'
        : `Applied ${applied.length} migration(s): ${applied.join(', ')}`,
    )
    return 0
  } finally {
    await database.close()
  }
}

export async function userAdd(args: string[], out: Out, readSecret: () => Promise<string>): Promise<number> {
  const o = options(args, ['email', 'role', 'name'])
  if (!o.email) throw new UsageError('--email is required')
  const r = role(o.role)
  const password = await readSecret()
  if (!password) throw new UsageError('no password on standard input')
  const ctx = await context()
  try {
    const user = await ctx.db
      .transaction()
      .execute((trx) =>
        ctx.users.create(
          trx,
          { email: o.email ?? '', name: o.name ?? (o.email ?? '').split('@')[0] ?? '', role: r, password },
          { type: 'system' },
        ),
      )
    out(`Added ${user.role} ${user.email} (${user.id}).`)
    return 0
  } finally {
    await closeContext(ctx)
  }
}

export async function apikeyCreate(args: string[], out: Out): Promise<number> {
  const o = options(args, ['name', 'role'])
  if (!o.name) throw new UsageError('--name is required')
  const r = role(o.role)
  const ctx = await context()
  try {
    const { key, apiKey } = await ctx.db
      .transaction()
      .execute((trx) => ctx.apiKeys.create(trx, { name: o.name ?? '', role: r }, { type: 'system' }))
    out(`Created API key "${apiKey.name}" with role ${apiKey.role} (id ${apiKey.id}). It is shown only now:`)
    out(key)
    return 0
  } finally {
    await closeContext(ctx)
  }
}

export async function auditVerify(args: string[], out: Out, err: Out): Promise<number> {
  options(args, [])
  const ctx = await context()
  try {
    const result = await ctx.audit.verify(ctx.db)
    if (result.ok) {
      out(`Audit chain intact: ${result.entries} entries verified.`)
      return 0
    }
    err(`Audit chain broken at entry ${result.seq}: ${result.problem} (${result.entries} entries read).`)
    return 1
  } finally {
    await closeContext(ctx)
  }
}

/** `vern consent verify`: checks the consent ledger's hash chain, like `audit verify`. */
export async function consentVerify(args: string[], out: Out, err: Out): Promise<number> {
  options(args, [])
  const ctx = await context()
  try {
    const result = await consentOf(ctx).ledger.verify(ctx.db)
    if (result.ok) {
      out(`Consent ledger intact: ${result.records} records verified.`)
      return 0
    }
    err(`Consent ledger broken at record ${result.seq}: ${result.problem} (${result.records} records read).`)
    return 1
  } finally {
    await closeContext(ctx)
  }
}

/** A whole number option within bounds, or bad usage. */
function wholeNumber(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback
  if (!/^\d{1,10}$/.test(value) || Number(value) > max)
    throw new UsageError(`${name} must be a whole number from 0 to ${max.toLocaleString('en-GB')}`)
  return Number(value)
}

/** `vern demo`: fills an empty instance with the Nordlys Webshop example (src/demo/). */
export async function demo(args: string[], out: Out): Promise<number> {
  const o = options(args, ['customers', 'seed', 'email'])
  const customers = wholeNumber('--customers', o.customers, 1000, 100_000)
  const seed = wholeNumber('--seed', o.seed, 1, 0xffff_ffff)
  if (o.email !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(o.email))
    throw new UsageError('--email must be an e-mail address')
  // Loaded only for this command: the demo's data has no place in a running server.
  const { runDemo } = await import('../demo/demo.service.js')
  const { demoSummary } = await import('../demo/demo.summary.js')
  const ctx = await context()
  const tty = process.stderr.isTTY === true
  try {
    const result = await runDemo(ctx, {
      customers,
      seed,
      ownerEmail: o.email,
      progress: tty
        ? (done, total) =>
            process.stderr.write(
              `\rWriting the register: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} people`,
            )
        : undefined,
    })
    if (tty) process.stderr.write('\r\x1b[K')
    for (const line of demoSummary(result, ctx.config)) out(line)
    return 0
  } catch (error) {
    if (tty) process.stderr.write('\r\x1b[K')
    throw error
  } finally {
    await closeContext(ctx)
  }
}
