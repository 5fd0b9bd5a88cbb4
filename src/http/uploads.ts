import multipart, { type MultipartFile } from '@fastify/multipart'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { invalid, VernError } from '../errors.js'

export interface Upload {
  filename: string
  bytes: Buffer
  /** Cut at the scope's size limit: the caller refuses it with its own limit in the message. */
  truncated: boolean
}

/**
 * The file in a multipart body parsed by @fastify/multipart with attachFieldsToBody (the scope's
 * plugin sets the size limit); `what` says what the file should be, for the error message.
 */
export async function uploadedFile(request: FastifyRequest, field: string, what: string): Promise<Upload> {
  if (!request.isMultipart())
    throw invalid(
      field,
      `${field} must be sent as multipart/form-data with ${what} in the field "${field}"`,
      'required',
    )
  const part = (request.body as Record<string, unknown> | undefined)?.[field] as MultipartFile | undefined
  if (part?.type !== 'file') throw invalid(field, `${field} is required: ${what}`, 'required')
  const bytes = await part.toBuffer()
  return { filename: part.filename, bytes, truncated: part.file.truncated }
}

/** The value of a plain (non-file) field of a multipart form. */
export function multipartField(request: FastifyRequest, name: string): string | undefined {
  const value = (request.body as Record<string, { type?: string; value?: unknown }> | undefined)?.[name]
  return value && value.type === 'field' && typeof value.value === 'string' ? value.value : undefined
}

/**
 * Parses multipart bodies in the caller's plugin scope only: fields land on the body so the shared
 * CSRF check can read a form's token, and an over-long file is cut at the limit for the route to
 * refuse by name. A malformed multipart body (cut short, bad boundary) is the client's fault: it
 * becomes a validation error, not an internal one.
 */
export async function acceptUploads(
  app: FastifyInstance,
  limits: { fileSize: number; fields: number },
): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: true,
    throwFileSizeLimit: false,
    limits: { ...limits, files: 1, fieldSize: 10_000, parts: limits.fields + 5 },
  })
  app.setErrorHandler(async (error, request) => {
    const status = (error as { statusCode?: unknown }).statusCode
    if (
      request.isMultipart() &&
      !(error instanceof VernError) &&
      (typeof status !== 'number' || status >= 500)
    )
      throw invalid('body', 'The multipart body is malformed', 'format')
    throw error
  })
}
