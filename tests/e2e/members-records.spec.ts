import type { Locator, Page } from '@playwright/test'
import { formatDate, localDate } from '../../src/shared/format'
import { expect, expectAccessible, jawaTimurHub, test } from './fixtures'
import { createOrganisation, createPerson, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })

/** The value a details list gives for one term. */
const detail = (scope: Locator, term: string) =>
  scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd')

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

async function addPerson(page: Page, person: { name: string; gender: string; birthYear: string; role: string }) {
  await page.getByRole('link', { name: 'Tambah orang' }).click()
  await expect(heading(page, 'Orang baru')).toBeFocused()
  await expect(page.getByRole('group', { name: 'OMS' })).toContainText('Yayasan Bina Desa')
  await page.getByLabel('Nama', { exact: true }).fill(person.name)
  await page.getByRole('radio', { name: person.gender }).check()
  await page.getByLabel('Tahun lahir').fill(person.birthYear)
  await page.getByLabel('Peran').selectOption({ label: person.role })
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(heading(page, /^Yayasan Bina Desa/)).toBeVisible()
}

test('a new user records an OMS with two people and edits it', async ({ page, harness }) => {
  await page.goto(`${harness.url}#/members/organisation/new`)
  await expect(heading(page, 'OMS baru')).toBeFocused()

  // Saving without a name or place says what is missing, next to each field.
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.getByLabel('Nama', { exact: true })).toBeFocused()
  await expect(page.getByLabel('Nama', { exact: true })).toHaveAccessibleDescription(
    'Nama OMS wajib diisi (minimal 2 huruf).',
  )
  await expect(page.getByLabel('Kabupaten/kota')).toHaveAccessibleDescription(/Pilih kabupaten\/kota OMS\./)

  await page.getByLabel('Nama', { exact: true }).fill('Yayasan Bina Desa')
  await page.getByLabel('Jenis organisasi').selectOption({ index: 1 })
  const regency = page.getByLabel('Kabupaten/kota')
  // Only Jawa Timur's kabupaten/kota are offered: Kota Madiun, but no Kabupaten Bogor.
  await expect(regency.getByRole('option', { name: 'Kota Madiun' })).toHaveCount(1)
  await expect(regency.getByRole('option', { name: 'Kabupaten Bogor' })).toHaveCount(0)
  await regency.selectOption({ label: 'Kabupaten Madiun' })
  await page.getByLabel('Kecamatan').selectOption({ label: 'Dolopo' })
  await page.getByLabel('Desa/kelurahan').selectOption({ label: 'Tidak ada di daftar — ketik sendiri' })
  await page.getByLabel('Nama desa/kelurahan').fill('Dusun Baru')
  await page.getByLabel('Telepon').fill('0812 1111 2222')
  await page.getByRole('group', { name: 'Sektor' }).getByRole('checkbox').first().check()
  await page.getByRole('checkbox', { name: /^5\. / }).check()
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Aktif' })
  await page.getByLabel('Berlaku sejak').fill('2026-01-15')
  await page.getByRole('button', { name: 'Simpan' }).click()

  await expect(heading(page, 'Yayasan Bina Desa')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'OMS Yayasan Bina Desa sudah disimpan.' })).toBeFocused()
  const overview = page.getByRole('region', { name: 'Ringkasan' })
  await expect(detail(overview, 'Wilayah')).toHaveText('Desa/Kel. Dusun Baru, Kec. Dolopo, Kabupaten Madiun')
  await expect(detail(overview, 'Telepon')).toHaveText('+62 812-1111-2222')
  await expect(page.getByRole('region', { name: 'Status keanggotaan' })).toContainText('aktif')
  for (const later of ['Inisiatif', 'Galang Daya (janji dukungan)', 'Partisipasi CoP/ToT'])
    await expect(page.getByRole('region', { name: later })).toContainText('versi berikutnya')

  const thisYear = new Date().getFullYear()
  await addPerson(page, { name: 'Siti Rahayu', gender: 'perempuan', birthYear: '1980', role: 'Ketua/pimpinan' })
  await addPerson(page, {
    name: 'Budi Santoso',
    gender: 'laki-laki',
    birthYear: String(thisYear - 22),
    role: 'Relawan',
  })
  const people = page.getByRole('region', { name: 'Orang (2)' })
  await expect(people.getByRole('row', { name: /Siti Rahayu/ })).not.toContainText('muda')
  await expect(people.getByRole('row', { name: /Budi Santoso/ })).toContainText('muda (16–30)')
  await expect(people.getByRole('row', { name: /Budi Santoso/ })).toContainText('Relawan')

  await page.getByRole('link', { name: 'Ubah data' }).click()
  await expect(heading(page, 'Ubah data OMS')).toBeFocused()
  await expect(page.getByLabel('Nama desa/kelurahan')).toHaveValue('Dusun Baru')
  await page.getByLabel('Singkatan').fill('YBD')
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(heading(page, 'Yayasan Bina Desa (YBD)')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'OMS Yayasan Bina Desa sudah disimpan.' })).toBeFocused()
})

test('two records of one OMS are merged, field by field, and the merge is undone', async ({ page, harness }) => {
  const survivor = await createOrganisation(harness, { name: 'Yayasan Bina Desa', phone: '0812 1111 2222' })
  const merged = await createOrganisation(harness, { name: 'Perkumpulan Bina Desa Mandiri', acronym: 'BDM' })
  await createPerson(harness, merged, { name: 'Dewi Lestari' })

  await page.goto(`${harness.url}#/members/merge/organisation/${survivor}/${merged}`)
  await expect(heading(page, 'Gabungkan data')).toBeFocused()
  // Where only one side has a value, that value is preselected; elsewhere the kept record's stays.
  await expect(page.getByRole('radio', { name: 'Singkatan: pakai BDM' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Telepon: pakai +62 812-1111-2222' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Nama: pakai Yayasan Bina Desa' })).toBeChecked()
  await expect(
    page
      .getByRole('row', { name: /^Singkatan/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('BDM')
  await page.getByRole('button', { name: 'Gabungkan', exact: true }).click()

  await expect(heading(page, 'Yayasan Bina Desa (BDM)')).toBeVisible()
  await expect(page.getByRole('status')).toContainText('"Perkumpulan Bina Desa Mandiri" sudah digabungkan ke data ini.')
  await expect(page.getByRole('region', { name: 'Orang (1)' })).toContainText('Dewi Lestari')

  await page.getByRole('button', { name: 'Urungkan penggabungan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Penggabungan' })).toContainText(
    'Penggabungan dengan "Perkumpulan Bina Desa Mandiri" sudah diurungkan.',
  )
  await expect(heading(page, 'Yayasan Bina Desa')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Orang (0)' })).toBeVisible()

  await page.goto(`${harness.url}#/members/organisation/${merged}`)
  await expect(heading(page, 'Perkumpulan Bina Desa Mandiri (BDM)')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Orang (1)' })).toContainText('Dewi Lestari')
  await expect(page.getByRole('button', { name: 'Urungkan penggabungan' })).toHaveCount(0)
})

test('a merge is undone after the kept OMS changed, and the change stays', async ({ page, harness }) => {
  const survivor = await createOrganisation(harness, { name: 'Yayasan Bina Desa', statusSince: '2026-01-15' })
  const merged = await createOrganisation(harness, { name: 'Perkumpulan Bina Desa Mandiri', statusSince: '2026-01-10' })
  await harness.registry.invoke('members:merge', { kind: 'organisation', survivorId: survivor, mergedId: merged })
  await page.goto(`${harness.url}#/members/organisation/${survivor}`)
  const undo = page.getByRole('button', { name: 'Urungkan penggabungan' })
  await expect(undo).toBeVisible()

  const membership = page.getByRole('region', { name: 'Status keanggotaan' })
  await membership.getByLabel('Status baru').selectOption({ label: 'Aktif' })
  await membership.getByLabel('Tanggal berlaku').fill('2026-02-01')
  await membership.getByRole('button', { name: 'Simpan status' }).click()
  await expect(membership.getByRole('listitem')).toHaveText([
    /1 Feb 2026 — Aktif/,
    // The two calon entries join: the status began with the earlier one (merge.ts: settleStatus).
    /10 Jan 2026 — Calon/,
  ])

  // Undo takes back only what the merge wrote, the other record's history with it: the status change made since is kept.
  await undo.click()
  await expect(page.getByRole('status').filter({ hasText: 'Penggabungan' })).toContainText(
    'Penggabungan dengan "Perkumpulan Bina Desa Mandiri" sudah diurungkan.',
  )
  await expect(membership.getByRole('listitem')).toHaveText([/1 Feb 2026 — Aktif/, /15 Jan 2026 — Calon/])
})

test('membership moves from calon to aktif and a capacity self-assessment shows its trend', async ({
  page,
  harness,
}) => {
  const id = await createOrganisation(harness, { name: 'Forum Tani Maju', statusSince: '2026-01-15' })
  await page.goto(`${harness.url}#/members/organisation/${id}`)

  const membership = page.getByRole('region', { name: 'Status keanggotaan' })
  await membership.getByLabel('Status baru').selectOption({ label: 'Aktif' })
  await membership.getByLabel('Tanggal berlaku').fill('2026-01-10')
  await membership.getByRole('button', { name: 'Simpan status' }).click()
  await expect(membership.getByLabel('Tanggal berlaku')).toHaveAccessibleDescription(/tidak boleh sebelum 15 Jan 2026/)
  // Main's reason goes once the date is changed, before saving again.
  await membership.getByLabel('Tanggal berlaku').fill('2026-02-01')
  await expect(membership.getByLabel('Tanggal berlaku')).toHaveAccessibleDescription(
    'Dipilih: 1 Feb 2026. Format tanggal/bulan/tahun, misalnya 18/05/2025.',
  )
  await expect(membership.getByLabel('Tanggal berlaku')).not.toHaveAttribute('aria-invalid')
  await membership.getByRole('button', { name: 'Simpan status' }).click()
  await expect(membership.getByRole('listitem')).toHaveText([/1 Feb 2026 — Aktif/, /15 Jan 2026 — Calon/])

  const capacity = page.getByRole('region', { name: 'Penilaian mandiri kapasitas' })
  await expect(capacity).toContainText('Belum ada penilaian kapasitas.')
  const assess = async (date: string, score: string) => {
    for (const select of await capacity.getByRole('combobox').all()) await select.selectOption(score)
    await capacity.getByLabel('Tanggal penilaian').fill(date)
    await capacity.getByRole('button', { name: 'Simpan penilaian' }).click()
  }
  await assess('2026-03-01', '2')
  await expect(capacity).toContainText('Penilaian terakhir: 1 Mar 2026')
  await assess('2026-06-01', '4')
  await expect(capacity).toContainText('Penilaian terakhir: 1 Jun 2026')
  await expect(capacity.getByRole('row', { name: /Resiliensi keuangan/ })).toContainText('naik (sebelumnya 2)')
})

test('recording the same OMS again, typed differently, warns before saving and shows the candidate', async ({
  page,
  harness,
}) => {
  await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  // The same OMS typed differently, in the same kabupaten: the user sees it before anything is saved.
  await page.goto(`${harness.url}#/members/organisation/new`)
  await page.getByLabel('Nama', { exact: true }).fill('Yys. Bina Desa')
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Madiun' })
  await page.getByLabel('Alamat', { exact: true }).fill('Jl. Raya Dolopo 12')
  await expect(page.getByText('Mirip dengan data yang sudah ada:')).toBeVisible()
  await page.getByRole('button', { name: 'Simpan' }).click()
  const warning = page.getByRole('region', { name: 'Mungkin sudah tercatat (1)' })
  await expect(warning.getByRole('link', { name: 'Yayasan Bina Desa' })).toBeVisible()
  await expect(warning).toContainText('Kabupaten Madiun')
  await expect(warning).toContainText('nama mirip')
  await expect(warning).toContainText('nama yang sama di kabupaten/kota yang sama')
  // Looking at the candidate and coming back keeps what was typed.
  await warning.getByRole('link', { name: 'Yayasan Bina Desa' }).click()
  await expect(heading(page, 'Yayasan Bina Desa')).toBeFocused()
  await page.goBack()
  await expect(heading(page, 'OMS baru')).toBeFocused()
  await expect(page.getByLabel('Nama', { exact: true })).toHaveValue('Yys. Bina Desa')
  await expect(page.getByLabel('Alamat', { exact: true })).toHaveValue('Jl. Raya Dolopo 12')
  await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('35.19')
  await page.getByRole('button', { name: 'Simpan' }).click()
  await warning.getByRole('button', { name: 'Kembali ke isian' }).click()
  await expect(warning).toHaveCount(0)
  await expect(heading(page, 'OMS baru')).toBeVisible()

  await page.getByRole('button', { name: 'Simpan' }).click()
  await page.getByRole('button', { name: 'Simpan tetap' }).click()
  await expect(heading(page, 'Yys. Bina Desa')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'OMS Yys. Bina Desa sudah disimpan.' })).toBeFocused()
})

test('one person recorded twice is merged into one, taking the phone only the second record has', async ({
  page,
  harness,
}) => {
  const organisationId = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const survivor = await createPerson(harness, organisationId, { name: 'Siti Rahayu', birthYear: 1980 })
  const merged = await createPerson(harness, organisationId, { name: 'Hj. Siti Rahayu', phone: '0813 5555 6666' })

  await page.goto(`${harness.url}#/members/merge/person/${survivor}/${merged}`)
  await expect(heading(page, 'Gabungkan data')).toBeFocused()
  await expect(page.getByRole('radio', { name: 'Telepon: pakai +62 813-5555-6666' })).toBeChecked()
  await page.getByRole('button', { name: 'Gabungkan', exact: true }).click()

  await expect(heading(page, 'Siti Rahayu')).toBeVisible()
  const overview = page.getByRole('region', { name: 'Ringkasan' })
  await expect(detail(overview, 'Telepon')).toHaveText('+62 813-5555-6666')
  await expect(detail(overview, 'Tahun lahir')).toHaveText('1980')
  await page.getByRole('link', { name: 'Yayasan Bina Desa' }).first().click()
  await expect(page.getByRole('region', { name: 'Orang (1)' })).toContainText('Siti Rahayu')
})

test('a person’s consent is recorded with its date and shown on their page', async ({ page, harness }) => {
  const organisationId = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  await page.goto(`${harness.url}#/members/person/new/${organisationId}`)
  await expect(heading(page, 'Orang baru')).toBeFocused()
  const consent = page.getByRole('group', { name: 'Persetujuan' })
  await expect(consent).toContainText('tidak dibagikan ke tingkat nasional')
  await page.getByLabel('Nama', { exact: true }).fill('Siti Rahayu')
  await page.getByRole('radio', { name: 'perempuan' }).check()
  await page.getByLabel('Peran').selectOption({ label: 'Pelatih' })
  await page.getByLabel('E-mail').fill('bukan-email')
  await consent.getByRole('checkbox').check()
  // Ticking consent proposes today's date; without any date it is reported with the other errors.
  await expect(page.getByLabel('Tanggal persetujuan')).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/)
  await page.getByLabel('Tanggal persetujuan').fill('')
  await page.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.getByLabel('E-mail')).toBeFocused()
  await expect(page.getByLabel('Tanggal persetujuan')).toHaveAccessibleDescription(/Isi tanggal persetujuan\.$/)
  await page.getByLabel('E-mail').fill('siti@contoh.or.id')
  await page.getByLabel('Tanggal persetujuan').fill('2026-11-02')
  await page.getByRole('button', { name: 'Simpan' }).click()

  await page.getByRole('link', { name: 'Siti Rahayu' }).click()
  await expect(heading(page, 'Siti Rahayu')).toBeFocused()
  const overview = page.getByRole('region', { name: 'Ringkasan' })
  await expect(detail(overview, 'Persetujuan')).toHaveText('setuju sejak 2 Nov 2026')
  await expect(detail(overview, 'Peran')).toHaveText('Pelatih')
  await expect(page.getByRole('region', { name: 'Riwayat OMS' })).toContainText('Yayasan Bina Desa — Pelatih, sejak')
  // Like an OMS's page, a person's leads back to the list of people.
  await page.getByRole('link', { name: 'Kembali ke daftar orang' }).click()
  await expect(page).toHaveURL(/#\/members\/people$/)
  await expect(page.getByRole('link', { name: 'Siti Rahayu' })).toBeVisible()
})

test('a person’s start with their OMS is corrected, and a move is dated: the OMS left ends that day', async ({
  page,
  harness,
}) => {
  test.slow()
  const binaDesa = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  await createOrganisation(harness, { name: 'Forum Tani Maju', foundedYear: 2010 })
  const siti = await createPerson(harness, binaDesa, { name: 'Siti Rahayu' })
  const today = localDate(new Date(), 'WIB')
  await page.goto(`${harness.url}#/members/person/${siti}/edit`)
  await expect(heading(page, 'Ubah data orang')).toBeFocused()

  // Recorded today, though she started long ago: the form shows the start and takes a correction.
  const organisation = page.getByRole('group', { name: 'OMS' })
  const since = organisation.getByLabel('Sejak', { exact: true })
  await expect(since).toHaveValue(today.split('-').reverse().join('/'))
  await since.fill('01/01/2020')
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await page.getByRole('link', { name: 'Siti Rahayu' }).click()
  const history = page.getByRole('region', { name: 'Riwayat OMS' })
  await expect(history.getByRole('listitem')).toHaveText([/^Yayasan Bina Desa — staf, sejak 1 Jan 2020/i])

  // Moving: the new OMS starts today unless told otherwise, and Bina Desa ends on that day.
  await page.getByRole('link', { name: 'Ubah data' }).click()
  await expect(heading(page, 'Ubah data orang')).toBeFocused()
  await organisation.getByRole('searchbox', { name: 'Cari OMS lain' }).fill('Tani Maju')
  await organisation.getByRole('button', { name: 'Pilih Forum Tani Maju' }).click()
  await expect(since).toHaveValue(today.split('-').reverse().join('/'))
  await expect(since).toHaveAccessibleDescription(
    `Dipilih: ${formatDate(today, 'WIB')}. Format tanggal/bulan/tahun, misalnya 18/05/2025. Tanggal mulai di OMS yang baru; afiliasi dengan Yayasan Bina Desa berakhir pada tanggal ini.`,
  )
  await since.fill('31/12/2019')
  await since.press('Enter')
  await expect(since).toBeFocused()
  await expect(since).toHaveAccessibleDescription(
    /Tanggal mulai tidak boleh sebelum 1 Jan 2020: afiliasi dengan Yayasan Bina Desa dimulai tanggal itu dan berakhir saat afiliasi baru ini dimulai\.$/,
  )
  await expectAccessible(page)
  await since.fill('01/07/2024')
  await since.press('Enter')
  await expect(heading(page, 'Forum Tani Maju')).toBeVisible()
  await page.getByRole('link', { name: 'Siti Rahayu' }).click()
  await expect(history.getByRole('listitem')).toHaveText([
    /^Forum Tani Maju — staf, sejak 1 Jul 2024/i,
    /^Yayasan Bina Desa — staf, 1 Jan 2020 – 1 Jul 2024$/i,
  ])

  await useEnglish(page, harness)
  await expect(history).toHaveCount(0)
  const english = page.getByRole('region', { name: 'OMS history' })
  await expect(english.getByRole('listitem').first()).toHaveText(/^Forum Tani Maju — staff, since 1 Jul 2024/i)
  await expect(english.getByRole('button', { name: 'End affiliation with Forum Tani Maju' })).toBeVisible()
  await page.getByRole('link', { name: 'Edit', exact: true }).click()
  await expect(page.getByRole('group', { name: 'OMS' }).getByLabel('Since', { exact: true })).toHaveValue('01/07/2024')
})
