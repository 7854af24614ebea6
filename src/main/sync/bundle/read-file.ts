import { createHash } from 'node:crypto'
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { Gunzip } from 'fflate'
import { verifyBytes } from '../../hub/keys'
import {
  canonicalJson,
  FORMAT_VERSION,
  HEADER_LENGTH,
  limits,
  MAGIC,
  manifestSchema,
  MAX_MANIFEST_LENGTH,
  SIGNATURE_LENGTH,
  signedMessage,
  type Manifest,
} from './format'
import { refuse } from './refusal'

const CHUNK = 1024 * 1024
/**
 * Compressed bytes handed to the decompressor at once. Deflate expands at most ~1032-fold, so one
 * push yields at most ~17 MB, which is checked against the declared size before the next.
 */
const INFLATE_SLICE = 16 * 1024

export interface BundleFile {
  fd: number
  size: number
  manifest: Manifest
  payloadOffset: number
  /** SHA-256 of the whole file. */
  fileSha256: string
}

/** The signer's public key for a key id, or a refusal (unknown, revoked). */
export type KeyLookup = (keyId: string, manifest: Record<string, unknown>) => string

function readExactly(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length)
  let done = 0
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done)
    if (read === 0) break
    done += read
  }
  return buffer.subarray(0, done)
}

/**
 * Opens a bundle and checks it in the order the format promises: structure, then the signature by
 * a key this instance trusts, then the manifest's fields, then the payload's hash and size. Nothing
 * the file says is believed before the check that covers it. The caller closes `fd`.
 */
export function openBundleFile(
  path: string,
  publicKeyFor: KeyLookup,
  onManifest: (manifest: Manifest) => void = () => {},
): BundleFile {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    const head = readExactly(fd, 0, HEADER_LENGTH)
    if (head.length < MAGIC.length || !head.subarray(0, MAGIC.length).equals(MAGIC)) refuse('notBundle')
    if (head.length < HEADER_LENGTH) refuse('truncated')
    if (head.readUInt8(8) !== FORMAT_VERSION) refuse('formatVersion', { version: head.readUInt8(8) })
    const manifestLength = head.readUInt32BE(9)
    if (manifestLength < 2 || manifestLength > MAX_MANIFEST_LENGTH) refuse('damaged')
    const payloadOffset = HEADER_LENGTH + manifestLength + SIGNATURE_LENGTH
    if (size < payloadOffset) refuse('truncated')
    const manifestBytes = readExactly(fd, HEADER_LENGTH, manifestLength)
    const signature = readExactly(fd, HEADER_LENGTH + manifestLength, SIGNATURE_LENGTH)

    const parsed = parseCanonical(manifestBytes)
    const keyId = typeof parsed.keyId === 'string' ? parsed.keyId : refuse('manifestInvalid', { detail: 'keyId' })
    const publicKey = publicKeyFor(keyId, parsed)
    const signed = Buffer.concat([head, manifestBytes])
    if (!verifyBytes(publicKey, signedMessage(signed), signature)) refuse('badSignature')

    const checked = manifestSchema.safeParse(parsed)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      refuse('manifestInvalid', { detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` })
    }
    const manifest = checked.data as Manifest
    // Signed and well-formed: the history may name its sequence even if the payload is refused.
    onManifest(manifest)
    if (size - payloadOffset !== manifest.payload.compressedSize)
      refuse(size - payloadOffset < manifest.payload.compressedSize ? 'truncated' : 'trailingBytes')

    const fileHash = createHash('sha256').update(signed).update(signature)
    const payloadHash = createHash('sha256')
    for (let position = payloadOffset; position < size; position += CHUNK) {
      const chunk = readExactly(fd, position, Math.min(CHUNK, size - position))
      fileHash.update(chunk)
      payloadHash.update(chunk)
    }
    if (payloadHash.digest('hex') !== manifest.payload.sha256) refuse('payloadHash')
    return { fd, size, manifest, payloadOffset, fileSha256: fileHash.digest('hex') }
  } catch (error) {
    closeSync(fd)
    throw error
  }
}

/** A manifest must be exactly the RFC 8785 form of what it says: one byte string per meaning. */
function parseCanonical(bytes: Buffer): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return refuse('manifestNotJson')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse('manifestNotJson')
  if (!Buffer.from(canonicalJson(value), 'utf8').equals(bytes)) refuse('manifestNotCanonical')
  return value as Record<string, unknown>
}

/**
 * Decompresses the payload a chunk at a time and hands over each line, parsed. Decompression stops
 * at the size the signed manifest declares: a bomb is refused after that many bytes, not after
 * filling the disk or memory.
 */
export function readPayloadLines(bundle: BundleFile, onLine: (value: unknown, lineNumber: number) => void): void {
  const declared = bundle.manifest.payload.uncompressedSize
  let total = 0
  let lineNumber = 0
  let pieces: Buffer[] = []
  let pending = 0
  const decoder = new TextDecoder('utf-8', { fatal: true })
  // What the caller threw (a refused row, a full disk) passes through as it is, not as damage.
  let lineError: unknown = null
  const emit = (bytes: Buffer) => {
    lineNumber += 1
    if (bytes.length > limits.lineLength) refuse('lineTooLong', { line: lineNumber })
    let value: unknown
    try {
      value = JSON.parse(decoder.decode(bytes))
    } catch {
      refuse('rowInvalid', { line: lineNumber, detail: 'not JSON' })
    }
    try {
      onLine(value, lineNumber)
    } catch (error) {
      lineError = error
      throw error
    }
  }
  const gunzip = new Gunzip((data) => {
    total += data.length
    if (total > declared) refuse('sizeMismatch')
    const chunk = Buffer.from(data.buffer, data.byteOffset, data.length)
    let start = 0
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      const tail = chunk.subarray(start, end)
      emit(pieces.length > 0 ? Buffer.concat([...pieces, tail]) : tail)
      pieces = []
      pending = 0
      start = end + 1
    }
    if (start < chunk.length) {
      // Pieces of a line that goes on: joined once its end arrives, so a long line costs its length.
      pieces.push(Buffer.from(chunk.subarray(start)))
      pending += chunk.length - start
      if (pending > limits.lineLength) refuse('lineTooLong', { line: lineNumber + 1 })
    }
  })
  const { fd, size, payloadOffset } = bundle
  try {
    for (let position = payloadOffset; position < size; position += CHUNK) {
      const chunk = readExactly(fd, position, Math.min(CHUNK, size - position))
      for (let offset = 0; offset < chunk.length; offset += INFLATE_SLICE)
        gunzip.push(chunk.subarray(offset, offset + INFLATE_SLICE), position + offset + INFLATE_SLICE >= size)
    }
  } catch (error) {
    if (lineError !== null) throw lineError
    if (error instanceof Error && error.name === 'BundleRefusal') throw error
    refuse('payloadDamaged')
  }
  if (pending > 0) refuse('payloadDamaged')
  if (total !== declared || lineNumber !== bundle.manifest.payload.lines) refuse('sizeMismatch')
}
