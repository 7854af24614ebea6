import { readFileSync, statSync } from 'node:fs'
import sharp from 'sharp'
import { AppError } from '../../shared/errors'
import { IMAGE_LIMITS, type StoredImage } from '../../shared/attachments'
import type { AppDatabase } from '../db'
import { existingFile } from '../sync/chosen-files'
import { isImageKind, kindOf } from './kinds'
import { putAttachment } from './store'

const refuse = (key: string, params?: Record<string, string | number>): never => {
  throw new AppError('VALIDATION', { key: `attachments.${key}`, params })
}

const megabytes = (bytes: number) => Math.ceil((bytes / 1024 ** 2) * 10) / 10

function checkSize(size: number): void {
  if (size > IMAGE_LIMITS.maxBytes)
    refuse('tooLarge', { size: megabytes(size), limit: megabytes(IMAGE_LIMITS.maxBytes) })
}

/** A photo the user chose or dropped: refused by its size before a byte of it is read. */
export function readImageFile(path: string): Buffer {
  checkSize(statSync(existingFile(path)).size)
  return readFileSync(path)
}

/**
 * A decoder that meets a photo claiming 60,000 × 60,000 pixels in a few kilobytes would allocate
 * gigabytes; libvips refuses it above this many pixels instead (a 50-megapixel camera is fine).
 */
const decoding = { failOn: 'error', limitInputPixels: IMAGE_LIMITS.maxInputPixels, autoOrient: true } as const

async function render(bytes: Buffer, edge: number, webp: boolean) {
  const resized = sharp(bytes, decoding).resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
  // JPEG has no transparency: a PNG's transparent parts become white, not black.
  const encoded = webp
    ? resized.webp({ quality: IMAGE_LIMITS.quality })
    : resized.flatten({ background: '#ffffff' }).jpeg({ quality: IMAGE_LIMITS.quality, mozjpeg: true })
  return encoded.toBuffer({ resolveWithObject: true })
}

/**
 * Takes a photo or a scanned page in: JPEG, PNG or WebP by its content, whatever its name says. It
 * is stored downscaled (no longer edge than maxEdge) with a thumbnail, both as attachments; camera
 * metadata (location, device) is not kept, as sharp writes none unless asked. WebP stays WebP,
 * everything else becomes JPEG.
 */
export async function storeImage(database: AppDatabase, bytes: Buffer): Promise<StoredImage> {
  checkSize(bytes.length)
  if (!isImageKind(kindOf(bytes))) refuse('notImage')
  const webp = kindOf(bytes) === 'image/webp'
  const mime = webp ? 'image/webp' : 'image/jpeg'
  let full: Awaited<ReturnType<typeof render>>
  let thumbnail: Awaited<ReturnType<typeof render>>
  try {
    full = await render(bytes, IMAGE_LIMITS.maxEdge, webp)
    thumbnail = await render(full.data, IMAGE_LIMITS.thumbnailEdge, webp)
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    return /pixel limit/i.test(message)
      ? refuse('tooManyPixels', { limit: Math.round(IMAGE_LIMITS.maxInputPixels / 1e6) })
      : refuse('unreadable')
  }
  const store = (image: typeof full) =>
    putAttachment(database, image.data, { mime, width: image.info.width, height: image.info.height })
  return database.sqlite.transaction(() => ({
    sha256: store(full),
    thumbnail: store(thumbnail),
    mime,
    width: full.info.width,
    height: full.info.height,
  }))()
}
