import { createHash } from 'node:crypto'
import { v7 as uuidv7 } from 'uuid'
import type { AuditLog } from '../audit/audit.service.js'
import type { Actor } from '../auth/principal.js'
import type { Clock } from '../clock.js'
import type { Executor } from '../db/database.js'
import { invalid, notFound } from '../errors.js'
import * as repo from './processor.repository.js'

/** The largest agreement Vern keeps; a signed DPA is rarely more than a few hundred kilobytes. */
export const MAX_DPA_BYTES = 10 * 1024 * 1024
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1')

export interface Upload {
  filename: string
  bytes: Buffer
  /** Set when the upload was cut at the size limit. */
  truncated?: boolean
}

export interface StoredFile {
  filename: string
  contentType: string
  bytes: Buffer
  sha256: string
}

/** Data processing agreements: stored as PDF bytes with their SHA-256, one current per processor. */
export class DpaService {
  constructor(
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** Stores the agreement and replaces any earlier one; 400 `file` unless it is a PDF of at most 10 MB. */
  async upload(trx: Executor, processorId: string, upload: Upload, actor: Actor, requestId?: string) {
    const processor = await repo.findProcessor(trx, processorId)
    if (!processor) throw notFound('The processor')
    if (upload.truncated || upload.bytes.length > MAX_DPA_BYTES)
      throw invalid('file', 'file must be at most 10 MB', 'too_long', { limit: MAX_DPA_BYTES })
    if (upload.bytes.length === 0)
      throw invalid('file', 'file is required: a PDF of the agreement', 'required')
    if (!upload.bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC))
      throw invalid('file', 'file must be a PDF document', 'format')

    const id = uuidv7()
    const sha256 = createHash('sha256').update(upload.bytes).digest('hex')
    await repo.insertDocument(trx, {
      id,
      filename: safeFilename(upload.filename),
      content_type: 'application/pdf',
      size: upload.bytes.length,
      sha256,
      content: upload.bytes,
      uploaded_by_type: actor.type,
      uploaded_by: actor.id ?? null,
      created_at: this.clock.now().toISOString(),
    })
    await repo.updateProcessor(trx, processorId, {
      dpa_document_id: id,
      updated_at: this.clock.now().toISOString(),
    })
    if (processor.dpa_document_id) await repo.deleteDocument(trx, processor.dpa_document_id)
    await this.audit.append(trx, {
      actor,
      action: 'processor.dpa.upload',
      target: { type: 'processor', id: processorId },
      details: {
        documentId: id,
        size: upload.bytes.length,
        sha256,
        replaced: processor.dpa_document_id !== null,
      },
      requestId,
    })
  }

  /** The agreement's bytes; each download is recorded in the audit log. */
  async download(trx: Executor, processorId: string, actor: Actor, requestId?: string): Promise<StoredFile> {
    const processor = await repo.findProcessor(trx, processorId)
    if (!processor) throw notFound('The processor')
    const doc = processor.dpa_document_id
      ? await repo.readDocument(trx, processor.dpa_document_id)
      : undefined
    if (!doc) throw notFound('The agreement')
    await this.audit.append(trx, {
      actor,
      action: 'processor.dpa.download',
      target: { type: 'processor', id: processorId },
      details: { documentId: doc.id },
      requestId,
    })
    return {
      filename: doc.filename,
      contentType: doc.content_type,
      bytes: Buffer.from(doc.content),
      sha256: doc.sha256,
    }
  }
}

/** A file name safe in a Content-Disposition header and in a listing. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base
    .replace(/[^\p{L}\p{N}._ -]/gu, '_')
    .trim()
    .slice(0, 200)
  return cleaned === '' ? 'agreement.pdf' : cleaned
}
