import type { Locator } from '@playwright/test'
import type { Result } from '../../src/shared/errors'
import { formatDateTime } from '../../src/shared/format'
import type { HubSetupInput, HubStatus } from '../../src/shared/hub'
import { expect, test } from './fixtures'

const papuaBaratDayaHub: HubSetupInput = {
  role: 'hub',
  provinceCode: '96',
  name: 'Jaringan OMS Papua Barat Daya',
  contactName: 'Yohana Kambuaya',
  contactPhone: '0813-4455-6677',
  contactEmail: 'sekretariat@jaringanoms-pbd.or.id',
}

test.use({ hubSetup: papuaBaratDayaHub })

/** The value a details list gives for one term. */
const detail = (scope: Locator, term: string) =>
  scope.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd')

test("a hub in Papua Barat Daya keeps its dates in WIT, not in the PC's WIB", async ({ page, harness }) => {
  // 01.30 on the 24th in Sorong while it is still 23.30 on the 23rd in Jakarta, this browser's zone.
  await page.clock.setFixedTime(new Date('2026-11-23T16:30:00Z'))
  await page.reload()
  expect(await page.evaluate(() => new Date().getDate())).toBe(23)

  const home = page.getByRole('main')
  await expect(home.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible()
  await expect(detail(home, 'Zona waktu')).toHaveText('WIT (UTC+9)')
  await expect(detail(home, 'Hari ini')).toHaveText('24 Nov 2026')

  const status = (await harness.registry.invoke('hub:status', undefined)) as Result<HubStatus>
  if (!status.ok || !status.value.setUp) throw new Error('the hub was not set up')
  await page.getByRole('link', { name: 'Pengaturan' }).click()
  const identity = page.getByRole('region', { name: 'Identitas hub' })
  await expect(detail(identity, 'Zona waktu')).toHaveText('WIT (UTC+9)')
  const createdAt = detail(identity, 'Dibuat')
  await expect(createdAt).toHaveText(/ WIT$/)
  await expect(createdAt).toHaveText(formatDateTime(status.value.identity.createdAt, 'WIT'))
})
