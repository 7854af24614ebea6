import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/**
 * Debian's Chromium where it is installed (CI, these machines); elsewhere set LOKADAYA_CHROMIUM or
 * let Playwright use its own browser. The flags keep Chromium from reaching for the network.
 */
const chromium = process.env.LOKADAYA_CHROMIUM ?? '/usr/lib/chromium/chromium'
export const chromiumLaunchOptions = {
  ...(existsSync(chromium) && { executablePath: chromium }),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
}

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // The browser tests walk whole journeys (an import's dry runs, two exports, a language switch,
  // axe on each screen): 20–25 s on an idle 2-core CI machine, so 30 s failed them whenever the
  // machine was busy. Expectations keep their own 5 s waits; this bounds a test as a whole.
  timeout: 60_000,
  projects: [
    {
      name: 'browser',
      testDir: 'tests/e2e',
      use: {
        viewport: { width: 1366, height: 768 },
        locale: 'id-ID',
        timezoneId: 'Asia/Jakarta',
        launchOptions: chromiumLaunchOptions,
        trace: 'retain-on-failure',
      },
    },
    {
      // What electron-vite built into out/, checked under Node.
      name: 'build',
      testDir: 'tests/build',
    },
    {
      // The real Electron app from out/; skipped, with the reason, where no Electron binary is installed.
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
})
