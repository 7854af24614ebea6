import { parentPort } from 'node:worker_threads'
import { AppError, type Message } from '../../../../shared/errors'
import { parseSpreadsheet, type Sheet } from './sheet'

export interface ReadRequest {
  fileName: string
  bytes: Uint8Array
}

export type ReadReply = { ok: true; sheet: Sheet } | { ok: false; refusal: Message }

// The reader's own thread (see ../read.ts): a refusal comes back as its message; anything else
// is a bug, thrown so that main sees it as the worker's error and logs it.
parentPort?.once('message', ({ fileName, bytes }: ReadRequest) => {
  void parseSpreadsheet(fileName, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then(
    (sheet) => parentPort?.postMessage({ ok: true, sheet } satisfies ReadReply),
    (error: unknown) => {
      if (!(error instanceof AppError)) throw error
      parentPort?.postMessage({ ok: false, refusal: error.userMessage } satisfies ReadReply)
    },
  )
})
