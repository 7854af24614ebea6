/** What a file is, read from its first bytes: a name or an extension says nothing trustworthy. */
export type AttachmentKind = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf' | 'application/octet-stream'

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte)

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

/** The same signatures as migration 0006 reads in SQL. */
export function kindOf(bytes: Uint8Array): AttachmentKind {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf'
  return 'application/octet-stream'
}

export const isImageKind = (kind: string): boolean => kind.startsWith('image/')
