import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Readable } from 'node:stream'
import { v7 as uuidv7 } from 'uuid'
import type { Actor } from '../../auth/principal.js'
import type { Executor } from '../../db/database.js'
import { VernError } from '../../errors.js'
import type { AppContext } from '../../http/context.js'
import type { Language } from '../../i18n/languages.js'
import { SubjectService } from '../../subjects/subject.service.js'
import {
  type FactSources,
  gatherFacts,
  PACKAGE_READER,
  type PackageFacts,
  type PackageKind,
} from './access.facts.js'
import * as repo from './access.repository.js'
import { type OpenedSystem, openSystems, type SystemIdentity, systemsOf } from './access.systems.js'
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
    const identity = await this.#identity(trx, input, email)
    await repo.insertPackage(trx, {
      id,
      request_id: input.requestId,
      subject_id: input.subjectId,
      kind: input.kind,
      language: input.language,
      email_hash: email ? ctx.vault.blindIndex('email', email) : null,
      identity: identity
        ? ctx.vault.sealSystem(`access-package-identity|${id}`, JSON.stringify(identity))
        : null,
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
    facts.systems = await systemsOf(this.ctx, this.ctx.db, row)
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

  /**
   * The package as a ZIP stream; interactions and the rows of connected systems are read a batch at
   * a time as the reader pulls. For an access package each connected system is reached first (with
   * the identity sealed at prepare time, which `consume` has dropped from the table since), so the
   * manifest can say which ones answered.
   */
  async zip(row: repo.PackageRow, facts: PackageFacts): Promise<Readable> {
    const identity = facts.systems.length > 0 ? this.#openIdentity(row) : null
    const systems: OpenedSystem[] = identity ? await openSystems(this.ctx, row, facts, identity) : []
    const withSystems: PackageFacts = {
      ...facts,
      systems: systems.map(({ id, name, slug, reachable }) => ({ id, name, slug, reachable })),
    }
    return packageZip(this.ctx, withSystems, systems)
  }

  /**
   * Who the connected systems are searched for: the request's e-mail (or the register's, when the
   * request had none) and the phone number in the register. Reading the register is audited.
   */
  async #identity(
    trx: Executor,
    input: NewPackage,
    email: string | undefined,
  ): Promise<SystemIdentity | null> {
    if (input.kind !== 'access') return null
    let phone: string | null = null
    let registered: string | null = null
    if (input.subjectId) {
      const subjects = new SubjectService(
        this.ctx.audit,
        this.ctx.vault,
        this.ctx.clock,
        this.ctx.organisation,
      )
      try {
        const s = await subjects.get(trx, input.subjectId, { actor: PACKAGE_READER, role: 'owner' })
        phone = s.erased ? null : (s.phone ?? null)
        registered = s.erased ? null : (s.email?.trim().toLowerCase() ?? null)
      } catch (error) {
        if (!(error instanceof VernError && error.code === 'not_found')) throw error
      }
    }
    const found = email || registered
    if (!found && !phone) return null
    return { ...(found ? { email: found } : {}), ...(phone ? { phone } : {}) }
  }

  #openIdentity(row: repo.PackageRow): SystemIdentity | null {
    if (!row.identity) return null
    const sealed = Buffer.from(row.identity)
    return JSON.parse(
      this.ctx.vault.openSystem(`access-package-identity|${row.id}`, sealed).toString('utf8'),
    ) as SystemIdentity
  }

  #hash(token: string): string {
    return this.ctx.vault.blindIndex('access-download', token)
  }
}
