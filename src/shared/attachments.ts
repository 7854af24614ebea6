import { z } from 'zod'

/** What a photo or scan may be on entry, and what it becomes. */
export const IMAGE_LIMITS = {
  maxBytes: 20 * 1024 ** 2,
  maxInputPixels: 100_000_000,
  maxEdge: 1600,
  thumbnailEdge: 320,
  quality: 80,
} as const

export const sha256Field = z.string().regex(/^[0-9a-f]{64}$/, 'validation.invalid')

/**
 * A photo from a file the user chose or dropped (its path, read by main) or pasted (its bytes, as
 * base64, which every transport carries: IPC, the test harness, the CLI). Twice the limit passes
 * here so that main can answer a too-large photo with its size, not a generic refusal.
 */
export const addImageInput = z.union([
  z.strictObject({ path: z.string().min(1).max(4096) }),
  z.strictObject({ base64: z.base64().max(Math.ceil((IMAGE_LIMITS.maxBytes * 2) / 3) * 4) }),
])

export const attachmentInput = z.strictObject({ sha256: sha256Field })

/** A stored photo: the downscaled image and its thumbnail, each an attachment by sha256. */
export interface StoredImage {
  sha256: string
  thumbnail: string
  mime: string
  width: number
  height: number
}

/** An attachment to show: a row may refer to one whose bytes have not arrived yet. */
export type AttachmentView =
  | { sha256: string; received: true; mime: string; width: number | null; height: number | null; dataUrl: string }
  | { sha256: string; received: false }
