import type { Page } from '@playwright/test'
import { expect, expectAccessible, jawaTimurHub, test } from './fixtures'
import { useEnglish } from './records-seed'

// Text pasted from a PDF or a chat often carries invisible characters: U+0002 here, as such text does.
const pasted = 'Yayasan\u0002Bina Desa'

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name })

test.describe('first-run setup', () => {
  test('a hub name with an invisible character gets a message naming it, in both languages', async ({ page }) => {
    await page.getByLabel('Provinsi', { exact: true }).selectOption({ label: 'Jawa Timur · WIB' })
    await page.getByLabel('Nama organisasi hub').fill(`Forum OMS\u001b Jawa Timur`)
    await page.getByLabel('Nama kontak').fill('Sri Wahyuni')
    await page.getByLabel('Nomor telepon').fill('0812-3456-7890')
    await page.getByRole('button', { name: 'Buat identitas hub' }).click()

    const name = page.getByLabel('Nama organisasi hub')
    await expect(name).toBeFocused()
    await expect(name).toHaveAccessibleDescription(
      /Isian ini berisi karakter kontrol tak terlihat \(U\+001B\)\. Hapus karakter itu/,
    )
    await expectAccessible(page)
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByLabel('Name of the hub organisation')).toHaveAccessibleDescription(
      /This entry contains an invisible control character \(U\+001B\)\. Remove it/,
    )
    await expectAccessible(page)

    // Fixed from the keyboard alone: retype the name, then submit with Enter.
    await page.getByLabel('Name of the hub organisation').focus()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('Forum OMS Jawa Timur')
    await page.keyboard.press('Enter')
    await expect(heading(page, 'The hub identity has been created')).toBeFocused()
  })
})

test.describe('with a hub set up', () => {
  test.use({ hubSetup: jawaTimurHub })

  test('an OMS name with an invisible character is refused at the field, in Indonesian and English', async ({
    page,
    harness,
  }) => {
    const attempt = async (labels: { name: string; regency: string; notes: string; save: string }) => {
      await page.getByLabel(labels.name, { exact: true }).fill(pasted)
      await page.getByLabel(labels.regency).selectOption({ index: 1 })
      await page.getByLabel(labels.notes).fill('Baris satu\nBaris dua')
      await page.getByRole('button', { name: labels.save }).click()
      await expect(page.getByLabel(labels.name, { exact: true })).toBeFocused()
      await expect(page.getByLabel(labels.notes)).not.toHaveAttribute('aria-invalid')
    }
    await page.goto(`${harness.url}#/members/organisation/new`)
    await expect(heading(page, 'OMS baru')).toBeFocused()
    await attempt({ name: 'Nama', regency: 'Kabupaten/kota', notes: 'Catatan', save: 'Simpan' })
    await expect(page.getByLabel('Nama', { exact: true })).toHaveAccessibleDescription(
      'Isian ini berisi karakter kontrol tak terlihat (U+0002). Hapus karakter itu, misalnya dengan mengetik ulang isiannya.',
    )
    await expectAccessible(page)

    await useEnglish(page, harness)
    await expect(heading(page, 'New OMS')).toBeVisible()
    await attempt({ name: 'Name', regency: 'Regency/city', notes: 'Notes', save: 'Save' })
    await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription(
      'This entry contains an invisible control character (U+0002). Remove it, for instance by typing the entry again.',
    )
    // Fixed from the keyboard alone: the name has focus; retype it and submit with Enter.
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('Yayasan Bina Desa')
    await page.keyboard.press('Enter')
    await expect(heading(page, 'Yayasan Bina Desa')).toBeVisible()
    await expect(
      page.getByRole('status').filter({ hasText: 'The OMS Yayasan Bina Desa has been saved.' }),
    ).toBeFocused()
  })

  test('a spreadsheet whose file name holds a control character is refused with a message saying so', async ({
    page,
    harness,
  }) => {
    const file = { mimeType: 'text/csv', buffer: Buffer.from('Nama OMS,Kab/Kota\nYayasan Bina Desa,Kab. Madiun\n') }
    await page.goto(`${harness.url}#/members/import/organisations`)
    await page.getByLabel('Berkas spreadsheet').setInputFiles({ ...file, name: 'anggota\u0007.csv' })
    // The export part of the page keeps an empty alert region of its own, ready to speak.
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText(
      'Nama berkas berisi karakter kontrol tak terlihat (U+0007). Ganti nama berkasnya, lalu pilih lagi.',
    )
    await expectAccessible(page)

    await useEnglish(page, harness)
    await page.getByLabel('Spreadsheet file').setInputFiles({ ...file, name: 'members\u0007.csv' })
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText(
      'The file name contains an invisible control character (U+0007). Rename the file, then choose it again.',
    )
    await page.getByLabel('Spreadsheet file').setInputFiles({ ...file, name: 'members.csv' })
    await expect(page.getByText(/^members\.csv: 1 /)).toBeVisible()
  })
})
