import type { AppDatabase } from '../../db'
import { putAttachment } from '../../attachments/store'
import { syncWrite } from '../../sync/write'
import { initiatives, stories } from '../schema'

/** An initiative of some OMS, as far as stories need one: the initiatives capability owns the rest. */
export const addInitiative = (database: AppDatabase, title = 'Sekolah Lapang Iklim Desa Sumberejo'): string =>
  syncWrite(database, (writer) =>
    writer.insert(initiatives, {
      leadOrganisationId: '0190a6c0-0000-7000-8000-000000000001',
      title,
      regencyCode: '35.19',
      status: 'draft',
      statusSince: '2026-01-05',
    }),
  )

const jpegLike = (text: string) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(text)])

/**
 * A photo and its thumbnail stored here, as a story's photos column holds them: bytes that begin as
 * a JPEG does, the same for the same `label`. Sync tests need what rows and bundles carry, not pixels.
 */
export function storedPhotos(database: AppDatabase, label: string): { photos: string; hashes: string[] } {
  const sha256 = putAttachment(database, jpegLike(`foto ${label}`))
  const thumbnail = putAttachment(database, jpegLike(`kecil ${label}`))
  const photo = { sha256, thumbnail, mime: 'image/jpeg', width: 1600, height: 1200, caption: label }
  return { photos: JSON.stringify([photo]), hashes: [sha256, thumbnail] }
}

export function addStoryWithPhoto(database: AppDatabase, initiativeId: string, label: string) {
  const { photos, hashes } = storedPhotos(database, label)
  const id = syncWrite(database, (writer) =>
    writer.insert(stories, {
      initiativeId,
      title: `Panen pertama ${label}`,
      happenedOn: '2026-03-14',
      narrative: 'Kelompok tani mencoba benih tahan kering.',
      resourceMix: JSON.stringify([{ source: 'swadaya', amountRupiah: 2_500_000 }]),
      photos,
      status: 'published',
    }),
  )
  return { id, photos, hashes }
}
