import type { Locator, Page } from '@playwright/test'
import type { Harness } from '../../scripts/harness/server'
import type { Result } from '../../src/shared/errors'
import { formatDate, formatDateTime, localDate } from '../../src/shared/format'
import type { DeletedRecord } from '../../src/shared/members'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { createOrganisation, createPerson, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })

/** Yayasan Bina Desa: calon since 2019, aktif since 2020, nonaktif since 2023; 1.250 staff; Siti consented, Budi not. */
async function binaDesa(harness: Harness) {
  const organisation = await createOrganisation(harness, {
    name: 'Yayasan Bina Desa',
    staffCount: 1250,
    volunteerCount: 12500,
    status: 'candidate',
    statusSince: '2019-03-01',
  })
  for (const [status, effectiveOn] of [
    ['active', '2020-01-10'],
    ['inactive', '2023-06-01'],
  ])
    await harness.registry.invoke('members:changeStatus', { organisationId: organisation, status, effectiveOn })
  const person = (name: string, consent: boolean) =>
    createPerson(harness, organisation, { name, consent, consentOn: consent ? '2024-02-01' : null })
  return { organisation, siti: await person('Siti Rahayu', true), budi: await person('Budi Santoso', false) }
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

/** The consent column, the last, of one person's row in an OMS's list of people. */
const consentOf = (people: Locator, name: string) =>
  people
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('cell')
    .last()

/** The members screen's code loads on first use: on a busy machine that takes a while. */
async function openProfile(page: Page, harness: Harness, id: string) {
  await page.goto(`${harness.url}#/members/organisation/${id}`)
  await expect(heading(page, 'Yayasan Bina Desa')).toBeVisible({ timeout: 15_000 })
}

/** Bina Desa's page open; its membership status (in Indonesian) and that status's history entries. */
async function binaDesaStatus(page: Page, harness: Harness) {
  const { organisation } = await binaDesa(harness)
  await openProfile(page, harness, organisation)
  const status = page.getByRole('region', { name: 'Status keanggotaan' })
  return { status, entries: status.getByRole('listitem') }
}

test('a wrong status history entry is corrected by keyboard; the status follows, and a wrong step is refused', async ({
  page,
  harness,
}) => {
  test.slow()
  const { status, entries } = await binaDesaStatus(page, harness)
  await expect(status).toContainText('Nonaktif sejak 1 Jun 2023')
  await expect(status).toContainText('Status saat ini selalu mengikuti entri terbaru riwayat ini.')

  await tabTo(status.getByRole('button', { name: 'Perbaiki entri Aktif, 10 Jan 2020' }))
  await page.keyboard.press('Enter')
  const form = status.getByRole('group', { name: 'Perbaiki entri Aktif, 10 Jan 2020' })
  await expect(form.getByLabel('Status')).toBeFocused()
  await expect(form.getByLabel('Tanggal berlaku')).toHaveValue('10/01/2020')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('01/02/2020')
  await expect(form.getByLabel('Tanggal berlaku')).toHaveAccessibleDescription(/^Dipilih: 1 Feb 2020\./)
  await page.keyboard.press('Tab')
  await page.keyboard.type('SK pengurus')
  await page.keyboard.press('Enter')
  const outcome = status.getByRole('status')
  await expect(outcome).toHaveText('Entri riwayat diperbaiki. Status saat ini: Nonaktif sejak 1 Jun 2023.')
  await expect(outcome).toBeFocused()
  await expect(entries.nth(1)).toContainText('1 Feb 2020 — Aktif (SK pengurus)')

  // A correction no one could have recorded is refused at the field, naming the step.
  await tabTo(status.getByRole('button', { name: 'Perbaiki entri Calon, 1 Mar 2019' }))
  await page.keyboard.press('Enter')
  const first = status.getByRole('group', { name: 'Perbaiki entri Calon, 1 Mar 2019' })
  await first.getByLabel('Status').selectOption({ label: 'Keluar' })
  await status.getByRole('button', { name: 'Simpan perbaikan' }).press('Enter')
  await expect(first.getByLabel('Status')).toBeFocused()
  await expect(first.getByLabel('Status')).toHaveAccessibleDescription(
    'Riwayat status menjadi tidak runtut: sesudah "Keluar" (1 Mar 2019) tidak dapat langsung "Aktif" (1 Feb 2020).',
  )
  await expectAccessible(page)
  await tabTo(status.getByRole('button', { name: 'Batal' }))
  await page.keyboard.press('Enter')
  await expect(status.getByRole('button', { name: 'Perbaiki entri Calon, 1 Mar 2019' })).toBeFocused()
})

test('a status dated before a new OMS’s first entry says to correct that entry; each action then says only its own outcome', async ({
  page,
  harness,
}) => {
  test.slow()
  // Entered today with the form's default: its first entry, calon, is dated today.
  const organisation = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const todayShown = formatDate(localDate(new Date(), 'WIB'), 'WIB')
  await openProfile(page, harness, organisation)
  const status = page.getByRole('region', { name: 'Status keanggotaan' })
  const change = status.locator('form').filter({ has: page.getByRole('heading', { name: 'Ubah status' }) })
  const newStatus = change.getByLabel('Status baru')
  const effectiveOn = change.getByLabel('Tanggal berlaku')
  const refusal = `Tanggal perubahan status tidak boleh sebelum ${todayShown}, tanggal status saat ini. Bila tanggal itu keliru (misalnya entri pertama tercatat hari ini), perbaiki dulu entri itu di riwayat status.`

  await tabTo(newStatus)
  await newStatus.selectOption('active')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('18/05/2025')
  await page.keyboard.press('Enter')
  await expect(effectiveOn).toBeFocused()
  await expect(effectiveOn).toHaveAccessibleDescription(new RegExp(refusal.replace(/[().]/g, '\\$&')))
  await expectAccessible(page)

  // As the message says: the first entry's date corrected in the history.
  await tabTo(
    status.getByRole('button', { name: new RegExp(`^Perbaiki entri calon, ${todayShown}$`, 'i') }),
    'Shift+Tab',
  )
  await page.keyboard.press('Enter')
  const first = status.getByRole('group', { name: new RegExp(`^Perbaiki entri calon, ${todayShown}$`, 'i') })
  await expect(first.getByLabel('Status')).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('01/03/2024')
  await page.keyboard.press('Enter')
  const corrected = status.getByRole('status').filter({ hasText: 'Entri riwayat diperbaiki.' })
  await expect(corrected).toHaveText(/^Entri riwayat diperbaiki\. Status saat ini: calon sejak 1 Mar 2024\.$/i)
  await expect(corrected).toBeFocused()
  // The refusal judged the history as it was: it is gone, from the field and from the page.
  await expect(page.getByText(refusal)).toHaveCount(0)
  await expect(effectiveOn).not.toHaveAccessibleDescription(/tidak boleh sebelum/)
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0)

  // The form kept what was typed; saving it now records the step, and says so instead of the correction.
  await expect(effectiveOn).toHaveValue('18/05/2025')
  await tabTo(change.getByRole('button', { name: 'Simpan status' }))
  await page.keyboard.press('Enter')
  const recorded = status.getByRole('status')
  await expect(recorded).toHaveText(/^Perubahan status dicatat\. Status saat ini: aktif sejak 18 Mei 2025\.$/i)
  await expect(recorded).toBeFocused()
  await expect(recorded).toHaveCSS('outline-style', 'solid')
  await expect(status.getByRole('listitem')).toHaveText([/^18 Mei 2025 — aktif/i, /^1 Mar 2024 — calon/i])
  await expectAccessible(page)

  await useEnglish(page, harness)
  await expect(heading(page, 'Yayasan Bina Desa')).toBeVisible({ timeout: 15_000 })
  const english = page.getByRole('region', { name: 'Membership status' })
  const englishChange = english.locator('form').filter({ has: page.getByRole('heading', { name: 'Change status' }) })
  await englishChange.getByLabel('New status').selectOption('inactive')
  await englishChange.getByLabel('Effective date').fill('01/05/2025')
  await englishChange.getByRole('button', { name: 'Save status' }).click()
  await expect(englishChange.getByLabel('Effective date')).toHaveAccessibleDescription(
    /A status change cannot be dated before 18 May 2025, the date of the current status\. If that date is wrong \(say, a first entry dated today\), correct that entry in the status history first\./,
  )
  await englishChange.getByLabel('Effective date').fill('01/06/2025')
  await englishChange.getByRole('button', { name: 'Save status' }).click()
  await expect(english.getByRole('status')).toHaveText(
    /^The status change was recorded\. Current status: inactive since 1 Jun 2025\.$/i,
  )
  await expectAccessible(page)
})

test('wrong status history entries are removed by keyboard down to the last, which stays', async ({
  page,
  harness,
}) => {
  test.slow()
  const { status, entries } = await binaDesaStatus(page, harness)
  const outcome = status.getByRole('status')

  // The latest entry removed: the status falls back to the one before it.
  await tabTo(status.getByRole('button', { name: 'Hapus entri Nonaktif, 1 Jun 2023' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Hapus entri "Nonaktif, 1 Jun 2023" dari riwayat status?' })
  await expect(dialog).toContainText('Status saat ini dihitung ulang dari entri yang tersisa.')
  await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Hapus entri' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(outcome).toHaveText('Entri riwayat dihapus. Status saat ini: Aktif sejak 10 Jan 2020.')
  await expect(outcome).toBeFocused()
  await expect(status.locator('.records-badge')).toHaveText('Aktif')
  await expect(entries).toHaveCount(2)

  await status.getByRole('button', { name: 'Hapus entri Aktif, 10 Jan 2020' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Hapus entri' }).click()
  await expect(outcome).toHaveText('Entri riwayat dihapus. Status saat ini: Calon sejak 1 Mar 2019.')
  // One entry left: it cannot go, and the page says so and why.
  await expect(status.getByRole('button', { name: /^Hapus entri/ })).toHaveCount(0)
  await expect(status).toContainText(
    'Entri ini satu-satunya di riwayat, jadi tidak dapat dihapus: riwayat status harus berisi setidaknya satu entri. Bila isinya salah, perbaiki entri ini.',
  )
  await expectAccessible(page)
})

test('in English, a history entry is corrected and removed', async ({ page, harness }) => {
  test.slow()
  const { organisation } = await binaDesa(harness)
  await useEnglish(page, harness)
  await openProfile(page, harness, organisation)
  const status = page.getByRole('region', { name: 'Membership status' })
  await status.getByRole('button', { name: 'Correct the entry Inactive, 1 Jun 2023' }).click()
  await status.getByLabel('Status', { exact: true }).selectOption({ label: 'Left' })
  await expectAccessible(page)
  await status.getByRole('button', { name: 'Save correction' }).click()
  await expect(status.getByRole('status')).toHaveText(
    'The history entry was corrected. Current status: Left since 1 Jun 2023.',
  )
  await status.getByRole('button', { name: 'Remove the entry Left, 1 Jun 2023' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove the entry "Left, 1 Jun 2023" from the status history?' })
  await expect(dialog).toContainText('The current status is worked out again from the remaining entries.')
  await expectAccessible(page)
  await dialog.getByRole('button', { name: 'Remove entry' }).click()
  await expect(status.getByRole('status')).toHaveText(
    'The history entry was removed. Current status: Active since 10 Jan 2020.',
  )
})

test('a profile leads back to the search it came from, lists people with consent first, counts in Indonesian', async ({
  page,
  harness,
}) => {
  test.slow()
  await binaDesa(harness)
  await createOrganisation(harness, { name: 'Perkumpulan Swadaya Mitra' })
  await page.goto(`${harness.url}#/members`)
  await page.getByLabel('Cari').fill('bina')
  await expect(page.getByRole('link', { name: 'Perkumpulan Swadaya Mitra' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Yayasan Bina Desa' }).click()
  await expect(heading(page, 'Yayasan Bina Desa')).toBeFocused()

  const overview = page.getByRole('region', { name: 'Ringkasan' })
  await expect(overview).toContainText('Jumlah staf1.250')
  await expect(overview).toContainText('Jumlah relawan12.500')

  // The people come before the long self-assessment form.
  const people = page.getByRole('region', { name: 'Orang (2)' })
  const capacity = page.getByRole('region', { name: 'Penilaian mandiri kapasitas' })
  expect((await people.boundingBox())?.y).toBeLessThan((await capacity.boundingBox())?.y ?? 0)
  await expect(people.getByRole('columnheader')).toHaveText(['Nama', 'Peran', 'Jenis kelamin', 'Kontak', 'Persetujuan'])
  await expect(consentOf(people, 'Siti Rahayu')).toHaveText('Setuju')
  await expect(consentOf(people, 'Budi Santoso')).toHaveText('Belum')
  await expectAccessible(page)

  const back = page.getByRole('link', { name: 'Kembali ke daftar OMS (pencarian "bina")' })
  await tabTo(back, 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/members$/)
  await expect(page.getByLabel('Cari')).toHaveValue('bina')
  await expect(page.getByRole('link', { name: 'Yayasan Bina Desa' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Perkumpulan Swadaya Mitra' })).toHaveCount(0)

  // The search is kept while the app runs, through a visit to Settings too: so English is chosen there.
  await page.goto(`${harness.url}#/settings`)
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.goto(`${harness.url}#/members`)
  await page.getByRole('link', { name: 'Yayasan Bina Desa' }).click()
  await expect(page.getByRole('link', { name: 'Back to the OMS list (search "bina")' })).toBeVisible()
  const english = page.getByRole('region', { name: 'People (2)' })
  await expect(consentOf(english, 'Budi Santoso')).toHaveText('Not yet')
  await expect(page.getByRole('region', { name: 'Overview' })).toContainText('1,250')
  await expectAccessible(page)
})

test('deleted OMS and people wait in the trash with when they went, and come back, the OMS first', async ({
  page,
  harness,
}) => {
  test.slow()
  const { organisation, siti, budi } = await binaDesa(harness)
  const remove = async (kind: 'organisation' | 'person', id: string) => {
    const result = (await harness.registry.invoke('members:deleteRecord', { kind, id })) as Result<DeletedRecord>
    if (!result.ok) throw new Error(result.error.message)
    return result.value
  }
  const sitiDeleted = await remove('person', siti)
  await remove('person', budi)
  const binaDeleted = await remove('organisation', organisation)

  await page.goto(`${harness.url}#/members`)
  await tabTo(page.getByRole('link', { name: 'Data terhapus' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Data terhapus')).toBeFocused()
  const table = page.getByRole('table', { name: 'Data terhapus' })
  await expect(table.getByRole('columnheader')).toHaveText([
    'Nama',
    'Jenis',
    'Kabupaten/kota atau OMS',
    'Dihapus',
    'Tindakan',
  ])
  const row = (name: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })
  await expect(table.getByRole('rowheader')).toHaveText(['Yayasan Bina Desa', 'Budi Santoso', 'Siti Rahayu'])
  await expect(row('Yayasan Bina Desa').getByRole('cell')).toHaveText([
    'OMS',
    'Kabupaten Madiun',
    formatDateTime(binaDeleted.deletedAt, 'WIB'),
    'Pulihkan',
  ])
  await expect(row('Siti Rahayu').getByRole('cell').nth(2)).toHaveText(/^\d{1,2} \w{3} \d{4} \d{2}\.\d{2} WIB$/)
  await expect(row('Siti Rahayu').getByRole('cell').nth(2)).toHaveText(formatDateTime(sitiDeleted.deletedAt, 'WIB'))
  await expect(row('Siti Rahayu').getByRole('cell').last()).toHaveText(
    'OMS-nya juga dihapus: pulihkan "Yayasan Bina Desa" dulu.',
  )
  await expectAccessible(page)

  await tabTo(page.getByRole('button', { name: 'Pulihkan Yayasan Bina Desa' }))
  await page.keyboard.press('Enter')
  const outcome = page.getByRole('status').filter({ hasText: 'dipulihkan' })
  await expect(outcome).toContainText('OMS "Yayasan Bina Desa" sudah dipulihkan ke direktori.')
  await expect(outcome).toBeFocused()
  await expect(table.getByRole('rowheader')).toHaveText(['Budi Santoso', 'Siti Rahayu'])

  await tabTo(page.getByRole('button', { name: 'Pulihkan Siti Rahayu' }))
  await page.keyboard.press('Enter')
  await expect(outcome).toContainText('Data "Siti Rahayu" sudah dipulihkan ke direktori.')
  await tabTo(outcome.getByRole('link', { name: 'Buka Siti Rahayu' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Siti Rahayu')).toBeFocused()

  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/members/trash`)
  await expect(heading(page, 'Deleted records')).toBeFocused()
  await expect(page.getByRole('table', { name: 'Deleted records' }).getByRole('rowheader')).toHaveText(['Budi Santoso'])
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Restore Budi Santoso' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'back in the directory' })).toContainText(
    '"Budi Santoso" is back in the directory.',
  )
  await expect(page.getByText('There are no deleted records.')).toBeVisible()
})

test('a refused status step names its dates in the page language: 18 Mei 2025, then 18 May 2025', async ({
  page,
  harness,
}) => {
  test.slow()
  // May and August: months whose short names differ between the languages (Mei/May, Agu/Aug).
  const organisation = await createOrganisation(harness, {
    name: 'Yayasan Bina Desa',
    status: 'candidate',
    statusSince: '2025-05-18',
  })
  await harness.registry.invoke('members:changeStatus', {
    organisationId: organisation,
    status: 'active',
    effectiveOn: '2025-08-17',
  })
  await openProfile(page, harness, organisation)

  /** The first entry corrected to "left" by keyboard: it can no longer be followed by "active". */
  async function refusedStep(region: Locator, correct: RegExp, save: string): Promise<Locator> {
    await tabTo(region.getByRole('button', { name: correct }))
    await page.keyboard.press('Enter')
    const status = region.getByRole('group', { name: correct }).getByLabel('Status', { exact: true })
    await expect(status).toBeFocused()
    await status.selectOption('left')
    await tabTo(region.getByRole('button', { name: save }))
    await page.keyboard.press('Enter')
    await expect(status).toBeFocused()
    return status
  }

  const indonesian = page.getByRole('region', { name: 'Status keanggotaan' })
  const refusedId = await refusedStep(indonesian, /^Perbaiki entri \S+, 18 Mei 2025$/, 'Simpan perbaikan')
  await expect(refusedId).toHaveAccessibleDescription(/ \(18 Mei 2025\) tidak dapat langsung \S+ \(17 Agu 2025\)\.$/)

  await useEnglish(page, harness)
  await expect(heading(page, 'Yayasan Bina Desa')).toBeVisible({ timeout: 15_000 })
  const english = page.getByRole('region', { name: 'Membership status' })
  const refusedEn = await refusedStep(english, /^Correct the entry \S+, 18 May 2025$/, 'Save correction')
  await expect(refusedEn).toHaveAccessibleDescription(
    /^The status history would be out of order: \S+ \(18 May 2025\) cannot be followed directly by \S+ \(17 Aug 2025\)\.$/,
  )
  await expectAccessible(page)
})
