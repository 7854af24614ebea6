import type { Locator, Page } from '@playwright/test'
import type { Harness } from '../../scripts/harness/server'
import { formatDate, localDate } from '../../src/shared/format'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { createOrganisation, createPerson, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })

/** Yayasan Bina Desa in Kabupaten Madiun with the people named, all staff. */
async function organisationWithPeople(harness: Harness, names: string[]) {
  const organisation = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const people: string[] = []
  for (const name of names) people.push(await createPerson(harness, organisation, { name }))
  return { organisation, people }
}

/** Siti Rahayu, the only person at Yayasan Bina Desa: her page is open. */
async function openSiti(page: Page, harness: Harness) {
  const {
    people: [siti],
  } = await organisationWithPeople(harness, ['Siti Rahayu'])
  await page.goto(`${harness.url}#/members/person/${siti}`)
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })
const detail = (scope: Locator, term: string) =>
  scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd')

/** Focus is where the keyboard user expects it, with the ring the stylesheet draws for it. */
async function expectVisibleFocus(locator: Locator) {
  await expect(locator).toBeFocused()
  await expect(locator).toHaveCSS('outline-style', 'solid')
}

/** Today where the hub is (Jawa Timur, WIB), as main dates a new affiliation. */
const today = () => localDate(new Date(), 'WIB')

test('a person is deleted after a confirmation that says what follows, and the delete is undone', async ({
  page,
  harness,
}) => {
  // Two axe runs take most of the usual 30 s on a busy machine.
  test.slow()
  await openSiti(page, harness)
  await expect(heading(page, 'Siti Rahayu')).toBeFocused()

  await page.getByRole('button', { name: 'Hapus orang' }).click()
  const dialog = page.getByRole('dialog', { name: 'Hapus data "Siti Rahayu"?' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('keluar dari direktori dan tidak muncul lagi di pencarian')
  await expect(dialog).toContainText('membatalkannya segera sesudah ini, selama data ini belum berubah')
  await expect(dialog).toContainText('tetap dapat dipulihkan dari halaman "Data terhapus"')
  await expect(dialog).toContainText('ikut terkirim ke instans nasional bersama paket sinkronisasi berikutnya')
  await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused()
  await expectAccessible(page)
  await dialog.getByRole('button', { name: 'Batal' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Hapus orang' })).toBeFocused()

  await page.getByRole('button', { name: 'Hapus orang' }).click()
  await dialog.getByRole('button', { name: 'Hapus', exact: true }).click()
  await expect(page).toHaveURL(/#\/members\/people$/)
  const notice = page.getByText('Data "Siti Rahayu" sudah dihapus.')
  await expect(notice).toBeVisible()
  await expect(page.getByRole('link', { name: 'Orang (0)' })).toBeVisible()
  await expect(page.getByText('Belum ada orang yang dicatat.')).toBeVisible()
  // With nobody left the list is not drawn: axe looks at the notice, not at the directory's table.
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Batalkan penghapusan' }).click()
  await expect(heading(page, 'Siti Rahayu')).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Penghapusan "Siti Rahayu" sudah dibatalkan' })).toBeVisible()
  await page.goto(`${harness.url}#/members/people`)
  await expect(page.getByRole('link', { name: 'Orang (1)' })).toBeVisible()
  await expect(page.getByText('sudah dihapus.')).toHaveCount(0)
})

test('an OMS with people says so before anything is tried and shows them; once they are gone it is deleted and brought back', async ({
  page,
  harness,
}) => {
  test.slow()
  const {
    organisation,
    people: [siti, dewi],
  } = await organisationWithPeople(harness, ['Siti Rahayu', 'Dewi Lestari'])
  await page.goto(`${harness.url}#/members/organisation/${organisation}`)
  await expect(heading(page, 'Yayasan Bina Desa')).toBeFocused()

  // By keyboard: the dialog says why and what to do instead of offering a delete main would refuse.
  const remove = page.getByRole('button', { name: 'Hapus OMS' })
  await tabTo(remove)
  await page.keyboard.press('Enter')
  const blocked = page.getByRole('dialog', { name: 'OMS "Yayasan Bina Desa" belum dapat dihapus' })
  await expect(blocked).toHaveAccessibleDescription(/^Masih ada orang yang tercatat di OMS ini \(2\)\./)
  await expect(blocked).toContainText('Pindahkan mereka ke OMS lain lewat "Ubah data" di halaman tiap orang')
  await expect(blocked).toContainText('Mengakhiri afiliasi saja tidak cukup')
  await expect(blocked.getByRole('button', { name: 'Hapus', exact: true })).toHaveCount(0)
  const showPeople = blocked.getByRole('button', { name: 'Lihat daftar orang di OMS ini' })
  await expectVisibleFocus(showPeople)
  await expectAccessible(page)
  await page.keyboard.press('Escape')
  await expect(blocked).toHaveCount(0)
  await expectVisibleFocus(remove)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Shift+Tab')
  await expectVisibleFocus(blocked.getByRole('button', { name: 'Tutup' }))
  await page.keyboard.press('Tab')
  await expectVisibleFocus(showPeople)
  await page.keyboard.press('Enter')
  await expect(blocked).toHaveCount(0)
  const peopleHeading = page.getByRole('heading', { level: 2, name: 'Orang (2)' })
  await expect(peopleHeading).toBeFocused()
  await expect(peopleHeading).toBeInViewport()
  await page.keyboard.press('Tab')
  await expectVisibleFocus(page.getByRole('link', { name: 'Dewi Lestari' }))

  // Siti through the page; Dewi afterwards elsewhere, so Siti's is no longer the latest delete.
  await page.goto(`${harness.url}#/members/person/${siti}`)
  await page.getByRole('button', { name: 'Hapus orang' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Hapus', exact: true }).click()
  await expect(page.getByText('Data "Siti Rahayu" sudah dihapus.')).toBeVisible()
  await harness.registry.invoke('members:deleteRecord', { kind: 'person', id: dewi })
  await page.getByRole('button', { name: 'Batalkan penghapusan' }).click()
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
    'Hanya penghapusan terakhir yang dapat diurungkan, dan hanya sekali.',
  )
  await expect(page).toHaveURL(/#\/members\/people$/)

  await page.goto(`${harness.url}#/members/organisation/${organisation}`)
  await expect(page.getByRole('region', { name: 'Orang (0)' })).toBeVisible()
  await page.getByRole('button', { name: 'Hapus OMS' }).click()
  const dialog = page.getByRole('dialog', { name: 'Hapus OMS "Yayasan Bina Desa"?' })
  await expect(dialog).toContainText('tetap dapat dipulihkan dari halaman "Data terhapus"')
  await dialog.getByRole('button', { name: 'Hapus', exact: true }).click()
  await expect(page).toHaveURL(/#\/members$/)
  await expect(page.getByText('OMS "Yayasan Bina Desa" sudah dihapus.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'OMS (0)' })).toBeVisible()

  await page.getByRole('button', { name: 'Batalkan penghapusan' }).click()
  await expect(heading(page, 'Yayasan Bina Desa')).toBeFocused()
  await expect(
    page.getByRole('status').filter({ hasText: 'Penghapusan "Yayasan Bina Desa" sudah dibatalkan' }),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Orang (0)' })).toBeVisible()

  // Someone recorded since the page loaded: main still refuses, with its reason, and focus returns.
  await createPerson(harness, organisation, { name: 'Budi Santoso' })
  await page.getByRole('button', { name: 'Hapus OMS' }).click()
  await dialog.getByRole('button', { name: 'Hapus', exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
    'OMS ini tidak dapat dihapus: masih ada orang yang tercatat di dalamnya (1). Pindahkan orang-orang itu ke OMS lain atau hapus datanya terlebih dahulu.',
  )
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Hapus OMS' })).toBeFocused()
})

test('an affiliation ends no earlier than it began, and the person then has no current OMS', async ({
  page,
  harness,
}) => {
  await openSiti(page, harness)
  const start = today()
  const shown = formatDate(start, 'WIB')
  const dayBefore = new Date(Date.parse(`${start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

  const history = page.getByRole('region', { name: 'Riwayat OMS' })
  await history.getByRole('button', { name: 'Akhiri afiliasi dengan Yayasan Bina Desa' }).click()
  const untilOn = history.getByLabel('Tanggal berakhir')
  await expect(untilOn).toBeFocused()
  await expect(untilOn).toHaveValue(start.split('-').reverse().join('/'))
  await expect(untilOn).toHaveAccessibleDescription(
    `Dipilih: ${shown}. Format tanggal/bulan/tahun, misalnya 18/05/2025. Paling awal ${shown} (tanggal mulai), paling lambat hari ini (${shown}).`,
  )

  await untilOn.fill(dayBefore)
  await expect(untilOn).toHaveAccessibleDescription(new RegExp(`^Dipilih: ${formatDate(dayBefore, 'WIB')}\\.`))
  await history.getByRole('button', { name: 'Simpan tanggal berakhir' }).click()
  await expect(untilOn).toBeFocused()
  await expect(untilOn).toHaveAccessibleDescription(
    new RegExp(`Tanggal berakhir tidak boleh sebelum ${shown} \\(tanggal mulai\\)\\.$`),
  )

  await untilOn.fill(start)
  await history.getByRole('button', { name: 'Simpan tanggal berakhir' }).click()
  const outcome = history.getByRole('status')
  await expect(outcome).toHaveText(`Afiliasi dengan Yayasan Bina Desa berakhir per ${shown}.`)
  await expect(outcome).toBeFocused()
  await expect(history.getByRole('listitem')).toHaveText([`Yayasan Bina Desa — Staf, ${shown} – ${shown}`])
  await expect(history.getByRole('button', { name: /Akhiri afiliasi/ })).toHaveCount(0)
  const overview = page.getByRole('region', { name: 'Ringkasan' })
  await expect(detail(overview, 'OMS')).toHaveText(
    `Tidak ada OMS saat ini. Terakhir di Yayasan Bina Desa, sampai ${shown}.`,
  )
  await expectAccessible(page)
})

test('deleting a person and undoing it works from the keyboard alone, with focus always visible', async ({
  page,
  harness,
}) => {
  await openSiti(page, harness)
  await expect(heading(page, 'Siti Rahayu')).toBeFocused()

  const remove = page.getByRole('button', { name: 'Hapus orang' })
  // From the heading, Tab passes the page's links (the edit link first) before the delete button.
  await tabTo(remove)

  // Escape takes the question back, and focus with it.
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Hapus data "Siti Rahayu"?' })
  await expectVisibleFocus(dialog.getByRole('button', { name: 'Batal' }))
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expectVisibleFocus(remove)

  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expectVisibleFocus(dialog.getByRole('button', { name: 'Hapus', exact: true }))
  await page.keyboard.press('Enter')
  const notice = page.locator('.records-undo')
  await expect(notice).toContainText('Data "Siti Rahayu" sudah dihapus.')
  await expectVisibleFocus(notice)
  await page.keyboard.press('Tab')
  await expectVisibleFocus(page.getByRole('button', { name: 'Batalkan penghapusan' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Siti Rahayu')).toBeFocused()
})

test('in English, a person is deleted and brought back', async ({ page, harness }) => {
  await openSiti(page, harness)
  await useEnglish(page, harness)

  await page.getByRole('button', { name: 'Delete person' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete "Siti Rahayu"?' })
  await expect(dialog).toContainText('The delete also travels to the national instance with the next sync bundle.')
  await expect(dialog).toContainText('the record can still be restored from the "Deleted records" page')
  await expectAccessible(page)
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page.getByText('"Siti Rahayu" has been deleted.')).toBeVisible()
  await page.getByRole('button', { name: 'Undo delete' }).click()
  await expect(heading(page, 'Siti Rahayu')).toBeFocused()
  await expect(
    page.getByRole('status').filter({ hasText: 'The delete of "Siti Rahayu" has been undone' }),
  ).toBeVisible()
  await expect(
    page
      .getByRole('region', { name: 'OMS history' })
      .getByRole('button', { name: 'End affiliation with Yayasan Bina Desa' }),
  ).toBeVisible()

  const organisation = await page.getByRole('link', { name: 'Yayasan Bina Desa' }).first().getAttribute('href')
  await page.goto(`${harness.url}${organisation}`)
  await page.getByRole('button', { name: 'Delete OMS' }).click()
  const blocked = page.getByRole('dialog', { name: 'The OMS "Yayasan Bina Desa" cannot be deleted yet' })
  await expect(blocked).toHaveAccessibleDescription(/^People are still recorded in this OMS \(1\)\. Move them/)
  await expectAccessible(page)
  await blocked.getByRole('button', { name: 'See the people in this OMS' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'People (1)' })).toBeFocused()
})

test('the directory with members in it passes axe, on both tabs', async ({ page, harness }) => {
  await organisationWithPeople(harness, ['Siti Rahayu', 'Budi Santoso'])
  test.slow()
  await page.goto(`${harness.url}#/members`)
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2)
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Orang (2)' }).click()
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3)
  await expectAccessible(page)
})
