import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Readable } from 'node:stream'
import { v7 as uuidv7 } from 'uuid'
import type { Actor } from '../../auth/principal.js'
import type { Executor } from '../../db/database.js'
import type { AppContext } from '../../http/context.js'
import type { Language } from '../../i18n/languages.js'
import {
  type FactSources,
  gatherFacts,
  PACKAGE_READER,
  type PackageFacts,
  type PackageKind,
} from './access.facts.js'
import * as repo from './access.repository.js'
import { packageZip } from './access.zip.js'

/** How long a download link works (issue 5). */
export const DOWNLOAD_TTL_MS = 7 * 24 * 60 * 60 * 1000

const TOKEN = /^[A-Za-z0-9_-]{43}$/

export interface NewPackage {
  requestId: string
  subjectId: string | null
  language: Language
  kind: PackageKind
  actor: Actor
  /** The e-mail the request came from: its keyed hash finds consent choices of someone the register does not know. */
  email?: string | null
}

/** Where the download page of a token is. */
export function downloadUrl(ctx: Pick<AppContext, 'config'>, token: string): string {
  return new URL(`/privacy/download/${token}`, ctx.config.publicUrl).toString()
}

/**
 * Access and portability packages (GDPR Art. 15 and 20): a single-use, expiring download link per
 * package, stored as a keyed hash. The package is built from the register when it is downloaded, so
 * nothing personal waits on disk and the copy is current.
 */
export class AccessPackageService {
  constructor(private readonly ctx: AppContext) {}

  /** Records a package and its link; the audit entry names the request and the person by id. */
  async prepare(trx: Executor, input: NewPackage): Promise<{ url: string; expiresAt: string }> {
    const { ctx } = this
    const now = ctx.clock.now()
    const token = randomBytes(32).toString('base64url')
    const id = uuidv7()
    const expiresAt = new Date(now.getTime() + DOWNLOAD_TTL_MS).toISOString()
    const email = input.email?.trim().toLowerCase()
    await repo.insertPackage(trx, {
      id,
      request_id: input.requestId,
      subject_id: input.subjectId,
      kind: input.kind,
      language: input.language,
      email_hash: email ? ctx.vault.blindIndex('email', email) : null,
      token_hash: this.#hash(token),
      created_at: now.toISOString(),
      expires_at: expiresAt,
      downloaded_at: null,
    })
    await ctx.audit.append(trx, {
      actor: input.actor,
      action: 'access_package.prepare',
      target: { type: 'request', id: input.requestId },
      details: { package: id, kind: input.kind, subject: input.subjectId },
    })
    return { url: downloadUrl(ctx, token), expiresAt }
  }

  /** The package of a token that still works (unused, unexpired), or null; unknown and spent look alike. */
  async open(db: Executor, token: string): Promise<repo.PackageRow | null> {
    if (!TOKEN.test(token)) return null
    const hash = this.#hash(token)
    const row = await repo.findPackage(db, hash)
    if (!row || !timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash))) return null
    if (row.downloaded_at !== null) return null
    if (new Date(row.expires_at).getTime() <= this.ctx.clock.now().getTime()) return null
    return row
  }

  /**
   * Spends the token: marks the package downloaded (atomically, so only one caller wins) and audits
   * the download, before a byte is sent. Null when the token does not work.
   */
  async consume(trx: Executor, token: string, requestId?: string): Promise<repo.PackageRow | null> {
    const row = await this.open(trx, token)
    if (!row) return null
    const now = this.ctx.clock.now().toISOString()
    if (!(await repo.consumePackage(trx, row.id, now))) return null
    await this.ctx.audit.append(trx, {
      actor: { type: 'anonymous' },
      action: 'access_package.download',
      target: { type: 'request', id: row.request_id },
      details: { package: row.id, kind: row.kind, subject: row.subject_id },
      requestId,
    })
    return { ...row, downloaded_at: now }
  }

  /** Reads what the package holds, each read audited; done before the token is spent, so a failure leaves it usable. */
  async facts(row: repo.PackageRow, sources: FactSources, httpRequestId?: string): Promise<PackageFacts> {
    const facts = await gatherFacts(this.ctx, this.ctx.db, row, sources, httpRequestId)
    if (facts.subject && facts.interactions.total > 0)
      await this.ctx.audit.append(this.ctx.db, {
        actor: PACKAGE_READER,
        action: 'subject.read',
        target: { type: 'subject', id: facts.subject.id },
        details: { part: 'interactions', count: facts.interactions.total, package: row.id },
        requestId: httpRequestId,
      })
    return facts
  }

  /** The package as a ZIP stream; interactions are read a batch at a time as the reader pulls. */
  zip(facts: PackageFacts): Readable {
    return packageZip(this.ctx.db, this.ctx.vault, facts)
  }

  #hash(token: string): string {
    return this.ctx.vault.blindIndex('access-download', token)
  }
}
