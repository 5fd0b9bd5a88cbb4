import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** An unguessable token for links and cookies: 256 bits, URL-safe. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

/** Tokens are stored only as their SHA-256, so a copy of the database opens no session or link. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url')
}

/**
 * Compares two secrets in time that does not depend on where they differ. The length may show, which
 * is harmless: every token and hash Vern compares has a fixed, public length.
 */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
