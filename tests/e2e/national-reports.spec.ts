import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { HubSetupInput } from '../../src/shared/hub'
import { expect, expectAccessible, tabTo, test } from './fixtures'
import { exportTo, provinceHub, saveKeyFile, seed } from './sync-province'

test.use({
  hubSetup: { role: 'national', name: 'Sekretariat Nasional Lokadaya' } satisfies HubSetupInput,
})
test.slow()

test('the national team sees one indicator in every province, with the age of each last bundle', async ({
  page,
  harness,
  templateDatabase,
}) => {
  const usb = mkdtempSync(join(tmpdir(), 'lokadaya-usb-'))
  const bali = await provinceHub(templateDatabase, usb, { role: 'hub', provinceCode: '51', name: 'Forum OMS Bali' })
  try {
    seed(bali, 12, 20)
    const key = await saveKeyFile(bali, 'kunci-bali.lokadaya-key')
    expect((await harness.registry.invoke('sync:enrolKey', { path: key.path, fingerprint: key.fingerprint })).ok).toBe(
      true,
    )
    const bundle = await exportTo(bali, 'bali-1.lokadaya')
    expect((await harness.registry.invoke('sync:importBundle', { path: bundle.path, acceptDrift: false })).ok).toBe(
      true,
    )

    await page.goto(`${harness.url}#/reports`)
    await expect(page.getByRole('heading', { level: 1, name: 'Laporan' })).toBeVisible()
    await page.getByRole('combobox', { name: 'Indikator di peta' }).selectOption({ label: 'OMS di direktori' })
    await expect(page.getByText('Total nasional: 12')).toBeVisible()
    const map = page.getByRole('figure', { name: 'OMS di direktori per provinsi' })
    const baliTile = map.getByRole('button', { name: /^Bali: 12 — paket terakhir hari ini/ })
    await expect(baliTile).toBeVisible()
    await expect(map.getByRole('button', { name: /^Aceh: tidak ada data — belum pernah mengirim paket/ })).toBeVisible()
    await expectAccessible(page)

    // Choosing a province narrows every filter to it.
    await tabTo(baliTile)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('combobox', { name: 'Provinsi' })).toHaveValue('51')
    await page.goto(`${harness.url}#/home`)
    await expect(page.getByRole('combobox', { name: 'Provinsi' })).toHaveValue('51')
    await page.getByRole('combobox', { name: 'Periode' }).selectOption({ label: 'Sepanjang waktu' })
    await expect(page.getByRole('button', { name: /^OMS di direktori: 12\./ })).toBeVisible()
    await expect(page.getByRole('figure', { name: 'OMS per kabupaten/kota' })).toBeVisible()
  } finally {
    bali.database.close()
    rmSync(usb, { recursive: true, force: true })
  }
})
