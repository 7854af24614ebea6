import { AppError } from '../../shared/errors'
import type { AttachmentView } from '../../shared/attachments'
import { readOnlyRefusal, type AppDatabase } from '../db'
import type { HandlerRegistry } from '../ipc/registry'
import { readImageFile, storeImage } from './images'
import { isImageKind } from './kinds'
import { attachmentInfo, readAttachment } from './store'

/**
 * An image as a data: URL the renderer can put in an <img>: no file path or protocol of ours is
 * exposed, and only what this instance indexed as an image is ever handed out.
 */
export function viewAttachment(database: AppDatabase, sha256: string): AttachmentView {
  const info = attachmentInfo(database, sha256)
  const bytes = info ? readAttachment(database, sha256) : null
  if (!info || !bytes) return { sha256, received: false }
  if (!isImageKind(info.mime)) throw new AppError('VALIDATION', { key: 'attachments.notImage' })
  const dataUrl = `data:${info.mime};base64,${bytes.toString('base64')}`
  return { sha256, received: true, mime: info.mime, width: info.width, height: info.height, dataUrl }
}

export function registerAttachmentHandlers(registry: HandlerRegistry): void {
  registry.register('attachments:addImage', async (input, { database }) => {
    // Checked before the photo is decoded and its files written, not at the index's first write.
    if (database.readOnly) throw readOnlyRefusal(database)
    const bytes = 'path' in input ? readImageFile(input.path) : Buffer.from(input.base64, 'base64')
    return storeImage(database, bytes)
  })
  registry.register('attachments:show', ({ sha256 }, { database }) => viewAttachment(database, sha256))
}
