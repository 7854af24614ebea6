import type { Locator, Page } from '@playwright/test'
import { formatDate } from '../../src/shared/format'
import type { HubStatusReport } from '../../src/shared/hub'
import type { Result } from '../../src/shared/errors'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'

const fingerprintPattern = /^\d{5}( \d{5}){5}$/

const detail = (scope: Locator, term: string) =>
  scope
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd')

async function openSettings(page: Page, url: string) {
  await page.goto(`${url}#/settings`)
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible()
}

async function toEnglish(page: Page) {
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
}

test.describe('a provincial hub', () => {
  test.use({ hubSetup: jawaTimurHub })

  test('edits its name and secretariat contact by keyboard, told what to fix and that the province stays', async ({
    page,
    harness,
  }) => {
    test.slow()
    await openSettings(page, harness.url)
    const identity = page.getByRole('region', { name: 'Identitas hub' })
    await tabTo(identity.getByRole('button', { name: 'Ubah nama dan kontak' }))
    await page.keyboard.press('Enter')

    const name = identity.getByLabel('Nama organisasi hub')
    await expect(name).toBeFocused()
    await expect(name).toHaveValue('Forum OMS Jawa Timur')
    await expect(identity.getByLabel('Nomor telepon')).toHaveValue('+62 812-3456-7890')
    await expect(detail(identity, 'Provinsi')).toHaveText('Jawa Timur')
    await expect(identity).toContainText('Provinsi tidak dapat diubah setelah penyiapan')
    await expect(identity.getByLabel('Provinsi')).toHaveCount(0)

    // Everything emptied: main's messages, the same as at setup, each at its field; focus on the first.
    for (const label of ['Nama organisasi hub', 'Nama kontak', 'Nomor telepon', 'E-mail'])
      await identity.getByLabel(label).fill('')
    await identity.getByLabel('E-mail').press('Enter')
    await expect(name).toBeFocused()
    await expect(name).toHaveAccessibleDescription(/Nama organisasi hub wajib diisi\.$/)
    await expect(identity.getByLabel('Nama kontak')).toHaveAccessibleDescription('Nama kontak sekretariat wajib diisi.')
    await expect(identity.getByLabel('Nomor telepon')).toHaveAccessibleDescription(
      'Isi setidaknya nomor telepon atau e-mail sekretariat.',
    )
    await expectAccessible(page)

    // A message goes as soon as its field is changed.
    await name.fill('Forum OMS Jatim')
    await expect(name).not.toHaveAccessibleDescription(/wajib diisi/)
    await identity.getByLabel('Nama kontak').fill('Dewi Lestari')
    await identity.getByLabel('E-mail').fill('dewi@')
    await identity.getByLabel('E-mail').press('Enter')
    await expect(identity.getByLabel('E-mail')).toBeFocused()
    await expect(identity.getByLabel('E-mail')).toHaveAccessibleDescription(/^Alamat e-mail tidak valid/)

    await identity.getByLabel('E-mail').fill('dewi@forumoms-jatim.or.id')
    await tabTo(identity.getByRole('button', { name: 'Simpan' }))
    await page.keyboard.press('Enter')
    await expect(identity.getByRole('status')).toHaveText(
      'Nama dan kontak hub disimpan. Perubahan ini ikut terkirim ke tim nasional bersama paket sinkronisasi berikutnya.',
    )
    await expect(identity.getByRole('button', { name: 'Ubah nama dan kontak' })).toBeFocused()
    await expect(detail(identity, 'Nama organisasi')).toHaveText('Forum OMS Jatim')
    await expect(detail(identity, 'Nama kontak')).toHaveText('Dewi Lestari')
    await expect(detail(identity, 'Telepon')).toHaveText('Belum diisi')
    await expect(detail(identity, 'E-mail')).toHaveText('dewi@forumoms-jatim.or.id')
    // The dates of the identity stay in Indonesian form.
    await expect(detail(identity, 'Dibuat')).toHaveText(/^\d{1,2} \w{3} \d{4} \d{2}\.\d{2} WIB$/)
    await expect(page.getByRole('complementary')).toContainText('Forum OMS Jatim')
    const status = (await harness.registry.invoke('hub:status', undefined)) as Result<HubStatusReport>
    expect(status.ok && status.value.setUp && status.value.identity).toMatchObject({
      name: 'Forum OMS Jatim',
      provinceCode: '35',
      contactPhone: null,
    })
    await expectAccessible(page)
  })

  test('in English, the form says the province stays, and Cancel leaves everything as it was', async ({
    page,
    harness,
  }) => {
    test.slow()
    await openSettings(page, harness.url)
    await toEnglish(page)
    const identity = page.getByRole('region', { name: 'Hub identity' })
    const edit = identity.getByRole('button', { name: 'Edit name and contact' })
    await tabTo(edit, 'Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(identity).toContainText('The province cannot be changed after setup')
    await identity.getByLabel('Contact name').fill('Someone else')
    await expectAccessible(page)
    await tabTo(identity.getByRole('button', { name: 'Cancel' }))
    await page.keyboard.press('Enter')
    await expect(edit).toBeFocused()
    await expect(detail(identity, 'Contact name')).toHaveText('Sri Wahyuni')
    await expect(identity.getByRole('status')).toHaveText('')
  })

  test('the fingerprint is copied and printed by keyboard, and says whom to read it to', async ({
    page,
    harness,
    context,
  }) => {
    // Three axe runs take most of the usual 30 s on a busy machine.
    test.slow()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await openSettings(page, harness.url)
    const region = page.getByRole('region', { name: 'Sidik jari kunci' })
    const fingerprint = ((await region.getByText(fingerprintPattern).textContent()) ?? '').trim()
    await expect(region).toContainText(
      'Bacakan keenam kelompok angka ini kepada tim nasional melalui telepon saat sekretariat nasional mendaftarkan hub ini.',
    )

    await tabTo(region.getByRole('button', { name: 'Salin sidik jari' }))
    await page.keyboard.press('Enter')
    await expect(region.getByRole('status')).toHaveText(
      'Sidik jari disalin. Tempelkan di pesan atau dokumen bila perlu.',
    )
    // Scripts run in the page as text: these tests are type-checked without the DOM's names.
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(fingerprint)

    // The print dialog is the browser's own: stubbed, and asked what would go on paper.
    await page.evaluate(`window.printed = [];
      window.print = () => window.printed.push(document.body.classList.contains('printing-fingerprint'))`)
    await tabTo(region.getByRole('button', { name: 'Cetak sidik jari' }))
    await page.keyboard.press('Enter')
    expect(await page.evaluate('window.printed')).toEqual([true])
    await page.emulateMedia({ media: 'print' })
    await expect(region.getByText(fingerprintPattern)).toBeVisible()
    await expect(
      region.getByText(`Dicetak untuk Forum OMS Jawa Timur, ${formatDate(new Date(), 'WIB')}.`),
    ).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeHidden()
    await expect(region.getByRole('button', { name: 'Cetak sidik jari' })).toBeHidden()
    // Once the dialog closes, the page is whole again.
    await page.evaluate(`window.dispatchEvent(new Event('afterprint'))`)
    await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible()
    await page.emulateMedia({ media: 'screen' })
    await expectAccessible(page)

    await toEnglish(page)
    const english = page.getByRole('region', { name: 'Key fingerprint' })
    await expect(english).toContainText(
      'Read these six groups of digits aloud to the national team over the phone when the national secretariat enrols this hub.',
    )
    await expect(english.getByRole('button', { name: 'Copy fingerprint' })).toBeVisible()
    await expect(english.getByRole('button', { name: 'Print fingerprint' })).toBeVisible()
    await expectAccessible(page)
  })

  test('where the clipboard is refused, the digits are selected for Ctrl+C instead', async ({ page, harness }) => {
    await openSettings(page, harness.url)
    // As Electron's shell answers with its deny-all permission policy.
    await page.evaluate(`Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    })`)
    const region = page.getByRole('region', { name: 'Sidik jari kunci' })
    const fingerprint = ((await region.getByText(fingerprintPattern).textContent()) ?? '').trim()
    await region.getByRole('button', { name: 'Salin sidik jari' }).click()
    await expect(region.getByRole('status')).toHaveText('Sidik jari sudah dipilih; tekan Ctrl+C untuk menyalinnya.')
    const selected = String(await page.evaluate('window.getSelection().toString()'))
    expect(selected.replace(/\s+/g, ' ').trim()).toBe(fingerprint)
  })
})

test.describe('the national instance', () => {
  test.use({
    hubSetup: { role: 'national', name: 'Sekretariat Nasional Lokadaya', contactEmail: 'sekretariat@lokadaya.id' },
  })

  test('reads its fingerprint to each province, and has no province to edit', async ({ page, harness }) => {
    test.slow()
    await openSettings(page, harness.url)
    await expect(page.getByRole('region', { name: 'Sidik jari kunci' })).toContainText(
      'kepada sekretariat hub provinsi yang mendaftarkan kunci tim nasional — satu per satu, kepada tiap provinsi.',
    )
    const identity = page.getByRole('region', { name: 'Identitas hub' })
    await identity.getByRole('button', { name: 'Ubah nama dan kontak' }).click()
    await expect(identity).not.toContainText('Provinsi')
    // Set up by script without a contact person: the form asks for one, as setup does.
    await identity.getByRole('button', { name: 'Simpan' }).click()
    await expect(identity.getByLabel('Nama kontak')).toBeFocused()
    await identity.getByLabel('Nama kontak').fill('Rina Marlina')
    await identity.getByRole('button', { name: 'Simpan' }).click()
    await expect(detail(identity, 'Nama kontak')).toHaveText('Rina Marlina')
    await expectAccessible(page)

    await toEnglish(page)
    await expect(page.getByRole('region', { name: 'Key fingerprint' })).toContainText(
      "to the secretariat of each provincial hub that enrols the national team's key, one province at a time.",
    )
    await expectAccessible(page)
  })
})
