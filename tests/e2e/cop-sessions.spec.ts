import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { SessionDetail } from '../../src/shared/cop'
import { hasPdftotext } from '../../scripts/harness/pdf-text'
import type { Harness } from '../../scripts/harness/server'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { daysFromToday, value } from './pledges-seed'
import { giveConsent } from '../../src/main/privacy/testing'
import { createOrganisation, createPerson, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })
// Whole journeys with several runs of axe, on a shared two-core machine.
test.slow()

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })
/** 18/05/2026, as people type dates here. */
const typedDay = (iso: string) => iso.split('-').reverse().join('/')

/**
 * Yayasan Bina Desa with Siti (a leader), Budi, and Dewi who facilitates, each of whom consented on
 * the ToT's registration form to be listed by name: certificates print names.
 */
async function people(harness: Harness) {
  const binaDesa = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const listed = async (fields: Record<string, unknown>) => {
    const id = await createPerson(harness, binaDesa, fields)
    giveConsent(harness.services.database, id, ['directory', 'publication'])
    return id
  }
  return {
    binaDesa,
    siti: await listed({ name: 'Siti Rahayu', role: 'leader', email: 'siti@binadesa.or.id' }),
    budi: await listed({ name: 'Budi Santoso', gender: 'male' }),
    dewi: await listed({ name: 'Dewi Anggraini', birthYear: 1990 }),
  }
}

/** Types into a type-to-find field and takes the first match. */
async function lookUp(page: Page, label: string, text: string) {
  await tabTo(page.getByRole('combobox', { name: label }))
  await page.keyboard.type(text)
  await expect(page.getByRole('listbox', { name: label }).getByRole('option').first()).toContainText(text)
  await page.keyboard.press('Enter')
}

test('a trainer, by keyboard alone, runs a ToT: session, participants, attendance, scores, a graduate and a certificate', async ({
  page,
  harness,
}) => {
  await people(harness)
  const day = daysFromToday(-7)
  await page.goto(`${harness.url}#/copTot`)
  await expect(heading(page, 'CoP & ToT')).toBeVisible()
  await expect(page.getByText('Belum ada sesi.')).toBeVisible()
  await tabTo(page.getByRole('link', { name: 'Tambah sesi' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Tambah sesi')).toBeFocused()

  await tabTo(page.getByLabel('Judul sesi'))
  await page.keyboard.type('ToT Resiliensi Keuangan')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Resiliensi')
  await expect(page.getByLabel('Aspek kapasitas')).toHaveValue('financial_resilience')
  await page.keyboard.press('Tab')
  await page.keyboard.type('ToT')
  await expect(page.getByLabel('Bentuk sesi')).toHaveValue('tot')
  await tabTo(page.getByLabel('Tanggal mulai (WIB)'))
  await page.keyboard.type(typedDay(day))
  await tabTo(page.getByLabel('Jam mulai'))
  await page.keyboard.press('Control+A')
  await page.keyboard.type('08.00')
  await tabTo(page.getByLabel('Jam selesai'))
  await page.keyboard.press('Control+A')
  await page.keyboard.type('07.00')
  await lookUp(page, 'Fasilitator', 'Dewi')
  await expect(page.getByRole('list', { name: 'Fasilitator' })).toContainText('Dewi Anggraini')
  await expectAccessible(page)
  await tabTo(page.getByRole('button', { name: 'Simpan sesi' }))
  await page.keyboard.press('Enter')
  // Bad input: an end before the start, said on the field in Indonesian; nothing saved.
  await expect(page.getByText('Waktu selesai harus sesudah waktu mulai.')).toBeVisible()
  await expect(page.getByLabel('Tanggal selesai (WIB)')).toBeFocused()
  await tabTo(page.getByLabel('Jam selesai'))
  await page.keyboard.press('Control+A')
  await page.keyboard.type('16.00')
  await page.keyboard.press('Enter')

  await expect(heading(page, 'ToT Resiliensi Keuangan')).toBeFocused()
  await expect(page.getByText('Dewi Anggraini')).toBeVisible()
  await expect(page.getByText(/^\d{1,2} \S+ \d{4} 08\.00–16\.00 WIB \(480 menit\)$/)).toBeVisible()
  await expect(page.getByText('360 menit')).toBeVisible()

  await lookUp(page, 'Cari orang di direktori', 'Siti')
  await lookUp(page, 'Cari orang di direktori', 'Budi')
  await expect(page.getByRole('list', { name: 'Cari orang di direktori' })).toContainText('Budi Santoso')
  await tabTo(page.getByRole('button', { name: 'Daftarkan', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: '2 orang didaftarkan.' })).toBeFocused()

  // Both marked hadir at once.
  for (const name of ['Budi Santoso', 'Siti Rahayu']) {
    await tabTo(page.getByRole('checkbox', { name: `Pilih ${name}` }))
    await page.keyboard.press('Space')
  }
  await expect(page.getByText('2 peserta dipilih')).toBeVisible()
  await tabTo(page.getByRole('button', { name: 'Terapkan' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Kehadiran 2 peserta disimpan.' })).toBeFocused()
  const row = (name: string) => page.getByRole('row').filter({ hasText: name })
  await expect(row('Siti Rahayu')).toContainText('hadir')

  const scores: [string, string, string][] = [
    ['Budi Santoso', '50', '60'],
    ['Siti Rahayu', '40', '85'],
  ]
  for (const [name, pre, post] of scores) {
    await tabTo(page.getByLabel(`Nilai pre-test ${name}`))
    await page.keyboard.type(pre)
    await page.keyboard.press('Tab')
    await page.keyboard.type(post)
  }
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Nilai disimpan.' })).toBeFocused()
  await expect(page.getByText('Rata-rata nilai: pre-test 45, post-test 72,5, kenaikan 27,5 (2 peserta)')).toBeVisible()

  await tabTo(page.getByRole('button', { name: 'Tandai selesai' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Status sesi sekarang: selesai.' })).toBeFocused()
  await expect(row('Siti Rahayu')).toContainText('berhak')
  await expect(row('Budi Santoso')).not.toContainText('berhak')
  await expect(page.getByRole('button', { name: 'Luluskan Budi Santoso sebagai pelatih' })).toHaveCount(0)
  await tabTo(page.getByRole('button', { name: 'Luluskan Siti Rahayu sebagai pelatih' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText('Siti Rahayu kini pelatih untuk aspek Resiliensi keuangan.')).toBeFocused()
  await expect(row('Siti Rahayu')).toContainText('lulus sebagai pelatih')

  // Both chosen: Siti gets hers, Budi is named with his reason.
  for (const name of ['Budi Santoso', 'Siti Rahayu']) {
    await tabTo(page.getByRole('checkbox', { name: `Pilih ${name}` }), 'Shift+Tab')
    await page.keyboard.press('Space')
  }
  await tabTo(page.getByRole('button', { name: 'Terbitkan sertifikat untuk yang dipilih' }))
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('status').filter({
      hasText: '1 sertifikat diterbitkan. Belum berhak: Budi Santoso (post-test 60, di bawah 70).',
    }),
  ).toBeFocused()
  const code = (await row('Siti Rahayu').locator('.cop-code').textContent()) ?? ''
  expect(code).toMatch(/^35-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  await expectAccessible(page)

  test.skip(!hasPdftotext, 'pdftotext not found (apt-get install poppler-utils)')
  const folder = mkdtempSync(join(tmpdir(), 'lokadaya-certificate-'))
  try {
    harness.dialogs.answerSave(join(folder, 'sertifikat.pdf'))
    await tabTo(page.getByRole('button', { name: 'Cetak sertifikat Siti Rahayu' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'sertifikat.pdf' })).toBeVisible({ timeout: 20_000 })
    expect(harness.dialogs.asked.at(-1)).toEqual({ kind: 'pdf', suggestedName: `Sertifikat-Siti-Rahayu-${code}.pdf` })
    const text = execFileSync('pdftotext', ['-layout', join(folder, 'sertifikat.pdf'), '-'], { encoding: 'utf8' })
    for (const expected of ['Diterbitkan', 'Siti Rahayu', 'ToT Resiliensi Keuangan', 'Resiliensi keuangan', code])
      expect(text).toContain(expected)
    expect(text).toContain('Forum OMS Jawa Timur')
    expect(execFileSync('pdfinfo', [join(folder, 'sertifikat.pdf')], { encoding: 'utf8' })).toMatch(
      /Page size:\s+841\.\d+ x 59\d\.\d+ pts \(A4\)/,
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

/** A ToT a week ago that made Siti a trainer, through the handlers. */
async function graduatedTrainer(harness: Harness, ids: Awaited<ReturnType<typeof people>>) {
  const day = daysFromToday(-14)
  const tot = value<SessionDetail>(
    await harness.registry.invoke('cop:createSession', {
      title: 'ToT Penggalangan Sumber Daya',
      aspect: 'domestic_resource_mobilisation',
      format: 'tot',
      startsAt: `${day}T08:00`,
      endsAt: `${day}T16:00`,
    }),
    'the ToT',
  )
  const registered = value<SessionDetail>(
    await harness.registry.invoke('cop:register', { sessionId: tot.id, personIds: [ids.siti] }),
    'the registration',
  )
  const participantId = registered.participants[0]?.id ?? ''
  await harness.registry.invoke('cop:setAttendance', {
    sessionId: tot.id,
    changes: [{ participantId, status: 'present' }],
  })
  await harness.registry.invoke('cop:setScores', {
    sessionId: tot.id,
    scores: [{ participantId, preScore: 50, postScore: 90 }],
  })
  await harness.registry.invoke('cop:changeSessionStatus', { id: tot.id, status: 'done' })
  value(await harness.registry.invoke('cop:graduate', { participantId }), 'the graduation')
  return tot
}

/** Zoom's participant report for a webinar two days ago, 09.00–11.00: Budi three times, a phone as a guest. */
const zoomReport = (day: string) => {
  const [y, m, d] = day.split('-')
  const at = (time: string) => `${m}/${d}/${y} ${time}`
  return [
    'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
    `812 3456 7890,Webinar Galang Dana Lokal,${at('08:55:02 AM')},${at('11:04:40 AM')},sekretariat@forumoms-jatim.or.id,130,3`,
    '',
    'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent,In Waiting Room',
    `Bapak Budi Santoso,,${at('08:58:10 AM')},${at('09:40:00 AM')},42,Yes,Y,No`,
    `Bapak Budi Santoso,,${at('09:45:00 AM')},${at('10:20:00 AM')},35,Yes,Y,No`,
    `Bapak Budi Santoso,,${at('10:25:00 AM')},${at('11:02:00 AM')},37,Yes,Y,No`,
    `Anggraini Dewi,,${at('09:00:00 AM')},${at('09:45:00 AM')},45,Yes,Y,No`,
    `Galaxy A12,,${at('09:10:00 AM')},${at('11:00:00 AM')},110,Yes,Y,No`,
  ].join('\r\n')
}

test('the graduate facilitates a webinar; its Zoom report becomes attendance, an unmatched row settled by hand', async ({
  page,
  harness,
}) => {
  const ids = await people(harness)
  await graduatedTrainer(harness, ids)
  const day = daysFromToday(-2)
  await page.goto(`${harness.url}#/copTot/session/new`)
  await expect(heading(page, 'Tambah sesi')).toBeFocused()
  await page.getByLabel('Judul sesi').fill('Webinar Galang Dana Lokal')
  await page.getByLabel('Aspek kapasitas').selectOption('domestic_resource_mobilisation')
  await page.getByLabel('Bentuk sesi').selectOption('webinar')
  await page.getByLabel('Tanggal mulai (WIB)').fill(typedDay(day))
  await page.getByLabel('Jam mulai').fill('09.00')
  await page.getByLabel('Jam selesai').fill('11.00')
  await page.getByLabel('Tautan pertemuan (pilihan)').fill('https://zoom.us/j/81234567890')
  await lookUp(page, 'Fasilitator', 'Siti')
  await page.getByRole('button', { name: 'Simpan sesi' }).click()
  await expect(heading(page, 'Webinar Galang Dana Lokal')).toBeFocused()
  await expect(page.getByText('(pelatih lulusan ToT Penggalangan Sumber Daya)')).toBeVisible()

  await lookUp(page, 'Cari orang di direktori', 'Budi')
  await page.getByRole('button', { name: 'Daftarkan', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 orang didaftarkan.' })).toBeVisible()

  await page.getByLabel('Berkas laporan peserta').setInputFiles({
    name: 'participants_81234567890.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\ufeff${zoomReport(day)}`),
  })
  await expect(
    page.getByText('Laporan peserta Zoom: 3 orang di berkas. Ambang hadir 90 menit. Periksa kecocokan lalu impor.'),
  ).toBeVisible()
  const preview = page.getByRole('table', { name: 'Orang di berkas kehadiran dan kecocokannya' })
  await expect(preview.getByRole('row').filter({ hasText: 'Bapak Budi Santoso' })).toContainText(
    /3× bergabung.*114.*Budi Santoso \(cocok lewat nama\).*hadir/,
  )
  await expect(preview.getByRole('row').filter({ hasText: 'Anggraini Dewi' })).toContainText(
    'Dewi Anggraini (cocok lewat nama; belum terdaftar: akan didaftarkan)',
  )
  await expect(page.getByText('1 baris belum cocok: pilih orangnya atau lewati.')).toBeVisible()
  await expectAccessible(page)
  await lookUp(page, 'Atau cari orang lain untuk Galaxy A12', 'Siti')
  await expect(page.getByLabel('Pilih orang untuk Galaxy A12')).toHaveValue(ids.siti)
  await page.getByRole('button', { name: 'Impor kehadiran' }).click()
  await expect(
    page.getByText('Kehadiran diimpor: 1 diperbarui, 2 didaftarkan, 0 ditandai tidak hadir, 0 dilewati.'),
  ).toBeFocused()
  const row = (name: string) =>
    page.getByRole('table', { name: 'Peserta sesi dan kehadirannya' }).getByRole('row').filter({ hasText: name })
  await expect(row('Budi Santoso')).toContainText(/hadir\s*114/)
  await expect(row('Dewi Anggraini')).toContainText(/hadir sebagian\s*45/)
  await expect(row('Siti Rahayu')).toContainText(/hadir\s*110/)
  await expectAccessible(page)

  // An attendance file of an unknown shape is refused by name, nothing imported.
  await page.getByLabel('Berkas laporan peserta').setInputFiles({
    name: 'direktori.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Nama OMS;Kabupaten/Kota;Telepon\r\nYayasan Bina Desa;Kabupaten Madiun;0812 3456 7890\r\n'),
  })
  await expect(page.getByRole('alert').filter({ hasText: 'direktori.csv' })).toBeVisible()

  // A report of another day is shown with a warning before anything is imported.
  await page.getByLabel('Berkas laporan peserta').setInputFiles({
    name: 'participants_lain.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(zoomReport(daysFromToday(-9))),
  })
  await expect(page.getByText('Pertemuan di berkas: Webinar Galang Dana Lokal')).toBeVisible()
  await expect(
    page.getByRole('alert').filter({ hasText: 'Perhatian: berkas ini mencatat pertemuan pada' }),
  ).toContainText('Pastikan ini laporan sesi yang benar')
})

test('someone new is registered on the spot, warned of a likely duplicate first; the list reads in English too', async ({
  page,
  harness,
}) => {
  const ids = await people(harness)
  const day = daysFromToday(-3)
  const session = value<SessionDetail>(
    await harness.registry.invoke('cop:createSession', {
      title: 'Diskusi CoP Bisnis Sosial',
      aspect: 'marketing_social_business',
      format: 'cop_discussion',
      startsAt: `${day}T13:00`,
      endsAt: `${day}T15:30`,
      capacity: 1250,
    }),
    'the session',
  )
  await page.goto(`${harness.url}#/copTot/session/${session.id}`)
  await expect(heading(page, 'Diskusi CoP Bisnis Sosial')).toBeFocused()
  await expect(page.getByText('1.250 orang')).toBeVisible()
  await tabTo(page.getByRole('button', { name: 'Orang baru, belum ada di direktori' }))
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Nama lengkap')).toBeFocused()
  await page.keyboard.type('Siti Rahayu')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Perempuan')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Ketua')
  await lookUp(page, 'OMS anggota', 'Bina Desa')
  await tabTo(page.getByRole('button', { name: 'Simpan dan daftarkan' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText('Mungkin sudah tercatat di direktori:')).toBeVisible()
  await expectAccessible(page)
  await tabTo(page.getByRole('button', { name: 'Daftarkan Siti Rahayu' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: '1 orang didaftarkan.' })).toBeFocused()
  const participants = page.getByRole('table', { name: 'Peserta sesi dan kehadirannya' })
  await expect(participants.getByRole('row')).toHaveCount(2)

  await page.getByRole('button', { name: 'Orang baru, belum ada di direktori' }).click()
  await page.getByLabel('Nama lengkap').fill('Rina Marlina')
  await page.getByLabel('Jenis kelamin').selectOption('female')
  await page.getByLabel('Peran di OMS').selectOption('volunteer')
  await lookUp(page, 'OMS anggota', 'Bina Desa')
  await page.getByLabel('Tahun lahir (pilihan)').fill('2001')
  await page.getByRole('button', { name: 'Simpan dan daftarkan' }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 orang didaftarkan.' })).toBeVisible()
  await expect(participants.getByRole('row')).toHaveCount(3)
  await expect(participants).toContainText('Rina Marlina')
  expect(ids.dewi).toBeTruthy()

  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/copTot`)
  await expect(heading(page, 'CoP & ToT')).toBeVisible()
  const list = page.getByRole('table', { name: 'CoP & ToT sessions, newest first' })
  await expect(list.getByRole('row').filter({ hasText: 'Diskusi CoP Bisnis Sosial' })).toContainText(
    /CoP discussion.*Marketing & social business.*planned.*0 of 2/,
  )
  await expectAccessible(page)
  await list.getByRole('link', { name: 'Diskusi CoP Bisnis Sosial' }).click()
  await expect(page.getByText('1,250 people')).toBeVisible()
  await expect(page.getByText(/^\d{1,2} \S+ \d{4} 13\.00–15\.30 WIB \(150 minutes\)$/)).toBeVisible()
  await expectAccessible(page)
})
