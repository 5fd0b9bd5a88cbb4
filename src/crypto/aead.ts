import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

const VERSION = 1
const IV_BYTES = 12
const TAG_BYTES = 16

/** Raised when a ciphertext cannot be opened: wrong key, destroyed key, or tampered bytes. */
export class SealError extends Error {
  constructor() {
    super('encrypted value could not be opened')
    this.name = 'SealError'
  }
}

/**
 * AES-256-GCM with a fresh random IV. `context` is bound as associated data, so a ciphertext moved to
 * another person or field does not open. Layout: version (1) | iv (12) | tag (16) | ciphertext.
 */
/**
 * Random bytes from a pool filled 4 KiB at a time: one call into OpenSSL's CSPRNG per ~300 IVs rather
 * than one per value, which bulk writes (an import seals two values per person) feel. Each byte is
 * handed out once.
 */
const POOL_BYTES = 4096
let pool = Buffer.alloc(0)
let offset = POOL_BYTES
export function freshBytes(n: number): Buffer {
  if (n > POOL_BYTES) return randomBytes(n)
  if (offset + n > pool.length) {
    pool = randomBytes(POOL_BYTES)
    offset = 0
  }
  const out = Buffer.from(pool.subarray(offset, offset + n))
  offset += n
  return out
}

export function seal(key: Buffer, plaintext: Buffer | string, context: string): Buffer {
  const iv = freshBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(context, 'utf8'))
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body])
}

/** Opens what `seal` produced with the same key and context. */
export function open(key: Buffer, sealed: Buffer, context: string): Buffer {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) throw new SealError()
  const iv = sealed.subarray(1, 1 + IV_BYTES)
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', key, iv)
  decipher.setAAD(Buffer.from(context, 'utf8'))
  decipher.setAuthTag(tag)
  try {
    return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()])
  } catch {
    throw new SealError()
  }
}
