import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is a native addon: separate processes keep one test's crash from another's.
    pool: 'forks',
    testTimeout: 20_000,
  },
})
