import { resolve } from 'node:path'
import { build, type InlineConfig } from 'vite'
import config from '../electron.vite.config'

/** LOKADAYA_RENDERER_OUT lets engineers working side by side in one tree build and test apart. */
export const rendererOutDir = process.env.LOKADAYA_RENDERER_OUT ?? resolve(__dirname, '../out/renderer')

/**
 * Builds only the renderer, with the same Vite settings electron-vite uses, for the browser-test
 * harness and the renderer benchmark: neither needs the main or preload bundles.
 */
export async function buildRenderer(): Promise<void> {
  const renderer = (config as { renderer: InlineConfig }).renderer
  await build({
    ...renderer,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { ...renderer.build, outDir: rendererOutDir, emptyOutDir: true },
  })
}

if (require.main === module)
  buildRenderer().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
