import { randomBytes } from 'node:crypto'
import type { Executor } from '../db/database.js'
import { freshBytes, open, SealError, seal } from './aead.js'
import type { KeyRing } from './keys.js'

const KEK_VERSION = 1
const CACHE_SIZE = 10_000
/** Another instance may destroy a key; a cached copy must not outlive that for long. */
const CACHE_TTL_MS = 5 * 60_000

/** A person's (or another owner's) unwrapped data key, able to seal and open that owner's values. */
export class DataKey {
  constructor(
    readonly ownerId: string,
    private readonly key: Buffer,
  ) {}

  seal(field: string, value: string): Buffer {
    return seal(this.key, value, `${this.ownerId}|${field}`)
  }
  open(field: string, sealed: Buffer): string {
    return open(this.key, sealed, `${this.ownerId}|${field}`).toString('utf8')
  }
}

/**
 * Envelope encryption: one random data key per owner (a person, usually), stored wrapped by a key
 * derived from the master key. Destroying the wrapped key makes everything sealed under it
 * unreadable, wherever the ciphertext is kept (crypto-shredding).
 */
export class Vault {
  readonly #cache = new Map<string, { key: DataKey; until: number }>()
  constructor(private readonly keys: KeyRing) {}

  /** The owner's data key, created on first use inside the caller's transaction. */
  async keyFor(db: Executor, ownerId: string, createdAt: Date): Promise<DataKey> {
    const existing = await this.findKey(db, ownerId)
    if (existing) return existing
    const raw = randomBytes(32)
    await db
      .insertInto('data_keys')
      .values({
        owner_id: ownerId,
        wrapped: seal(this.keys.get('kek-v1'), raw, `data-key|${ownerId}`),
        kek_version: KEK_VERSION,
        created_at: createdAt.toISOString(),
      })
      .execute()
    // Not cached: the caller's transaction may still roll back and take the key with it.
    return new DataKey(ownerId, raw)
  }

  /**
   * New data keys for owners that have none yet, inserted in bulk inside the caller's transaction
   * (an import creates thousands at once). Like keyFor, nothing is cached until the caller commits.
   */
  async createKeys(db: Executor, ownerIds: readonly string[], createdAt: Date): Promise<DataKey[]> {
    const at = createdAt.toISOString()
    const kek = this.keys.get('kek-v1')
    const keys: DataKey[] = []
    const rows = ownerIds.map((id) => {
      const raw = freshBytes(32)
      keys.push(new DataKey(id, raw))
      return {
        owner_id: id,
        wrapped: seal(kek, raw, `data-key|${id}`),
        kek_version: KEK_VERSION,
        created_at: at,
      }
    })
    for (let i = 0; i < rows.length; i += 1000)
      await db
        .insertInto('data_keys')
        .values(rows.slice(i, i + 1000))
        .execute()
    return keys
  }

  /** The owner's data key, or null when it never existed or was destroyed. */
  async findKey(db: Executor, ownerId: string): Promise<DataKey | null> {
    const cached = this.#cache.get(ownerId)
    if (cached && cached.until > Date.now()) return cached.key
    const row = await db
      .selectFrom('data_keys')
      .select(['wrapped', 'kek_version'])
      .where('owner_id', '=', ownerId)
      .executeTakeFirst()
    if (!row) return null
    if (row.kek_version !== KEK_VERSION) throw new SealError()
    const key = new DataKey(ownerId, open(this.keys.get('kek-v1'), row.wrapped, `data-key|${ownerId}`))
    // Only keys read outside a transaction are known to be committed.
    if (!db.isTransaction) this.#remember(key)
    return key
  }

  /** The data keys of many owners at once; owners without a key (never made, or destroyed) are absent. */
  async findKeys(db: Executor, ownerIds: readonly string[]): Promise<Map<string, DataKey>> {
    const keys = new Map<string, DataKey>()
    const missing: string[] = []
    for (const id of ownerIds) {
      const cached = this.#cache.get(id)
      if (cached && cached.until > Date.now()) keys.set(id, cached.key)
      else missing.push(id)
    }
    const kek = this.keys.get('kek-v1')
    for (let i = 0; i < missing.length; i += 500) {
      const rows = await db
        .selectFrom('data_keys')
        .select(['owner_id', 'wrapped', 'kek_version'])
        .where('owner_id', 'in', missing.slice(i, i + 500))
        .execute()
      for (const row of rows) {
        if (row.kek_version !== KEK_VERSION) throw new SealError()
        const key = new DataKey(row.owner_id, open(kek, row.wrapped, `data-key|${row.owner_id}`))
        if (!db.isTransaction) this.#remember(key)
        keys.set(row.owner_id, key)
      }
    }
    return keys
  }

  /** Crypto-shredding: after this, nothing sealed under the owner's key can be opened again. */
  async destroyKey(db: Executor, ownerId: string): Promise<boolean> {
    this.#cache.delete(ownerId)
    const result = await db.deleteFrom('data_keys').where('owner_id', '=', ownerId).executeTakeFirst()
    return result.numDeletedRows > 0n
  }

  /** Forgets cached keys, e.g. after a transaction that created keys was rolled back. */
  forget(ownerId?: string): void {
    if (ownerId) this.#cache.delete(ownerId)
    else this.#cache.clear()
  }

  /** Seals data that belongs to no person (staff mail, TOTP secrets) under the system key. */
  sealSystem(context: string, value: string | Buffer): Buffer {
    return seal(this.keys.get('system-seal'), value, `system|${context}`)
  }

  openSystem(context: string, sealed: Buffer): Buffer {
    return open(this.keys.get('system-seal'), sealed, `system|${context}`)
  }

  /** Keyed hash for finding a value without decrypting anything; `kind` keeps e-mails and phones apart. */
  blindIndex(kind: string, normalisedValue: string): string {
    return this.keys.mac('blind-index', `${kind}\u0000${normalisedValue}`)
  }

  #remember(key: DataKey): void {
    if (this.#cache.size >= CACHE_SIZE) {
      const oldest = this.#cache.keys().next().value
      if (oldest !== undefined) this.#cache.delete(oldest)
    }
    this.#cache.delete(key.ownerId)
    this.#cache.set(key.ownerId, { key, until: Date.now() + CACHE_TTL_MS })
  }
}
