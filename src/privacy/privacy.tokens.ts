import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Vault } from '../crypto/vault.js'
import type { Executor } from '../db/database.js'
import type { Language } from '../i18n/languages.js'
import * as repo from './privacy.repository.js'

const TOKEN = /^[A-Za-z0-9_-]{43}$/

/** A new opaque link token (256 random bits); only its keyed hash is stored, so a database copy opens nothing. */
export async function issueLink(
  db: Executor,
  vault: Vault,
  l: { subjectId: string; language: Language; now: Date; expiresAt: Date },
): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await repo.insertLink(db, {
    hash: hashLink(vault, token),
    subject_id: l.subjectId,
    language: l.language,
    created_at: l.now.toISOString(),
    expires_at: l.expiresAt.toISOString(),
  })
  return token
}

/**
 * The stored link for a presented token, when it is well-formed and not expired. The look-up is by
 * keyed hash, and the hashes are compared again in constant time.
 */
export async function findLink(
  db: Executor,
  vault: Vault,
  token: string,
  now: Date,
): Promise<repo.LinkRow | null> {
  if (!TOKEN.test(token)) return null
  const hash = hashLink(vault, token)
  const row = await repo.findLink(db, hash)
  if (!row || !timingSafeEqual(Buffer.from(row.hash), Buffer.from(hash))) return null
  if (new Date(row.expires_at).getTime() <= now.getTime()) return null
  return row
}

function hashLink(vault: Vault, token: string): string {
  return vault.blindIndex('privacy-link', token)
}
