import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Vault } from '../crypto/vault.js'
import type { Executor } from '../db/database.js'
import type { Language } from '../i18n/languages.js'
import * as repo from './subscription.repository.js'

export type TokenKind = 'confirm' | 'unsubscribe'
const TOKEN = /^[A-Za-z0-9_-]{43}$/

/** A new opaque token (256 random bits); only its keyed hash is stored, so a database copy opens nothing. */
export async function issueToken(
  db: Executor,
  vault: Vault,
  t: {
    kind: TokenKind
    subjectId: string
    subscriptionId?: string | null
    language: Language
    now: Date
    expiresAt?: Date | null
  },
): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await repo.insertToken(db, {
    hash: hashToken(vault, token),
    kind: t.kind,
    subject_id: t.subjectId,
    subscription_id: t.subscriptionId ?? null,
    language: t.language,
    created_at: t.now.toISOString(),
    expires_at: t.expiresAt?.toISOString() ?? null,
    used_at: null,
  })
  return token
}

/**
 * The stored token for a presented one, when it is well-formed, of the right kind and not expired.
 * The look-up is by keyed hash, and the hashes are compared again in constant time.
 */
export async function findToken(
  db: Executor,
  vault: Vault,
  token: string,
  kind: TokenKind,
  now: Date,
): Promise<repo.TokenRow | null> {
  if (!TOKEN.test(token)) return null
  const hash = hashToken(vault, token)
  const row = await repo.findToken(db, hash)
  if (!row || row.kind !== kind) return null
  if (!timingSafeEqual(Buffer.from(row.hash), Buffer.from(hash))) return null
  if (row.expires_at && new Date(row.expires_at).getTime() <= now.getTime()) return null
  return row
}

export function hashToken(vault: Vault, token: string): string {
  return vault.blindIndex('subscription-token', token)
}
