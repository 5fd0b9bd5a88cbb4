import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto'
import type { Vault } from '../crypto/vault.js'

const LINK = /^[A-Za-z0-9_-]{43}$/
/** No 0/O, 1/I: the code is read from a mail and typed by hand. 32 symbols, 8 of them: 40 bits. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const CODE_LENGTH = 8
/** Wrong codes a request accepts before its code stops working (the link still works). */
export const MAX_CODE_ATTEMPTS = 5
export const CONFIRM_TTL_MS = 24 * 60 * 60 * 1000

/** A new link token: 256 random bits, URL-safe. Only its keyed hash is stored. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * A short code to type instead of following the link. It is only accepted together with the e-mail it
 * was sent to, for that one request, a few times, within 24 hours: guessing 40 bits in 5 tries is hopeless.
 */
export function newCode(): string {
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}

/** The code as printed in the mail: two groups of four. */
export function displayCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

/** What a person typed, in the stored form: upper case, without spaces or dashes; null when it cannot be a code. */
export function normaliseCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '')
  if (code.length !== CODE_LENGTH) return null
  for (const c of code) if (!ALPHABET.includes(c)) return null
  return code
}

export function isLinkToken(token: string): boolean {
  return LINK.test(token)
}

export function hashLink(vault: Vault, token: string): string {
  return vault.blindIndex('request-link', token)
}

/** The code's hash is bound to its request, so the same code of two requests never collides. */
export function hashCode(vault: Vault, requestId: string, code: string): string {
  return vault.blindIndex('request-code', `${requestId}:${code}`)
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
