import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Result } from '../../src/shared/errors'
import { formatDate, utcToZoned } from '../../src/shared/format'
import type { HubSetupInput } from '../../src/shared/hub'
import type { OpenRequestInput } from '../../src/shared/privacy'
import { updateIdentity } from '../../src/main/hub/service'
import type { Harness } from '../../scripts/harness/server'
import { expect, expectAccessible, tabTo, test } from './fixtures'
import { createOrganisation, createPerson, useEnglish } from './records-seed'

/** A hub in WITA, an hour ahead of this browser's Jakarta: every time shown must be the hub's. */
const sulawesiSelatanHub: HubSetupInput = {
  role: 'hub',
  provinceCode: '73',
  name: 'Forum OMS Sulawesi Selatan',
  contactName: 'Andi Nurhayati',
  contactPhone: '0811-4455-6677',
  contactEmail: 'sekretariat@forumoms-sulsel.or.id',
}

test.use({ hubSetup: sulawesiSelatanHub, viewport: { width: 1366, height: 768 } })
// Axe alone takes 20 s on a loaded machine; each test is a few seconds of its own.
test.describe.configure({ timeout: 120_000 })

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** This minute, to the minute: what the form fills in, so due times and countdowns come out whole. */
const thisMinute = () => Math.floor(Date.now() / MINUTE) * MINUTE

/** "4 Des 2026 pukul 09.00 WITA" / "4 Dec 2026 at 09.00 WITA", as the register writes it. */
function when(instant: number, language: 'id' | 'en' = 'id'): string {
  const iso = new Date(instant).toISOString()
  const time = utcToZoned(iso, 'WITA').slice(11, 16).replace(':', '.')
  return `${formatDate(iso, 'WITA', language)} ${language === 'id' ? 'pukul' : 'at'} ${time} WITA`
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })

async function seedPerson(harness: Harness): Promise<string> {
  const organisation = await createOrganisation(harness, { name: 'Yayasan Pesisir Makassar', regencyCode: '73.71' })
  return createPerson(harness, organisation, { name: 'Andi Pratama' })
}

/** A request received at `receivedAt` (an instant), typed as the hub's clock read it. */
async function seedRequest(harness: Harness, receivedAt: number, input: Partial<OpenRequestInput>): Promise<void> {
  const result = (await harness.registry.invoke('privacy:openRequest', {
    kind: 'access',
    personId: null,
    requesterName: 'Rina Wulandari',
    verification: 'Surat kuasa dan KTP diperiksa',
    ...input,
    receivedAt: utcToZoned(new Date(receivedAt).toISOString(), 'WITA'),
  })) as Result<unknown>
  if (!result.ok) throw new Error(`could not record the request: ${result.error.message}`)
}

/** One request late by three hours, about a person, and one just received about no one in the directory. */
async function seedLateAndFresh(harness: Harness, now: number): Promise<string> {
  const person = await seedPerson(harness)
  await seedRequest(harness, now - 75 * HOUR, { kind: 'erasure', personId: person, requesterName: 'Budi Santoso' })
  await seedRequest(harness, now - HOUR, {})
  return person
}

test('a request is recorded by keyboard, in the hub’s zone, and counted down minute by minute', async ({
  page,
  harness,
}) => {
  const person = await seedPerson(harness)
  const start = thisMinute()
  await page.clock.install({ time: start })
  await page.reload()
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 2, name: 'Indikator program' })).toBeVisible()
  // None late: Beranda says nothing about requests.
  await expect(main.getByRole('region', { name: /permintaan data pribadi/i })).toHaveCount(0)

  await tabTo(page.getByRole('link', { name: 'Privasi', exact: true }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Permintaan data pribadi')).toBeFocused()
  await expect(main).toContainText(
    'Undang-undang mewajibkan setiap permintaan dijawab paling lambat 3 × 24 jam sejak diterima.',
  )
  await expect(main).toContainText('Belum ada permintaan yang tercatat.')
  await tabTo(main.getByRole('link', { name: 'Catat permintaan baru' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Catat permintaan data pribadi')).toBeFocused()

  // Received now, as the hub's wall clock reads it: WITA, an hour ahead of this PC's WIB.
  const local = utcToZoned(new Date(start).toISOString(), 'WITA')
  const day = `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`
  await expect(main.getByRole('textbox', { name: 'Tanggal diterima (WITA)' })).toHaveValue(day)
  await expect(main.getByRole('textbox', { name: 'Jam diterima (WITA)' })).toHaveValue(
    local.slice(11, 16).replace(':', '.'),
  )

  const kind = main.getByRole('combobox', { name: 'Jenis permintaan' })
  await tabTo(kind)
  for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowDown')
  await expect(kind).toHaveValue('erasure')
  const personField = main.getByRole('combobox', { name: 'Orang yang datanya diminta' })
  await tabTo(personField)
  await page.keyboard.type('Andi')
  // The only match is no choice to make: it is highlighted, with its OMS and kabupaten/kota.
  const matches = main.getByRole('listbox', { name: 'Orang yang datanya diminta' }).getByRole('option')
  await expect(matches).toHaveText(['Andi Pratama, Yayasan Pesisir Makassar, Kota Makassar'])
  await expect(matches).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(personField).toHaveValue('Andi Pratama')
  await expect(personField).toHaveAccessibleDescription(
    /Dipilih: Andi Pratama — Yayasan Pesisir Makassar, Kota Makassar/,
  )
  // The person asking for themselves, most often: their name fills the requester.
  const requester = main.getByRole('textbox', { name: 'Nama pemohon' })
  await expect(requester).toHaveValue('Andi Pratama')

  // Without saying how the requester was identified, Enter is refused at that field.
  await tabTo(requester)
  await page.keyboard.press('Enter')
  const verification = main.getByRole('textbox', { name: 'Cara identitas pemohon diperiksa' })
  await expect(verification).toBeFocused()
  await expect(verification).toHaveAccessibleDescription(/Tulis bagaimana identitas pemohon diperiksa/)
  await expectAccessible(page)
  await page.keyboard.type('KTP dicocokkan dengan data di direktori')
  await page.keyboard.press('Enter')

  await expect(heading(page, 'Permintaan data pribadi')).toBeVisible()
  const due = start + 72 * HOUR
  const saved = main.getByRole('status')
  await expect(saved).toHaveText(`Permintaan dari Andi Pratama dicatat. Jawab paling lambat ${when(due)}.`)
  await expect(saved).toBeFocused()
  const rows = main.getByRole('table', { name: /^Semua permintaan/ }).getByRole('row')
  await expect(rows).toHaveCount(2)
  const cells = rows.nth(1).getByRole('cell')
  await expect(cells).toHaveText([
    'Menghapus data',
    'Andi Pratama, Yayasan Pesisir Makassar',
    'Andi Pratama',
    when(start),
    `${when(due)}sisa 2 hari 23 jam`,
    'Menunggu jawaban',
    'Jawab',
  ])
  await expect(cells.nth(1).getByRole('link', { name: 'Andi Pratama' })).toHaveAttribute(
    'href',
    `#/members/person/${person}`,
  )
  await expect(rows.nth(1)).not.toHaveClass(/privacy-requests__late/)

  // An hour on, with nobody touching the screen, the countdown has moved.
  await page.clock.fastForward('01:00:00')
  await expect(cells.nth(4)).toHaveText(`${when(due)}sisa 2 hari 22 jam`)
  await expectAccessible(page)
})

test('a late request stands out on Beranda and in the register, and is answered by keyboard', async ({
  page,
  harness,
}) => {
  const now = thisMinute()
  await seedLateAndFresh(harness, now)
  await page.clock.setFixedTime(now)
  await page.reload()

  const warning = page.getByRole('region', { name: 'Permintaan data pribadi terlambat dijawab' })
  await expect(warning).toContainText(
    '1 permintaan sudah melewati batas 3 × 24 jam yang diwajibkan undang-undang. Jawab sekarang.',
  )
  // Only the late one; the one received an hour ago has time.
  await expect(warning.getByRole('listitem')).toHaveText([
    `Menghapus data — Budi Santoso: batas ${when(now - 3 * HOUR)}, terlambat 3 jam`,
  ])
  await expectAccessible(page)
  await tabTo(warning.getByRole('link', { name: 'Buka daftar permintaan data pribadi' }))
  await page.keyboard.press('Enter')

  const main = page.getByRole('main')
  await expect(heading(page, 'Permintaan data pribadi')).toBeFocused()
  const rows = main.getByRole('table', { name: /^Semua permintaan/ }).getByRole('row')
  await expect(rows).toHaveCount(3)
  // The most urgent first: the late one, marked in words and set apart.
  await expect(rows.nth(1)).toHaveClass(/privacy-requests__late/)
  await expect(rows.nth(1).getByRole('cell')).toHaveText([
    'Menghapus data',
    'Andi Pratama, Yayasan Pesisir Makassar',
    'Budi Santoso',
    when(now - 75 * HOUR),
    `${when(now - 3 * HOUR)}terlambat 3 jam`,
    'Terlambat',
    'Jawab',
  ])
  await expect(rows.nth(2)).not.toHaveClass(/privacy-requests__late/)
  await expect(rows.nth(2).getByRole('cell')).toHaveText([
    'Melihat data',
    'Tidak ada di direktori',
    'Rina Wulandari',
    when(now - HOUR),
    `${when(now + 71 * HOUR)}sisa 2 hari 23 jam`,
    'Menunggu jawaban',
    'Jawab',
  ])
  await expectAccessible(page)

  await tabTo(main.getByRole('link', { name: 'Jawab permintaan Budi Santoso: Menghapus data' }))
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Menghapus data: permintaan dari Budi Santoso')).toBeFocused()
  await expect(main).toContainText('terlambat 3 jam')
  await expect(main.locator('.details > div').filter({ hasText: 'Orang yang datanya diminta' })).toContainText(
    'Andi Pratama, Yayasan Pesisir Makassar',
  )
  await expect(main).toContainText('Surat kuasa dan KTP diperiksa')

  // Neither fulfilled nor refused said yet: refused at the choice.
  const save = main.getByRole('button', { name: 'Simpan jawaban' })
  await tabTo(save)
  await page.keyboard.press('Enter')
  const fulfilled = main.getByRole('radio', { name: 'Dipenuhi: yang diminta sudah dikerjakan' })
  await expect(fulfilled).toBeFocused()
  await expect(main.getByRole('group', { name: 'Hasilnya' })).toHaveAccessibleDescription(
    'Pilih apakah permintaan ini dipenuhi atau ditolak.',
  )
  await expectAccessible(page)
  await page.keyboard.press('Space')
  await expect(fulfilled).toBeChecked()
  const outcome = main.getByRole('textbox', { name: 'Apa yang dilakukan, atau alasan penolakan' })
  await tabTo(outcome)
  await page.keyboard.type('Data Andi Pratama dihapus dari direktori; Budi Santoso diberi tahu lewat telepon.')
  await tabTo(save)
  await page.keyboard.press('Enter')

  const saved = main.getByRole('status')
  await expect(saved).toHaveText('Jawaban atas permintaan Budi Santoso dicatat: Dipenuhi.')
  await expect(saved).toBeFocused()
  // Answered, it goes below the open one, no longer late.
  await expect(rows.nth(1)).toContainText('Rina Wulandari')
  await expect(rows.nth(2)).not.toHaveClass(/privacy-requests__late/)
  await expect(rows.nth(2).getByRole('cell').nth(5)).toHaveText(/^Dipenuhi\d{1,2} \w{3} \d{4} pukul \d{2}\.\d{2} WITA$/)
  await expect(rows.nth(2).getByRole('cell').nth(6)).toHaveText('Lihat')

  await tabTo(page.getByRole('link', { name: 'Beranda', exact: true }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(heading(page, 'Beranda')).toBeFocused()
  await expect(main.getByRole('region', { name: 'Cadangan data' })).toBeVisible()
  await expect(main.getByRole('region', { name: 'Permintaan data pribadi terlambat dijawab' })).toHaveCount(0)
})

test('speaks English: the warning, the register and the form', async ({ page, harness }) => {
  const now = thisMinute()
  await seedLateAndFresh(harness, now)
  await page.clock.setFixedTime(now)
  await useEnglish(page, harness)

  const warning = page.getByRole('region', { name: 'Personal data requests answered late' })
  await expect(warning).toContainText('1 request is past the 3 × 24 hours the law allows. Answer it now.')
  await expect(warning.getByRole('listitem')).toHaveText([
    `Erase the data — Budi Santoso: due ${when(now - 3 * HOUR, 'en')}, 3 hours late`,
  ])
  await warning.getByRole('link', { name: 'Open the personal data requests' }).click()

  const main = page.getByRole('main')
  await expect(heading(page, 'Personal data requests')).toBeFocused()
  await expect(main).toContainText('The law requires every request to be answered within 3 × 24 hours of receipt.')
  const rows = main.getByRole('table', { name: /^All requests/ }).getByRole('row')
  await expect(rows.nth(1).getByRole('cell')).toHaveText([
    'Erase the data',
    'Andi Pratama, Yayasan Pesisir Makassar',
    'Budi Santoso',
    when(now - 75 * HOUR, 'en'),
    `${when(now - 3 * HOUR, 'en')}3 hours late`,
    'Late',
    'Answer',
  ])
  await expect(rows.nth(2).getByRole('cell').nth(4)).toHaveText(`${when(now + 71 * HOUR, 'en')}2 days 23 hours left`)
  await expectAccessible(page)

  // A receipt dated tomorrow has not happened yet: said at the date, with the hub's time now.
  await main.getByRole('link', { name: 'Record a new request' }).click()
  await expect(heading(page, 'Record a personal data request')).toBeFocused()
  await main.getByRole('combobox', { name: 'Kind of request' }).selectOption('access')
  // A second Andi Pratama, elsewhere: Enter waits for a choice, said in English.
  const gowa = await createOrganisation(harness, { name: 'Serikat Tani Gowa', regencyCode: '73.06' })
  await createPerson(harness, gowa, { name: 'Andi Pratama', gender: 'male' })
  const personField = main.getByRole('combobox', { name: 'Whose data' })
  await personField.fill('Andi Pratama')
  const matches = main.getByRole('listbox', { name: 'Whose data' }).getByRole('option')
  await expect(matches).toHaveCount(2)
  await expect(matches.filter({ hasText: 'Andi Pratama, Serikat Tani Gowa, Kabupaten Gowa' })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(personField).toHaveAccessibleDescription(
    /2 people match "Andi Pratama"\. Choose one with the down arrow, then Enter/,
  )
  await matches.filter({ hasText: 'Serikat Tani Gowa' }).click()
  await expect(personField).toHaveAccessibleDescription(/Chosen: Andi Pratama — Serikat Tani Gowa, Kabupaten Gowa/)
  await main.getByRole('textbox', { name: 'Name of the requester' }).fill('Rina Wulandari')
  await main.getByRole('textbox', { name: "How the requester's identity was checked" }).fill('ID card seen')
  const tomorrow = utcToZoned(new Date(now + 24 * HOUR).toISOString(), 'WITA')
  const date = main.getByRole('textbox', { name: 'Date received (WITA)' })
  await date.fill(`${tomorrow.slice(8, 10)}/${tomorrow.slice(5, 7)}/${tomorrow.slice(0, 4)}`)
  await page.keyboard.press('Enter')
  await expect(date).toBeFocused()
  await expect(date).toHaveAccessibleDescription(
    new RegExp(`This time has not come yet: it is now ${when(now, 'en')}\\.`),
  )
  await expect(main.getByRole('textbox', { name: 'Time received (WITA)' })).toHaveAccessibleDescription(
    'Time at the hub, for example 09.00.',
  )
  await expectAccessible(page)
})

/** Two people named Gilang Anwar, in OMS of two kabupaten/kota. */
async function seedNamesakes(harness: Harness): Promise<{ pesisir: string; gowa: string }> {
  const pesisirOms = await createOrganisation(harness, { name: 'Yayasan Pesisir Makassar', regencyCode: '73.71' })
  const taniOms = await createOrganisation(harness, { name: 'Serikat Tani Gowa', regencyCode: '73.06' })
  const pesisir = await createPerson(harness, pesisirOms, { name: 'Gilang Anwar', gender: 'male' })
  const gowa = await createPerson(harness, taniOms, { name: 'Gilang Anwar', gender: 'male', birthYear: 1990 })
  return { pesisir, gowa }
}

test('two people of one name are told apart by their OMS, and Enter never takes one of them unasked', async ({
  page,
  harness,
}) => {
  const { gowa } = await seedNamesakes(harness)
  await page.goto(`${harness.url}#/privacy/new`)
  const main = page.getByRole('main')
  await expect(heading(page, 'Catat permintaan data pribadi')).toBeVisible()
  await expect(main).toContainText('OMS setiap orang tertulis di samping namanya')

  const kind = main.getByRole('combobox', { name: 'Jenis permintaan' })
  await tabTo(kind)
  await page.keyboard.press('ArrowDown')
  await expect(kind).toHaveValue('access')
  const personField = main.getByRole('combobox', { name: 'Orang yang datanya diminta' })
  await tabTo(personField)
  await page.keyboard.type('Gilang Anwar')
  const options = main.getByRole('listbox', { name: 'Orang yang datanya diminta' }).getByRole('option')
  await expect(options).toHaveCount(2)
  await expect(options.filter({ hasText: 'Gilang Anwar, Yayasan Pesisir Makassar, Kota Makassar' })).toBeVisible()
  await expect(options.filter({ hasText: 'Gilang Anwar, Serikat Tani Gowa, Kabupaten Gowa' })).toBeVisible()
  // Neither is highlighted, and Enter asks for a choice instead of taking the first.
  await expect(options.and(page.locator('[aria-selected="true"]'))).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(personField).toBeFocused()
  await expect(personField).toHaveAttribute('aria-invalid', 'true')
  await expect(personField).toHaveAccessibleDescription(
    /2 orang cocok dengan "Gilang Anwar"\. Pilih salah satu dengan panah bawah lalu Enter/,
  )
  await expect(main.getByRole('status')).toHaveText(/^2 orang cocok dengan "Gilang Anwar"/)
  await expect(page).toHaveURL(/#\/privacy\/new$/)
  await expectAccessible(page)

  // The list closed, the typed name is no choice either: the form refuses it at the field.
  await page.keyboard.press('Escape')
  await page.keyboard.press('Enter')
  await expect(personField).toBeFocused()
  await expect(personField).toHaveAccessibleDescription(
    /"Gilang Anwar" belum dipilih dari direktori\. Pilih orangnya dari daftar/,
  )

  // Arrows reach Gowa's Gilang, wherever the search lists him.
  await page.keyboard.press('Backspace')
  await page.keyboard.type('r')
  await expect(options).toHaveCount(2)
  const at = (await options.allTextContents()).findIndex((text) => text.includes('Serikat Tani Gowa'))
  for (let press = 0; press <= at; press++) await page.keyboard.press('ArrowDown')
  await expect(options.filter({ hasText: 'Serikat Tani Gowa' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(personField).toHaveValue('Gilang Anwar')
  await expect(personField).not.toHaveAttribute('aria-invalid')
  await expect(main.getByText('Dipilih: Gilang Anwar — Serikat Tani Gowa, Kabupaten Gowa')).toBeVisible()
  await expect(personField).toHaveAccessibleDescription(/Dipilih: Gilang Anwar — Serikat Tani Gowa, Kabupaten Gowa/)
  await expectAccessible(page)

  await tabTo(main.getByRole('textbox', { name: 'Cara identitas pemohon diperiksa' }))
  await page.keyboard.type('KTP dicocokkan dengan data di direktori')
  await page.keyboard.press('Enter')
  const rows = main.getByRole('table', { name: /^Semua permintaan/ }).getByRole('row')
  await expect(rows).toHaveCount(2)
  const person = rows.nth(1).getByRole('cell').nth(1)
  await expect(person).toHaveText('Gilang Anwar, Serikat Tani Gowa')
  await expect(person.getByRole('link', { name: 'Gilang Anwar' })).toHaveAttribute('href', `#/members/person/${gowa}`)
})

test('the Privasi page leads to each of its parts by keyboard, the tools before the long record', async ({
  page,
  harness,
}) => {
  await page.goto(`${harness.url}#/privacy`)
  const main = page.getByRole('main')
  await expect(heading(page, 'Permintaan data pribadi')).toBeVisible()
  const nav = main.getByRole('navigation', { name: 'Bagian halaman Privasi' })
  await expect(nav.getByRole('link')).toHaveText([
    'Daftar permintaan',
    'Berkas hilang',
    'Retensi',
    'Catatan pemrosesan',
  ])
  const part = (name: string) => main.getByRole('heading', { level: 2, name, exact: true })
  // The lost-file tool and retention come before the record of processing, which is pages long.
  const top = async (name: string) => (await part(name).boundingBox())?.y ?? Number.NaN
  expect(await top('Daftar permintaan')).toBeLessThan(await top('Berkas hilang'))
  expect(await top('Berkas hilang')).toBeLessThan(await top('Retensi'))
  expect(await top('Retensi')).toBeLessThan(await top('Catatan pemrosesan'))
  await expect(part('Berkas hilang')).toBeInViewport({ ratio: 0 }) // at 1366×768, reached without the links too

  await tabTo(nav.getByRole('link', { name: 'Catatan pemrosesan' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/privacy\/record$/)
  await expect(part('Catatan pemrosesan')).toBeFocused()
  await expect(part('Catatan pemrosesan')).toBeInViewport()
  await expect(nav.getByRole('link', { name: 'Catatan pemrosesan' })).toHaveAttribute('aria-current', 'location')

  // Back up to the links, then to the lost file: focus lands on its heading, with a visible ring.
  await tabTo(nav.getByRole('link', { name: 'Berkas hilang' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(part('Berkas hilang')).toBeFocused()
  await expect(part('Berkas hilang')).toHaveCSS('outline-style', 'solid')
  await expect(part('Berkas hilang')).toBeInViewport()
  await expectAccessible(page)

  // A reload, or Back, lands on the same part.
  await page.goBack()
  await expect(part('Catatan pemrosesan')).toBeInViewport()
  await page.reload()
  await expect(part('Catatan pemrosesan')).toBeInViewport()
})

/** A bundle sent to the national team with the two Gilangs and Andi: only Gowa's Gilang agreed to be named in it. */
async function seedLostBundle(harness: Harness, folder: string): Promise<void> {
  const pesisirOms = await createOrganisation(harness, { name: 'Yayasan Pesisir Makassar', regencyCode: '73.71' })
  await createPerson(harness, pesisirOms, { name: 'Andi Pratama' })
  const { gowa } = await seedNamesakes(harness)
  const consent = await harness.registry.invoke('privacy:recordConsent', {
    personId: gowa,
    purposes: ['national'],
    action: 'given',
    recordedOn: '2025-05-18',
    method: 'paper',
    recordedBy: 'Andi Nurhayati',
  })
  expect((consent as Result<unknown>).ok).toBe(true)
  harness.dialogs.answerSave(join(folder, 'paket-sulsel-1.lokadaya'))
  expect(((await harness.registry.invoke('sync:export', { full: true })) as Result<unknown>).ok).toBe(true)
}

/** A lost-file test: the bundle seeded in a folder of its own, removed afterwards whatever happens. */
async function withLostBundle(harness: Harness, run: () => Promise<void>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'lokadaya-lost-'))
  try {
    await seedLostBundle(harness, folder)
    await run()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

async function showLostBundle(page: Page, lostName: string, picker: string, show: string) {
  const lost = page.getByRole('region', { name: lostName })
  await tabTo(lost.getByRole('combobox', { name: picker }))
  await page.keyboard.press('ArrowDown')
  await tabTo(lost.getByRole('button', { name: show }))
  await page.keyboard.press('Enter')
  await expect(lost.getByRole('heading', { level: 3 })).toBeFocused()
  return lost
}

test('a lost bundle lists the people it identified first, each with their OMS, and can show only them', async ({
  page,
  harness,
}) => {
  await withLostBundle(harness, async () => {
    await page.goto(`${harness.url}#/privacy`)
    const lost = await showLostBundle(page, 'Berkas hilang', 'Atau paket yang dikirim hub ini', 'Tampilkan')
    await expect(lost).toContainText('3 orang.')
    await expect(lost).toContainText('1 orang teridentifikasi dari 3: nama atau kontaknya ikut di berkas itu.')
    const table = lost.getByRole('table', { name: /^Orang yang datanya ada di berkas itu/ })
    await expect(table.getByRole('columnheader')).toHaveText(['Nama', 'OMS', 'Data yang mengenali orangnya'])
    const rows = table.getByRole('row')
    await expect(rows).toHaveCount(4)
    // The one whose identity went first; the two Gilangs differ by their OMS.
    await expect(rows.nth(1).getByRole('cell')).toHaveText([
      'Gilang Anwar',
      'Serikat Tani Gowa',
      'Ya: nama dan rinciannya',
    ])
    await expect(rows.filter({ hasText: 'Gilang Anwar' }).getByRole('cell').nth(1)).toHaveText('Serikat Tani Gowa')
    await expect(rows.filter({ hasText: 'Yayasan Pesisir Makassar' })).toHaveCount(2)
    await expect(rows.nth(2).getByRole('cell').last()).toHaveText(/^Tidak: /)
    await expect(rows.nth(3).getByRole('cell').last()).toHaveText(/^Tidak: /)
    // The hub has a phone and an e-mail: no warning.
    await expect(lost.getByText('belum diisi')).toHaveCount(0)
    await expect(lost.getByRole('textbox', { name: 'Draf pemberitahuan' })).toHaveValue(
      /Forum OMS Sulawesi Selatan: Andi Nurhayati, \+62 811-4455-6677, sekretariat@forumoms-sulsel\.or\.id/,
    )

    const only = lost.getByRole('checkbox', { name: 'Tampilkan hanya 1 orang yang teridentifikasi' })
    await tabTo(only)
    await page.keyboard.press('Space')
    await expect(only).toBeChecked()
    const identified = lost.getByRole('table', { name: 'Orang yang identitasnya ikut di berkas itu' })
    await expect(identified.getByRole('row')).toHaveCount(2)
    await expect(identified.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('Gilang Anwar')
    await expectAccessible(page)
    await page.keyboard.press('Space')
    await expect(rows).toHaveCount(4)
  })
})

/**
 * A hub without a phone or e-mail, as `lokadaya init` without --phone and --email leaves it (the
 * app's own forms ask for one): nobody to reach about a loss.
 */
test.describe('a hub without phone or e-mail', () => {
  test.beforeEach(({ harness }) => {
    const { name, contactName } = sulawesiSelatanHub
    updateIdentity(harness.services.database, {
      name,
      contactName: contactName ?? null,
      contactPhone: null,
      contactEmail: null,
    })
  })

  test('without the hub’s phone and e-mail, the lost-file notice and the record say so, and lead to Pengaturan', async ({
    page,
    harness,
  }) => {
    await withLostBundle(harness, async () => {
      await page.goto(`${harness.url}#/privacy`)
      const record = page.getByRole('region', { name: 'Catatan pemrosesan', exact: true })
      await expect(record).toContainText('Telepon dan e-mail sekretariat hub belum diisi: catatan pemrosesan ini')
      const lost = await showLostBundle(page, 'Berkas hilang', 'Atau paket yang dikirim hub ini', 'Tampilkan')
      await expect(lost).toContainText('Telepon dan e-mail sekretariat hub belum diisi: draf pemberitahuan di bawah')
      const notice = lost.getByRole('textbox', { name: 'Draf pemberitahuan' })
      await expect(notice).toHaveValue(
        /Hubungi\nForum OMS Sulawesi Selatan: \[isi nama, telepon, dan e-mail yang dapat dihubungi\]/,
      )
      await expect(notice).not.toHaveValue(/sekretariat sekretariat/i)
      await expectAccessible(page)

      const settings = lost.getByRole('link', { name: 'Isi telepon atau e-mail di Pengaturan → Identitas hub' })
      await expect(settings).toHaveAttribute('href', '#/settings')
      await tabTo(settings)
      await page.keyboard.press('Enter')
      await expect(heading(page, 'Pengaturan')).toBeFocused()
      await expect(page.getByRole('region', { name: 'Identitas hub' })).toBeVisible()
    })
  })

  test('in English: the page’s links, the lost file, and a notice kept in Indonesian with the reason beside it', async ({
    page,
    harness,
  }) => {
    await withLostBundle(harness, async () => {
      await useEnglish(page, harness)
      await page.goto(`${harness.url}#/privacy/lost-file`)
      const main = page.getByRole('main')
      const nav = main.getByRole('navigation', { name: 'Parts of the Privacy page' })
      await expect(nav.getByRole('link')).toHaveText([
        'Register of requests',
        'Lost file',
        'Retention',
        'Record of processing',
      ])
      await expect(main.getByRole('heading', { level: 2, name: 'Lost file' })).toBeInViewport()
      const record = page.getByRole('region', { name: 'Record of processing', exact: true })
      await expect(record).toContainText("The hub secretariat's phone and e-mail are not filled in")
      await expect(
        record.getByRole('link', { name: 'Fill in a phone or e-mail in Settings → Hub identity' }),
      ).toBeVisible()

      const lost = await showLostBundle(page, 'Lost file', 'Or a bundle this hub sent', 'Show')
      await expect(lost).toContainText('1 of 3 people identified: their name or contact details went with the file.')
      await expect(lost.getByRole('columnheader')).toHaveText(['Name', 'OMS', 'Data that identifies them'])
      await expect(lost.getByRole('row').nth(1).getByRole('cell')).toHaveText([
        'Gilang Anwar',
        'Serikat Tani Gowa',
        'Yes: name and details',
      ])
      await expect(lost.getByRole('checkbox', { name: 'Show only the person identified' })).not.toBeChecked()
      await expect(lost).toContainText("The hub secretariat's phone and e-mail are not filled in: the draft notice")
      const notice = lost.getByRole('textbox', { name: 'Draft notice' })
      await expect(notice).toHaveValue(/^PEMBERITAHUAN KEGAGALAN PELINDUNGAN DATA PRIBADI/)
      await expect(notice).toHaveValue(/paling lambat 3×24 jam/)
      await expect(notice).toHaveAttribute('lang', 'id')
      await expect(notice).toHaveAccessibleDescription(
        /The notice is in Indonesian on purpose: it goes to the people whose data was in the file and to the Indonesian personal data protection authority\./,
      )
      await expectAccessible(page)
    })
  })
})
