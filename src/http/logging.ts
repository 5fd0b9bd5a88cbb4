import pino, { type Logger } from 'pino'
import type { LogLevel } from '../config/config.js'

/**
 * Errors are logged by type, code and stack only. Database drivers put the offending values in
 * `detail`, `parameters` or `query`, and those may be personal data.
 */
function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error }
  const e = error as Error & { code?: unknown; constraint?: unknown; statusCode?: unknown }
  return {
    type: e.name,
    code: typeof e.code === 'string' ? e.code : undefined,
    constraint: typeof e.constraint === 'string' ? e.constraint : undefined,
    statusCode: typeof e.statusCode === 'number' ? e.statusCode : undefined,
    // Messages of our own errors and of the drivers name fields and constraints, not values; PG's
    // `detail` (which quotes values) is deliberately left out.
    message: e.message,
    stack: e.stack,
  }
}

export const logSerializers = { err: serializeError, error: serializeError }

/** The process logger: JSON lines, with authorisation headers and cookies redacted should they ever be logged. */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      serializers: logSerializers,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  )
}
