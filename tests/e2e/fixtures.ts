import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect } from '@playwright/test'
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

interface Fixtures {
  /** Set up the hub before the page opens; leave null to start at first-run setup. */
  hubSetup: HubSetupInput | null
  harness: Harness
}

/** Each test gets its own database and harness, and a page already open at the app. */
export const test = base.extend<Fixtures>({
  hubSetup: [null, { option: true }],
  harness: async ({ hubSetup }, use) => {
    const directory = mkdtempSync(join(tmpdir(), 'lokadaya-e2e-'))
    const harness = await startHarness({ databasePath: join(directory, 'hub.db') })
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
