import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { postgresAnswers, TEST_DATABASE_URL } from './postgres.js'

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: boolean
    chromium: boolean
  }
}

export const CHROMIUM = '/usr/bin/chromium'

/**
 * Decides once per run whether the PostgreSQL and browser tests can run. Outside CI a missing server or
 * browser skips those tests with one line; in CI (CI=true) it fails the run.
 */
export default async function setup(project: TestProject): Promise<void> {
  const ci = process.env.CI === 'true'
  const postgres = await postgresAnswers()
  if (!postgres) {
    const where = new URL(TEST_DATABASE_URL).host
    if (ci)
      throw new Error(
        `CI=true but no PostgreSQL answers at ${where}: the PostgreSQL tests cannot be skipped in CI`,
      )
    console.warn(`PostgreSQL tests skipped: no server answers at ${where} (set TEST_DATABASE_URL)`)
  }
  const chromium = existsSync(CHROMIUM)
  if (!chromium) {
    if (ci) throw new Error(`CI=true but ${CHROMIUM} is missing: install Debian's chromium package`)
    console.warn(`Browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`)
  }
  // The process tests (CLI, crash, shutdown) run the built server, as users do.
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
  project.provide('postgres', postgres)
  project.provide('chromium', chromium)
}
