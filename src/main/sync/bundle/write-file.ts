import { createHash, randomUUID } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { signBytes } from '../../hub/keys'
import { canonicalJson, header, signedMessage, type Manifest } from './format'

/** NDJSON is compressed in members of this size: memory stays flat whatever the bundle holds. */
const MEMBER_SIZE = 1024 * 1024

export interface WrittenBundle {
  manifest: Manifest
  /** SHA-256 of the whole file: what the next bundle of this key names as its previous. */
  fileSha256: string
}

/**
 * Writes a bundle without ever holding it whole: lines are gzipped a member at a time into a
 * temporary payload file (synchronously, so the caller's read transaction and iterators stay
 * valid), then header, manifest and signature are written before the payload, and the file is
 * given its name only once complete. `commit` runs before the rename (the caller records the
 * sequence it used); if it throws, no file appears.
 */
export function writeBundleFile(
  path: string,
  lines: Iterable<string>,
  manifestOf: (payload: Manifest['payload']) => Manifest,
  privateKeyPem: string,
  commit: (written: WrittenBundle) => void,
): WrittenBundle {
  const payloadPath = `${path}.${randomUUID()}.payload`
  const building = `${path}.${randomUUID()}.partial`
  try {
    const payload = writePayload(payloadPath, lines)
    const manifest = manifestOf(payload)
    const manifestBytes = Buffer.from(canonicalJson(manifest), 'utf8')
    const signed = Buffer.concat([header(manifestBytes.length), manifestBytes])
    const signature = signBytes(privateKeyPem, signedMessage(signed))
    const fileHash = createHash('sha256').update(signed).update(signature)
    const out = openSync(building, 'wx', 0o600)
    try {
      writeSync(out, signed)
      writeSync(out, signature)
      copyInto(payloadPath, out, (chunk) => fileHash.update(chunk))
      fsyncSync(out)
    } finally {
      closeSync(out)
    }
    const written = { manifest, fileSha256: fileHash.digest('hex') }
    commit(written)
    renameSync(building, path)
    return written
  } finally {
    rmSync(payloadPath, { force: true })
    rmSync(building, { force: true })
  }
}

function writePayload(path: string, lines: Iterable<string>): Manifest['payload'] {
  const hash = createHash('sha256')
  const file = openSync(path, 'wx', 0o600)
  let compressedSize = 0
  let uncompressedSize = 0
  let count = 0
  let pending: string[] = []
  let pendingLength = 0
  const flush = () => {
    if (pending.length === 0) return
    const text = Buffer.from(pending.join(''), 'utf8')
    const member = gzipSync(text)
    writeSync(file, member)
    hash.update(member)
    compressedSize += member.length
    uncompressedSize += text.length
    pending = []
    pendingLength = 0
  }
  try {
    for (const line of lines) {
      pending.push(line, '\n')
      pendingLength += line.length + 1
      count += 1
      if (pendingLength >= MEMBER_SIZE) flush()
    }
    flush()
    if (compressedSize === 0) {
      // An empty payload is still one gzip member, so every bundle decompresses the same way.
      const member = gzipSync(Buffer.alloc(0))
      writeSync(file, member)
      hash.update(member)
      compressedSize = member.length
    }
  } finally {
    closeSync(file)
  }
  return { sha256: hash.digest('hex'), compressedSize, uncompressedSize, lines: count }
}

function copyInto(source: string, target: number, onChunk: (chunk: Buffer) => void): void {
  const input = openSync(source, 'r')
  const buffer = Buffer.alloc(MEMBER_SIZE)
  try {
    for (let read = readSync(input, buffer); read > 0; read = readSync(input, buffer)) {
      const chunk = buffer.subarray(0, read)
      writeSync(target, chunk)
      onChunk(chunk)
    }
  } finally {
    closeSync(input)
  }
}
