import type { Page } from '@playwright/test'
import sharp from 'sharp'
import type { Result } from '../../src/shared/errors'
import type { InitiativeDetail } from '../../src/shared/initiatives'
import type { StorySummary } from '../../src/shared/stories'
import { attachmentsId, storiesId } from '../../src/shared/i18n/stories-id'
import type { Harness } from '../../scripts/harness/server'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { recordConsent } from '../../src/main/privacy/consent'
import { giveConsent } from '../../src/main/privacy/testing'
import { createOrganisation, createPerson, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })
// Two runs of axe and a photo stored by sharp, on a shared two-core machine.
test.slow()

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

async function initiative(harness: Harness): Promise<string> {
  const leadOrganisationId = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const result = (await harness.registry.invoke('initiatives:create', {
    leadOrganisationId,
    title: 'Air bersih Desa Sukorejo',
    problem: 'Warga mengambil air dari sungai.',
    regencyCode: '35.19',
  })) as Result<InitiativeDetail>
  if (!result.ok) throw new Error(`could not create the initiative: ${result.error.message}`)
  return result.value.id
}

const storiesOf = async (harness: Harness, initiativeId: string) => {
  const result = (await harness.registry.invoke('stories:list', { initiativeId })) as Result<StorySummary[]>
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** Focuses a field by Tab and types into it, replacing what it held. */
async function typeInto(page: Page, label: string, text: string) {
  await tabTo(page.getByLabel(label, { exact: true }))
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(text)
}

test('a story of change written by keyboard, with a photo and its resources, refusing what is wrong', async ({
  page,
  harness,
}) => {
  const initiativeId = await initiative(harness)
  await page.goto(`${harness.url}#/initiatives/${initiativeId}/story/new`)
  await expect(heading(page, 'Cerita perubahan baru')).toBeFocused()

  await typeInto(page, 'Judul', 'Air bersih mengalir ke 120 rumah')
  await typeInto(page, 'Tanggal', '18/05/2025')
  await expect(page.getByText('Dipilih: 18 Mei 2025.')).toBeVisible()
  await typeInto(page, 'Kisah perubahan', 'Warga bergotong royong memasang pipa dari mata air.')
  await typeInto(page, 'Sebelum', 'Ibu-ibu berjalan 2 km setiap pagi.')
  await typeInto(page, 'Sesudah', 'Kran umum di setiap RT.')
  await typeInto(page, 'APBD', '1.000.000')
  await typeInto(page, 'Swadaya masyarakat', '-250.000')
  await expect(page.getByText('Jumlah: Rp 1.000.000')).toBeVisible()

  const photos = page.getByLabel('Tambah foto')
  await tabTo(photos)
  await photos.setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan foto') })
  await expect(page.getByRole('alert').filter({ hasText: 'catatan.txt' })).toHaveText(
    `catatan.txt: ${attachmentsId.notImage}`,
  )
  await expect(page.getByLabel('Judul', { exact: true })).toHaveValue('Air bersih mengalir ke 120 rumah')
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#0b6b5c' } })
    .png()
    .toBuffer()
  await photos.setInputFiles({ name: 'kran-umum.png', mimeType: 'image/png', buffer: png })
  await typeInto(page, 'Keterangan foto 1', 'Kran umum RT 03')
  await expect(page.getByRole('img', { name: 'Kran umum RT 03' })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'catatan.txt' })).toHaveCount(0)

  await tabTo(page.getByRole('button', { name: 'Terbit' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Terbit' })).toHaveAttribute('aria-pressed', 'true')
  await expectAccessible(page)

  // Main refuses the negative amount at its field, and nothing is saved.
  await tabTo(page.getByRole('button', { name: 'Simpan' }))
  await page.keyboard.press('Enter')
  const swadaya = page.getByLabel('Swadaya masyarakat', { exact: true })
  await expect(swadaya).toBeFocused()
  await expect(swadaya).toHaveAccessibleDescription(storiesId.rupiah.negative)
  await expect(page.getByRole('alert').filter({ hasText: storiesId.invalid })).toBeVisible()
  expect(await storiesOf(harness, initiativeId)).toEqual([])

  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('250.000')
  await expect(swadaya).not.toHaveAttribute('aria-invalid')
  await expect(page.getByText('Jumlah: Rp 1.250.000')).toBeVisible()
  await tabTo(page.getByRole('button', { name: 'Simpan' }))
  await page.keyboard.press('Enter')

  await expect(heading(page, 'Air bersih mengalir ke 120 rumah')).toBeFocused()
  const [saved] = await storiesOf(harness, initiativeId)
  expect(saved).toMatchObject({ status: 'published', resourceTotal: 1_250_000, photoCount: 1 })
  expect(page.url()).toContain(`#/initiatives/story/${saved?.id}`)
  await expect(page.getByText('18 Mei 2025')).toBeVisible()
  await expect(page.getByText('Terbit', { exact: true })).toBeVisible()
  const resources = page.getByRole('table')
  await expect(resources.getByRole('row', { name: 'APBD Rp 1.000.000' })).toBeVisible()
  await expect(resources.getByRole('row', { name: 'Swadaya masyarakat Rp 250.000' })).toBeVisible()
  await expect(resources.getByRole('row', { name: 'Jumlah Rp 1.250.000' })).toBeVisible()
  const photo = page.getByRole('img', { name: 'Kran umum RT 03' })
  await expect(photo).toBeVisible()
  expect(await photo.evaluate((image: { naturalWidth: number }) => image.naturalWidth)).toBe(64)
  await expectAccessible(page)

  // Back on the initiative's page, the story is listed with its cover, date, status and total.
  await tabTo(page.getByRole('link', { name: 'Kembali ke inisiatif' }))
  await page.keyboard.press('Enter')
  const stories = page.getByRole('region', { name: 'Cerita perubahan' })
  const item = stories.getByRole('listitem').filter({ hasText: 'Air bersih mengalir ke 120 rumah' })
  await expect(item).toContainText('18 Mei 2025 · Terbit · Rp 1.250.000 · 1 foto')
  await expect(item.getByRole('link')).toHaveAttribute('href', `#/initiatives/story/${saved?.id}`)
  await expect(item.locator('img')).toHaveJSProperty('complete', true)
  await expect(stories.getByRole('link', { name: 'Tulis cerita perubahan' })).toHaveAttribute(
    'href',
    `#/initiatives/${initiativeId}/story/new`,
  )
})

test('a story page in English, edited and deleted after asking', async ({ page, harness }) => {
  const initiativeId = await initiative(harness)
  const created = (await harness.registry.invoke('stories:create', {
    initiativeId,
    title: 'Sekolah lapang iklim',
    happenedOn: '2025-05-18',
    narrative: 'Petani membaca musim.',
    before: '',
    after: '',
    resourceMix: [{ source: 'danaDesa', amountRupiah: 1_250_000 }],
    photos: [],
    status: 'draft',
  })) as Result<{ id: string }>
  if (!created.ok) throw new Error(created.error.message)
  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/initiatives/story/${created.value.id}`)
  await expect(heading(page, 'Sekolah lapang iklim')).toBeFocused()
  await expect(page.getByText('18 May 2025')).toBeVisible()
  await expect(page.getByText('Draft', { exact: true })).toBeVisible()
  await expect(page.getByRole('row', { name: 'Village fund (Dana Desa) Rp 1.250.000' })).toBeVisible()
  await expect(page.getByRole('row', { name: 'Total Rp 1.250.000' })).toBeVisible()

  await tabTo(page.getByRole('link', { name: 'Edit' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Edit story of change')).toBeFocused()
  await expect(page.getByLabel('Village fund (Dana Desa)', { exact: true })).toHaveValue('1.250.000')
  await expect(page.getByText('Total: Rp 1.250.000')).toBeVisible()
  await expect(page.getByLabel('Add photos')).toHaveAttribute('type', 'file')
  await typeInto(page, 'Title', 'Sekolah lapang iklim Desa Sumberejo')
  await tabTo(page.getByRole('button', { name: 'Save' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Sekolah lapang iklim Desa Sumberejo')).toBeFocused()
  await expectAccessible(page)

  await tabTo(page.getByRole('button', { name: 'Delete story' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Delete this story of change?' })
  await expect(dialog.getByRole('button', { name: "Don't delete" })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/initiatives/${initiativeId}$`))
  expect(await storiesOf(harness, initiativeId)).toEqual([])
})

test('a story names its people, and is published only once each consents to publication', async ({ page, harness }) => {
  const initiativeId = await initiative(harness)
  const organisation = await createOrganisation(harness, { name: 'KSM Makmur Sentosa', regencyCode: '35.77' })
  const siti = await createPerson(harness, organisation, { name: 'Siti Rahayu' })
  await createPerson(harness, organisation, { name: 'Lilis Rahayu' })
  giveConsent(harness.services.database, siti, ['publication'])
  await page.goto(`${harness.url}#/initiatives/${initiativeId}/story/new`)
  await expect(heading(page, 'Cerita perubahan baru')).toBeFocused()
  await typeInto(page, 'Judul', 'Bank sampah Kota Madiun')
  await typeInto(page, 'Kisah perubahan', 'Bu Siti dan Bu Lilis memulai bank sampah di RT 03.')

  // Both found by keyboard, each with their OMS beside the name.
  const people = page.getByRole('combobox', { name: 'Orang yang disebut atau tampil di foto' })
  for (const name of ['Siti Rahayu', 'Lilis Rahayu']) {
    await tabTo(people)
    await page.keyboard.type(name)
    await expect(page.getByRole('option', { name: new RegExp(name) })).toContainText('KSM Makmur Sentosa')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
  }
  const chosen = page.getByRole('list', { name: 'Orang yang disebut atau tampil di foto' })
  await expect(chosen.getByRole('listitem')).toHaveText([
    /^Siti Rahayu · KSM Makmur Sentosa/,
    /^Lilis Rahayu · KSM Makmur Sentosa/,
  ])
  await tabTo(page.getByRole('button', { name: 'Terbit' }))
  await page.keyboard.press('Enter')
  await tabTo(page.getByRole('button', { name: 'Simpan' }))
  await page.keyboard.press('Enter')
  await expect(people).toBeFocused()
  await expect(people).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText(storiesId.publish.noConsent.replace('{{names}}', 'Lilis Rahayu'))).toBeVisible()
  await expectAccessible(page)
  expect(await storiesOf(harness, initiativeId)).toEqual([])

  // Lilis taken out, focus back in the field; a name typed there and not picked is refused, not dropped.
  await tabTo(page.getByRole('button', { name: 'Keluarkan Lilis Rahayu dari cerita' }))
  await page.keyboard.press('Enter')
  await expect(people).toBeFocused()
  await page.keyboard.type('Tri Permata')
  await tabTo(page.getByRole('button', { name: 'Simpan' }))
  await page.keyboard.press('Enter')
  await expect(people).toBeFocused()
  await expect(
    page.getByText(
      '“Tri Permata” belum dipilih dari direktori: pilih orangnya dari daftar yang muncul, atau kosongkan isian ini.',
    ),
  ).toBeVisible()
  expect(await storiesOf(harness, initiativeId)).toEqual([])
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('Backspace')
  await tabTo(page.getByRole('button', { name: 'Simpan' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Bank sampah Kota Madiun')).toBeFocused()
  const inStory = page.getByRole('region', { name: 'Orang dalam cerita' })
  await expect(inStory.getByRole('listitem')).toHaveText([
    'Siti Rahayu · KSM Makmur Sentosa — setuju disebut dalam publikasi',
  ])
  await expect(inStory.getByRole('link', { name: 'Siti Rahayu' })).toHaveAttribute('href', `#/members/person/${siti}`)
  await expectAccessible(page)

  // Siti withdraws: the story says it is left out of reports, on its page and in its initiative's list.
  recordConsent(harness.services.database, {
    personId: siti,
    purposes: ['publication'],
    action: 'withdrawn',
    recordedOn: '2026-06-01',
    method: 'verbal',
    recordedBy: 'Sri Wahyuni',
    birthYear: 1990,
  })
  await page.reload()
  await expect(inStory.getByRole('listitem')).toHaveText([
    'Siti Rahayu · KSM Makmur Sentosa — belum atau tidak lagi setuju disebut dalam publikasi',
  ])
  await expect(page.getByText('Cerita ini tidak ikut laporan dan buku kerja', { exact: false })).toBeVisible()
  await page.goto(`${harness.url}#/initiatives/${initiativeId}`)
  await expect(
    page.getByRole('region', { name: 'Cerita perubahan' }).getByRole('listitem').filter({ hasText: 'Bank sampah' }),
  ).toContainText('Terbit · Rp 0 · tidak ikut laporan: persetujuan publikasi belum lengkap')
  await expectAccessible(page)
})
