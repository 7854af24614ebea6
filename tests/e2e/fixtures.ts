import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { createDb } from '../../src/main/db'
import type { HubSetupInput } from '../../src/shared/hub'
import { startHarness, type Harness } from '../../scripts/harness/server'

export const jawaTimurHub: HubSetupInput = {
  role: 'hub',
  provinceCode: '35',
  name: 'Forum OMS Jawa Timur',
  contactName: 'Sri Wahyuni',
  contactPhone: '0812-3456-7890',
  contactEmail: 'sekretariat@forumoms-jatim.or.id',
}

interface WorkerFixtures {
  /** A migrated database with reference data, copied for each test instead of rebuilt. */
  templateDatabase: string
}

interface Fixtures {
  /** Set up the hub before the page opens; leave null to start at first-run setup. */
  hubSetup: HubSetupInput | null
  /** The database's wall clock (an object: Playwright would take a bare function for a fixture); null for the real one. */
  clock: { now: () => number } | null
  harness: Harness
}

/** Each test gets its own database and harness, and a page already open at the app. */
export const test = base.extend<Fixtures, WorkerFixtures>({
  templateDatabase: [
    // Playwright reads a fixture's dependencies from this destructuring; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const directory = mkdtempSync(join(tmpdir(), 'lokadaya-e2e-template-'))
      const path = join(directory, 'template.db')
      createDb(path).close()
      await use(path)
      rmSync(directory, { recursive: true, force: true })
    },
    { scope: 'worker' },
  ],
  hubSetup: [null, { option: true }],
  clock: [null, { option: true }],
  harness: async ({ hubSetup, clock, templateDatabase }, use) => {
    const directory = mkdtempSync(join(tmpdir(), 'lokadaya-e2e-'))
    copyFileSync(templateDatabase, join(directory, 'hub.db'))
    const harness = await startHarness({ databasePath: join(directory, 'hub.db'), ...(clock && { clock: clock.now }) })
    try {
      if (hubSetup) {
        const result = await harness.registry.invoke('hub:setup', hubSetup)
        if (!result.ok) throw new Error(`hub setup failed: ${result.error.message}`)
      }
      await use(harness)
    } finally {
      await harness.close()
      rmSync(directory, { recursive: true, force: true })
    }
  },
  page: async ({ page, harness }, use) => {
    await page.goto(harness.url)
    await use(page)
  },
})

export { expect }

/** No serious or critical accessibility violation (axe-core, WCAG 2.1 A and AA) on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/** Tab (or Shift+Tab) until the target has focus, as a keyboard user gets there, and check its ring shows. */
export async function tabTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  // Found once: a role query per key press costs more than the press.
  const element = await target.elementHandle()
  if (!element) throw new Error('no such element to reach')
  for (let presses = 0; presses < 80; presses++) {
    if (await element.evaluate((node) => node === node.ownerDocument.activeElement)) {
      await expect(target).toHaveCSS('outline-style', 'solid')
      return
    }
    await target.page().keyboard.press(key)
  }
  throw new Error('the keyboard never reached the target')
}
