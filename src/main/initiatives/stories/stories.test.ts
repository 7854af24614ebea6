import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { StoredImage } from '../../../shared/attachments'
import type { Result } from '../../../shared/errors'
import type { Story, StorySummary } from '../../../shared/stories'
import { jawaTimurServices, ok } from '../../members/records/testing'
import { syncWrite } from '../../sync/write'
import { initiatives } from '../schema'
import { addInitiative } from './testing'

type Context = Awaited<ReturnType<typeof jawaTimurServices>>

const refusal = (result: Result<unknown>) => {
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

async function withPhoto(context: Context) {
  const bytes = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer()
  return ok<StoredImage>(await context.registry.invoke('attachments:addImage', { base64: bytes.toString('base64') }))
}

const draft = (initiativeId: string, values: Record<string, unknown> = {}) => ({
  initiativeId,
  title: 'Air bersih untuk Dusun Krajan',
  happenedOn: '2026-05-18',
  narrative: 'Warga membangun sumur bor bersama pemerintah desa.',
  before: 'Warga berjalan 2 km mengambil air.',
  after: 'Air mengalir ke 40 rumah.',
  resourceMix: [
    { source: 'danaDesa', amountRupiah: 45_000_000 },
    { source: 'swadaya', amountRupiah: 12_500_000 },
  ],
  photos: [],
  status: 'draft',
  ...values,
})

/** An update names the story, not its initiative. */
const fieldsOf = ({ initiativeId: _, ...fields }: ReturnType<typeof draft>) => fields

const storyCount = ({ database }: Context) =>
  database.sqlite.prepare('SELECT count(*) FROM stories').pluck().get() as number

describe('stories of change', () => {
  it('writes a story with photos and its resource mix, lists it under its initiative, and publishes it', async () => {
    const context = await jawaTimurServices()
    const { registry, database } = context
    const initiative = addInitiative(database)
    const photo = await withPhoto(context)
    const created = ok<Story>(
      await registry.invoke(
        'stories:create',
        draft(initiative, {
          photos: [{ sha256: photo.sha256, thumbnail: photo.thumbnail, caption: 'Sumur bor baru' }],
        }),
      ),
    )
    expect(created).toMatchObject({
      initiativeId: initiative,
      status: 'draft',
      resourceTotal: 57_500_000,
      photos: [{ ...photo, caption: 'Sumur bor baru', received: true }],
    })
    const published = ok<Story>(
      await registry.invoke('stories:update', {
        ...fieldsOf(draft(initiative, { status: 'published' })),
        id: created.id,
        photos: [{ sha256: photo.sha256, thumbnail: photo.thumbnail, caption: 'Sumur bor, Mei 2026' }],
      }),
    )
    expect(published).toMatchObject({ status: 'published', photos: [{ caption: 'Sumur bor, Mei 2026', width: 1600 }] })
    expect(ok<StorySummary[]>(await registry.invoke('stories:list', { initiativeId: initiative }))).toEqual([
      {
        id: created.id,
        title: 'Air bersih untuk Dusun Krajan',
        happenedOn: '2026-05-18',
        status: 'published',
        resourceTotal: 57_500_000,
        photoCount: 1,
        withheld: false,
        cover: photo.thumbnail,
      },
    ])
    expect(ok<Story>(await registry.invoke('stories:delete', { id: created.id }))).toMatchObject({ deleted: true })
    expect(ok(await registry.invoke('stories:list', { initiativeId: initiative }))).toEqual([])
    expect(refusal(await registry.invoke('stories:get', { id: created.id })).code).toBe('NOT_FOUND')
  })

  it('refuses negative and fractional rupiah, each on its own field, writing nothing', async () => {
    const context = await jawaTimurServices()
    const initiative = addInitiative(context.database)
    const mix = [
      { source: 'apbd', amountRupiah: -5000 },
      { source: 'pledges', amountRupiah: 1250.5 },
      { source: 'other', amountRupiah: 0 },
    ]
    expect(refusal(await context.registry.invoke('stories:create', draft(initiative, { resourceMix: mix })))).toEqual({
      code: 'VALIDATION',
      message: 'Cerita perubahan belum dapat disimpan: ada isian yang perlu diperbaiki.',
      fields: {
        'resourceMix.0.amountRupiah': 'Jumlah rupiah tidak boleh negatif.',
        'resourceMix.1.amountRupiah': 'Jumlah rupiah harus bilangan bulat, tanpa sen.',
      },
    })
    expect(storyCount(context)).toBe(0)
  })

  it('publishes only with a title and a narrative, and names what is missing', async () => {
    const context = await jawaTimurServices()
    const initiative = addInitiative(context.database)
    const input = draft(initiative, { title: '', narrative: '', status: 'published' })
    expect(refusal(await context.registry.invoke('stories:create', input)).fields).toEqual({
      title: 'Cerita yang diterbitkan harus berjudul.',
      narrative: 'Cerita yang diterbitkan harus berisi kisahnya.',
    })
    ok(await context.registry.invoke('stories:create', { ...input, status: 'draft' }))
    expect(storyCount(context)).toBe(1)
    const noDate = refusal(
      await context.registry.invoke('stories:create', draft(initiative, { happenedOn: '2026-02-30' })),
    )
    expect(noDate.fields).toEqual({
      happenedOn: 'Tanggal cerita wajib diisi dengan tanggal yang ada, misalnya 18 Mei 2025.',
    })
  })

  it('refuses a photo the store does not hold as an image, in English when chosen', async () => {
    const context = await jawaTimurServices()
    const { registry, database } = context
    await registry.invoke('settings:setLanguage', { language: 'en' })
    const initiative = addInitiative(database)
    const photos = [{ sha256: 'a'.repeat(64), thumbnail: 'b'.repeat(64), caption: '' }]
    expect(refusal(await registry.invoke('stories:create', draft(initiative, { photos }))).fields).toEqual({
      'photos.0': 'This photo is not stored in the app yet. Add the photo again.',
    })
    expect(storyCount(context)).toBe(0)
  })

  it('refuses a story for an initiative that does not exist or was deleted', async () => {
    const context = await jawaTimurServices()
    const { registry, database } = context
    expect(refusal(await registry.invoke('stories:create', draft('0190a6c0-0000-7000-8000-0000000000ff')))).toEqual({
      code: 'NOT_FOUND',
      message: 'Inisiatif untuk cerita ini tidak ditemukan. Pilih inisiatif yang ada.',
    })
    const initiative = addInitiative(database)
    const story = ok<Story>(await registry.invoke('stories:create', draft(initiative)))
    syncWrite(database, (writer) => writer.remove(initiatives, initiative))
    expect(
      refusal(await registry.invoke('stories:update', { ...fieldsOf(draft(initiative)), id: story.id })).message,
    ).toBe('Inisiatif ini sudah dihapus: ceritanya tidak dapat ditambah atau diubah. Pulihkan inisiatifnya dahulu.')
    expect(ok<Story>(await registry.invoke('stories:get', { id: story.id })).title).toBe(story.title)
  })
})
