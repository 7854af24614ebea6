import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Result } from '../../../shared/errors'
import { reportFilterInput } from '../../../shared/reports'
import type { Story, StoryPhoto, StorySummary } from '../../../shared/stories'
import { ok, savedPerson } from '../../members/records/testing'
import { recordConsent } from '../../privacy/consent'
import { erasePerson, previewErasure } from '../../privacy/erase'
import { reportSummary } from '../../reports/summary'
import { builtWorkbook, reportData } from '../../reports/workbook/testing'
import { bundleRows } from '../../privacy/carried'
import { giveConsent } from '../../privacy/testing'
import { bundleParts } from '../../sync/forge'
import { syncDigest } from '../../sync/digest'
import { addOrganisation, addPerson, exportFrom, importInto, newInstance, trust } from '../../sync/testing'
import { createStory } from './service'
import { addInitiative, storedPhotos } from './testing'
import { recordsOf } from '../../reports/workbook/test-xlsx'

const refusal = (result: Result<unknown>) => {
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

describe('the people a story names or pictures', () => {
  it('must consent before it is published; withdrawn later, the story leaves what is printed', async () => {
    const context = await reportData()
    const { registry, database, people, binaDesa } = context
    const lilis = await savedPerson(registry, binaDesa, 'Lilis Rahayu')
    const id = database.sqlite.prepare("SELECT id FROM stories WHERE title = 'Air mengalir ke 40 rumah'").pluck().get()
    const story = ok<Story>(await registry.invoke('stories:get', { id }))
    const publish = (peopleIds: string[]) =>
      registry.invoke('stories:update', {
        id,
        title: story.title,
        happenedOn: story.happenedOn,
        narrative: story.narrative,
        before: story.before,
        after: story.after,
        resourceMix: story.resourceMix,
        photos: [],
        people: peopleIds,
        status: 'published',
      })
    expect(refusal(await publish([people.siti, lilis])).fields).toEqual({
      people:
        'Cerita ini belum dapat diterbitkan: belum ada persetujuan untuk disebut atau tampil dalam publikasi dari Lilis Rahayu. Catat persetujuannya di panel Privasi orang itu, keluarkan orangnya dari cerita, atau simpan sebagai draf.',
    })
    expect(refusal(await publish([randomUUID()])).fields).toEqual({
      people:
        'Orang yang dipilih tidak ada di direktori, sudah dihapus, atau data pribadinya sudah dihapus. Pilih lagi dari direktori.',
    })
    expect(ok<Story>(await registry.invoke('stories:get', { id }))).toMatchObject({ status: 'draft', people: [] })

    const published = ok<Story>(await publish([people.siti, people.siti]))
    expect(published).toMatchObject({
      status: 'published',
      people: [{ id: people.siti, name: 'Siti Rahayu', organisation: 'Yayasan Bina Desa', publishable: true }],
    })
    const printed = () => reportSummary(database, reportFilterInput.parse({})).stories.map((shown) => shown.title)
    expect(printed()).toEqual(['Air mengalir ke 40 rumah'])

    recordConsent(database, {
      personId: people.siti,
      purposes: ['publication'],
      action: 'withdrawn',
      recordedOn: '2026-05-18',
      method: 'verbal',
      recordedBy: 'Sri Wahyuni',
    })
    expect(ok<Story>(await registry.invoke('stories:get', { id })).people).toMatchObject([{ publishable: false }])
    const listed = ok<StorySummary[]>(await registry.invoke('stories:list', { initiativeId: story.initiativeId }))
    expect(listed.find((shown) => shown.id === id)).toMatchObject({ status: 'published', withheld: true })
    expect(printed()).toEqual([])
    // The workbook keeps the row, so rupiah still add up, without a word of it.
    const sheet = (await builtWorkbook(context)).sheets.find((found) => found.name === 'Cerita Perubahan')
    const [row] = recordsOf(sheet!)
    expect(row?.Judul?.text).toBe(
      'Ditahan: tanpa persetujuan publikasi dari orang yang disebut atau tampil di cerita ini',
    )
    expect([row?.Sebelum?.text, row?.Sesudah?.text, row?.['Kisah perubahan']?.text]).toEqual([null, null, null])
    expect(row?.['Sumber daya']?.number).toBe(57_500_000)
  })
  it('lose an erased person: off the story, and their name out of its words', async () => {
    const context = await reportData()
    const { registry, database, people } = context
    const id = database.sqlite.prepare("SELECT id FROM stories WHERE title = 'Air mengalir ke 40 rumah'").pluck().get()
    const story = ok<Story>(await registry.invoke('stories:get', { id }))
    ok(
      await registry.invoke('stories:update', {
        id,
        title: 'Siti Rahayu dan air bersih',
        happenedOn: story.happenedOn,
        narrative: 'SITI RAHAYU memimpin warga. Kata siti rahayu, sumur ini milik bersama.',
        before: story.before,
        after: story.after,
        resourceMix: story.resourceMix,
        photos: [],
        people: [people.siti],
        status: 'published',
      }),
    )
    expect(previewErasure(database, people.siti).stories).toBe(1)
    erasePerson(database, people.siti)
    expect(ok<Story>(await registry.invoke('stories:get', { id }))).toMatchObject({
      title: '[nama dihapus] dan air bersih',
      narrative: '[nama dihapus] memimpin warga. Kata [nama dihapus], sumur ini milik bersama.',
      people: [],
      status: 'published',
    })
    expect(reportSummary(database, reportFilterInput.parse({})).stories.map((shown) => shown.title)).toEqual([
      '[nama dihapus] dan air bersih',
    ])
  })
  it('keep a story’s words and photos on the hub until each of them consents to sharing nationally', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
    const lilis = addPerson(jatim, organisation, { name: 'Lilis Rahayu', purposes: ['publication'] })
    const initiative = addInitiative(jatim.database)
    const { photos } = storedPhotos(jatim.database, 'Bu Lilis di bank sampah')
    const story = createStory(jatim.database, {
      initiativeId: initiative,
      title: 'Bank sampah Bu Lilis',
      happenedOn: '2026-10-20',
      narrative: 'Lilis Rahayu memulai bank sampah.',
      before: '',
      after: '',
      resourceMix: [{ source: 'swadaya', amountRupiah: 2_500_000 }],
      photos: (JSON.parse(photos) as StoryPhoto[]).map(({ sha256, thumbnail, caption }) => ({
        sha256,
        thumbnail,
        caption,
      })),
      people: [lilis],
      status: 'published',
    })
    const atNational = () =>
      national.database.sqlite
        .prepare('SELECT title, narrative, photos, resource_mix FROM stories WHERE id = ?')
        .get(story.id)
    let bundle = await exportFrom(jatim)
    expect(bundleRows(jatim.database, bundle, 'stories')[0]?.values).not.toHaveProperty('narrative')
    importInto(national, bundle)
    expect(atNational()).toEqual({
      title: '',
      narrative: null,
      photos: '[]',
      resource_mix: JSON.stringify([{ source: 'swadaya', amountRupiah: 2_500_000 }]),
    })

    giveConsent(jatim.database, lilis, ['national'])
    bundle = await exportFrom(jatim)
    importInto(national, bundle)
    expect(atNational()).toMatchObject({
      title: 'Bank sampah Bu Lilis',
      narrative: 'Lilis Rahayu memulai bank sampah.',
    })
    expect(bundleParts(bundle).manifest.attachments).toBe(2)

    recordConsent(jatim.database, {
      personId: lilis,
      purposes: ['national'],
      action: 'withdrawn',
      recordedOn: '2026-11-20',
      method: 'verbal',
      recordedBy: 'Sri Wahyuni',
    })
    importInto(national, await exportFrom(jatim))
    expect(atNational()).toMatchObject({ title: '', narrative: null, photos: '[]' })
    expect(syncDigest(national.database, jatim.identity.hubId)).toBe(syncDigest(jatim.database, jatim.identity.hubId))
  })
})
