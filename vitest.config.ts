import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    // Memory tests measure what stays live after a collection, not garbage not yet collected.
    execArgv: ['--expose-gc'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: more workers only make the browser and PostgreSQL tests wait for each other.
    maxWorkers: 2,
  },
})
