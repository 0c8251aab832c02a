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
    hookTimeout: 60_000,
    // A browser page waits for a socket and a first render; on a loaded 2-core CI machine that has
    // taken longer than expect.poll's 1 s default. Assertions that measure latency pass their own.
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['test/helpers/global-setup.ts'],
  },
})
