import type { Page } from '@playwright/test'
import { formatDay } from '../../src/shared/format'
import { seedCascade } from './cop-seed'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { daysFromToday } from './pledges-seed'
import { useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })
// Seeding three held ToTs and running axe on each view: well over the default on a busy machine.
test.slow()

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })
/** A branch of the cascade by the text of its own summary, not of a summary somewhere below it. */
const branch = (page: Page, name: string) => page.locator(`xpath=//details[summary[contains(., "${name}")]]`)

test('the trainers, their reach, and the ToT cascade opened and closed by keyboard', async ({ page, harness }) => {
  await seedCascade(harness)
  await page.goto(`${harness.url}#/copTot/trainers`)
  await expect(heading(page, 'Pelatih & kaskade ToT')).toBeFocused()
  await expect(
    page.getByRole('navigation', { name: 'Bagian CoP & ToT' }).getByRole('link', { name: 'Pelatih & kaskade ToT' }),
  ).toHaveAttribute('aria-current', 'page')

  const list = page.getByRole('table', { name: '4 pelatih, urut nama' })
  // Two header rows: the reach's four columns stand under one heading.
  await expect(list.locator('tbody tr')).toHaveCount(4)
  await expect(list.getByRole('columnheader', { name: 'Jangkauan sejak lulus' })).toBeVisible()
  const siti = list.getByRole('row', { name: /Siti Rahayu/ })
  // Two sessions led (a ToT and next week's webinar), two people reached, from one OMS in one kota.
  await expect(siti.getByRole('cell')).toHaveText([
    'Yayasan Bina Desa',
    'Resiliensi keuangan',
    formatDay(daysFromToday(-42), 'id'),
    'ToT Resiliensi Dasar',
    '2',
    '2',
    '1',
    '1',
  ])
  await expect(siti.getByRole('link', { name: 'ToT Resiliensi Dasar' })).toHaveAttribute('href', /#\/copTot\/session\//)

  const cascade = page.getByRole('region', { name: 'Kaskade ToT' })
  await expect(cascade).toContainText('3 generasi pelatih.')
  // The first ToT opens on its graduates; the branches below them start closed.
  await expect(branch(page, 'ToT Resiliensi Dasar')).toHaveAttribute('open', '')
  const sitiBranch = branch(page, 'Siti Rahayu')
  await expect(sitiBranch).not.toHaveAttribute('open')
  await expect(cascade.getByRole('link', { name: 'Buka halaman sesi ToT Resiliensi Lanjutan' })).toBeHidden()

  await tabTo(sitiBranch.locator('summary').first())
  await page.keyboard.press('Enter')
  await expect(sitiBranch).toHaveAttribute('open', '')
  await expect(cascade.getByRole('link', { name: 'Buka halaman pelatih Siti Rahayu' })).toBeVisible()
  await expect(sitiBranch.locator('summary', { hasText: 'ToT Resiliensi Lanjutan' })).toContainText('2 peserta hadir')
  // The webinar she leads next week has no graduates: a leaf, its title the link.
  await expect(cascade.getByRole('link', { name: 'Webinar Dana Cadangan OMS' })).toBeVisible()
  await page.keyboard.press('Space')
  await expect(sitiBranch).not.toHaveAttribute('open')

  await tabTo(cascade.getByRole('button', { name: 'Buka semua cabang' }))
  await page.keyboard.press('Enter')
  await expect(cascade.getByRole('link', { name: 'Joko Susilo' })).toBeVisible()
  await expect(cascade.locator('li', { has: page.getByRole('link', { name: 'Joko Susilo' }) }).last()).toContainText(
    'generasi 3',
  )
  await expectAccessible(page)

  await tabTo(cascade.getByRole('button', { name: 'Tutup semua cabang' }))
  await page.keyboard.press('Enter')
  await expect(branch(page, 'ToT Resiliensi Dasar')).not.toHaveAttribute('open')

  // Another aspect has neither trainers nor ToTs, and says so.
  await page.getByLabel('Aspek kapasitas').selectOption({ label: 'Transformasi digital' })
  await expect(page.getByText('Belum ada pelatih untuk aspek ini.')).toBeVisible()
  await expect(page.getByText('Belum ada ToT untuk aspek ini.')).toBeVisible()
})

test("a trainer's own view: qualifications, sessions ahead and behind, certificates to issue", async ({
  page,
  harness,
}) => {
  const { sessions, people } = await seedCascade(harness)
  await page.goto(`${harness.url}#/copTot/trainers`)
  await tabTo(page.getByRole('table').getByRole('link', { name: 'Siti Rahayu' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Siti Rahayu')).toBeFocused()
  await expect(page.getByText('Pelatih untuk 1 aspek kapasitas.')).toBeVisible()

  const qualifications = page.getByRole('table', { name: /Aspek yang boleh ia latihkan/ })
  await expect(qualifications.locator('tbody tr')).toContainText('ToT Resiliensi Dasar')
  // She has led sessions since: her qualification cannot be revoked.
  await expect(qualifications.getByRole('button')).toHaveCount(0)

  const upcoming = page.getByRole('table', { name: /belum selesai/ })
  await expect(upcoming.getByRole('row').nth(1)).toContainText('Webinar Dana Cadangan OMS')
  await expect(upcoming.getByRole('row').nth(1)).toContainText('2 orang')
  await expect(upcoming.getByRole('row').nth(1)).toContainText('WIB')
  const past = page.getByRole('table', { name: /terbaru di atas/ })
  await expect(past.getByRole('row').nth(1)).toContainText('ToT Resiliensi Lanjutan')
  await expect(past.getByRole('row').nth(1)).toContainText('2 dari 2')

  const waiting = page.getByRole('table', { name: '2 peserta menunggu sertifikat' })
  await expect(waiting.getByRole('row')).toHaveCount(3)
  await expect(waiting.getByRole('row', { name: /Agus Prasetyo/ })).toBeVisible()
  await expectAccessible(page)
  await tabTo(waiting.getByRole('row', { name: /Wati Lestari/ }).getByRole('link', { name: 'ToT Resiliensi Lanjutan' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/copTot/session/${sessions.second.id}$`))

  // Budi has led nothing since qualifying: a mistaken graduation is taken back, after asking.
  await page.goto(`${harness.url}#/copTot/trainer/${people.budi}`)
  await expect(heading(page, 'Budi Santoso')).toBeFocused()
  await tabTo(page.getByRole('button', { name: 'Batalkan kelulusan Budi Santoso untuk aspek Resiliensi keuangan' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: /Batalkan kelulusan Budi Santoso/ })
  await expect(dialog.getByRole('button', { name: 'Jangan batalkan' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status')).toHaveText(
    'Kelulusan Budi Santoso untuk aspek Resiliensi keuangan dibatalkan.',
  )
  await expect(page.getByText('Belum tercatat sebagai pelatih')).toBeVisible()
  await expect(page.getByText('Semua peserta yang berhak sudah menerima sertifikat.')).toBeVisible()
})

test('indicators in Indonesian figures, the women target met or not, for a period', async ({ page, harness }) => {
  await seedCascade(harness)
  await page.goto(`${harness.url}#/copTot/indicators`)
  await expect(heading(page, 'Indikator CoP & ToT')).toBeFocused()
  const results = page.getByRole('region', { name: 'Hasil: seluruh waktu, semua aspek' })
  const figure = (term: string) =>
    results.locator('.cop-figures > div', { has: page.getByText(term, { exact: true }) }).locator('dd')
  await expect(figure('Orang terlatih (unik)')).toHaveText('6')
  await expect(figure('Perempuan')).toHaveText('2 (33,3%)')
  await expect(figure('Laki-laki')).toHaveText('4')
  await expect(figure('Muda (16–30 tahun)')).toHaveText('3 (50%)')
  await expect(figure('Tahun lahir tidak tercatat')).toHaveText('1')
  await expect(figure('Pimpinan OMS')).toHaveText('1')
  await expect(figure('Manajer OMS')).toHaveText('1')
  await expect(figure('Sesi dengan peserta hadir')).toHaveText('3')
  await expect(results).toContainText('33,3% orang terlatih adalah perempuan: target 30% perempuan tercapai.')
  await expect(
    results
      .getByRole('table', { name: 'Menurut OMS' })
      .getByRole('row', { name: /Yayasan Bina Desa/ })
      .getByRole('cell'),
  ).toHaveText(['3', '1 (33,3%)'])
  await expect(results.getByRole('table', { name: 'Menurut kabupaten/kota' }).getByRole('row')).toHaveCount(3)
  // Post-test minus pre-test over seven attendances of financial resilience: 200 / 7.
  await expect(
    results.getByRole('table', { name: 'Kenaikan nilai rata-rata per aspek' }).getByRole('row').nth(1),
  ).toHaveText(/Resiliensi keuangan\s*7\s*\+28,6 poin/)
  await expectAccessible(page)

  // From thirty days ago the first ToT drops out: one woman in four.
  const from = daysFromToday(-30)
  await tabTo(page.getByLabel('Dari tanggal'))
  await page.keyboard.type(from.split('-').reverse().join('/'))
  const period = page.getByRole('region', { name: `Hasil: sejak ${formatDay(from, 'id')}, semua aspek` })
  await expect(period.locator('.cop-figures dd').first()).toHaveText('4')
  await expect(period).toContainText('Baru 25% orang terlatih adalah perempuan: target 30% perempuan belum tercapai.')

  // An end before the start is refused at the field, the figures left as they were.
  await tabTo(page.getByLabel('Sampai tanggal'))
  await page.keyboard.type(daysFromToday(-40).split('-').reverse().join('/'))
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Sampai tanggal')).toHaveAccessibleDescription(
    /Tanggal akhir periode harus sama dengan atau sesudah tanggal awal\./,
  )
  await expect(period).toBeVisible()
})

test('in English: trainers, the cascade and the indicators', async ({ page, harness }) => {
  await seedCascade(harness)
  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/copTot/trainers`)
  await expect(heading(page, 'Trainers & ToT cascade')).toBeFocused()
  await expect(page.getByRole('table', { name: '4 trainers, by name' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'ToT cascade' })).toContainText('3 generations of trainers.')
  await expect(branch(page, 'ToT Resiliensi Dasar').locator('summary').first()).toContainText(
    'Financial resilience · ' + formatDay(daysFromToday(-42), 'en') + ' · 3 participants attended · 2 graduates',
  )

  await page.getByRole('navigation', { name: 'CoP & ToT sections' }).getByRole('link', { name: 'Indicators' }).click()
  await expect(heading(page, 'CoP & ToT indicators')).toBeFocused()
  const results = page.getByRole('region', { name: 'Results: all time, all aspects' })
  await expect(results).toContainText('33.3% of the people trained are women: the target of 30% women is met.')
  await expect(results).toContainText('+28.6 points')
  await expectAccessible(page)
})

test('a certificate checked by its code: valid in any case, unknown, incomplete and empty', async ({
  page,
  harness,
}) => {
  const { code } = await seedCascade(harness)
  await page.goto(`${harness.url}#/copTot/verify`)
  await expect(heading(page, 'Cek sertifikat')).toBeFocused()
  const field = page.getByLabel('Kode verifikasi')

  await tabTo(page.getByRole('button', { name: 'Cek sertifikat' }))
  await page.keyboard.press('Enter')
  await expect(field).toBeFocused()
  await expect(field).toHaveAccessibleDescription(
    /Isi kode verifikasi yang tercetak di sertifikat, misalnya 35-7K2M-9QXD\./,
  )

  await page.keyboard.type(code.toLowerCase().replaceAll('-', ' '))
  await page.keyboard.press('Enter')
  const valid = page.getByRole('heading', { level: 2, name: 'Sertifikat asli' })
  await expect(valid).toBeFocused()
  const outcome = page.getByRole('region', { name: 'Sertifikat asli' })
  await expect(outcome).toContainText(`Kode ${code} tercatat dan sertifikatnya masih berlaku.`)
  await expect(outcome.getByRole('definition')).toHaveText([
    'Siti Rahayu',
    'ToT Resiliensi Dasar',
    'ToT',
    'Resiliensi keuangan',
    formatDay(daysFromToday(-42), 'id'),
    'Forum OMS Jawa Timur, Jawa Timur',
    formatDay(daysFromToday(0), 'id'),
    code,
  ])
  await expect(field).not.toHaveAttribute('aria-invalid')
  await expectAccessible(page)

  await field.fill('35-AAAA-BBBB')
  await field.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Kode tidak dikenal' })).toBeFocused()
  await expect(page.getByRole('region', { name: 'Kode tidak dikenal' })).toContainText(
    'Tidak ada sertifikat dengan kode 35-AAAA-BBBB di data hub ini.',
  )

  // Changing the code takes the last answer away; a code too short to be one is refused at the field.
  await field.fill('35-7k2m')
  await expect(page.getByRole('region', { name: 'Kode tidak dikenal' })).toBeHidden()
  await field.press('Enter')
  await expect(field).toBeFocused()
  await expect(field).toHaveAccessibleDescription(
    /Kode 35-7K2M tidak lengkap: kode verifikasi terdiri atas 10 angka dan huruf/,
  )
  await expectAccessible(page)
})
