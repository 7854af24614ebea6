import type { Page } from '@playwright/test'
import { formatDate } from '../../src/shared/format'
import { formatPhone } from '../../src/shared/phone'
import { expect, jawaTimurHub, test } from './fixtures'

const fingerprintPattern = /^\d{5}( \d{5}){5}$/

async function fillHubForm(page: Page, entries: { phone?: string; email?: string } = {}): Promise<void> {
  await page.getByLabel('Provinsi', { exact: true }).selectOption({ label: 'Jawa Timur · WIB' })
  await page.getByLabel('Nama organisasi hub').fill('Forum OMS Jawa Timur')
  await page.getByLabel('Nama kontak').fill('Sri Wahyuni')
  await page.getByLabel('Nomor telepon').fill(entries.phone ?? '0812-3456-7890')
  await page.getByLabel('E-mail').fill(entries.email ?? 'sekretariat@forumoms-jatim.or.id')
}

const submit = (page: Page) => page.getByRole('button', { name: 'Buat identitas hub' }).click()

test('a hub in Jawa Timur is set up, and identity, fingerprint and language survive a reload', async ({ page }) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  await expect(page.getByRole('heading', { level: 1, name: 'Penyiapan awal' })).toBeVisible()
  const province = page.getByLabel('Provinsi', { exact: true })
  await expect(province.getByRole('option')).toHaveCount(1 + 38)
  await fillHubForm(page)
  await expect(province).toHaveAccessibleDescription('Zona waktu hub: WIB (UTC+7)')
  await submit(page)

  await expect(page.getByRole('heading', { level: 1, name: 'Identitas hub sudah dibuat' })).toBeFocused()
  const fingerprintRegion = page.getByRole('region', { name: 'Sidik jari kunci' })
  const digits = fingerprintRegion.getByText(fingerprintPattern)
  const fingerprint = (await digits.textContent())?.trim() ?? ''
  expect(fingerprint).toMatch(fingerprintPattern)
  await expect(fingerprintRegion).toContainText('Bacakan keenam kelompok angka ini kepada tim nasional melalui telepon')

  await page.getByRole('button', { name: 'Lanjut ke aplikasi' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeFocused()
  await page.getByRole('link', { name: 'Pengaturan' }).click()
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('region', { name: 'Key fingerprint' }).getByText(fingerprintPattern)).toHaveText(
    fingerprint,
  )
  const identity = page.getByRole('region', { name: 'Hub identity' })
  await expect(identity).toContainText('Forum OMS Jawa Timur')
  await expect(identity).toContainText('Provincial hub')
  await expect(identity).toContainText('Jawa Timur')
  await expect(identity).toContainText('+62 812-3456-7890')
  await expect(identity).toContainText('sekretariat@forumoms-jatim.or.id')
})

test('the language chosen before setup is kept, and field messages follow a switch', async ({ page }) => {
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'First-run setup' })).toBeVisible()
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1, name: 'First-run setup' })).toBeVisible()

  await page.getByRole('button', { name: 'Create the hub identity' }).click()
  // Found by role, since its label changes language along with the message.
  const province = page.getByRole('combobox')
  await expect(province).toHaveAccessibleDescription("Choose the hub's province.")
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click()
  await expect(province).toHaveAccessibleDescription('Pilih provinsi hub.')
})

test('an empty form gets a message at each field and creates nothing', async ({ page }) => {
  await submit(page)
  const province = page.getByLabel('Provinsi', { exact: true })
  await expect(province).toBeFocused()
  await expect(province).toHaveAttribute('aria-invalid', 'true')
  await expect(province).toHaveAccessibleDescription('Pilih provinsi hub.')
  await expect(page.getByLabel('Nama organisasi hub')).toHaveAccessibleDescription(/Nama organisasi hub wajib diisi\.$/)
  await expect(page.getByLabel('Nama kontak')).toHaveAccessibleDescription('Nama kontak sekretariat wajib diisi.')
  await expect(page.getByLabel('Nomor telepon')).toHaveAccessibleDescription(
    'Isi setidaknya nomor telepon atau e-mail sekretariat.',
  )
  await expect(page.getByLabel('E-mail')).not.toHaveAttribute('aria-invalid')

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Penyiapan awal' })).toBeVisible()
})

test('an unrecognised phone number and e-mail address each get their own message', async ({ page }) => {
  await fillHubForm(page, { phone: '12345', email: 'sekretariat@' })
  await submit(page)
  const phone = page.getByLabel('Nomor telepon')
  const email = page.getByLabel('E-mail')
  await expect(phone).toBeFocused()
  await expect(phone).toHaveAccessibleDescription(
    'Nomor telepon tidak dikenali. Contoh: 0812 3456 7890 atau +62 812 3456 7890.',
  )
  await expect(email).toHaveAccessibleDescription('Alamat e-mail tidak valid. Contoh: sekretariat@contoh.or.id.')

  await phone.fill('(031) 555-1234')
  await expect(phone).not.toHaveAttribute('aria-invalid')
  await submit(page)
  await expect(email).toBeFocused()
  await expect(email).toHaveAttribute('aria-invalid', 'true')

  await email.fill('sekretariat@forumoms-jatim.or.id')
  await submit(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Identitas hub sudah dibuat' })).toBeVisible()
  await expect(page.getByText(formatPhone('+62315551234'))).toBeVisible()
})

test("main's own field errors appear at the field and nothing is saved", async ({ page }) => {
  // As if this installation's reference data listed a province main does not know.
  await page.route('**/__harness/invoke', async (route) => {
    const call = route.request().postDataJSON() as { channel: string; input?: { provinceCode?: string } }
    if (call.channel === 'hub:setup' && call.input) call.input.provinceCode = '99'
    await route.continue({ postData: JSON.stringify(call) })
  })
  await fillHubForm(page)
  await submit(page)

  await expect(page.getByRole('alert').filter({ hasText: 'Ada isian yang perlu diperbaiki.' })).toBeVisible()
  const province = page.getByLabel('Provinsi', { exact: true })
  await expect(province).toBeFocused()
  await expect(province).toHaveAccessibleDescription(
    'Zona waktu hub: WIB (UTC+7) Kode provinsi "99" tidak ada dalam data wilayah Kemendagri.',
  )
  await page.unroute('**/__harness/invoke')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Penyiapan awal' })).toBeVisible()
})

test('a refusal without field errors is shown in the alert region', async ({ page, harness }) => {
  // Another window finished setup first.
  await harness.registry.invoke('hub:setup', jawaTimurHub)
  await fillHubForm(page)
  await submit(page)
  await expect(
    page.getByRole('alert').filter({ hasText: 'Hub ini sudah disiapkan sebagai "Forum OMS Jawa Timur"' }),
  ).toBeVisible()
})

test('the national instance is set up without a province', async ({ page }) => {
  await page.getByRole('radio', { name: 'Instans nasional' }).check()
  await expect(page.getByLabel('Provinsi', { exact: true })).toHaveCount(0)
  await page.getByLabel('Nama organisasi hub').fill('Sekretariat Nasional Lokadaya')
  await page.getByLabel('Nama kontak').fill('Budi Santoso')
  await page.getByLabel('E-mail').fill('nasional@lokadaya.or.id')
  await submit(page)

  await expect(page.getByRole('heading', { level: 1, name: 'Identitas hub sudah dibuat' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Sidik jari kunci' }).getByText(fingerprintPattern)).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: 'Instans nasional' })).toBeVisible()
  await expect(page.getByRole('term').filter({ hasText: 'Provinsi' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Lanjut ke aplikasi' }).click()
  await expect(page.getByText('Sekretariat Nasional Lokadaya').first()).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: formatDate(new Date(), 'WIB') })).toBeVisible()
})
