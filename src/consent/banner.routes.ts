import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { BANNER_CSS } from '../banner/banner.css.js'
import type { BannerConfig } from '../banner/banner.types.js'
import type { RevisionSnapshot } from './consent.config.js'
import { consentOf } from './services.js'

/** The built banner: beside the bundle in dist/, or in dist/ when running from source (tests). */
function loadBundle(): string {
  for (const path of ['./banner/banner.js', '../banner/banner.js', '../../dist/banner/banner.js']) {
    const url = new URL(path, import.meta.url)
    if (existsSync(url)) return readFileSync(url, 'utf8')
  }
  throw new Error('the banner is not built: run npm run build')
}

/** The banner script with the current revision's configuration written in, so nothing waits on a request. */
export function bannerScript(bundle: string, base: string, snapshot: RevisionSnapshot): string {
  const config: BannerConfig = {
    base,
    revision: snapshot.revision,
    expiryMonths: snapshot.expiryMonths,
    gpc: snapshot.gpc,
    css: BANNER_CSS,
    services: snapshot.services,
    texts: snapshot.texts,
  }
  // `<` is escaped so the configuration can never close a script element it is inlined into.
  const json = JSON.stringify(config).replace(/</g, '\\u003c')
  return `(function(__VERN__){${bundle}})(${json});`
}

/** The script of one revision, compressed once: every visitor of the shop fetches it. */
interface Prepared {
  key: string
  etag: string
  plain: Buffer
  br: Buffer
  gzip: Buffer
}

function prepare(key: string, script: string): Prepared {
  const plain = Buffer.from(script)
  return {
    key,
    etag: `"${createHash('sha256').update(plain).digest('base64url').slice(0, 22)}"`,
    plain,
    br: brotliCompressSync(plain, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: gzipSync(plain, { level: 9 }),
  }
}

/** GET /banner.js: one script tag on the shop's pages. Public, cached briefly so a new revision spreads fast. */
export async function bannerRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app
  let bundle: string | null = null
  let prepared: Prepared | null = null
  app.get(
    '/banner.js',
    {
      config: { access: 'public', rateLimit: { max: ctx.limits.pagesPerMinute * 10, timeWindow: 60_000 } },
      schema: { hide: true },
    },
    async (request, reply) => {
      bundle ??= loadBundle()
      const snapshot = await consentOf(ctx).config.current(ctx.db)
      const base = ctx.config.publicUrl.origin
      const key = `${snapshot.revision}:${base}`
      if (prepared?.key !== key) prepared = prepare(key, bannerScript(bundle, base, snapshot))
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .header('cross-origin-resource-policy', 'cross-origin')
        .header('vary', 'Accept-Encoding')
        .header('etag', prepared.etag)
      if (request.headers['if-none-match'] === prepared.etag) return reply.status(304).send()
      const accepts = String(request.headers['accept-encoding'] ?? '')
      if (/\bbr\b/.test(accepts)) return reply.header('content-encoding', 'br').send(prepared.br)
      if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(prepared.gzip)
      return reply.send(prepared.plain)
    },
  )
}
