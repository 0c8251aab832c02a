import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    // test/postgres needs the PostgreSQL server; it runs in the suite's PostgreSQL pass only, so
    // `npm test` needs nothing beside the clone.
    exclude: [...configDefaults.exclude, ...(process.env.YQ_TEST_DATABASE === 'postgres' ? [] : ['test/postgres/**'])],
    // Integration and browser tests start real servers and load jieba's dictionaries; give them
    // room on a loaded 2-core machine. These are guards against hangs, not speed assertions.
    testTimeout: 90_000,
    // Files mostly wait (on their servers, Chromium, feed and robot loopbacks, timers): measured on
    // 2 cores at load 16-20, 22 integration and browser files took 821 s with one worker (vitest's
    // default there, cores - 1) and 455 s with four. Twice the cores, between 2 and 4.
    maxWorkers: Math.max(2, Math.min(4, 2 * os.availableParallelism())),
    hookTimeout: 60_000,
    // A browser page waits for a socket and a first render; on a loaded 2-core CI machine that has
    // taken longer than expect.poll's 1 s default. Assertions that measure latency pass their own.
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['test/helpers/global-setup.ts'],
  },
})
