import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { expect, test } from '@playwright/test'
import { xlsxOf } from '../../src/main/members/spreadsheets/reader/test-zips'

/**
 * The app starts the spreadsheet reader from the bundle's folder (src/main/members/spreadsheets/read.ts),
 * while unit tests run its TypeScript source: this checks the entry electron-vite built, under Node.
 */
const entry = join(__dirname, '../../out/main/spreadsheet-reader.js')

test('the built reader answers a file next to the main bundle', async () => {
  expect(existsSync(join(entry, '../index.js')), 'run `npm run build` first').toBe(true)
  const worker = new Worker(entry)
  try {
    const reply = new Promise((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    const bytes = new Uint8Array(xlsxOf([['Nama OMS'], ['Yayasan Bina Desa']]))
    worker.postMessage({ fileName: 'anggota.xlsx', bytes }, [bytes.buffer])
    expect(await reply).toEqual({
      ok: true,
      sheet: { headers: ['Nama OMS'], rows: [{ rowNumber: 2, cells: ['Yayasan Bina Desa'] }] },
    })
  } finally {
    await worker.terminate()
  }
})
