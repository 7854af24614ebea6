import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, test as base, expect, type ElectronApplication, type Page } from '@playwright/test'

const root = resolve(__dirname, '../..')
const electronPackage = join(root, 'node_modules', 'electron')

/**
 * Finds the Electron binary the way node_modules/electron does, without requiring that package:
 * requiring it starts a download when the binary is missing.
 */
function findElectron(): { executable: string; missing?: never } | { executable?: never; missing: string } {
  const pathFile = join(electronPackage, 'path.txt')
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : undefined
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronPackage, 'dist')
  const executable = name ? join(distDir, name) : undefined
  if (executable && existsSync(executable)) return { executable }
  return {
    missing:
      `Electron binary not installed: ${executable ?? pathFile} does not exist ` +
      '(install it with `node node_modules/electron/install.js`, which downloads from github.com)',
  }
}

export const electron = findElectron()

interface Fixtures {
  app: ElectronApplication
  page: Page
}

/** Each test starts the built app (`npm run build`) with its own, empty user data directory. */
export const test = base.extend<Fixtures>({
  // Playwright reads fixture dependencies from this destructuring; the app depends on none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    if (!existsSync(join(root, 'out', 'main', 'index.js'))) throw new Error('No built app in out/: run `npm run build`')
    // A child process, because Playwright's transform cannot load the .mjs script in-process.
    execFileSync(process.execPath, [join(root, 'scripts', 'native.mjs')], { stdio: 'inherit' })
    const userData = mkdtempSync(join(tmpdir(), 'lokadaya-electron-'))
    // The dev server URL would switch the app to development loading; these tests run the build.
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
    )
    delete env.ELECTRON_RENDERER_URL
    const app = await _electron.launch({
      executablePath: electron.executable,
      args: [`--user-data-dir=${userData}`, root],
      cwd: root,
      env,
    })
    try {
      await use(app)
    } finally {
      await app.close()
      rmSync(userData, { recursive: true, force: true })
    }
  },
  page: async ({ app }, use) => {
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    await use(page)
  },
})

/** Records what the app hands to the system browser instead of opening it. */
export async function captureExternalLinks(app: ElectronApplication): Promise<() => Promise<string[]>> {
  await app.evaluate(({ shell }) => {
    const opened: string[] = []
    Object.assign(globalThis, { openedExternally: opened })
    shell.openExternal = async (url: string) => {
      opened.push(url)
    }
  })
  return () => app.evaluate(() => (globalThis as unknown as { openedExternally: string[] }).openedExternally)
}

/** The page's globals: the tests compile without the DOM library, like the rest of the Node side. */
export type PageGlobals = typeof globalThis & {
  lokadaya: Record<string, unknown> & { invoke: (...args: unknown[]) => Promise<unknown> }
  location: { href: string }
  open(url: string): unknown
}

export { expect }
