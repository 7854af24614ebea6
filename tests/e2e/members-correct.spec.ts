import type { Locator, Page } from '@playwright/test'
import type { Harness } from '../../scripts/harness/server'
import type { Result } from '../../src/shared/errors'
import { formatDateTime } from '../../src/shared/format'
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
  await expect(heading(page, 'Yayasan Bina Desa')).toBeFocused({ timeout: 15_000 })
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
  await expect(status).toContainText('nonaktif sejak 1 Jun 2023')
  await expect(status).toContainText('Status saat ini selalu mengikuti entri terbaru riwayat ini.')

  await tabTo(status.getByRole('button', { name: 'Perbaiki entri aktif, 10 Jan 2020' }))
  await page.keyboard.press('Enter')
  const form = status.getByRole('group', { name: 'Perbaiki entri aktif, 10 Jan 2020' })
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
  await expect(outcome).toHaveText('Entri riwayat diperbaiki. Status saat ini: nonaktif sejak 1 Jun 2023.')
  await expect(outcome).toBeFocused()
  await expect(entries.nth(1)).toContainText('1 Feb 2020 — aktif (SK pengurus)')

  // A correction no one could have recorded is refused at the field, naming the step.
  await tabTo(status.getByRole('button', { name: 'Perbaiki entri calon, 1 Mar 2019' }))
  await page.keyboard.press('Enter')
  const first = status.getByRole('group', { name: 'Perbaiki entri calon, 1 Mar 2019' })
  await first.getByLabel('Status').selectOption({ label: 'keluar' })
  await status.getByRole('button', { name: 'Simpan perbaikan' }).press('Enter')
  await expect(first.getByLabel('Status')).toBeFocused()
  await expect(first.getByLabel('Status')).toHaveAccessibleDescription(
    'Riwayat status menjadi tidak runtut: sesudah "keluar" (1 Mar 2019) tidak dapat langsung "aktif" (1 Feb 2020).',
  )
  await expectAccessible(page)
  await tabTo(status.getByRole('button', { name: 'Batal' }))
  await page.keyboard.press('Enter')
  await expect(status.getByRole('button', { name: 'Perbaiki entri calon, 1 Mar 2019' })).toBeFocused()
})

test('wrong status history entries are removed by keyboard down to the last, which stays', async ({
  page,
  harness,
}) => {
  test.slow()
  const { status, entries } = await binaDesaStatus(page, harness)
  const outcome = status.getByRole('status')

  // The latest entry removed: the status falls back to the one before it.
  await tabTo(status.getByRole('button', { name: 'Hapus entri nonaktif, 1 Jun 2023' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Hapus entri "nonaktif, 1 Jun 2023" dari riwayat status?' })
  await expect(dialog).toContainText('Status saat ini dihitung ulang dari entri yang tersisa.')
  await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Hapus entri' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(outcome).toHaveText('Entri riwayat dihapus. Status saat ini: aktif sejak 10 Jan 2020.')
  await expect(outcome).toBeFocused()
  await expect(status.locator('.records-badge')).toHaveText('aktif')
  await expect(entries).toHaveCount(2)

  await status.getByRole('button', { name: 'Hapus entri aktif, 10 Jan 2020' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Hapus entri' }).click()
  await expect(outcome).toHaveText('Entri riwayat dihapus. Status saat ini: calon sejak 1 Mar 2019.')
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
  await status.getByRole('button', { name: 'Correct the entry inactive, 1 Jun 2023' }).click()
  await status.getByLabel('Status', { exact: true }).selectOption({ label: 'left' })
  await expectAccessible(page)
  await status.getByRole('button', { name: 'Save correction' }).click()
  await expect(status.getByRole('status')).toHaveText(
    'The history entry was corrected. Current status: left since 1 Jun 2023.',
  )
  await status.getByRole('button', { name: 'Remove the entry left, 1 Jun 2023' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove the entry "left, 1 Jun 2023" from the status history?' })
  await expect(dialog).toContainText('The current status is worked out again from the remaining entries.')
  await expectAccessible(page)
  await dialog.getByRole('button', { name: 'Remove entry' }).click()
  await expect(status.getByRole('status')).toHaveText(
    'The history entry was removed. Current status: active since 10 Jan 2020.',
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
  await expect(consentOf(people, 'Siti Rahayu')).toHaveText('setuju')
  await expect(consentOf(people, 'Budi Santoso')).toHaveText('belum')
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
  await expect(consentOf(english, 'Budi Santoso')).toHaveText('not yet')
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
