import { closeSync, openSync, writeSync } from 'node:fs'
import { constants, crc32, deflateRawSync } from 'node:zlib'
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate'
import type { Table } from '../cells'
import { packageParts, sheetPath } from './package-parts'
import { sheetXml } from './sheet-xml'

/** An XLSX file written a sheet at a time, each laid out, compressed and written as its rows are read. */
export interface XlsxFile {
  /** Writes the next sheet, in the order named when the file was created. */
  addSheet(table: Table): void
  /** Ends the file: once it returns, all of it is on disk. */
  finish(): void
  /** Closes the file as it is, to be deleted by whoever named it. */
  abort(): void
}

/*
 * Deflate's fastest level: at national scale a higher one makes the file a little smaller and the
 * wait a lot longer (npm run bench:reports).
 */
const COMPRESSION_LEVEL = 1

/**
 * A zip entry compressed by Node's own zlib, which is many times faster than deflate in JavaScript:
 * each chunk is deflated apart and flushed to a byte boundary, so the chunks join into one deflate
 * stream (the last one finishes it) and no chunk waits for the next.
 */
class NativeDeflate implements ZipInputFile {
  readonly compression = 8
  size = 0
  crc = 0
  ondata?: AsyncFlateStreamHandler

  constructor(readonly filename: string) {}

  push(chunk: Uint8Array, final: boolean): void {
    this.crc = crc32(chunk, this.crc)
    this.size += chunk.length
    const finishFlush = final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH
    this.ondata!(null, deflateRawSync(chunk, { level: COMPRESSION_LEVEL, finishFlush }), final)
  }
}

/**
 * Creates the file at `path`, readable by its owner only, with its sheets named up front. Writing
 * is synchronous: a sheet's rows are read from SQLite as they are laid out, and no other query may
 * run on the connection until its reading ends.
 */
export function createXlsxFile(path: string, sheetNames: readonly string[]): XlsxFile {
  const descriptor = openSync(path, 'w', 0o600)
  let closed = false
  let failure: Error | null = null
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error
    else writeSync(descriptor, chunk)
  })
  const entry = (name: string, chunks: Iterable<Uint8Array>) => {
    const file = new NativeDeflate(name)
    zip.add(file)
    for (const chunk of chunks) file.push(chunk, false)
    file.push(new Uint8Array(0), true)
    if (failure) throw failure
  }
  const close = () => {
    if (closed) return
    closed = true
    closeSync(descriptor)
  }
  for (const [partPath, xml] of packageParts(sheetNames)) entry(partPath, [Buffer.from(xml)])
  let added = 0
  return {
    addSheet(table) {
      const index = added
      if (table.name !== sheetNames[index])
        throw new Error(`sheet "${table.name}" comes where "${sheetNames[index] ?? 'no sheet'}" was named`)
      added += 1
      entry(sheetPath(index), sheetXml(table, index === 0))
    },
    finish() {
      if (added !== sheetNames.length) throw new Error(`${added} of ${sheetNames.length} sheets were written`)
      zip.end()
      if (failure) throw failure
      close()
    },
    abort: close,
  }
}
