import { join } from 'node:path'
import { Worker, type WorkerOptions } from 'node:worker_threads'
import { AppError } from '../../../shared/errors'
import { refusal } from './refusals'
import type { ReadReply, ReadRequest } from './reader/worker'
import type { Sheet } from './reader/sheet'

export type { Sheet, SheetRow } from './reader/sheet'

/**
 * What reading one file may use. A file is read on a thread of its own, so a hostile or broken
 * one cannot freeze or kill the app: the bounds in reader/ keep honest files far below these,
 * and the thread is ended when it reaches one.
 */
export const READER_LIMITS = {
  heapMb: 192,
  youngHeapMb: 32,
  timeoutMs: 30_000,
}

/**
 * The bundled app ships the reader as an entry of its own (electron.vite.config.ts). Tests and the
 * CLI run the TypeScript source: the worker registers tsx itself, since Node 20 applies no --import
 * loader to a worker's entry.
 */
function startReader(options: WorkerOptions): Worker {
  // __filename: this file when run from source, the bundle (out/main/index.js) in the app.
  if (!__filename.endsWith('.ts')) return new Worker(join(__dirname, 'spreadsheet-reader.js'), options)
  const entry = join(__dirname, 'reader', 'worker.ts')
  const load = `require('node:module').createRequire(${JSON.stringify(entry)})`
  const source = `${load}('tsx/cjs/api').register(); ${load}(${JSON.stringify(entry)})`
  return new Worker(source, { ...options, eval: true })
}

/**
 * Reads a CSV or XLSX member list into a heading row and trimmed data rows (see reader/sheet.ts),
 * off the main thread and within memory and time bounds.
 */
export function readSpreadsheet(fileName: string, bytes: Buffer, limits = READER_LIMITS): Promise<Sheet> {
  const worker = startReader({
    resourceLimits: {
      maxOldGenerationSizeMb: limits.heapMb,
      maxYoungGenerationSizeMb: limits.youngHeapMb,
    },
  })
  const tooDemanding = () => refusal('tooDemanding', { name: fileName })
  let timer: NodeJS.Timeout | undefined
  return new Promise<Sheet>((resolve, reject) => {
    timer = setTimeout(() => reject(tooDemanding()), limits.timeoutMs)
    worker.once('message', (reply: ReadReply) =>
      reply.ok ? resolve(reply.sheet) : reject(new AppError('VALIDATION', reply.refusal)),
    )
    worker.once('error', (error: Error & { code?: string }) =>
      reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooDemanding() : error),
    )
    // Ending without an answer means a resource limit stopped it.
    worker.once('exit', () => reject(tooDemanding()))
    // A copy of its own: a Buffer may share its memory with others, and a transfer takes it all.
    const copy = new Uint8Array(bytes)
    worker.postMessage({ fileName, bytes: copy } satisfies ReadRequest, [copy.buffer])
  }).finally(() => {
    clearTimeout(timer)
    void worker.terminate()
  })
}
