import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve('src/main/index.ts') } } },
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
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
      // electron-vite leaves the renderer unminified; office PCs parse every byte on each start.
      minify: true,
      // electron-vite turns the polyfill off itself; said here too so scripts/build-renderer.ts,
      // which calls Vite directly, builds the same bundle (under Vite 8 the polyfill fails to resolve).
      modulePreload: { polyfill: false },
    },
    plugins: [react()],
  },
})
