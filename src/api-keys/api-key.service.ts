import { randomBytes } from 'node:crypto'
import type { AuditLog } from '../audit/audit.service.js'
import type { Actor, Principal } from '../auth/principal.js'
import { isRole, type Role } from '../auth/roles.js'
import { randomToken, safeEqual, sha256 } from '../auth/tokens.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { notFound } from '../errors.js'
import * as repo from './api-key.repository.js'

export interface ApiKey {
  id: string
  name: string
  role: Role
  createdBy: string | null
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}

/** `vern_<16 hex id>_<43 base64url secret>`: the id finds the row, the secret is checked against its hash. */
const KEY_PATTERN = /^vern_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/
/** last_used_at is recorded at most once a minute, so authenticated reads stay reads. */
const TOUCH_MS = 60_000
/**
 * A key's row is reused for a second before it is read again: at thousands of requests a second that
 * saves nearly every lookup. Revoking is immediate on this instance and takes at most this long to
 * reach other instances sharing the database.
 */
const CACHE_MS = 1000

function toApiKey(row: repo.ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    role: isRole(row.role) ? row.role : 'auditor',
    createdBy: row.created_by,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  }
}

/** API keys for the shop and other systems: shown once, stored hashed, bound to a role, revocable. */
export class ApiKeyService {
  readonly #cache = new Map<string, { row: repo.ApiKeyRow; until: number }>()

  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async create(
    trx: Executor,
    input: { name: string; role: Role },
    actor: Actor,
    requestId?: string,
  ): Promise<{ key: string; apiKey: ApiKey }> {
    const id = randomBytes(8).toString('hex')
    const secret = randomToken(32)
    await repo.insertKey(trx, {
      id,
      name: input.name.trim(),
      role: input.role,
      secret_hash: sha256(secret),
      created_by: actor.type === 'user' ? actor.id : null,
      created_at: this.clock.now().toISOString(),
    })
    await this.audit.append(trx, {
      actor,
      action: 'apikey.create',
      target: { type: 'api_key', id },
      details: { role: input.role },
      requestId,
    })
    const row = await repo.findKey(trx, id)
    if (!row) throw notFound('API key')
    return { key: `vern_${id}_${secret}`, apiKey: toApiKey(row) }
  }

  async list(db: Executor): Promise<ApiKey[]> {
    return (await repo.listKeys(db)).map(toApiKey)
  }

  async revoke(trx: Executor, id: string, actor: Actor, requestId?: string): Promise<ApiKey> {
    const row = await repo.findKey(trx, id)
    if (!row) throw notFound('API key')
    this.#cache.delete(id)
    if (await repo.revokeKey(trx, id, this.clock.now().toISOString())) {
      await this.audit.append(trx, {
        actor,
        action: 'apikey.revoke',
        target: { type: 'api_key', id },
        requestId,
      })
    }
    const after = await repo.findKey(trx, id)
    if (!after) throw notFound('API key')
    return toApiKey(after)
  }

  /** The principal for a presented key, or null when it is malformed, unknown, revoked or wrong. */
  async authenticate(db: Executor, presented: string): Promise<Principal | null> {
    const match = KEY_PATTERN.exec(presented)
    if (!match) return null
    const [, id = '', secret = ''] = match
    const row = await this.#row(db, id)
    if (!row || row.revoked_at !== null || !safeEqual(row.secret_hash, sha256(secret)) || !isRole(row.role))
      return null
    const now = this.clock.now()
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > TOUCH_MS) {
      await repo.touchKey(db, id, now.toISOString())
      row.last_used_at = now.toISOString()
    }
    return { type: 'api_key', id: row.id, role: row.role, name: row.name }
  }

  async #row(db: Executor, id: string): Promise<repo.ApiKeyRow | undefined> {
    const cached = this.#cache.get(id)
    if (cached && cached.until > Date.now()) return cached.row
    const row = await repo.findKey(db, id)
    if (row) {
      if (this.#cache.size > 10_000) this.#cache.clear()
      this.#cache.set(id, { row, until: Date.now() + CACHE_MS })
    } else this.#cache.delete(id)
    return row
  }
}
