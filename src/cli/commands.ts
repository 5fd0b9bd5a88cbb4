import { parseArgs } from 'node:util'
import { isRole, type Role } from '../auth/roles.js'
import { loadConfig } from '../config/config.js'
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
