import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Result } from '../../src/shared/errors'
import { utcToZoned } from '../../src/shared/format'
import type { PersonDossier } from '../../src/shared/privacy'
import { hasPdftotext } from '../../scripts/harness/pdf-text'
import type { Harness } from '../../scripts/harness/server'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { createOrganisation, createPerson, useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub, viewport: { width: 1366, height: 768 } })
// Axe alone takes 20 s on a loaded machine, and printing opens the page afresh.
test.describe.configure({ timeout: 180_000 })

/** "1 Des 2026 14.05 WIB": an Indonesian month, the time with a dot, the hub's zone. */
const dateTimeId = /\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4} \d{2}\.\d{2} WIB/

async function invoked<T>(harness: Harness, channel: string, input?: unknown): Promise<T> {
  const result = (await harness.registry.invoke(channel, input)) as Result<T>
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`)
  return result.value
}

/**
 * Siti, who consented to be listed, contacted and shared with the national team; Budi, shared
 * too, whose data was later erased; a bundle of both sent to the national team (saved in
 * `folder`); and Siti's request to see her data, received an hour ago.
 */
async function seedHub(harness: Harness, folder: string): Promise<{ siti: string; bundle: string }> {
  const organisation = await createOrganisation(harness, { name: 'Yayasan Bina Desa' })
  const consent = { action: 'given', recordedOn: '2025-05-18', method: 'paper', recordedBy: 'Sri Wahyuni' }
  const siti = await createPerson(harness, organisation, {
    name: 'Siti Rahayu',
    birthYear: 1985,
    phone: '0813-2222-3333',
    email: 'siti.rahayu@example.org',
  })
  await invoked(harness, 'privacy:recordConsent', {
    personId: siti,
    purposes: ['directory', 'contact', 'national'],
    ...consent,
  })
  const budi = await createPerson(harness, organisation, { name: 'Budi Santoso', gender: 'male', birthYear: 1990 })
  await invoked(harness, 'privacy:recordConsent', { personId: budi, purposes: ['national'], ...consent })
  const bundle = join(folder, 'paket-jatim-1.lokadaya')
  harness.dialogs.answerSave(bundle)
  await invoked(harness, 'sync:export', { full: true })
  await invoked(harness, 'privacy:erase', { personId: budi })
  await invoked(harness, 'privacy:openRequest', {
    kind: 'access',
    personId: siti,
    requesterName: 'Siti Rahayu',
    verification: 'KTP dicocokkan dengan data di direktori',
    receivedAt: utcToZoned(new Date(Date.now() - 3_600_000).toISOString(), 'WIB'),
  })
  return { siti, bundle }
}

const main = (page: Page) => page.getByRole('main')

test('an access request is answered with the person’s data as PDF and JSON, by keyboard', async ({ page, harness }) => {
  const folder = mkdtempSync(join(tmpdir(), 'lokadaya-access-'))
  try {
    const { siti } = await seedHub(harness, folder)
    await page.goto(`${harness.url}#/privacy`)
    await expect(page.getByRole('heading', { level: 1, name: 'Permintaan data pribadi' })).toBeVisible()
    await tabTo(main(page).getByRole('link', { name: 'Jawab permintaan Siti Rahayu: Melihat data' }))
    await page.keyboard.press('Enter')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Melihat data: permintaan dari Siti Rahayu' }),
    ).toBeVisible()
    await tabTo(main(page).getByRole('link', { name: 'Siti Rahayu' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Siti Rahayu' })).toBeVisible()

    const panel = page.getByRole('region', { name: 'Privasi', exact: true })
    await expect(panel.getByRole('heading', { level: 3, name: 'Akses & portabilitas' })).toBeVisible()
    const pdf = panel.getByRole('button', { name: 'Unduh PDF' })
    await expect(pdf).toHaveAccessibleDescription(/semua data yang disimpan hub tentang orang ini dan ke mana/)
    await expect(panel.getByRole('button', { name: 'Unduh CSV' })).toBeVisible()

    // The PDF: main prints the page #/print/dossier/<id>/id into the file chosen.
    harness.dialogs.answerSave(join(folder, 'siti.pdf'))
    await tabTo(pdf)
    await page.keyboard.press('Enter')
    const saved = panel.getByRole('status').filter({ hasText: 'disimpan sebagai' })
    await expect(saved).toHaveText(/^Data orang ini disimpan sebagai siti\.pdf \(\d+ KB\)\.$/, { timeout: 60_000 })
    await expect(saved).toBeFocused()
    expect(harness.dialogs.asked.at(-1)).toMatchObject({ kind: 'pdf', suggestedName: /^Data-pribadi-Siti-Rahayu-/ })
    const pdfBytes = readFileSync(join(folder, 'siti.pdf'))
    expect(pdfBytes.subarray(0, 4).toString('latin1')).toBe('%PDF')
    if (hasPdftotext) {
      const text = execFileSync('pdftotext', [join(folder, 'siti.pdf'), '-'], { encoding: 'utf8' })
      expect(text).toContain('Siti Rahayu')
      expect(text).toContain('Ke mana data Anda dikirim')
      expect(text).toContain('siti.rahayu@example.org')
      expect(execFileSync('pdfinfo', [join(folder, 'siti.pdf')], { encoding: 'utf8' })).toMatch(/\(A4\)/)
    }

    // A copy in English for someone who reads it better, while the app stays in Bahasa Indonesia.
    await tabTo(panel.getByRole('group', { name: 'Bahasa salinan PDF' }).getByRole('button', { name: 'English' }))
    await page.keyboard.press('Enter')
    harness.dialogs.answerSave(join(folder, 'siti-en.pdf'))
    await tabTo(pdf)
    await page.keyboard.press('Enter')
    await expect(panel.getByRole('status').filter({ hasText: 'siti-en.pdf' })).toBeVisible({ timeout: 60_000 })
    if (hasPdftotext)
      expect(execFileSync('pdftotext', [join(folder, 'siti-en.pdf'), '-'], { encoding: 'utf8' })).toContain(
        'Personal data of Siti Rahayu',
      )
    await expectAccessible(page)

    // The JSON: the same data, to take elsewhere.
    harness.dialogs.answerSave(join(folder, 'siti.json'))
    await tabTo(panel.getByRole('button', { name: 'Unduh JSON' }))
    await page.keyboard.press('Enter')
    await expect(panel.getByRole('status').filter({ hasText: 'siti.json' })).toHaveText(
      /^Data orang ini disimpan sebagai siti\.json \(\d+ KB\)\.$/,
    )
    const dossier = JSON.parse(readFileSync(join(folder, 'siti.json'), 'utf8')) as PersonDossier
    expect(dossier.format).toBe('lokadaya-person-data')
    expect(dossier.person).toMatchObject({ id: siti, name: 'Siti Rahayu', email: 'siti.rahayu@example.org' })
    expect(dossier.requests).toHaveLength(1)
    expect(dossier.disclosures).toEqual([expect.objectContaining({ recipient: 'national', identifying: true })])
    await expectAccessible(page)

    // Back to the request, answered as done.
    await page.goBack()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Melihat data: permintaan dari Siti Rahayu' }),
    ).toBeVisible()
    const fulfilled = main(page).getByRole('radio', { name: 'Dipenuhi: yang diminta sudah dikerjakan' })
    await tabTo(fulfilled)
    await page.keyboard.press('Space')
    await tabTo(main(page).getByRole('textbox', { name: 'Apa yang dilakukan, atau alasan penolakan' }))
    await page.keyboard.type('Salinan data (PDF dan JSON) diserahkan kepada Siti Rahayu lewat e-mail.')
    await tabTo(main(page).getByRole('button', { name: 'Simpan jawaban' }))
    await page.keyboard.press('Enter')
    await expect(main(page).getByRole('status').first()).toHaveText(
      'Jawaban atas permintaan Siti Rahayu dicatat: Dipenuhi.',
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('a lost bundle lists whose data it carried and drafts the notice, by keyboard', async ({ page, harness }) => {
  const folder = mkdtempSync(join(tmpdir(), 'lokadaya-lost-'))
  try {
    const { bundle } = await seedHub(harness, folder)
    await page.goto(`${harness.url}#/privacy`)
    const lost = page.getByRole('region', { name: 'Berkas hilang' })
    await expect(lost).toContainText('UU PDP Pasal 46')

    // One of the bundles this hub sent, from its history.
    const picker = lost.getByRole('combobox', { name: 'Atau paket yang dikirim hub ini' })
    await expect(picker.getByRole('option').nth(1)).toHaveText(new RegExp(`^No\\. 1, ${dateTimeId.source}$`))
    await tabTo(picker)
    await page.keyboard.press('ArrowDown')
    await tabTo(lost.getByRole('button', { name: 'Tampilkan' }))
    await page.keyboard.press('Enter')
    const result = lost.getByRole('heading', { level: 3 })
    await expect(result).toHaveText('Data siapa yang ada di berkas paket-jatim-1.lokadaya')
    await expect(result).toBeFocused()
    await expect(lost).toContainText(new RegExp(`Berkas dibuat ${dateTimeId.source}\\. 2 orang\\.`))
    const rows = lost.getByRole('table', { name: /^Orang yang datanya ada di berkas itu/ }).getByRole('row')
    await expect(rows).toHaveCount(3)
    await expect(rows.filter({ hasText: 'Siti Rahayu' }).getByRole('cell')).toHaveText([
      'Siti Rahayu',
      'Yayasan Bina Desa',
      'Ya: nama dan rinciannya',
    ])
    await expect(rows.filter({ hasText: 'Orang terhapus' })).toHaveCount(1)
    await expect(lost).toContainText('paling lambat 3 × 24 jam sejak kehilangan diketahui')
    const notice = lost.getByRole('textbox', { name: 'Draf pemberitahuan' })
    await expect(notice).toHaveAttribute('readonly', '')
    await expect(notice).toHaveValue(/^PEMBERITAHUAN/)
    await expect(notice).toHaveValue(/paket-jatim-1\.lokadaya/)
    await expect(notice).toHaveValue(/Pasal 46/)
    await tabTo(lost.getByRole('button', { name: 'Salin', exact: true }))
    await page.keyboard.press('Enter')
    // Copied, or where the clipboard is refused, selected for Ctrl+C.
    await expect(lost.getByRole('status')).toHaveText(
      /^(Draf pemberitahuan disalin\.|Draf pemberitahuan dipilih: tekan Ctrl\+C untuk menyalinnya\.)$/,
    )
    await expectAccessible(page)

    // A copy of the file at hand: what it held of each person, field by field.
    harness.dialogs.answerOpen([bundle])
    await tabTo(lost.getByRole('button', { name: 'Pilih salinan berkas…' }), 'Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(rows.filter({ hasText: 'Siti Rahayu' }).getByRole('cell').last()).toHaveText(
      'Ya: nama, telepon, e-mail',
    )
    await expect(rows.filter({ hasText: 'Orang terhapus' })).toHaveCount(1)
    expect(harness.dialogs.asked.at(-1)).toEqual({ kind: 'carrier' })
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('access and the lost file in English', async ({ page, harness }) => {
  const folder = mkdtempSync(join(tmpdir(), 'lokadaya-access-en-'))
  try {
    const { siti } = await seedHub(harness, folder)
    await useEnglish(page, harness)
    await page.goto(`${harness.url}#/members/person/${siti}`)
    const panel = page.getByRole('region', { name: 'Privacy', exact: true })
    await expect(panel.getByRole('heading', { level: 3, name: 'Access & portability' })).toBeVisible()
    harness.dialogs.answerSave(join(folder, 'siti.csv'))
    await panel.getByRole('button', { name: 'Download CSV' }).click()
    await expect(panel.getByRole('status').filter({ hasText: 'siti.csv' })).toHaveText(
      /^This person’s data was saved as siti\.csv \(\d+ KB\)\.$/,
    )
    expect(readFileSync(join(folder, 'siti.csv'), 'utf8')).toContain('Siti Rahayu')

    await page.goto(`${harness.url}#/privacy`)
    const lost = page.getByRole('region', { name: 'Lost file' })
    await lost.getByRole('combobox', { name: 'Or a bundle this hub sent' }).selectOption({ index: 1 })
    await lost.getByRole('button', { name: 'Show' }).click()
    await expect(lost.getByRole('heading', { level: 3 })).toHaveText('Whose data is in paket-jatim-1.lokadaya')
    await expect(lost).toContainText(/File made \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}\.\d{2} WIB\. 2 people\./)
    await expect(lost.getByRole('row').filter({ hasText: 'Erased person' })).toHaveCount(1)
    // The notice goes to Indonesian people and the authority: in Bahasa Indonesia whatever the app speaks.
    await expect(lost.getByRole('textbox', { name: 'Draft notice' })).toHaveValue(/^PEMBERITAHUAN KEGAGALAN/)
    await expectAccessible(page)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
