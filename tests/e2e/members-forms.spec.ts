import type { Page } from '@playwright/test'
import { formatDate, localDate } from '../../src/shared/format'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { createOrganisation, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })
// Several runs of axe per test, on a shared two-core machine.
test.slow()

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

/** Presses Tab until `name` has focus, at most `limit` times; how many it took. */
async function tabsTo(page: Page, name: string, limit: number): Promise<number> {
  const target = page.getByRole('button', { name, exact: true })
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element.matches(':focus'))) return presses
  }
  throw new Error(`"${name}" not reached in ${limit} Tab presses`)
}

test('a likely duplicate takes focus where it appears, a Tab or two from "Simpan tetap", with one way to cancel', async ({
  page,
  harness,
}) => {
  await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  await page.goto(`${harness.url}#/members/organisation/new`)
  await expect(heading(page, 'OMS baru')).toBeFocused()
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Madiun' })
  const name = page.getByLabel('Nama', { exact: true })
  await name.focus()
  await page.keyboard.type('Yayasan Bina Desa')
  await page.keyboard.press('Enter')

  const panel = page.getByRole('region', { name: 'Mungkin sudah tercatat (1)' })
  await expect(panel.getByRole('heading', { name: 'Mungkin sudah tercatat (1)' })).toBeFocused()
  await expect(panel).toBeInViewport()
  await expect(panel.getByRole('link', { name: 'Yayasan Bina Desa' })).toBeVisible()
  expect(await tabsTo(page, 'Simpan tetap', 3)).toBeLessThanOrEqual(3)
  await expectAccessible(page)

  // One "Batal", which leaves the form; the panel's other choice says where it goes.
  await expect(page.getByRole('button', { name: 'Batal' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Batal' })).toHaveCount(1)
  await panel.getByRole('button', { name: 'Kembali ke isian' }).press('Enter')
  await expect(panel).toHaveCount(0)
  await expect(name).toBeFocused()

  await page.keyboard.press('Enter')
  await expect(panel.getByRole('heading')).toBeFocused()
  await tabsTo(page, 'Simpan tetap', 3)
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Yayasan Bina Desa')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'OMS Yayasan Bina Desa sudah disimpan.' })).toBeFocused()
})

test('a field’s message goes once the field is fixed, and a count says its limit', async ({ page, harness }) => {
  await page.goto(`${harness.url}#/members/organisation/new`)
  await expect(heading(page, 'OMS baru')).toBeFocused()
  const name = page.getByLabel('Nama', { exact: true })
  const staff = page.getByLabel('Jumlah staf')
  const volunteers = page.getByLabel('Jumlah relawan')
  await staff.fill('150000')
  await volunteers.fill('2000000')
  await name.focus()
  await page.keyboard.press('Enter')
  await expect(name).toHaveAccessibleDescription('Nama OMS wajib diisi (minimal 2 huruf).')
  await expect(staff).toHaveAccessibleDescription('Jumlah harus bilangan bulat dari 0 sampai 100.000.')
  await expect(volunteers).toHaveAccessibleDescription('Jumlah harus bilangan bulat dari 0 sampai 1.000.000.')
  await expectAccessible(page)

  // Still wrong while typing says so; fixed, the message and the red border go.
  await page.keyboard.type('Y')
  await expect(name).toHaveAccessibleDescription('Nama OMS wajib diisi (minimal 2 huruf).')
  await page.keyboard.type('ayasan Maju')
  await expect(name).toHaveAccessibleDescription('')
  await expect(name).not.toHaveAttribute('aria-invalid')
  await expect(page.getByText('Nama OMS wajib diisi (minimal 2 huruf).')).toHaveCount(0)
  await staff.fill('1250')
  await expect(staff).toHaveAccessibleDescription('')
  await expect(volunteers).toHaveAccessibleDescription('Jumlah harus bilangan bulat dari 0 sampai 1.000.000.')

  const regency = page.getByLabel('Kabupaten/kota')
  await expect(regency).toHaveAccessibleDescription(/Pilih kabupaten\/kota OMS\./)
  await regency.selectOption({ label: 'Kota Madiun' })
  await expect(regency).toHaveAccessibleDescription('Hanya kabupaten/kota di provinsi hub ini.')
})

test('dates are typed day first and read back in the user’s language', async ({ page, harness }) => {
  await page.goto(`${harness.url}#/members/organisation/new`)
  await expect(heading(page, 'OMS baru')).toBeFocused()
  await page.getByLabel('Nama', { exact: true }).fill('Forum Tani Maju')
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kota Madiun' })
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Aktif' })
  const since = page.getByLabel('Berlaku sejak')
  await expect(since).toHaveAttribute('type', 'text')
  await expect(since).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/)

  await since.fill('31/02/2025')
  await since.press('Tab')
  await expect(since).toHaveAccessibleDescription(
    /Tanggal "31\/02\/2025" tidak ada di kalender\. Periksa tanggal dan bulannya/,
  )
  await since.focus()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('18/05/2025')
  await expect(since).toHaveAccessibleDescription(
    'Dipilih: 18 Mei 2025. Format tanggal/bulan/tahun, misalnya 18/05/2025.',
  )
  await expect(since).not.toHaveAttribute('aria-invalid')
  await page.keyboard.press('Enter')

  await expect(heading(page, 'Forum Tani Maju')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'OMS Forum Tani Maju sudah disimpan.' })).toBeFocused()
  const membership = page.getByRole('region', { name: 'Status keanggotaan' })
  await expect(membership).toContainText('sejak 18 Mei 2025')
  await expect(membership.getByRole('listitem')).toHaveText([/18 Mei 2025 — Aktif/])
  await expectAccessible(page)

  await useEnglish(page, harness)
  const status = page.getByRole('region', { name: 'Membership status' })
  await expect(status).toContainText('since 18 May 2025')
  const effective = status.getByLabel('Effective date')
  await effective.fill('1 June 2025')
  await expect(effective).toHaveAccessibleDescription(
    'Chosen: 1 Jun 2025. Format day/month/year, for example 18/05/2025.',
  )
  await status.getByLabel('New status').selectOption({ label: 'Inactive' })
  await status.getByRole('button', { name: 'Save status' }).click()
  await expect(status.getByRole('listitem')).toHaveText([/1 Jun 2025 — Inactive/, /18 May 2025 — Active/])
  await expectAccessible(page)
})

test('saving a status before choosing one says what is missing, at the field', async ({ page, harness }) => {
  const id = await createOrganisation(harness, { name: 'Forum Tani Maju' })
  await page.goto(`${harness.url}#/members/organisation/${id}`)
  const membership = page.getByRole('region', { name: 'Status keanggotaan' })
  const save = membership.getByRole('button', { name: 'Simpan status' })
  await expect(save).toBeEnabled()
  await save.focus()
  await page.keyboard.press('Enter')
  const status = membership.getByLabel('Status baru')
  await expect(status).toBeFocused()
  await expect(status).toHaveAccessibleDescription('Pilih status baru dulu.')
  await page.keyboard.press('a')
  await expect(status).toHaveValue('active')
  await expect(status).toHaveAccessibleDescription('')
})

test('a self-assessment names the aspects still unscored, beside a 1–5 rubric for each', async ({ page, harness }) => {
  const id = await createOrganisation(harness, { name: 'Forum Tani Maju' })
  await page.goto(`${harness.url}#/members/organisation/${id}`)
  const capacity = page.getByRole('region', { name: 'Penilaian mandiri kapasitas' })
  const finance = capacity.getByLabel('Resiliensi keuangan')
  await expect(finance).toHaveAccessibleDescription(
    /^1 Bergantung pada satu sumber dana.* 3 Dua atau tiga sumber dana.* 5 Sumber dana beragam/,
  )
  await expect(capacity.getByText('Nilai 2 dan 4 untuk keadaan di antaranya.')).toBeVisible()

  // Four of six, by keyboard: a digit picks the score.
  for (const aspect of ['Resiliensi keuangan', 'Manajemen adaptif', 'Komunikasi', 'Pemasaran']) {
    await capacity.getByLabel(aspect).focus()
    await page.keyboard.press('3')
  }
  await capacity.getByRole('button', { name: 'Simpan penilaian' }).press('Enter')
  const digital = capacity.getByLabel('Transformasi digital')
  await expect(digital).toBeFocused()
  await expect(digital).toHaveAttribute('aria-invalid', 'true')
  const missing = capacity.locator('.field-error')
  await expect(missing).toHaveText(
    'Beri nilai 1–5 juga untuk aspek yang belum dinilai: Transformasi digital, Penggalangan sumber daya domestik.',
  )
  await expect(digital).toHaveAccessibleDescription(/Beri nilai 1–5 juga untuk aspek yang belum dinilai/)
  await expectAccessible(page)

  await page.keyboard.press('4')
  await expect(missing).toHaveText(
    'Beri nilai 1–5 juga untuk aspek yang belum dinilai: Penggalangan sumber daya domestik.',
  )
  await expect(digital).not.toHaveAttribute('aria-invalid')
  await capacity.getByLabel('Penggalangan sumber daya domestik').focus()
  await page.keyboard.press('5')
  await expect(missing).toHaveCount(0)
  await capacity.getByLabel('Tanggal penilaian').fill('01/03/2026')
  await capacity.getByRole('button', { name: 'Simpan penilaian' }).press('Enter')

  await expect(capacity).toContainText('Penilaian terakhir: 1 Mar 2026')
  await expect(capacity.getByRole('listitem')).toHaveText([
    '1 Mar 2026 — Resiliensi keuangan 3 · Manajemen adaptif 3 · Komunikasi & pengelolaan media sosial 3 · Pemasaran & bisnis sosial 3 · Transformasi digital 4 · Penggalangan sumber daya domestik 5',
  ])

  await useEnglish(page, harness)
  const english = page.getByRole('region', { name: 'Capacity self-assessment' })
  await expect(english.getByLabel('Financial resilience')).toHaveAccessibleDescription(
    /^1 Depends on one source of funds.* 3 Two or three sources of funds.* 5 Diverse sources of funds/,
  )
  await expect(english.getByRole('listitem')).toHaveText([
    /^1 Mar 2026 — Financial resilience 3 · Adaptive management 3/,
  ])
  await expectAccessible(page)
})

test('saving a person is confirmed on the OMS page, where focus lands', async ({ page, harness }) => {
  const organisationId = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  await page.goto(`${harness.url}#/members/person/new/${organisationId}`)
  await expect(heading(page, 'Orang baru')).toBeFocused()
  await page.getByLabel('Nama', { exact: true }).fill('Siti Rahayu')
  await page.getByRole('radio', { name: 'perempuan' }).check()
  await page.getByLabel('Peran').selectOption({ label: 'Pelatih' })
  const consent = page.getByRole('group', { name: 'Persetujuan' })
  await consent.getByRole('checkbox').check()
  const consentOn = page.getByLabel('Tanggal persetujuan')
  await expect(consentOn).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/)
  await consentOn.fill('2 November 2025')
  await consentOn.press('Enter')

  await expect(heading(page, 'Yayasan Bina Desa')).toBeVisible()
  const saved = page.getByRole('status').filter({ hasText: 'Data Siti Rahayu sudah disimpan.' })
  await expect(saved).toBeFocused()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Siti Rahayu' }).click()
  await expect(page.getByRole('region', { name: 'Ringkasan' })).toContainText('setuju sejak 2 Nov 2025')
})

test('saving an OMS is confirmed on its page, where focus lands, after creating and after editing', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}#/members/organisation/new`)
  await expect(heading(page, 'OMS baru')).toBeFocused()
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Madiun' })
  const name = page.getByLabel('Nama', { exact: true })
  await name.fill('Yayasan Bina Desa')
  await name.press('Enter')
  await expect(heading(page, 'Yayasan Bina Desa')).toBeVisible()
  const saved = page.getByRole('status').filter({ hasText: 'OMS Yayasan Bina Desa sudah disimpan.' })
  await expect(saved).toBeFocused()
  await expectAccessible(page)

  // Once the page is left, the notice does not greet the next visit.
  await page.getByRole('link', { name: 'Ubah data' }).click()
  await expect(heading(page, 'Ubah data OMS')).toBeFocused()
  await page.getByLabel('Singkatan').fill('YBD')
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(heading(page, 'Yayasan Bina Desa (YBD)')).toBeVisible()
  await expect(saved).toBeFocused()
  await page.reload()
  await expect(heading(page, 'Yayasan Bina Desa (YBD)')).toBeFocused()
  await expect(saved).toHaveCount(0)

  await useEnglish(page, harness)
  await page.getByRole('link', { name: 'Edit', exact: true }).click()
  await expect(heading(page, 'Edit OMS')).toBeFocused()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The OMS Yayasan Bina Desa has been saved.' })).toBeFocused()
})

test('a new person’s start with the OMS is given in the form, not before the OMS was founded, and can end before today', async ({
  page,
  harness,
}) => {
  const organisationId = await createOrganisation(harness, { name: 'Yayasan Bina Desa', foundedYear: 2015 })
  await page.goto(`${harness.url}#/members/person/new/${organisationId}`)
  await expect(heading(page, 'Orang baru')).toBeFocused()
  await page.getByLabel('Nama', { exact: true }).fill('Siti Rahayu')
  await page.getByRole('radio', { name: 'perempuan' }).check()
  await page.getByLabel('Peran').selectOption('staff')
  const organisation = page.getByRole('group', { name: 'OMS' })
  const since = organisation.getByLabel('Sejak', { exact: true })
  const today = localDate(new Date(), 'WIB')
  await expect(since).toHaveValue(today.split('-').reverse().join('/'))
  await expect(since).toHaveAccessibleDescription(
    `Dipilih: ${formatDate(today, 'WIB')}. Format tanggal/bulan/tahun, misalnya 18/05/2025. Tanggal mulai berkegiatan di OMS ini; tidak boleh sesudah hari ini atau sebelum OMS ini berdiri.`,
  )

  // From the keyboard: the date is typed, refused at the field, fixed and saved with Enter.
  await tabTo(since)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('31/12/2014')
  await page.keyboard.press('Enter')
  await expect(since).toBeFocused()
  await expect(since).toHaveAccessibleDescription(
    /Tanggal mulai tidak boleh sebelum Yayasan Bina Desa berdiri \(tahun 2015\)\.$/,
  )
  await expect(since).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('01/03/2016')
  await expect(since).not.toHaveAttribute('aria-invalid')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Data Siti Rahayu sudah disimpan.' })).toBeFocused()

  await page.getByRole('link', { name: 'Siti Rahayu' }).click()
  const history = page.getByRole('region', { name: 'Riwayat OMS' })
  await expect(history.getByRole('listitem')).toHaveText([/^Yayasan Bina Desa — staf, sejak 1 Mar 2016/i])
  await history.getByRole('button', { name: 'Akhiri afiliasi dengan Yayasan Bina Desa' }).click()
  const untilOn = history.getByLabel('Tanggal berakhir')
  await expect(untilOn).toHaveAccessibleDescription(/Paling awal 1 Mar 2016 \(tanggal mulai\)/)
  await untilOn.fill('30/06/2019')
  await untilOn.press('Enter')
  await expect(history.getByRole('status')).toHaveText('Afiliasi dengan Yayasan Bina Desa berakhir per 30 Jun 2019.')
  await expect(history.getByRole('listitem')).toHaveText([/^Yayasan Bina Desa — staf, 1 Mar 2016 – 30 Jun 2019$/i])

  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/members/person/new/${organisationId}`)
  await expect(heading(page, 'New person')).toBeFocused()
  await expect(
    page.getByRole('group', { name: 'OMS' }).getByLabel('Since', { exact: true }),
  ).toHaveAccessibleDescription(
    /The day this person started with the OMS; not after today, nor before the OMS was founded\.$/,
  )
  await expectAccessible(page)
})

test('in English, place levels and the OMS wording read in English', async ({ page, harness }) => {
  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/members/organisation/new`)
  await expect(heading(page, 'New OMS')).toBeFocused()
  const regency = page.getByLabel('Regency/city')
  await expect(regency).toHaveAccessibleDescription('Only the regencies and cities of this hub’s province.')
  await regency.selectOption({ label: 'Kabupaten Madiun' })
  await page.getByLabel('District', { exact: true }).selectOption({ label: 'Dolopo' })
  await page.getByLabel('Village', { exact: true }).selectOption({ label: 'Not in the list — type it' })
  await expect(page.getByLabel('Village name')).toBeVisible()
  await page.getByLabel('District', { exact: true }).selectOption({ label: 'Not in the list — type it' })
  await expect(page.getByLabel('District name')).toBeVisible()
  for (const word of ['Kabupaten/kota', 'Kecamatan', 'Desa/kelurahan'])
    await expect(page.locator('label, legend').filter({ hasText: word })).toHaveCount(0)
  await expect(page.getByLabel('Effective from')).toHaveAccessibleDescription(/Format day\/month\/year/)
  await expectAccessible(page)
})
