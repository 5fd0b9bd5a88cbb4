import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import type { TestDatabase } from './harness.js'

const MAIN = new URL('../dist/main.js', import.meta.url).pathname

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** The environment a Vern process gets in tests: its own database, data folder and master key. */
export function vernEnv(
  db: TestDatabase,
  masterKey: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    DATABASE_URL: db.url,
    VERN_DATA_DIR: db.dir,
    VERN_MASTER_KEY: masterKey,
    LOG_LEVEL: 'info',
    ...extra,
  }
}

export function newMasterKey(): string {
  return randomBytes(32).toString('base64')
}

/** Runs a `vern` command to completion. */
export function runVern(args: string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdout += d
    })
    child.stderr.on('data', (d) => {
      stderr += d
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(stdin ?? '')
  })
}

export interface RunningVern {
  url: string
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** Starts `vern serve` on a free port and waits until it listens. */
export async function startVern(env: NodeJS.ProcessEnv): Promise<RunningVern> {
  const child = spawn(process.execPath, [MAIN, 'serve'], {
    env: { PORT: '0', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vern did not start:\n${output}`)), 20_000)
    const onData = (d: Buffer) => {
      output += d
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    exited.then(() => reject(new Error(`vern exited before listening:\n${output}`)))
  })
  return { url, child, output: () => output, exited }
}
