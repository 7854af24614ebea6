import type { Locator, Page } from '@playwright/test'
import type { Result } from '../../src/shared/errors'
import { formatDay, localDate } from '../../src/shared/format'
import type { InitiativeDetail } from '../../src/shared/initiatives'
import type { Harness } from '../../scripts/harness/server'
import { expect as baseExpect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { seedFulfilment, seedInitiative, seedPledge, seedSupporter } from './pledges-seed'
import { useEnglish } from './records-seed'

// Several runs of axe per test, on a shared two-core machine where one save can take seconds.
test.slow()
const expect = baseExpect.configure({ timeout: 15_000 })

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

async function value<T>(call: Promise<unknown>): Promise<T> {
  const result = (await call) as Result<T>
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** An OMS and its initiative in draft, through the handlers the app uses. */
const seedDolopo = (harness: Harness) =>
  seedInitiative(harness, {
    title: 'Sumur bor untuk Desa Dolopo',
    problem: 'Warga mengambil air bersih 3 km jauhnya pada musim kemarau.',
    beneficiaryCount: 1250,
    sdgs: [6],
    startsOn: '2025-05-18',
  })

/** The fields a need form shows, reached and filled by keyboard. */
async function typeInto(field: Locator, text: string) {
  await tabTo(field)
  await field.page().keyboard.press('ControlOrMeta+a')
  await field.page().keyboard.type(text)
}

/** Reaches a button by Tab and presses it with Enter. */
async function press(button: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  await tabTo(button, key)
  await button.page().keyboard.press('Enter')
}

/** Opens a new need's form and picks its form of support by arrowing down from "Dana" (the first). */
async function openNeed(needs: Locator, formSteps: number) {
  await press(needs.getByRole('button', { name: 'Tambah kebutuhan' }))
  await expect(needs.getByLabel('Bentuk dukungan', { exact: true })).toBeFocused()
  for (let step = 0; step < formSteps; step++) await needs.page().keyboard.press('ArrowDown')
}

const saveNeed = (needs: Locator) => press(needs.getByRole('button', { name: 'Simpan kebutuhan' }))

test.describe('a provincial hub', () => {
  test.use({ hubSetup: jawaTimurHub })

  test('by keyboard alone: six steps, publish, run, needs of every measure, and progress from a fulfilment', async ({
    page,
    harness,
  }) => {
    const initiative = await seedDolopo(harness)
    await page.goto(`${harness.url}#/initiatives/${initiative.id}`)
    await expect(heading(page, /^Sumur bor untuk Desa Dolopo/)).toBeFocused()
    await expect(heading(page, /Draf$/)).toBeVisible()
    const facts = page.getByRole('region', { name: 'Ringkasan' })
    await expect(facts.getByRole('link', { name: 'Yayasan Bina Desa' })).toHaveAttribute(
      'href',
      /#\/members\/organisation\//,
    )
    await expect(facts).toContainText('1.250 orang')
    await expect(facts).toContainText('mulai 18 Mei 2025')
    await expectAccessible(page)

    // Publishing with steps missing is refused, naming them; the alert takes focus.
    await tabTo(page.getByRole('button', { name: 'Terbitkan' }))
    await page.keyboard.press('Enter')
    const alert = page.getByRole('alert').filter({ hasText: 'belum dapat diterbitkan' })
    await expect(alert).toBeFocused()
    await expect(alert).toContainText('6 dari 6 langkah formulasi belum selesai')
    await expect(alert).toContainText('1. Kenali permasalahan, hambatan, atau tantangan lokal')
    await expect(alert).toContainText('6. Rencanakan perubahan yang ingin dicapai dan cara menceritakannya')

    const steps = page.getByRole('region', { name: 'Panduan 6 Langkah Formulasi Inisiatif Layanan Lokal' })
    for (const number of [1, 2, 3, 4, 5, 6]) {
      const step = steps.getByRole('form', { name: new RegExp(`^Langkah ${number}:`) })
      await tabTo(step.getByRole('checkbox', { name: 'Langkah ini selesai' }))
      await page.keyboard.press('Space')
      await page.keyboard.press('Tab')
      await expect(step.getByLabel('Catatan')).toBeFocused()
      await page.keyboard.type(`Dibahas bersama warga, langkah ${number}.`)
      await expect(step.getByRole('status')).toHaveText('Belum disimpan')
      await page.keyboard.press('Tab')
      await expect(step.getByRole('button', { name: `Simpan langkah ${number}` })).toBeFocused()
      await page.keyboard.press('Enter')
      await expect(step.getByRole('status')).toHaveText('Tersimpan')
      await expect(steps).toContainText(`${number} dari 6 langkah selesai`)
    }

    const today = formatDay(localDate(new Date(), 'WIB'), 'id')
    const status = page.getByRole('region', { name: 'Status' })
    await tabTo(status.getByRole('button', { name: 'Terbitkan' }), 'Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(status.getByRole('status')).toHaveText(`Status kini Terbit sejak ${today}.`)
    await expect(status.getByRole('status')).toBeFocused()
    await tabTo(status.getByRole('button', { name: 'Mulai berjalan' }), 'Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(status.getByRole('status')).toHaveText(`Status kini Berjalan sejak ${today}.`)
    const history = status.getByRole('list')
    await expect(history.getByRole('listitem')).toHaveText([
      `${today} — Draf`,
      `${today} — Terbit`,
      `${today} — Berjalan`,
    ])
    await expect(status.getByRole('button', { name: 'Selesai' })).toBeVisible()
    await expect(status.getByRole('button', { name: 'Terbitkan' })).toHaveCount(0)

    // Needs: bad targets are refused at their fields and nothing is saved.
    const needs = page.getByRole('region', { name: 'Kebutuhan' })
    await openNeed(needs, 0)
    await typeInto(needs.getByLabel('Uraian kebutuhan'), 'Biaya pengeboran')
    const rupiah = needs.getByLabel('Target dana (rupiah)')
    for (const [typed, message] of [
      ['1.500,50', 'Target rupiah harus bilangan bulat tanpa sen, misalnya 1.250.000.'],
      ['-5000', 'Target rupiah harus lebih dari 0.'],
      ['', 'Kebutuhan dana perlu target dalam rupiah.'],
    ] as const) {
      await typeInto(rupiah, typed)
      if (typed === '') await page.keyboard.press('Backspace')
      await saveNeed(needs)
      await expect(rupiah).toHaveAccessibleDescription(new RegExp(message.replace(/[.()]/g, '\\$&')))
      await expect(rupiah).toBeFocused()
    }
    expect(
      (await value<InitiativeDetail>(harness.registry.invoke('initiatives:get', { id: initiative.id }))).needs,
    ).toEqual([])
    await typeInto(rupiah, '5.000.000')
    await saveNeed(needs)
    await expect(needs.getByRole('status')).toHaveText('Kebutuhan "Biaya pengeboran" tersimpan.')

    // A cancelled form hands focus back to where it was opened.
    await press(needs.getByRole('button', { name: 'Tambah kebutuhan' }))
    await press(needs.getByRole('button', { name: 'Batal' }))
    await expect(needs.getByRole('button', { name: 'Tambah kebutuhan' })).toBeFocused()
    await openNeed(needs, 1)
    await typeInto(needs.getByLabel('Uraian kebutuhan'), 'Semen')
    await typeInto(needs.getByLabel('Jumlah', { exact: true }), '0')
    await typeInto(needs.getByLabel('Satuan'), 'sak semen')
    await saveNeed(needs)
    await expect(needs.getByLabel('Jumlah', { exact: true })).toHaveAccessibleDescription(
      'Jumlah barang harus bilangan bulat lebih dari 0.',
    )
    await typeInto(needs.getByLabel('Jumlah', { exact: true }), '200')
    await saveNeed(needs)
    await expect(needs.getByRole('status')).toHaveText('Kebutuhan "Semen" tersimpan.')

    await openNeed(needs, 2)
    await typeInto(needs.getByLabel('Uraian kebutuhan'), 'Tenaga gotong royong')
    await typeInto(needs.getByLabel('Jumlah orang'), '10')
    await typeInto(needs.getByLabel('Jam per orang'), '8')
    await saveNeed(needs)
    await expect(needs.getByRole('status')).toHaveText('Kebutuhan "Tenaga gotong royong" tersimpan.')

    await openNeed(needs, 3)
    await typeInto(needs.getByLabel('Uraian kebutuhan'), 'Uji kualitas air')
    await saveNeed(needs)
    await expect(needs.getByLabel('Target (uraian)')).toHaveAccessibleDescription(
      /Jelaskan target kebutuhan ini dengan kata-kata/,
    )
    await typeInto(needs.getByLabel('Target (uraian)'), 'Laboratorium kampus menguji sampel air')
    await saveNeed(needs)
    await expect(needs.getByRole('status')).toHaveText('Kebutuhan "Uji kualitas air" tersimpan.')

    const row = (name: string) => needs.getByRole('row', { name: new RegExp(name) })
    await expect(row('Biaya pengeboran')).toContainText('Rp 5.000.000')
    await expect(row('Semen')).toContainText('200 sak semen')
    await expect(row('Tenaga gotong royong')).toContainText('10 orang × 8 jam')
    await expect(row('Uji kualitas air')).toContainText('Pengetahuan & teknologi')
    const fundsBar = needs.getByRole('progressbar', { name: 'Kemajuan: Biaya pengeboran' })
    await expect(fundsBar).toHaveAttribute('value', '0')
    await expectAccessible(page)

    // A fulfilment recorded in Galang Daya moves the need's bar.
    const saved = await value<InitiativeDetail>(harness.registry.invoke('initiatives:get', { id: initiative.id }))
    const funds = saved.needs.find((need) => need.form === 'funds')
    const supporterId = await seedSupporter(harness, { name: 'Bapak Hartono', kind: 'individual' })
    const pledge = await seedPledge(harness, {
      supporterId,
      initiativeId: initiative.id,
      needId: funds?.id,
      form: 'funds',
      rupiah: 5_000_000,
      pledgedOn: localDate(new Date(), 'WIB'),
    })
    await seedFulfilment(harness, { pledgeId: pledge.id, receivedOn: localDate(new Date(), 'WIB'), rupiah: 1_250_000 })
    await page.reload()
    await expect(fundsBar).toHaveAttribute('value', '25')
    await expect(row('Biaya pengeboran')).toContainText('Rp 1.250.000 dari Rp 5.000.000 (25%)')
    await expect(page.getByRole('progressbar', { name: 'Kemajuan keseluruhan' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Catat janji dukungan' })).toHaveAttribute(
      'href',
      `#/galangDaya/pledge/new/initiative/${initiative.id}`,
    )

    await useEnglish(page, harness)
    await expect(heading(page, /Running$/)).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'Needs' }).getByRole('row', { name: /Tenaga gotong royong/ }),
    ).toContainText('10 people × 8 hours')
    await expect(page.getByRole('progressbar', { name: 'Progress: Biaya pengeboran' })).toHaveAccessibleName(
      'Progress: Biaya pengeboran',
    )
    await expect(page.getByRole('region', { name: 'Needs' })).toContainText('Rp 1.250.000 of Rp 5.000.000 (25%)')
    await expect(
      page.getByRole('region', { name: 'Guide: 6 steps to formulate a local service initiative' }),
    ).toContainText('6 of 6 steps done')
    await expect(page.getByRole('region', { name: 'Status' }).getByRole('listitem').first()).toHaveText(
      `${formatDay(localDate(new Date(), 'WIB'), 'en')} — Draft`,
    )
    await expectAccessible(page)
  })

  test('issue clusters are read-only on a hub; the guide is reworded and restored', async ({ page, harness }) => {
    await page.goto(`${harness.url}#/initiatives/clusters`)
    await expect(heading(page, 'Isu payung')).toBeFocused()
    await expect(page.getByText('tiba di hub ini lewat paket sinkronisasi nasional')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Tambah isu payung' })).toHaveCount(0)
    await expectAccessible(page)

    await page.goto(`${harness.url}#/initiatives/guide`)
    await expect(heading(page, 'Panduan 6 Langkah Formulasi')).toBeFocused()
    const first = page.getByRole('group', { name: 'Langkah 1' })
    await typeInto(first.getByLabel('Judul (Bahasa Indonesia)'), '')
    await page.keyboard.press('Backspace')
    await tabTo(page.getByRole('button', { name: 'Simpan panduan' }))
    await page.keyboard.press('Enter')
    await expect(first.getByLabel('Judul (Bahasa Indonesia)')).toHaveAccessibleDescription(
      'Setiap langkah perlu judul dalam Bahasa Indonesia dan bahasa Inggris.',
    )
    await expect(first.getByLabel('Judul (Bahasa Indonesia)')).toBeFocused()
    await typeInto(first.getByLabel('Judul (Bahasa Indonesia)'), 'Temukan masalah warga')
    await tabTo(page.getByRole('button', { name: 'Simpan panduan' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status')).toHaveText('Panduan tersimpan.')
    const guide = await value<{ customised: boolean; steps: { titleId: string }[] }>(
      harness.registry.invoke('initiatives:stepGuide', undefined),
    )
    expect(guide.steps[0]?.titleId).toBe('Temukan masalah warga')
    await expectAccessible(page)

    await tabTo(page.getByRole('button', { name: 'Kembalikan kata-kata bawaan' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog')).toBeVisible()
    await tabTo(page.getByRole('dialog').getByRole('button', { name: 'Kembalikan kata-kata bawaan' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status')).toHaveText('Panduan kembali memakai kata-kata bawaan.')
    await expect(first.getByLabel('Judul (Bahasa Indonesia)')).toHaveValue(
      'Kenali permasalahan, hambatan, atau tantangan lokal',
    )
  })
})

test.describe('the national instance', () => {
  test.use({
    hubSetup: { role: 'national', name: 'Sekretariat Nasional Lokadaya', contactEmail: 'sekretariat@lokadaya.id' },
  })

  test('by keyboard alone: an issue cluster is created, edited and deleted', async ({ page, harness }) => {
    await useEnglish(page, harness)
    await page.goto(`${harness.url}#/initiatives/clusters`)
    await expect(heading(page, 'Issue clusters')).toBeFocused()
    await expect(page.getByText('No issue clusters yet.')).toBeVisible()
    await tabTo(page.getByRole('button', { name: 'Add an issue cluster' }))
    await page.keyboard.press('Enter')
    await expect(page.getByLabel('Name')).toBeFocused()
    await tabTo(page.getByRole('button', { name: 'Save issue cluster' }))
    await page.keyboard.press('Enter')
    await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Enter the name of the issue cluster.')
    await expect(page.getByLabel('Name')).toBeFocused()
    expect(await value<unknown[]>(harness.registry.invoke('initiatives:clusters', undefined))).toEqual([])
    await page.keyboard.type('Air bersih dan sanitasi')
    await tabTo(page.getByRole('checkbox', { name: 'SDG 6', exact: true }))
    await page.keyboard.press('Space')
    await tabTo(page.getByRole('button', { name: 'Save issue cluster' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status')).toHaveText('The issue cluster "Air bersih dan sanitasi" is saved.')
    await expect(page.getByRole('row', { name: /Air bersih dan sanitasi/ })).toContainText('SDG 6')
    await expectAccessible(page)

    await tabTo(page.getByRole('button', { name: 'Edit issue cluster: Air bersih dan sanitasi' }), 'Shift+Tab')
    await page.keyboard.press('Enter')
    await typeInto(page.getByLabel('Description'), 'Tema mitra strategis WASH')
    await tabTo(page.getByRole('button', { name: 'Save issue cluster' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('row', { name: /Air bersih dan sanitasi/ })).toContainText('Tema mitra strategis WASH')

    await tabTo(page.getByRole('button', { name: 'Delete issue cluster: Air bersih dan sanitasi' }), 'Shift+Tab')
    await page.keyboard.press('Enter')
    await tabTo(page.getByRole('dialog').getByRole('button', { name: 'Delete' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status')).toHaveText('The issue cluster "Air bersih dan sanitasi" is deleted.')
    expect(await value<unknown[]>(harness.registry.invoke('initiatives:clusters', undefined))).toEqual([])
  })
})
