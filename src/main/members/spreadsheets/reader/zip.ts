import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { refusal } from '../refusals'

/**
 * Limits of an XLSX archive, checked against its central directory before anything is inflated.
 * Workbooks saved by Excel or LibreOffice hold a few dozen entries that deflate 5–30×; a bomb
 * declares hundreds of MB in a small file. Declared sizes can lie, so inflation counts bytes too.
 */
export const ZIP_LIMITS = {
  entries: 2_000,
  /** The most any one entry may declare. */
  entryBytes: 256 * 1024 * 1024,
  /** Above this size an entry's ratio must look like XML's, not a bomb's. */
  ratioFrom: 1024 * 1024,
  ratio: 200,
}

export interface Archive {
  has(name: string): boolean
  /**
   * Inflates one entry chunk by chunk into a consumer, refusing it past maxBytes: by its declared
   * size before inflating, and again by the bytes inflated, should a declaration get past yauzl.
   */
  stream(name: string, maxBytes: number, consume: (chunk: Buffer) => void): Promise<void>
}

const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024))

const inflatesTooFar = ({ uncompressedSize, compressedSize }: Entry) =>
  uncompressedSize > ZIP_LIMITS.entryBytes ||
  (uncompressedSize > ZIP_LIMITS.ratioFrom && uncompressedSize > compressedSize * ZIP_LIMITS.ratio)

/** Opens an XLSX (ZIP) archive after checking its whole directory; nothing is inflated yet. */
export async function openArchive(bytes: Buffer, fileName: string): Promise<Archive> {
  const corrupt = () => refusal('corrupt', { name: fileName })
  const unsafe = (bytes: number) => refusal('unsafeArchive', { name: fileName, size: megabytes(bytes) })

  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, file) =>
      error ? reject(corrupt()) : resolve(file),
    ),
  )
  if (zip.entryCount > ZIP_LIMITS.entries) throw refusal('tooManyEntries', { name: fileName })

  const entries = await new Promise<Map<string, Entry>>((resolve, reject) => {
    const listed = new Map<string, Entry>()
    zip.on('entry', (entry: Entry) => {
      if (inflatesTooFar(entry)) return reject(unsafe(entry.uncompressedSize))
      listed.set(entry.fileName, entry)
      zip.readEntry()
    })
    zip.on('end', () => resolve(listed))
    zip.on('error', () => reject(corrupt()))
    zip.readEntry()
  })

  const stream = (name: string, maxBytes: number, consume: (chunk: Buffer) => void) =>
    new Promise<void>((resolve, reject) => {
      const entry = entries.get(name)
      if (!entry) return reject(corrupt())
      if (entry.uncompressedSize > maxBytes) return reject(unsafe(entry.uncompressedSize))
      zip.openReadStream(entry, (error, input) => {
        if (error) return reject(corrupt())
        let inflated = 0
        const stop = (failure: unknown) => {
          input.destroy()
          reject(failure)
        }
        input.on('data', (chunk: Buffer) => {
          inflated += chunk.length
          if (inflated > maxBytes) return stop(unsafe(inflated))
          try {
            consume(chunk)
          } catch (failure) {
            stop(failure)
          }
        })
        // Includes yauzl's own size check: an entry inflating past what its header declared.
        input.on('error', () => stop(corrupt()))
        input.on('end', () => resolve())
      })
    })

  return {
    has: (name) => entries.has(name),
    stream,
  }
}
