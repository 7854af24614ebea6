import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Result } from '../../src/shared/errors'
import { localDate } from '../../src/shared/format'
import { affiliations, people } from '../../src/main/members/schema'
import { syncWrite } from '../../src/main/sync/write'
import { hasPdftotext } from '../../scripts/harness/pdf-text'
import type { Harness } from '../../scripts/harness/server'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { createOrganisation, createPerson, useEnglish } from './records-seed'

/**
 * The hub is set up, and Sri recorded, in March 2022 by the database's clock; the rest happens
 * today. Each test starts in 2022 again.
 */
const MARCH_2022 = Date.parse('2022-03-01T03:00:00Z')
const fake = { now: MARCH_2022 }
test.use({ hubSetup: jawaTimurHub, clock: { now: () => fake.now } })
test.afterEach(() => {
  fake.now = MARCH_2022
})
// Axe alone takes 20 s on a loaded machine, and printing opens the page afresh.
test.describe.configure({ timeout: 180_000 })

/** Today, and its year, where the hub is (WIB). */
const today = localDate(new Date(), 'WIB')
const thisYear = Number(today.slice(0, 4))

async function invoked(harness: Harness, channel: string, input: unknown): Promise<void> {
  const result = (await harness.registry.invoke(channel, input)) as Result<unknown>
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`)
}

/**
 * A thousand members of a district forum, as an import brings them (one write, through the write
 * path); Siti, who consents to be listed and shared; Rina, 14, whose father consented for her; and
 * Sri, recorded in March 2022 and not touched since.
 */
async function seedHub(harness: Harness): Promise<{ sri: string }> {
  const binaDesa = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const sri = await createPerson(harness, binaDesa, { name: 'Sri Lestari' })
  fake.now = Date.now()
  syncWrite(harness.services.database, (writer) => {
    for (let n = 1; n <= 1000; n++) {
      const personId = writer.insert(people, {
        name: `Anggota Forum ${n}`,
        nameKey: '',
        gender: n % 2 ? 'female' : 'male',
        birthYear: 1990,
        role: 'volunteer',
        organisationId: binaDesa,
      })
      writer.insert(affiliations, { personId, organisationId: binaDesa, role: 'volunteer', fromOn: today })
    }
  })
  const consent = { action: 'given', recordedOn: today, method: 'paper', recordedBy: 'Sri Wahyuni' }
  const siti = await createPerson(harness, binaDesa, { name: 'Siti Rahayu', birthYear: 1998 })
  await invoked(harness, 'privacy:recordConsent', { personId: siti, purposes: ['directory', 'national'], ...consent })
  const rina = await createPerson(harness, binaDesa, { name: 'Rina Kartika', birthYear: thisYear - 14 })
  await invoked(harness, 'privacy:recordConsent', {
    personId: rina,
    purposes: ['national'],
    guardianName: 'Suparman',
    ...consent,
  })
  return { sri }
}

const recordSection = (page: Page, name: string) => page.getByRole('region', { name, exact: true })

test('the record states live counts in Indonesian, prints to PDF, and a shorter period proposes a person, by keyboard', async ({
  page,
  harness,
}) => {
  const { sri } = await seedHub(harness)
  await page.goto(`${harness.url}#/privacy`)
  const record = recordSection(page, 'Catatan pemrosesan')
  await expect(record.getByRole('heading', { level: 3 })).toHaveText('Catatan kegiatan pemrosesan data pribadi')
  // The hub's phone and e-mail are on record: no warning that they are missing.
  await expect(record.getByText('Telepon dan e-mail sekretariat hub belum diisi', { exact: false })).toHaveCount(0)
  await expect(record).toContainText('Sri Wahyuni, +62 812-3456-7890, sekretariat@forumoms-jatim.or.id')
  // "Dibuat 1 Des 2026 14.05 WIB": an Indonesian month, the time with a dot, the hub's zone.
  await expect(record.locator('.processing-record__generated')).toHaveText(
    /^Dibuat \d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4} \d{2}\.\d{2} WIB$/,
  )
  const kinds = record.getByRole('table').first()
  const directory = kinds.getByRole('row', { name: /^Orang di direktori/ })
  await expect(directory.getByRole('cell').last()).toHaveText('1.003')
  await expect(directory).toContainText('1.002 dengan tahun lahir')
  await expect(
    kinds
      .getByRole('row', { name: /^Catatan persetujuan/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('3')
  await expect(
    record
      .getByRole('row', { name: /^Tim nasional/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('2')
  await expect(record).toContainText('Dari 1.003 orang di direktori (tidak termasuk yang sudah dihapus)')
  await expect(record).toContainText('nama, catatan: orangnya setuju dibagikan ke tim nasional dan pemakaiannya')
  await expect(record).toContainText('Cadangan menyertakan kunci tanda tangan hanya bila diminta')
  const minors = record.locator('.details > div').filter({ hasText: `Orang di bawah 18 tahun pada ${thisYear}` })
  await expect(minors.getByRole('definition')).toHaveText('1')
  await expect(record).toContainText('memproses data anak, yang termasuk data pribadi yang bersifat spesifik')

  const folder = mkdtempSync(join(tmpdir(), 'lokadaya-record-'))
  try {
    harness.dialogs.answerSave(join(folder, 'catatan.pdf'))
    await tabTo(record.getByRole('button', { name: 'Cetak PDF' }))
    await page.keyboard.press('Enter')
    await expect(record.getByRole('status').filter({ hasText: 'catatan.pdf' })).toHaveText(
      /^Catatan pemrosesan disimpan sebagai catatan\.pdf \(\d+ KB\)\.$/,
      { timeout: 60_000 }, // printing opens the record's page afresh and waits until it is drawn
    )
    expect(harness.dialogs.asked.at(-1)).toEqual({
      kind: 'pdf',
      suggestedName: `Catatan-pemrosesan-Forum-OMS-Jawa-Timur-${today}.pdf`,
    })
    if (hasPdftotext) {
      const text = execFileSync('pdftotext', [join(folder, 'catatan.pdf'), '-'], { encoding: 'utf8' })
      expect(text).toContain('Catatan kegiatan pemrosesan data pribadi')
      expect(text).toContain('1.003')
      expect(execFileSync('pdfinfo', [join(folder, 'catatan.pdf')], { encoding: 'utf8' })).toMatch(/\(A4\)/)
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
  await expectAccessible(page)

  const retention = recordSection(page, 'Retensi')
  await expect(retention).toContainText('Tidak ada orang yang melewati masa simpannya.')
  const years = retention.getByRole('textbox', { name: 'Orang di direktori' })
  await expect(years).toHaveValue('5')

  // A period the app does not keep is refused at its field.
  await tabTo(years)
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('0')
  await page.keyboard.press('Enter')
  await expect(years).toBeFocused()
  await expect(years).toHaveAccessibleDescription(/Isi masa simpan dengan bilangan bulat dari 1 sampai 30 tahun\./)

  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('3')
  await expect(years).toHaveAccessibleDescription(
    /Kegiatan terakhir sebelum \d{1,2} \w{3} \d{4} melewati masa simpan ini\./,
  )
  await tabTo(retention.getByRole('button', { name: 'Simpan masa simpan' }))
  await page.keyboard.press('Enter')
  await expect(retention.getByRole('status')).toHaveText('Masa simpan disimpan.')
  await expect(retention).toContainText('1 orang melewati masa simpannya.')
  const proposed = retention.getByRole('table', { name: /^Orang yang diusulkan untuk ditinjau/ })
  const rows = proposed.getByRole('row')
  await expect(rows).toHaveCount(2)
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['Sri Lestari', 'Yayasan Bina Desa', '1 Mar 2022', ''])
  // The record says the new period too.
  await expect(record.getByRole('row', { name: /^Orang di direktori/ }).last()).toContainText('3 tahun')
  await expectAccessible(page)

  const link = proposed.getByRole('link', { name: 'Sri Lestari' })
  await expect(link).toHaveAttribute('href', `#/members/person/${sri}`)
  await tabTo(link)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Sri Lestari' })).toBeVisible()
})

test('the record and retention in English, with English numbers', async ({ page, harness }) => {
  await seedHub(harness)
  await useEnglish(page, harness)
  await page.goto(`${harness.url}#/privacy`)
  const record = recordSection(page, 'Record of processing')
  await expect(record.getByRole('heading', { level: 3 })).toHaveText('Record of personal data processing activities')
  await expect(record.locator('.processing-record__generated')).toHaveText(
    /^Generated \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}\.\d{2} WIB$/,
  )
  const directory = record
    .getByRole('table')
    .first()
    .getByRole('row', { name: /^People in the directory/ })
  await expect(directory.getByRole('cell').last()).toHaveText('1,003')
  await expect(record.getByRole('button', { name: 'Print PDF' })).toBeVisible()
  const retention = recordSection(page, 'Retention')
  await expect(retention.getByRole('textbox', { name: "Supporters' contacts" })).toHaveValue('5')
  await expect(retention).toContainText('Nobody is past their retention period.')
  await expectAccessible(page)
})
