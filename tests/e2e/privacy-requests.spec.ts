import type { Page } from '@playwright/test'
import type { Result } from '../../src/shared/errors'
import { formatDate, utcToZoned } from '../../src/shared/format'
import type { HubSetupInput } from '../../src/shared/hub'
import type { OpenRequestInput } from '../../src/shared/privacy'
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

test.use({ hubSetup: sulawesiSelatanHub })
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
  await expect(page.getByRole('option', { name: /^Andi Pratama/ })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(personField).toHaveValue('Andi Pratama')
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
    'Andi Pratama',
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
    'Andi Pratama',
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
    `Erase their data — Budi Santoso: due ${when(now - 3 * HOUR, 'en')}, 3 hours late`,
  ])
  await warning.getByRole('link', { name: 'Open the personal data requests' }).click()

  const main = page.getByRole('main')
  await expect(heading(page, 'Personal data requests')).toBeFocused()
  await expect(main).toContainText('The law requires every request to be answered within 3 × 24 hours of receipt.')
  const rows = main.getByRole('table', { name: /^All requests/ }).getByRole('row')
  await expect(rows.nth(1).getByRole('cell')).toHaveText([
    'Erase their data',
    'Andi Pratama',
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
