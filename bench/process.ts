import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0)
  return kb / 1024
}

export interface Started {
  child: ChildProcess
  url: string
  /** Milliseconds from spawn to the first 200 from /healthz. */
  startupMs: number
}

/** Spawns `vern serve` and polls /healthz until it answers 200. */
export async function startServer(main: string, env: NodeJS.ProcessEnv, port: number): Promise<Started> {
  const url = `http://127.0.0.1:${port}`
  const begin = performance.now()
  // BENCH_NODE_OPTIONS passes flags to the server alone, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
  const flags = (process.env.BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean)
  const child = spawn(process.execPath, [...flags, main, 'serve'], {
    env: { ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.status === 200) return { child, url, startupMs: performance.now() - begin }
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error('the server exited during start-up')
    if (performance.now() - begin > 30_000) throw new Error('the server did not start within 30 s')
    await new Promise((r) => setTimeout(r, 5))
  }
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
