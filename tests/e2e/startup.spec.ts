import { expect, jawaTimurHub, test } from './fixtures'

const INVOKE = '**/__harness/invoke'
const SETUP_CHUNK = '**/assets/SetupScreen-*.js'

test.describe('with a hub set up', () => {
  test.use({ hubSetup: jawaTimurHub })

  test('when main cannot be reached, the start screen says so in Bahasa Indonesia and Coba lagi opens the app', async ({
    page,
  }) => {
    await page.route(INVOKE, (route) => route.abort())
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Lokadaya Hub belum dapat dibuka.' })).toBeFocused()
    // Reading the language and the hub status both failed the same way: one alert, not two.
    const alert = page.getByRole('alert')
    await expect(alert).toHaveCount(1)
    await expect(alert).toHaveText(
      'Terjadi kesalahan tak terduga. Data Anda tidak diubah. Coba lagi; bila berulang, hubungi tim nasional.',
    )

    // Main answers, but with a broken response: the retry fails again and the screen stays.
    await page.unroute(INVOKE)
    let broken = 0
    await page.route(INVOKE, (route) => {
      broken += 1
      return route.fulfill({ status: 500 })
    })
    const retry = page.getByRole('button', { name: 'Coba lagi' })
    await retry.click()
    // The recovery check, the language and the hub status: each asked once more.
    await expect.poll(() => broken).toBe(3)
    await expect(alert).toHaveCount(1)
    await expect(alert).toContainText('Terjadi kesalahan tak terduga.')

    await page.unroute(INVOKE)
    await retry.click()
    await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible()
    await expect(page.getByRole('main')).toContainText('Forum OMS Jawa Timur')
  })
})

test('setup code that fails to load gets a message and a retry that loads it', async ({ page }) => {
  const pageErrors: Error[] = []
  page.on('pageerror', (error) => pageErrors.push(error))
  let refused = 0
  await page.route(SETUP_CHUNK, (route) => {
    refused += 1
    return route.abort()
  })
  await page.reload()

  await expect(page.getByRole('heading', { level: 1, name: 'Lokadaya Hub belum dapat dibuka.' })).toBeFocused()
  await expect(page.getByRole('alert')).toHaveText(
    'Sebagian berkas aplikasi gagal dimuat. Data Anda tidak diubah. Coba lagi; bila berulang, pasang ulang Lokadaya Hub.',
  )
  const retry = page.getByRole('button', { name: 'Coba lagi' })
  const refusedBefore = refused
  await retry.click()
  // Asked for again and still refused: the message comes back, and focus with it, not lost with the old button.
  await expect.poll(() => refused).toBe(refusedBefore + 1)
  await expect(page.getByRole('heading', { level: 1, name: 'Lokadaya Hub belum dapat dibuka.' })).toBeFocused()

  await page.unroute(SETUP_CHUNK)
  await retry.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Penyiapan awal' })).toBeVisible()
  await expect(page.getByLabel('Provinsi', { exact: true }).getByRole('option')).toHaveCount(1 + 38)
  // The head-start fetch of the same code failed too; that must not escape as an unhandled rejection.
  expect(pageErrors).toEqual([])
})
