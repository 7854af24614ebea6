import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumLaunchOptions } from '../playwright.config'

const SIZE = 1024
const resources = resolve(__dirname, '../resources')

/**
 * `npx tsx scripts/render-icon.ts`: renders resources/icon.svg to the 1024×1024 resources/icon.png
 * that electron-builder turns into the Windows .ico and the Linux icon sizes. Run it after editing
 * the SVG and commit both files: packaging machines need no browser for the icon.
 */
async function renderIcon(): Promise<void> {
  const svg = readFileSync(resolve(resources, 'icon.svg'), 'utf8')
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 })
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${SIZE}px;height:${SIZE}px}</style>${svg}`,
    )
    // Transparent outside the rounded square, so the icon has no white corners on any background.
    writeFileSync(resolve(resources, 'icon.png'), await page.screenshot({ omitBackground: true }))
  } finally {
    await browser.close()
  }
}

renderIcon().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
