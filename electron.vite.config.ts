import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { META_CONTENT_SECURITY_POLICY } from './src/shared/csp'

/**
 * Writes the CSP into index.html from the constant the app:// handler sends as a header, so the two
 * cannot drift; the browser-test harness serves no header and relies on this tag. First in <head>,
 * because a <meta> policy only governs what comes after it. Build only: Vite's dev server injects
 * inline styles for hot reloading, which the policy forbids.
 */
export const cspMeta = (): Plugin => ({
  name: 'lokadaya-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
})

/** The renderer's import aliases; tsconfig.web.json's "paths" and vitest.config.ts say the same. */
export const rendererAliases = {
  '@renderer': resolve('src/renderer/src'),
  '@shared': resolve('src/shared'),
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // Spreadsheets are read on a worker thread of their own (src/main/members/spreadsheets/read.ts).
          'spreadsheet-reader': resolve('src/main/members/spreadsheets/reader/worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload can require nothing but electron: bundle everything it uses.
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('src/preload/index.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    resolve: { alias: rendererAliases },
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
      // electron-vite leaves the renderer unminified; office PCs parse every byte on each start.
      minify: true,
      // electron-vite turns the polyfill off itself; said here too so scripts/build-renderer.ts,
      // which calls Vite directly, builds the same bundle (under Vite 8 the polyfill fails to resolve).
      modulePreload: { polyfill: false },
      // Styles live beside their components but ship as one stylesheet: read from disk, it costs
      // nothing to load at start, and a lazily loaded screen then never draws unstyled. (Vite 8
      // split per chunk does not attach a lazy screen's CSS when it loads.)
      cssCodeSplit: false,
    },
    plugins: [react(), cspMeta()],
  },
})
