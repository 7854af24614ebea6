import type { Locator, Page } from '@playwright/test'
import sharp from 'sharp'
import type { Harness } from '../../scripts/harness/server'
import { formatDay, localDate } from '../../src/shared/format'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { createOrganisation, createPerson, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })

/** Today where the hub is (Jawa Timur, WIB): the date the form proposes, and the year ages are counted in. */
const today = () => localDate(new Date(), 'WIB')
const thisYear = () => Number(today().slice(0, 4))

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })
const panelOf = (page: Page) => page.getByRole('region', { name: 'Privasi', exact: true })
const detail = (scope: Locator, term: string) =>
  scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd')

/** A person of Yayasan Bina Desa, with their page open. */
async function openPerson(page: Page, harness: Harness, input: Record<string, unknown>): Promise<string> {
  const organisation = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const id = await createPerson(harness, organisation, input)
  await page.goto(`${harness.url}#/members/person/${id}`)
  return id
}

const personRow = (harness: Harness, id: string) =>
  harness.services.database.sqlite.prepare('SELECT * FROM people WHERE id = ?').get(id) as Record<string, unknown>

test('consent for three purposes is recorded by keyboard, one is withdrawn, and processing is restricted', async ({
  page,
  harness,
}) => {
  test.slow()
  const id = await openPerson(page, harness, { name: 'Siti Rahayu', birthYear: 1985 })
  await expect(heading(page, 'Siti Rahayu')).toBeFocused()
  const panel = panelOf(page)
  const purposes = panel.getByRole('table', { name: 'Tujuan pemakaian data dan persetujuan yang berlaku sekarang' })
  const row = (name: string) => purposes.getByRole('row', { name: new RegExp(`^${name}`) })
  for (const name of ['Direktori hub', 'Dihubungi jaringan', 'Dibagikan ke tim nasional', 'Publikasi'])
    await expect(row(name).getByRole('cell').last()).toHaveText('Belum')
  await expect(row('Direktori hub')).toContainText('tampil di direktori hub, di ekspor direktori')
  await expect(row('Dibagikan ke tim nasional')).toContainText('ikut dalam paket sinkronisasi')
  await expect(panel.getByText('Belum ada catatan persetujuan.')).toBeVisible()

  // Three purposes at once, all by keyboard; the date is typed day first.
  const form = panel.getByRole('form', { name: 'Catat persetujuan' })
  await tabTo(form.getByRole('checkbox', { name: 'Direktori hub' }))
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(form.getByRole('checkbox', { name: 'Dibagikan ke tim nasional' })).toBeChecked()
  await expect(form.getByRole('checkbox', { name: 'Publikasi' })).not.toBeChecked()
  const date = form.getByLabel('Tanggal persetujuan diberikan')
  // Today is proposed, day first.
  await expect(date).toHaveValue(today().split('-').reverse().join('/'))
  await tabTo(date)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('18/05/2025')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Dicatat oleh')).toBeFocused()
  await page.keyboard.type('Sri Wahyuni')
  await expect(form.getByRole('radio', { name: 'Formulir kertas' })).toBeChecked()
  await tabTo(form.getByRole('button', { name: 'Simpan catatan' }))
  await page.keyboard.press('Enter')

  await expect(form.getByRole('status')).toHaveText(
    'Persetujuan untuk Direktori hub, Dihubungi jaringan, dan Dibagikan ke tim nasional sudah dicatat.',
  )
  for (const name of ['Direktori hub', 'Dihubungi jaringan', 'Dibagikan ke tim nasional'])
    await expect(row(name).getByRole('cell').last()).toHaveText('Setuju sejak 18 Mei 2025')
  await expect(row('Publikasi').getByRole('cell').last()).toHaveText('Belum')
  await expect(form.getByRole('checkbox', { name: 'Direktori hub' })).not.toBeChecked()
  const history = panel.getByRole('table', { name: 'Semua catatan persetujuan orang ini, yang terlama di atas' })
  await expect(history.getByRole('row')).toHaveCount(4)
  await expect(history.getByRole('row').nth(1)).toContainText('18 Mei 2025')
  await expect(history.getByRole('row').nth(1)).toContainText('Sri Wahyuni')
  await expect(history.getByRole('row').nth(1)).toContainText('Formulir kertas')
  // The page's own line on contact consent follows the record.
  await expect(detail(page.getByRole('region', { name: 'Ringkasan' }), 'Persetujuan')).toContainText('setuju sejak')

  // Withdrawn for one purpose only, the others stand.
  await tabTo(form.getByRole('radio', { name: 'Persetujuan diberikan' }), 'Shift+Tab')
  await page.keyboard.press('ArrowDown')
  await expect(form.getByRole('radio', { name: 'Persetujuan ditarik' })).toBeChecked()
  await form.getByRole('checkbox', { name: 'Dihubungi jaringan' }).check()
  await form.getByLabel('Tanggal persetujuan ditarik').fill('01/06/2025')
  await form.getByRole('button', { name: 'Simpan catatan' }).click()
  await expect(form.getByRole('status')).toHaveText('Penarikan persetujuan untuk Dihubungi jaringan sudah dicatat.')
  await expect(row('Dihubungi jaringan').getByRole('cell').last()).toHaveText('Ditarik pada 1 Jun 2025')
  await expect(row('Direktori hub').getByRole('cell').last()).toHaveText('Setuju sejak 18 Mei 2025')
  await expect(history.getByRole('row')).toHaveCount(5)
  expect(JSON.parse(String(personRow(harness, id).consent_purposes))).toEqual(['directory', 'national'])

  // Restricting is asked once more, harmless answer first; lifting is not. One button keeps focus.
  const restrict = panel.getByRole('button', { name: 'Batasi pemrosesan' })
  await tabTo(restrict)
  await page.keyboard.press('Enter')
  const ask = page.getByRole('dialog', { name: 'Batasi pemrosesan data Siti Rahayu?' })
  await expect(ask.getByRole('button', { name: 'Batal' })).toBeFocused()
  await expect(ask).toContainText('tidak masuk ekspor, sertifikat, laporan dan indikator')
  await expect(ask).toContainText('Privasi → Permintaan data pribadi')
  await expectAccessible(page)
  await page.keyboard.press('Escape')
  await expect(restrict).toBeFocused()
  expect(personRow(harness, id).restricted_on).toBeNull()
  await page.keyboard.press('Enter')
  await tabTo(ask.getByRole('button', { name: 'Batasi', exact: true }))
  await page.keyboard.press('Enter')
  await expect(panel.getByText(`Dibatasi sejak ${formatDay(today())}.`)).toBeVisible()
  // The name says it too, in words, and the overview's consent line no longer reads as plain consent.
  await expect(heading(page, /^Siti Rahayu Dibatasi/)).toBeVisible()
  await expect(detail(page.getByRole('region', { name: 'Ringkasan' }), 'Persetujuan')).toContainText(
    'tetapi pemrosesan dibatasi sejak',
  )
  await expect(panel.getByRole('status').filter({ hasText: 'sekarang dibatasi' })).toBeVisible()
  const lift = panel.getByRole('button', { name: 'Cabut pembatasan' })
  await expect(lift).toBeFocused()
  expect(personRow(harness, id).restricted_on).toBe(today())
  await expectAccessible(page)
  // The people list says it where it says consent.
  await page.goto(`${harness.url}#/members`)
  await page.getByRole('main').getByRole('link', { name: 'Orang (1)' }).click()
  await expect(
    page.getByRole('table', { name: 'Daftar orang' }).getByRole('row', { name: /Siti Rahayu/ }),
  ).toContainText('Dibatasi')
  await page.goto(`${harness.url}#/members/person/${id}`)
  await expect(lift).toBeVisible()
  await tabTo(lift)
  await page.keyboard.press('Enter')
  await expect(panel.getByText('Tidak dibatasi.')).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Batasi pemrosesan' })).toBeFocused()
  await expect(heading(page, 'Siti Rahayu')).toBeVisible()
  expect(personRow(harness, id).restricted_on).toBeNull()
})

test('a minor needs a parent or guardian, and a person without a birth year is asked for it', async ({
  page,
  harness,
}) => {
  // Three round trips to main and an axe run: slow on a busy machine.
  test.slow()
  const id = await openPerson(page, harness, { name: 'Rina Wulandari' })
  const panel = panelOf(page)
  const form = panel.getByRole('form', { name: 'Catat persetujuan' })
  await form.getByRole('checkbox', { name: 'Publikasi' }).check()
  await form.getByLabel('Dicatat oleh').fill('Sri Wahyuni')
  await expect(form.getByLabel(/Nama orang tua\/wali/)).toHaveCount(0)
  await form.getByRole('button', { name: 'Simpan catatan' }).click()
  const birthYear = form.getByLabel('Tahun lahir')
  await expect(birthYear).toBeFocused()
  await expect(birthYear).toHaveAccessibleDescription(
    new RegExp(`Tahun lahir orang ini belum diisi\\. Isi tahun lahir \\(${thisYear() - 100}–${thisYear() - 10}\\)`),
  )
  await expect(form.getByRole('alert')).toContainText('Ada isian yang perlu diperbaiki.')

  // Fifteen by the year typed: the guardian's name is asked, and required for consent given.
  await birthYear.fill(String(thisYear() - 15))
  const guardian = form.getByLabel('Nama orang tua/wali (wajib)')
  await expect(guardian).toBeVisible()
  await expect(guardian).toHaveAttribute('aria-required', 'true')
  await form.getByRole('button', { name: 'Simpan catatan' }).click()
  await expect(guardian).toBeFocused()
  await expect(guardian).toHaveAccessibleDescription(
    /Orang ini berusia 15 tahun pada tanggal persetujuan, menurut tahun lahirnya\. Di bawah 18 tahun, persetujuan harus diberikan oleh orang tua atau wali: isi nama orang tua atau wali yang memberikannya\./,
  )
  expect(personRow(harness, id).birth_year).toBeNull()
  await expectAccessible(page)

  await guardian.fill('Sulastri')
  await form.getByRole('button', { name: 'Simpan catatan' }).click()
  await expect(form.getByRole('status')).toHaveText('Persetujuan untuk Publikasi sudah dicatat.')
  const purposes = panel.getByRole('table', { name: 'Tujuan pemakaian data dan persetujuan yang berlaku sekarang' })
  await expect(
    purposes
      .getByRole('row', { name: /^Publikasi/ })
      .getByRole('cell')
      .last(),
  ).toHaveText(`Setuju sejak ${formatDay(today())}, oleh orang tua/wali Sulastri`)
  await expect(panel).toContainText('Usia 15 tahun menurut tahun lahirnya')
  // The birth year asked for is the person's now: the form no longer asks it, and the page shows it.
  expect(personRow(harness, id).birth_year).toBe(thisYear() - 15)
  await expect(form.getByLabel('Tahun lahir')).toHaveCount(0)
  await expect(detail(page.getByRole('region', { name: 'Ringkasan' }), 'Tahun lahir')).toHaveText(
    String(thisYear() - 15),
  )
  await expect(
    panel
      .getByRole('table', { name: /Semua catatan persetujuan/ })
      .getByRole('row')
      .nth(1),
  ).toContainText('diberikan, oleh orang tua/wali Sulastri')
})

test('erasing a person says first what goes and what stays, then leaves only that', async ({ page, harness }) => {
  test.slow()
  const id = await openPerson(page, harness, {
    name: 'Dewi Lestari',
    gender: 'female',
    role: 'staff',
    birthYear: 1990,
    phone: '0812 3333 4444',
    email: 'dewi@binadesa.or.id',
    notes: 'Alamat rumah: Jl. Mawar 3',
  })
  await expect(heading(page, 'Dewi Lestari')).toBeFocused()
  const panel = panelOf(page)
  const erase = panel.getByRole('button', { name: 'Hapus data pribadi…' })
  await tabTo(erase)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Hapus data pribadi Dewi Lestari?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused()
  await expect(dialog).toHaveAccessibleDescription(/tidak dapat dibatalkan/)
  const removes = dialog.getByRole('region', { name: 'Yang dihapus' })
  await expect(detail(removes, 'Nama')).toHaveText('Dewi Lestari')
  await expect(detail(removes, 'Tahun lahir')).toHaveText('1990')
  await expect(detail(removes, 'Telepon')).toHaveText('+62 812-3333-4444')
  await expect(detail(removes, 'E-mail')).toHaveText('dewi@binadesa.or.id')
  await expect(detail(removes, 'Catatan')).toHaveText('Alamat rumah: Jl. Mawar 3')
  const keeps = dialog.getByRole('region', { name: 'Yang tetap ada, tanpa identitas' })
  await expect(detail(keeps, 'Jenis kelamin')).toHaveText('Perempuan')
  await expect(detail(keeps, 'Kelompok usia')).toHaveText('Di atas 30 tahun')
  await expect(detail(keeps, 'Peran')).toHaveText('Staf')
  await expect(detail(keeps, 'OMS')).toHaveText('Yayasan Bina Desa')
  await expect(detail(keeps, 'Kehadiran CoP/ToT')).toHaveText('0 kali')
  await expect(dialog).toContainText('dikirim ke tim nasional bersama paket sinkronisasi berikutnya')
  // What stays with the name, and what to do before: the register, old backups, the lost-file tool.
  const after = dialog.getByRole('region', { name: 'Yang tetap ada, dengan nama' })
  await expect(after).toContainText('Daftar permintaan data pribadi: nama pemohon')
  await expect(after).toContainText('Hub menyimpan cadangan 7 hari, 4 minggu dan 12 bulan terakhir')
  await expect(after).toContainText('tidak dapat lagi menyebut nama orang ini')
  await expectAccessible(page)

  // Escape is the harmless answer, and nothing is gone.
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(erase).toBeFocused()
  expect(personRow(harness, id).name).toBe('Dewi Lestari')

  await page.keyboard.press('Enter')
  await tabTo(dialog.getByRole('button', { name: 'Hapus untuk selamanya' }))
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(heading(page, 'Orang terhapus')).toBeVisible()
  const done = panel.getByRole('status').filter({ hasText: 'Data pribadi orang ini sudah dihapus.' })
  await expect(done).toBeFocused()
  await expect(done).toContainText(`Dihapus pada ${formatDay(today())}.`)
  await expect(detail(panel, 'Jenis kelamin')).toHaveText('Perempuan')
  await expect(detail(panel, 'Kelompok usia')).toHaveText('Di atas 30 tahun')
  await expect(detail(panel, 'OMS')).toHaveText('Yayasan Bina Desa')
  // Nothing of the person can be edited, consented, restricted or erased any more.
  await expect(page.getByRole('link', { name: 'Ubah data' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Hapus orang' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Akhiri afiliasi' })).toHaveCount(0)
  await expect(panel.getByRole('form')).toHaveCount(0)
  await expect(panel.getByRole('button')).toHaveCount(0)
  await expect(page.getByText('Dewi Lestari')).toHaveCount(0)
  await expect(page.getByText('0812')).toHaveCount(0)
  const overview = page.getByRole('region', { name: 'Ringkasan' })
  await expect(detail(overview, 'Jenis kelamin')).toHaveText('Perempuan')
  await expect(detail(overview, 'Peran')).toHaveText('Staf')
  const row = personRow(harness, id)
  expect([row.name, row.birth_year, row.phone, row.email, row.notes]).toEqual(['', null, null, null, null])
  expect(row.erased_at).not.toBeNull()
  await expectAccessible(page)

  // Opened again later, the page still says it, from what main keeps.
  await page.reload()
  await expect(heading(page, 'Orang terhapus')).toBeVisible()
  await expect(panel).toContainText('Yang tersisa hanya untuk indikator dan tidak dapat diubah')
  await expect(panel.getByRole('button')).toHaveCount(0)
})

test('the panel reads in English', async ({ page, harness }) => {
  await useEnglish(page, harness)
  await openPerson(page, harness, { name: 'Siti Rahayu', birthYear: 1985 })
  const panel = page.getByRole('region', { name: 'Privacy', exact: true })
  await expect(panel.getByRole('heading', { name: 'Consent by purpose' })).toBeVisible()
  const purposes = panel.getByRole('table', { name: 'What the data may be used for, and the consent in force now' })
  const row = (name: string) => purposes.getByRole('row', { name: new RegExp(`^${name}`) })
  await expect(row('Shared with the national team').getByRole('cell').last()).toHaveText('Not yet')
  const form = panel.getByRole('form', { name: 'Record consent' })
  await form.getByRole('checkbox', { name: 'Hub directory' }).check()
  await form.getByRole('checkbox', { name: 'Publication' }).check()
  await form.getByLabel('Date consent was given').fill('18/05/2025')
  await form.getByLabel('Recorded by').fill('Sri Wahyuni')
  await form.getByRole('radio', { name: 'Verbally' }).check()
  await form.getByRole('button', { name: 'Save record' }).click()
  await expect(form.getByRole('status')).toHaveText('Consent for Hub directory and Publication has been recorded.')
  await expect(row('Hub directory').getByRole('cell').last()).toHaveText('Agreed since 18 May 2025')
  await expect(row('Publication').getByRole('cell').last()).toHaveText('Agreed since 18 May 2025')
  await expect(panel.getByRole('button', { name: 'Restrict processing' })).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Erase personal data…' })).toBeVisible()
  await expect(
    panel
      .getByRole('table', { name: /Every consent record/ })
      .getByRole('row')
      .nth(1),
  ).toContainText('Verbally')
})

test('saving while the scan is being stored waits for it, says so, and then saves the record with it', async ({
  page,
  harness,
}) => {
  test.slow()
  await openPerson(page, harness, { name: 'Siti Rahayu', birthYear: 1985 })
  // The scan is held in transit until released: a real one on a slow disk takes a while.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/__harness/invoke', async (route) => {
    const { channel } = route.request().postDataJSON() as { channel: string }
    if (channel === 'attachments:addImage') await held
    return route.continue()
  })
  const form = panelOf(page).getByRole('form', { name: 'Catat persetujuan' })
  await form.getByRole('checkbox', { name: 'Publikasi' }).check()
  await form.getByLabel('Dicatat oleh').fill('Sri Wahyuni')
  const scan = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#f5f0e6' } })
    .png()
    .toBuffer()
  const proof = form.getByLabel(/Pindaian bukti/)
  await proof.setInputFiles({ name: 'formulir.png', mimeType: 'image/png', buffer: scan })
  await expect(proof).toHaveAccessibleDescription(/Menyimpan pindaian…/)
  const save = form.getByRole('button', { name: 'Simpan catatan' })
  await tabTo(save)
  await page.keyboard.press('Enter')
  await expect(form.getByRole('status').first()).toHaveText(
    'Menunggu pindaian selesai disimpan; catatan lalu disimpan bersamanya.',
  )
  await expect(save).toHaveAttribute('aria-busy', 'true')
  await expect(save).toHaveAccessibleDescription(/Menunggu pindaian selesai disimpan/)
  await expectAccessible(page)
  release()
  await expect(form.getByRole('status').last()).toHaveText('Persetujuan untuk Publikasi sudah dicatat.')
  await expect(form.getByRole('status')).toHaveCount(1)
  await expect(
    panelOf(page)
      .getByRole('table', { name: /Semua catatan persetujuan/ })
      .getByRole('row')
      .nth(1),
  ).toContainText('diberikan, ada pindaian')
})

test('a withdrawal of consent never given is refused, naming the purposes; the birth year hint follows what is typed', async ({
  page,
  harness,
}) => {
  test.slow()
  await openPerson(page, harness, { name: 'Rina Wulandari' })
  const form = panelOf(page).getByRole('form', { name: 'Catat persetujuan' })
  const birthYear = form.getByLabel('Tahun lahir')
  await expect(birthYear).toHaveAccessibleDescription(/^Belum tercatat\./)
  await birthYear.fill('1990')
  await expect(birthYear).toHaveAccessibleDescription(/^Usia menentukan siapa yang memberi persetujuan/)
  await form.getByRole('radio', { name: 'Persetujuan ditarik' }).check()
  await form.getByRole('checkbox', { name: 'Direktori hub' }).check()
  await form.getByRole('checkbox', { name: 'Publikasi' }).check()
  await form.getByLabel('Dicatat oleh').fill('Sri Wahyuni')
  await form.getByRole('button', { name: 'Simpan catatan' }).click()
  await expect(form.getByRole('group', { name: 'Untuk tujuan' })).toHaveAccessibleDescription(
    /hapus centangnya: Direktori hub dan Publikasi\.$/,
  )
  await expect(form.getByRole('alert')).toContainText('Ada isian yang perlu diperbaiki.')
  const purposes = panelOf(page).getByRole('table', { name: /Tujuan pemakaian data/ })
  await expect(
    purposes
      .getByRole('row', { name: /^Publikasi/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('Belum')
  await expect(panelOf(page).getByText('Belum ada catatan persetujuan.')).toBeVisible()
  await expectAccessible(page)
})

test('"Hapus orang" says it is no erasure under UU PDP, and where the erasure is', async ({ page, harness }) => {
  await openPerson(page, harness, { name: 'Siti Rahayu', birthYear: 1985 })
  const remove = page.getByRole('button', { name: 'Hapus orang' })
  await tabTo(remove)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Hapus data "Siti Rahayu"?' })
  await expect(dialog).toContainText('Ini bukan penghapusan data pribadi menurut UU PDP.')
  await expect(dialog).toContainText('pakai "Hapus data pribadi…" di bagian Privasi halaman ini')
  await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused()
  await expectAccessible(page)
  await page.keyboard.press('Escape')
  await expect(remove).toBeFocused()
})

test('in English: the restricted badge, the waiting save, the refused withdrawal, the erasure and delete notes', async ({
  page,
  harness,
}) => {
  test.slow()
  await useEnglish(page, harness)
  const id = await openPerson(page, harness, { name: 'Siti Rahayu', birthYear: 1985 })
  const panel = page.getByRole('region', { name: 'Privacy', exact: true })
  const form = panel.getByRole('form', { name: 'Record consent' })
  await form.getByRole('radio', { name: 'Consent withdrawn' }).check()
  await form.getByRole('checkbox', { name: 'Publication' }).check()
  await form.getByLabel('Recorded by').fill('Sri Wahyuni')
  await form.getByRole('button', { name: 'Save record' }).click()
  await expect(form.getByRole('group', { name: 'For the purposes' })).toHaveAccessibleDescription(
    /untick them: Publication\.$/,
  )

  await panel.getByRole('button', { name: 'Restrict processing' }).click()
  const ask = page.getByRole('dialog', { name: 'Restrict processing of Siti Rahayu’s data?' })
  await ask.getByRole('button', { name: 'Restrict', exact: true }).click()
  await expect(heading(page, /^Siti Rahayu Restricted/)).toBeVisible()
  expect(personRow(harness, id).restricted_on).toBe(today())
  await expectAccessible(page)

  await panel.getByRole('button', { name: 'Erase personal data…' }).click()
  const erase = page.getByRole('dialog', { name: 'Erase the personal data of Siti Rahayu?' })
  const after = erase.getByRole('region', { name: 'Kept, with the name' })
  await expect(after).toContainText('the requester’s name and the record of the request stay')
  await expect(after).toContainText('backups of the last 7 days, 4 weeks and 12 months')
  await expect(after).toContainText('can no longer name this person')
  await expectAccessible(page)
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Delete person' }).click()
  await expect(page.getByRole('dialog', { name: 'Delete "Siti Rahayu"?' })).toContainText(
    'This is not an erasure under the PDP Law.',
  )
})
