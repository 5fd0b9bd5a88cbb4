// Bundles the server and the benchmarks with esbuild and copies the admin UI's static files beside them.
// Dependencies are bundled too: one file loads in half the time and memory of hundreds of modules.
// Native addons stay external, and code only some installations need (the PostgreSQL driver, SMTP,
// QR codes) is split into chunks that load on first use.
//
// Each build goes to a folder of its own under .build/ and `dist` is then switched to it in one
// atomic rename, so a server started from dist/ never sees half a build, even while another build
// (a second test run, say) is writing the next one.
import { cpSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

const id = `${Date.now()}-${process.pid}`
const out = join('.build', id)
mkdirSync(out, { recursive: true })
await build({
  entryPoints: { main: 'src/main.ts', bench: 'bench/index.ts' },
  outdir: out,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // pdfkit reads its font metrics from files beside its own code, so it stays in node_modules.
  external: ['better-sqlite3', 'argon2', 'pg-native', 'autocannon', 'playwright-core', 'pdfkit'],
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: {
    js: "import { createRequire as __vernRequire } from 'node:module'; const require = __vernRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
})
cpSync('src/ui/assets', join(out, 'assets'), { recursive: true })
// The consent banner runs on the shop's pages: one small classic script, no dependencies.
await build({
  entryPoints: ['src/banner/banner.ts'],
  outfile: join(out, 'banner', 'banner.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari16'],
  logLevel: 'warning',
})

// Point dist at the new build: a new link renamed over the old one replaces it atomically.
const isLink = (path) => {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return null
  }
}
if (isLink('dist') === false) rmSync('dist', { recursive: true, force: true })
const link = `dist.${id}`
symlinkSync(join('.build', id), link)
renameSync(link, 'dist')
// Builds older than ten minutes are no longer used by anything started from dist.
for (const old of readdirSync('.build')) {
  const path = join('.build', old)
  if (old !== id && Date.now() - statSync(path).mtimeMs > 10 * 60_000)
    rmSync(path, { recursive: true, force: true })
}
