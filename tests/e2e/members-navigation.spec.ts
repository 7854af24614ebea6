import type { Page } from '@playwright/test'
import type { Village } from '../../src/shared/reference'
import { expect as baseExpect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { createOrganisation, createPerson, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })
/** Each view loads afresh, which takes a while on a busy two-core machine. */
const expect = baseExpect.configure({ timeout: 15_000 })

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
})

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

test('a search only a person answers says so on the OMS tab and leads there by keyboard, in both languages', async ({
  page,
  harness,
}) => {
  test.setTimeout(90_000)
  const organisationId = await createOrganisation(harness, { name: 'Yayasan Bina Desa', phone: '(0341) 551234' })
  await createPerson(harness, organisationId, { name: 'Siti Rahayu', phone: '0812 3344 5566' })
  await page.goto(`${harness.url}#/members`)
  const search = page.getByRole('searchbox', { name: 'Cari OMS dan orang' })
  await search.fill('0812 3344')
  await expect(page.getByRole('link', { name: 'Orang (1)' })).toBeVisible()
  await expect(page.getByText('Tidak ada yang cocok dengan pencarian atau saringan ini.')).toBeVisible()
  const notice = page.locator('.notice')
  await expect(notice).toContainText('1 orang cocok — lihat tab Orang')
  await expect(notice).not.toContainText('Periksa ejaan')
  await expectAccessible(page)

  await search.focus()
  await tabTo(notice.getByRole('link', { name: 'lihat tab Orang' }))
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('table', { name: 'Daftar orang' }).getByRole('link', { name: 'Siti Rahayu' }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: 'Orang (1)' })).toHaveAttribute('aria-current', 'page')
  // The link is gone with the notice: focus starts again at the top of the list's view.
  await expect(heading(page, 'Anggota')).toBeFocused()

  // The other way round: the OMS's landline, on the list of people.
  await search.fill('0341 551234')
  await expect(page.locator('.notice')).toContainText('1 OMS cocok — lihat tab OMS')

  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/members`)
  await page.getByRole('searchbox', { name: 'Search OMS and people' }).fill('0812 3344')
  await expect(page.locator('.notice')).toContainText('Matching people: 1 — see the People tab')
  await expectAccessible(page)
})

test('focus goes to the new view’s heading after Back to the list, browser Back, opening Impor and after Impor semua', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000)
  await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  await page.goto(`${harness.url}#/members`)
  const directory = heading(page, 'Anggota')
  const row = page.getByRole('table', { name: 'Daftar OMS' }).getByRole('link', { name: 'Yayasan Bina Desa' })
  await expect(row).toBeVisible()

  await page.getByRole('searchbox', { name: 'Cari OMS dan orang' }).focus()
  await tabTo(row)
  await page.keyboard.press('Enter')
  await expect(heading(page, /Yayasan Bina Desa/)).toBeFocused()
  await tabTo(page.getByRole('link', { name: 'Kembali ke daftar OMS' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(directory).toBeFocused()
  // Tab carries on from the top of the list's view, not from the start of the page.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Tambah OMS' })).toBeFocused()

  await tabTo(row)
  await page.keyboard.press('Enter')
  await expect(heading(page, /Yayasan Bina Desa/)).toBeFocused()
  await page.goBack()
  await expect(directory).toBeFocused()
  await expectAccessible(page)

  await tabTo(page.getByRole('link', { name: 'Impor', exact: true }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Impor OMS dari spreadsheet')).toBeFocused()
  await expectAccessible(page)

  await page.getByLabel('Berkas spreadsheet').setInputFiles({
    name: 'anggota.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Nama OMS;Kab/Kota\r\nPerkumpulan Tani Makmur;Kabupaten Ponorogo\r\n'),
  })
  await page.getByRole('button', { name: 'Jalankan uji coba' }).click()
  const importAll = page.getByRole('button', { name: 'Impor semua' })
  await expect(importAll).toBeEnabled()
  await importAll.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Impor selesai' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Kembali ke daftar anggota' }).last()).toBeFocused()
  await expectAccessible(page)
})

test('"Hapus saringan" sits on the filters’ row on one line, the list stays put, and clearing keeps focus in the filters', async ({
  page,
  harness,
}) => {
  test.setTimeout(90_000)
  await createOrganisation(harness, { name: 'Yayasan Bina Desa', typeCode: 'foundation' })
  await page.goto(`${harness.url}#/members`)
  const table = page.getByRole('table', { name: 'Daftar OMS' })
  await expect(table.getByRole('link', { name: 'Yayasan Bina Desa' })).toBeVisible()
  const tableTop = async () => (await table.boundingBox())?.y ?? 0
  const before = await tableTop()

  const type = page.getByLabel('Jenis OMS')
  await page.getByRole('searchbox', { name: 'Cari OMS dan orang' }).focus()
  await tabTo(type)
  await type.selectOption({ label: 'Yayasan' })
  const clear = page.getByRole('button', { name: 'Hapus saringan' })
  await expect(clear).toBeVisible()
  const [button, select] = await Promise.all([clear.boundingBox(), type.boundingBox()])
  if (!button || !select) throw new Error('no layout')
  // One line, about as tall as a select (two lines would be half as tall again), on the selects' line.
  expect(button.height).toBeLessThan(select.height * 1.3)
  expect(Math.abs(button.y + button.height - (select.y + select.height))).toBeLessThanOrEqual(2)
  expect(await tableTop()).toBe(before)
  await expectAccessible(page)

  await tabTo(clear)
  await page.keyboard.press('Enter')
  await expect(clear).toBeHidden()
  await expect(page.getByRole('group', { name: 'Saring' }).getByLabel('Kabupaten/kota')).toBeFocused()
  await expect(type).toHaveValue('')
  expect(await tableTop()).toBe(before)
})

test('labels start with a capital; the profile names village and district, says TPB, and groups landlines', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000)
  const villages = await harness.registry.invoke('reference:villages', { districtCode: '35.12.13' })
  if (!villages.ok) throw new Error(villages.error.message)
  const village = (villages.value as Village[]).find((each) => each.name === 'Asembagus')
  if (!village) throw new Error('no Desa Asembagus in Kecamatan Asembagus')
  const id = await createOrganisation(harness, {
    name: 'Yayasan Pelita Desa Mandiri',
    typeCode: 'foundation',
    legalForm: 'foundation',
    registrationNumber: 'AHU-0012345.AH.01.04.Tahun 2019',
    regencyCode: '35.12',
    districtCode: '35.12.13',
    villageCode: village.code,
    phone: '(031) 5678 9012',
    sdgs: [7, 13],
  })
  await createPerson(harness, id, { name: 'Siti Rahayu', role: 'leader', phone: '(0341) 551234' })

  await page.goto(`${harness.url}#/members`)
  const table = page.getByRole('table', { name: 'Daftar OMS' })
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(4)).toHaveText('Calon')
  await expect(page.getByLabel('Status').locator('option')).toHaveText([
    'Semua',
    'Calon',
    'Aktif',
    'Nonaktif',
    'Keluar',
  ])
  await page.getByRole('link', { name: 'Orang (1)' }).click()
  const people = page.getByRole('table', { name: 'Daftar orang' })
  await expect(people.getByRole('cell', { name: 'Ketua/pimpinan' })).toBeVisible()
  await expect(page.getByLabel('Peran').locator('option').nth(1)).toHaveText('Ketua/pimpinan')

  await page.goto(`${harness.url}#/members/organisation/${id}`)
  const value = (term: string, region = 'Ringkasan') =>
    page
      .getByRole('region', { name: region })
      .locator('div', { has: page.getByRole('term').getByText(term, { exact: true }) })
      .getByRole('definition')
  await expect(value('Jenis organisasi')).toHaveText('Yayasan')
  await expect(value('Bentuk badan hukum')).toHaveText('Yayasan')
  await expect(value('Nomor registrasi')).toHaveText('AHU-0012345.AH.01.04.Tahun 2019')
  await expect(page.getByRole('region', { name: 'Ringkasan' })).not.toContainText('mis. SK AHU')
  await expect(value('Wilayah')).toHaveText('Desa/Kel. Asembagus, Kec. Asembagus, Kabupaten Situbondo')
  await expect(value('TPB/SDGs')).toHaveText('TPB 7, TPB 13')
  await expect(value('Telepon')).toHaveText('+62 31 5678-9012')
  const person = page.getByRole('region', { name: /^(Orang|People)/ }).getByRole('row', { name: /Siti Rahayu/ })
  await expect(person).toContainText('Ketua/pimpinan')
  await expect(person).toContainText('Perempuan')
  await expect(person).toContainText('+62 341 551-234')
  await expect(page.getByRole('region', { name: 'Status keanggotaan' })).toContainText('Calon')
  await expectAccessible(page)

  await useEnglish(page, harness)
  await expect(value('Legal form', 'Overview')).toHaveText('Foundation (yayasan)')
  await expect(value('Registration number', 'Overview')).toHaveText('AHU-0012345.AH.01.04.Tahun 2019')
  await expect(value('Location', 'Overview')).toHaveText('Village Asembagus, District Asembagus, Kabupaten Situbondo')
  await expect(value('SDGs', 'Overview')).toHaveText('SDG 7, SDG 13')
  await expect(person).toContainText('Leader')
  await page.goto(`${harness.url}#/members`)
  await expect(page.getByLabel('Status').locator('option')).toHaveText([
    'All',
    'Candidate',
    'Active',
    'Inactive',
    'Left',
  ])
  await expectAccessible(page)
})
