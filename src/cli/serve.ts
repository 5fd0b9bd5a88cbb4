import type { FastifyInstance } from 'fastify'
import { loadConfig } from '../config/config.js'
import { closeContext, createContext } from '../context.js'
import { buildApp } from '../http/app.js'
import type { AppContext } from '../http/context.js'
import { resumeErasuresAtStart } from '../requests/erasure/index.js'
import { resumeSweepAtStart } from '../retention/index.js'

export interface RunningServer {
  app: FastifyInstance
  ctx: AppContext
  /** Stops accepting, finishes requests in flight, stops jobs, closes the database. */
  shutdown(): Promise<void>
}

/** Starts Vern: database, migrations, HTTP server and the scheduler. */
export async function startServer(): Promise<RunningServer> {
  const config = loadConfig()
  const ctx = await createContext(config)
  const app = await buildApp(ctx)
  await app.listen({ port: config.port, host: config.host })
  ctx.scheduler.start()
  // Mail queued while the server was down goes out now rather than at the next minute.
  ctx.mail.kick()
  // Erasures cut off by a crash finish now, not at the scheduler's next pass.
  resumeErasuresAtStart(ctx)
  // So does a retention sweep.
  resumeSweepAtStart(ctx)
  ctx.log.info(
    { url: config.publicUrl.href, database: ctx.database.dialect, instance: ctx.instanceId },
    'Vern is listening',
  )
  if (ctx.setupCode) {
    ctx.log.warn(
      { setupCode: ctx.setupCode },
      'First run on a non-loopback address: the set-up wizard asks for this code',
    )
  }
  let closing: Promise<void> | null = null
  const shutdown = () => {
    closing ??= shutdownServer(app, ctx)
    return closing
  }
  return { app, ctx, shutdown }
}

/**
 * Graceful shutdown: stop accepting connections and let requests in flight finish (Fastify answers
 * new ones on open connections with 503), then stop the jobs and close the database.
 */
export async function shutdownServer(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.close()
  await closeContext(ctx)
  ctx.log.info('Vern stopped')
}

/** How long shutdown may take before the process gives up waiting and exits anyway. */
const SHUTDOWN_GRACE_MS = 15_000

/**
 * `vern serve`: runs until SIGTERM or SIGINT, then shuts down gracefully. A second signal, or a
 * shutdown that takes longer than the grace period, ends the process at once.
 */
export async function serve(): Promise<number> {
  const server = await startServer()
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      server.ctx.log.info({ signal }, 'shutting down')
      process.once('SIGTERM', () => process.exit(1))
      process.once('SIGINT', () => process.exit(1))
      setTimeout(() => {
        server.ctx.log.error({ graceMs: SHUTDOWN_GRACE_MS }, 'shutdown took too long; exiting')
        process.exit(1)
      }, SHUTDOWN_GRACE_MS).unref()
      resolve()
    }
    process.once('SIGTERM', () => stop('SIGTERM'))
    process.once('SIGINT', () => stop('SIGINT'))
  })
  await server.shutdown()
  return 0
}
