import { realpathSync } from 'node:fs'
import { resolve as resolvePath, sep } from 'node:path'
import { Value } from 'typebox/value'
import type { AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import { open, seal } from '../crypto/aead.js'
import type { KeyRing } from '../crypto/keys.js'
import { findSystem } from '../datamap/system.repository.js'
import type { Executor } from '../db/database.js'
import { invalid, notFound, VernError } from '../errors.js'
import {
  ConnectionInput,
  type ConnectionTestAnswer,
  type ConnectionView,
  type Credentials,
} from './connection.schema.js'
import * as repo from './connector.repository.js'
import { RowLimitError } from './execute.js'
import { introspect, type SchemaInfo } from './introspect.js'
import {
  openSession,
  type SqlKind,
  type SqlSession,
  type SqlTarget,
  toConnectionError,
} from './sql.session.js'

export interface Who {
  actor: Actor
  requestId?: string | undefined
}

const DEFAULT_PORTS: Record<SqlKind, number | null> = { postgres: 5432, mysql: 3306, sqlite: null }
/** SQLite needs no user; this marks "the file may be written". */
const SQLITE_WRITE: Credentials = { user: 'sqlite' }

/**
 * Direct SQL connections of data-map systems. Credentials are sealed under their own key with the
 * system and role bound in, are never returned, and never appear in a log or an error message.
 */
export class ConnectionService {
  constructor(
    private readonly keys: KeyRing,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    /** Folders a SQLite connection may not point into: Vern's own data (its database, master key). */
    private readonly forbiddenDirs: readonly string[] = [],
  ) {}

  /** Refuses a SQLite file inside Vern's own folders (symbolic links followed). */
  #guardFile(file: string): void {
    let real = resolvePath(file)
    try {
      real = realpathSync(real)
    } catch {
      // A file that does not exist yet is refused later, when it is opened.
    }
    for (const dir of this.forbiddenDirs) {
      let root = resolvePath(dir)
      try {
        root = realpathSync(root)
      } catch {}
      if (real === root || real.startsWith(`${root}${sep}`))
        throw invalid('file', 'is inside Vern’s own data folder, which no connection may read', 'one_of')
    }
  }

  async get(db: Executor, systemId: string): Promise<ConnectionView> {
    const row = await repo.findConnection(db, systemId)
    if (!row) throw notFound('The connection')
    return toView(row)
  }

  async find(db: Executor, systemId: string): Promise<ConnectionView | null> {
    const row = await repo.findConnection(db, systemId)
    return row ? toView(row) : null
  }

  async put(trx: Executor, systemId: string, input: ConnectionInput, who: Who): Promise<ConnectionView> {
    if (!(await findSystem(trx, systemId))) throw notFound('The system')
    const existing = await repo.findConnection(trx, systemId)
    const bad = Value.Errors(ConnectionInput, input)[0]
    if (bad)
      throw invalid(
        bad.instancePath.split('/').filter(Boolean).join('.') || 'body',
        'is not valid here',
        'format',
      )
    const fields = resolve(input)
    const now = this.clock.now().toISOString()
    const keepRead = existing && existing.kind === input.kind ? existing.read_credentials : null
    const keepWrite = existing && existing.kind === input.kind ? existing.write_credentials : null
    let read: Buffer | null = keepRead
    let write: Buffer | null = keepWrite
    if (input.kind === 'sqlite') {
      this.#guardFile(fields.file as string)
      if (input.read || input.write)
        throw invalid(input.read ? 'read' : 'write', 'SQLite takes no credentials; use writable', 'one_of')
      read = null
      if (input.writable !== undefined)
        write = input.writable ? this.#seal(systemId, 'write', SQLITE_WRITE) : null
    } else {
      if (input.writable !== undefined)
        throw invalid('writable', 'writable is for SQLite; give write credentials instead', 'one_of')
      // A user sent without a password keeps the stored password of that same user.
      const withKept = (mode: 'read' | 'write', sent: Credentials, stored: Buffer | null): Credentials => {
        if (sent.password !== undefined || !stored) return sent
        const old = this.#open(systemId, mode, stored)
        return old.user === sent.user ? old : sent
      }
      if (fields.read) read = this.#seal(systemId, 'read', withKept('read', fields.read, keepRead))
      if (input.write === null) write = null
      else if (input.write) write = this.#seal(systemId, 'write', withKept('write', input.write, keepWrite))
      if (!read) throw invalid('read', 'Read credentials are needed (read, or a user in url)', 'required')
    }
    await repo.upsertConnection(trx, {
      system_id: systemId,
      kind: input.kind,
      host: fields.host,
      port: fields.port,
      database_name: fields.database,
      file_path: fields.file,
      ssl: fields.ssl ? 1 : 0,
      read_credentials: read,
      write_credentials: write,
      created_at: existing?.created_at ?? now,
      updated_at: now,
    })
    await this.audit.append(trx, {
      actor: who.actor,
      action: existing ? 'connection.update' : 'connection.create',
      target: { type: 'system', id: systemId },
      details: { kind: input.kind, readCredentials: read !== null, writeCredentials: write !== null },
      requestId: who.requestId,
    })
    return this.get(trx, systemId)
  }

  async remove(trx: Executor, systemId: string, who: Who): Promise<void> {
    if (!(await repo.deleteConnection(trx, systemId))) throw notFound('The connection')
    await this.audit.append(trx, {
      actor: who.actor,
      action: 'connection.delete',
      target: { type: 'system', id: systemId },
      requestId: who.requestId,
    })
  }

  /** Where and as whom to connect, unsealed; for this process only. */
  async target(db: Executor, systemId: string, mode: 'read' | 'write'): Promise<SqlTarget> {
    const row = await repo.findConnection(db, systemId)
    if (!row) throw new VernError('connection_missing', 'The system has no SQL connection')
    const kind = row.kind as SqlKind
    const base: SqlTarget = {
      kind,
      host: row.host ?? undefined,
      port: row.port ?? undefined,
      database: row.database_name ?? undefined,
      file: row.file_path ?? undefined,
      ssl: row.ssl === 1,
    }
    if (mode === 'write' && !row.write_credentials)
      throw new VernError('write_credentials_missing', 'Erasure needs write credentials for this connection')
    if (kind === 'sqlite') {
      this.#guardFile(base.file ?? '')
      return base
    }
    const sealed = mode === 'write' ? row.write_credentials : row.read_credentials
    if (!sealed) throw new VernError('connection_missing', 'The connection has no read credentials')
    const credentials = this.#open(systemId, mode, sealed)
    return { ...base, user: credentials.user, password: credentials.password }
  }

  /** Opens a session for the system; any failure becomes connection_failed with a safe message. */
  async open(db: Executor, systemId: string, mode: 'read' | 'write'): Promise<SqlSession> {
    const target = await this.target(db, systemId, mode)
    try {
      return await openSession(target, mode === 'write')
    } catch (error) {
      throw asVernError(error)
    }
  }

  /** Connects with the read (and, when stored, the write) credentials and lists the tables. Audited. */
  async test(db: Executor, systemId: string, who: Who): Promise<ConnectionTestAnswer> {
    const started = performance.now()
    const row = await repo.findConnection(db, systemId)
    if (!row) throw new VernError('connection_missing', 'The system has no SQL connection')
    let outcome: { ok: true; tables: number; writeChecked: boolean } | { ok: false; error: VernError }
    try {
      const schema = await this.introspect(db, systemId)
      if (row.write_credentials) {
        const session = await this.open(db, systemId, 'write')
        try {
          await session.query('select 1 as one')
        } finally {
          await session.close()
        }
      }
      outcome = { ok: true, tables: schema.tables.length, writeChecked: row.write_credentials !== null }
    } catch (error) {
      outcome = { ok: false, error: asVernError(error) }
    }
    await this.audit.append(db, {
      actor: who.actor,
      action: 'connection.test',
      target: { type: 'system', id: systemId },
      outcome: outcome.ok ? 'success' : 'failure',
      details: outcome.ok ? { tables: outcome.tables } : { code: outcome.error.code },
      requestId: who.requestId,
    })
    if (!outcome.ok) throw outcome.error
    return {
      ok: true,
      tables: outcome.tables,
      writeChecked: outcome.writeChecked,
      ms: Math.round(performance.now() - started),
    }
  }

  async introspect(db: Executor, systemId: string): Promise<SchemaInfo> {
    const session = await this.open(db, systemId, 'read')
    try {
      return await introspect(session)
    } catch (error) {
      throw asVernError(error)
    } finally {
      await session.close()
    }
  }

  #open(systemId: string, mode: 'read' | 'write', sealed: Buffer): Credentials {
    return JSON.parse(
      open(this.keys.get('connector-credentials'), sealed, `connector-sql|${systemId}|${mode}`).toString(
        'utf8',
      ),
    ) as Credentials
  }

  #seal(systemId: string, mode: 'read' | 'write', credentials: Credentials): Buffer {
    return seal(
      this.keys.get('connector-credentials'),
      JSON.stringify(credentials),
      `connector-sql|${systemId}|${mode}`,
    )
  }
}

/** Connection trouble as connection_failed with a safe message; a VernError stays what it was. */
export function asVernError(error: unknown): VernError {
  if (error instanceof VernError) return error
  if (error instanceof RowLimitError) return new VernError('connector_row_limit', error.message)
  return new VernError('connection_failed', toConnectionError(error).message)
}

function toView(row: repo.ConnectionRow): ConnectionView {
  return {
    systemId: row.system_id,
    kind: row.kind as SqlKind,
    host: row.host,
    port: row.port,
    database: row.database_name,
    file: row.file_path,
    ssl: row.ssl === 1,
    readCredentials: row.kind === 'sqlite' ? true : row.read_credentials !== null,
    writeCredentials: row.write_credentials !== null,
    updatedAt: new Date(row.updated_at).toISOString(),
  }
}

interface Resolved {
  host: string | null
  port: number | null
  database: string | null
  file: string | null
  ssl: boolean
  read: Credentials | null
}

/** Fields from the URL, then the separate fields over them. */
function resolve(input: ConnectionInput): Resolved {
  const out: Resolved = { host: null, port: null, database: null, file: null, ssl: false, read: null }
  if (input.url !== undefined) {
    let url: URL
    try {
      url = new URL(input.url)
    } catch {
      throw invalid('url', 'is not a connection URL', 'format')
    }
    const scheme = url.protocol.replace(/:$/, '')
    const kindOf: Record<string, SqlKind> = {
      postgres: 'postgres',
      postgresql: 'postgres',
      mysql: 'mysql',
      mariadb: 'mysql',
      sqlite: 'sqlite',
      file: 'sqlite',
    }
    if (kindOf[scheme] !== input.kind)
      throw invalid('url', `does not start with a ${input.kind} scheme`, 'mismatch')
    if (input.kind === 'sqlite') out.file = decodeURIComponent(url.pathname)
    else {
      out.host = url.hostname || null
      out.port = url.port ? Number(url.port) : null
      const database = decodeURIComponent(url.pathname.replace(/^\//, ''))
      out.database = database || null
      if (url.username)
        out.read = { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
      const mode = url.searchParams.get('sslmode') ?? url.searchParams.get('ssl')
      out.ssl = mode !== null && !['disable', 'false', '0'].includes(mode)
    }
  }
  if (input.host !== undefined) out.host = input.host
  if (input.port !== undefined) out.port = input.port
  if (input.database !== undefined) out.database = input.database
  if (input.file !== undefined) out.file = input.file
  if (input.ssl !== undefined) out.ssl = input.ssl
  if (input.read) out.read = input.read
  if (input.kind === 'sqlite') {
    if (!out.file?.startsWith('/'))
      throw invalid('file', 'SQLite needs the absolute path of the database file', 'required')
    if (out.host) throw invalid('host', 'SQLite has no host', 'one_of')
  } else {
    if (out.file) throw invalid('file', `${input.kind} has no file`, 'one_of')
    if (!out.host) throw invalid('host', 'is required (or give url)', 'required')
    if (!out.database) throw invalid('database', 'is required (or give url)', 'required')
    out.port ??= DEFAULT_PORTS[input.kind]
  }
  return out
}
