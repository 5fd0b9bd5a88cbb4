import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core'
import { createTestDatabase, type Dialect, type TestDatabase } from '../harness.js'
import { newMasterKey, type RunningVern, runVern, startVern, vernEnv } from '../process.js'

/** Debian's Chromium, headless, with nothing that phones home. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Launches the system Chromium the way every browser test does. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
}

/** A new browser context whose waits give up after 10 s, well inside the test's own timeout. */
export async function newContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options)
  context.setDefaultTimeout(10_000)
  return context
}

/** A page in a context of its own (see newContext); closing the page's context closes both. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  return (await newContext(browser, options)).newPage()
}

/** A running server, its database and the environment for `vern` commands against it. */
export interface Instance {
  url: string
  env: NodeJS.ProcessEnv
  db: TestDatabase
  server: RunningVern
  /** Stops the server (SIGTERM), drops the database; fails if the server died early or exited non-zero. */
  stop(): Promise<number | null>
}

/** A built Vern server on a fresh, empty database, listening on a free port. */
export async function startInstance(dialect: Dialect = 'sqlite'): Promise<Instance> {
  const db = await createTestDatabase(dialect)
  const env = vernEnv(db, newMasterKey(), { LOG_LEVEL: 'warn' })
  const server = await startVern(env).catch(async (error: unknown) => {
    await db.drop()
    throw error
  })
  // Should the test worker end without afterAll, the server must not outlive it.
  const orphan = () => server.child.kill('SIGKILL')
  process.once('exit', orphan)
  let stopping = false
  let died = false
  server.exited.then(() => {
    died = !stopping
  })
  return {
    url: server.url,
    env,
    db,
    server,
    stop: async () => {
      stopping = true
      process.off('exit', orphan)
      server.child.kill('SIGTERM')
      const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000)
      const code = await server.exited
      clearTimeout(timer)
      await db.drop()
      const log = server.output().slice(-4000)
      if (died) throw new Error(`vern exited during the tests (${code}):\n${log}`)
      if (code !== 0) throw new Error(`vern did not stop cleanly on SIGTERM (${code}):\n${log}`)
      return code
    },
  }
}

/** Adds a staff user with `vern user add`, the password on standard input. */
export async function addUser(env: NodeJS.ProcessEnv, email: string, password: string, role = 'owner') {
  const run = await runVern(['user', 'add', '--email', email, '--role', role], env, `${password}\n`)
  if (run.code !== 0) throw new Error(`vern user add failed (${run.code}): ${run.stderr}`)
}

/** Fills and sends the sign-in form on the current page; resolves with the POST's HTTP status. */
export async function submitSignIn(page: Page, email: string, password: string): Promise<number> {
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/login'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ])
  await page.waitForLoadState()
  return response.status()
}

/** Opens the sign-in page and signs in; waits for the dashboard. */
export async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/login`)
  const status = await submitSignIn(page, email, password)
  if (status !== 303) throw new Error(`sign-in answered ${status}`)
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
}

/** A port free on loopback now, for a server whose address must be known before it starts. */
export async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const { port } = s.address() as AddressInfo
  await new Promise((r) => s.close(r))
  return port
}
