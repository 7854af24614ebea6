import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The renderer's aliases, as electron.vite.config.ts declares them (importing that config here
  // would load the whole Electron build setup into every test run).
  resolve: { alias: { '@renderer': resolve('src/renderer/src'), '@shared': resolve('src/shared') } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is a native addon: separate processes keep one test's crash from another's.
    pool: 'forks',
    testTimeout: 20_000,
  },
})
