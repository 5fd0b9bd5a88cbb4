import { isIP } from 'node:net'
import { Cron } from 'croner'

/** Log levels pino understands. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string }

export interface Config {
  readonly port: number
  readonly host: string
  readonly database: DatabaseTarget
  readonly publicUrl: URL
  /** 32 raw bytes, or null when Vern should use (or create) the key file under ./data/. */
  readonly masterKey: Buffer | null
  readonly masterKeyFile: string
  readonly smtpUrl: string | null
  readonly mailFrom: string
  readonly logLevel: LogLevel
  readonly production: boolean
  readonly trustProxy: boolean
  readonly dataDir: string
  /** When the retention sweep runs: a cron expression in UTC (default every day at 02:30). */
  readonly retentionSchedule: string
}

/** A bad environment variable: start-up stops and names it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`)
    this.name = 'ConfigError'
  }
}

type Env = Readonly<Record<string, string | undefined>>

/** Reads the configuration once from the environment, validates it and freezes it. */
export function loadConfig(env: Env = process.env): Config {
  const port = parsePort(env.PORT)
  const host = parseHost(env.HOST)
  const dataDir = env.VERN_DATA_DIR?.trim() || './data'
  const database = parseDatabaseUrl(env.DATABASE_URL ?? `sqlite:${dataDir}/vern.db`)
  const publicUrl = parsePublicUrl(env.PUBLIC_URL, host, port)
  const production = env.NODE_ENV === 'production'
  const masterKey = parseMasterKey(env.VERN_MASTER_KEY)
  if (production && !masterKey) {
    throw new ConfigError('VERN_MASTER_KEY', 'is required when NODE_ENV=production (32 bytes, base64 or hex)')
  }
  const smtpUrl = parseSmtpUrl(env.SMTP_URL)
  const mailFrom = parseMailFrom(env.MAIL_FROM, publicUrl)
  const logLevel = parseLogLevel(env.LOG_LEVEL)
  const trustProxy = parseBoolean('TRUST_PROXY', env.TRUST_PROXY, false)
  const retentionSchedule = parseSchedule('RETENTION_SCHEDULE', env.RETENTION_SCHEDULE, '0 30 2 * * *')
  return Object.freeze({
    port,
    host,
    database: Object.freeze(database),
    publicUrl,
    masterKey,
    masterKeyFile: `${dataDir}/master.key`,
    smtpUrl,
    mailFrom,
    logLevel,
    production,
    trustProxy,
    dataDir,
    retentionSchedule,
  })
}

function parseSchedule(name: string, value: string | undefined, fallback: string): string {
  if (value === undefined || value.trim() === '') return fallback
  try {
    new Cron(value.trim(), { paused: true, timezone: 'UTC' }).stop()
  } catch {
    throw new ConfigError(name, 'must be a cron expression, e.g. "0 30 2 * * *" (every day at 02:30 UTC)')
  }
  return value.trim()
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000
  if (!/^\d{1,5}$/.test(value)) throw new ConfigError('PORT', 'must be a whole number from 0 to 65535')
  const port = Number(value)
  if (port > 65535) throw new ConfigError('PORT', 'must be a whole number from 0 to 65535')
  return port
}

function parseHost(value: string | undefined): string {
  if (value === undefined || value === '') return '127.0.0.1'
  const hostname =
    /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/
  if (isIP(value) === 0 && !hostname.test(value)) {
    throw new ConfigError('HOST', 'must be an IP address or a host name')
  }
  return value
}

/** `sqlite:<path>` (also `sqlite://<path>`) or `postgres://…` / `postgresql://…`. */
export function parseDatabaseUrl(value: string): DatabaseTarget {
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\//, '')
    if (path === '')
      throw new ConfigError('DATABASE_URL', 'sqlite: needs a file path, e.g. sqlite:./data/vern.db')
    return { kind: 'sqlite', path }
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value)
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid postgres:// URL')
    }
    return { kind: 'postgres', url: value }
  }
  throw new ConfigError('DATABASE_URL', 'must start with sqlite: or postgres://')
}

function parsePublicUrl(value: string | undefined, host: string, port: number): URL {
  const raw = value?.trim() || `http://${isIP(host) === 6 ? `[${host}]` : host}:${port}`
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError('PUBLIC_URL', 'is not a valid URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('PUBLIC_URL', 'must be an http:// or https:// URL')
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigError('PUBLIC_URL', 'must not carry a query, fragment or credentials')
  }
  // Links are built by appending absolute paths, so the base never ends in a slash.
  return new URL(url.href.replace(/\/+$/, ''))
}

function parseMasterKey(value: string | undefined): Buffer | null {
  if (value === undefined || value.trim() === '') return null
  const text = value.trim()
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64')
  if (key.length !== 32 || (!/^[0-9a-fA-F]{64}$/.test(text) && !/^[A-Za-z0-9+/_-]{43}=?$/.test(text))) {
    throw new ConfigError('VERN_MASTER_KEY', 'must be 32 bytes written as 64 hex digits or base64')
  }
  return key
}

function parseSmtpUrl(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new ConfigError('SMTP_URL', 'is not a valid URL, e.g. smtp://user:pass@host:587')
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError('SMTP_URL', 'must start with smtp:// or smtps://')
  }
  if (!url.hostname) throw new ConfigError('SMTP_URL', 'needs a host')
  return url.href
}

function parseMailFrom(value: string | undefined, publicUrl: URL): string {
  if (value === undefined || value.trim() === '') {
    const domain = publicUrl.hostname.includes('.') ? publicUrl.hostname : 'localhost.localdomain'
    return `Vern <no-reply@${domain}>`
  }
  const address = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value)?.[1] ?? value.trim()
  if (!/^[^@\s]+@[^@\s]+$/.test(address)) {
    throw new ConfigError('MAIL_FROM', 'must be an e-mail address, optionally as "Name <address>"')
  }
  return value.trim()
}

function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info'
  const level = LOG_LEVELS.find((l) => l === value)
  if (!level) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`)
  return level
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false
  throw new ConfigError(name, 'must be true or false')
}
