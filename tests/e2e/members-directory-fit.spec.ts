import type { Locator, Page } from '@playwright/test'
import { organisationColumnIds, personColumnIds, type DirectoryViewSettings } from '../../src/shared/directory-view'
import type { District } from '../../src/shared/reference'
import type { Harness } from '../../scripts/harness/server'
import { insertOrganisations, insertPeople } from './directory-seed'
import { expect as baseExpect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'

test.use({ hubSetup: jawaTimurHub })
/** Each reload loads the members screen afresh, which takes a while on a busy two-core machine. */
const expect = baseExpect.configure({ timeout: 15_000 })

/** A secretariat's office screen, which the directory must fit. */
test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
})

/** Madiun's OMS, each with its leader; the first has the counts whose digits need grouping. */
async function seedMembers(harness: Harness, count: number): Promise<{ district: District }> {
  const districts = await harness.registry.invoke('reference:districts', { regencyCode: '35.19' })
  if (!districts.ok) throw new Error(districts.error.message)
  const [district] = districts.value as District[]
  if (!district) throw new Error('no kecamatan in Kabupaten Madiun')
  const ids = await insertOrganisations(
    harness,
    Array.from({ length: count }, (_, i) => ({
      name: `Yayasan Pemberdayaan Masyarakat Desa ${String(i).padStart(2, '0')}`,
      regencyCode: '35.19',
      typeCode: 'foundation',
      foundedYear: 1990 + (i % 30),
      districtCode: district.code,
      phone: '+6281234567890',
      email: 'sekretariat@bina-desa.or.id',
      ...(i === 0 && { staffCount: 1250, volunteerCount: 12000 }),
    })),
  )
  await insertPeople(
    harness,
    ids.map((organisationId, i) => ({
      name: `Agus Salim ${String(i).padStart(2, '0')}`,
      organisationId,
      role: 'leader',
      gender: 'male',
      phone: '+6285711112222',
      consent: i % 2 === 0,
    })),
  )
  return { district }
}

const everyColumn: DirectoryViewSettings = {
  density: 'compact',
  columns: { organisations: [...organisationColumnIds], people: [...personColumnIds] },
}

async function chooseView(harness: Harness, view: DirectoryViewSettings): Promise<void> {
  const result = await harness.registry.invoke('settings:setDirectoryView', view)
  if (!result.ok) throw new Error(result.error.message)
}

const focused = (page: Page) => page.locator(':focus')

/** Body rows wholly on screen: below the header, inside every box that clips the table. */
function rowsInView(table: Locator): Promise<number> {
  return table.evaluate((element) => {
    const view = element.ownerDocument.defaultView
    if (!view) throw new Error('no window')
    const rows = [...element.querySelectorAll('[role="row"]:not([aria-rowindex="1"])')]
    let top = element.querySelector('[role="row"][aria-rowindex="1"]')?.getBoundingClientRect().bottom ?? 0
    let bottom = view.innerHeight
    for (let box = rows[0]?.parentElement; box; box = box.parentElement) {
      if (view.getComputedStyle(box).overflowY === 'visible') continue
      const rect = box.getBoundingClientRect()
      top = Math.max(top, rect.top + box.clientTop)
      bottom = Math.min(bottom, rect.top + box.clientTop + box.clientHeight)
    }
    return rows.filter((row) => {
      const rect = row.getBoundingClientRect()
      return rect.top >= top - 0.5 && rect.bottom <= bottom + 0.5
    }).length
  })
}

/** Column headers whose text does not show whole: cut short, or spilling out of their cell. */
function cutHeaders(table: Locator): Promise<string[]> {
  return table.evaluate((element) => {
    const view = element.ownerDocument.defaultView
    if (!view) throw new Error('no window')
    return [...element.querySelectorAll('[role="columnheader"]')].flatMap((header) => {
      const cell = header.getBoundingClientRect()
      const range = element.ownerDocument.createRange()
      range.selectNodeContents(header)
      const spills = [...range.getClientRects()].some(
        (rect) =>
          rect.width > 0 &&
          (rect.left < cell.left - 0.5 ||
            rect.right > cell.right + 0.5 ||
            rect.top < cell.top - 0.5 ||
            rect.bottom > cell.bottom + 0.5),
      )
      const clipped = [header, ...header.querySelectorAll('*')].some(
        (inner) => inner.scrollWidth > inner.clientWidth + 1 && view.getComputedStyle(inner).overflowX !== 'visible',
      )
      return spills || clipped ? [header.textContent ?? ''] : []
    })
  })
}

/**
 * What hides part of the focus ring of the focused element: a box that clips it (a cell, the
 * scrolling table), or something painted over it (the sticky header, the next row).
 */
function ringProblems(page: Page): Promise<string[]> {
  return focused(page).evaluate((target) => {
    const view = target.ownerDocument.defaultView
    if (!view) throw new Error('no window')
    const style = view.getComputedStyle(target)
    const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
    const box = target.getBoundingClientRect()
    const ring = { left: box.left - reach, top: box.top - reach, right: box.right + reach, bottom: box.bottom + reach }
    const problems: string[] = []
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) problems.push('no visible ring')
    for (let parent = target.parentElement; parent; parent = parent.parentElement) {
      const clips = view.getComputedStyle(parent)
      if (clips.overflowX === 'visible' && clips.overflowY === 'visible') continue
      const rect = parent.getBoundingClientRect()
      const left = rect.left + parent.clientLeft
      const top = rect.top + parent.clientTop
      if (
        ring.left < left - 0.5 ||
        ring.top < top - 0.5 ||
        ring.right > left + parent.clientWidth + 0.5 ||
        ring.bottom > top + parent.clientHeight + 0.5
      )
        problems.push(`cut by ${parent.getAttribute('role') ?? parent.tagName}`)
    }
    const middle = { x: (ring.left + ring.right) / 2, y: (ring.top + ring.bottom) / 2 }
    const edges: [number, number][] = [
      [middle.x, ring.top + 1],
      [middle.x, ring.bottom - 1],
      [ring.left + 1, middle.y],
      [ring.right - 1, middle.y],
    ]
    for (const [x, y] of edges) {
      const hit = target.ownerDocument.elementFromPoint(x, y)
      if (!hit || !(hit.contains(target) || target.contains(hit)))
        problems.push(`covered at ${Math.round(x)},${Math.round(y)} by ${hit?.textContent?.slice(0, 40) ?? 'nothing'}`)
    }
    return problems
  })
}

const yayasan = (table: Locator, number: number) =>
  table.getByRole('link', { name: `Yayasan Pemberdayaan Masyarakat Desa ${String(number).padStart(2, '0')}` })

test('compact density shows at least 16 rows at 1366×768, chosen by keyboard and kept after a reload', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000)
  await seedMembers(harness, 60)
  await page.goto(`${harness.url}#/members`)
  const table = page.getByRole('table', { name: 'Daftar OMS' })
  await expect(yayasan(table, 0)).toBeVisible()
  expect(page.viewportSize()).toEqual({ width: 1366, height: 768 })
  // The table used to show 9 rows in a box of fixed height; now it takes what the window leaves.
  expect(await rowsInView(table)).toBeGreaterThanOrEqual(10)
  await expectAccessible(page)

  // From the search box, as a keyboard user starts: past the filters and the tabs to the density.
  await page.getByRole('searchbox', { name: 'Cari OMS dan orang' }).focus()
  const compact = page.getByRole('group', { name: 'Kerapatan' }).getByRole('button', { name: 'Rapat' })
  await expect(compact).toHaveAttribute('aria-pressed', 'false')
  await tabTo(compact)
  await page.keyboard.press('Enter')
  await expect(compact).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(() => rowsInView(table)).toBeGreaterThanOrEqual(16)
  await expectAccessible(page)

  await page.reload()
  await expect(yayasan(table, 0)).toBeVisible()
  await expect(compact).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(() => rowsInView(table)).toBeGreaterThanOrEqual(16)

  await compact.focus()
  await tabTo(page.getByRole('link', { name: 'Orang (60)' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  const people = page.getByRole('table', { name: 'Daftar orang' })
  await expect(people.getByRole('link', { name: 'Agus Salim 00' })).toBeVisible()
  await expect.poll(() => rowsInView(people)).toBeGreaterThanOrEqual(16)
  await expectAccessible(page)
})

test('the column chooser adds leader, kecamatan, contacts and counts (1.250), by keyboard, kept after a reload', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000)
  const { district } = await seedMembers(harness, 3)
  await page.goto(`${harness.url}#/members`)
  const table = page.getByRole('table', { name: 'Daftar OMS' })
  await expect(table.getByRole('row')).toHaveCount(4)
  await expect(table.getByRole('columnheader', { name: 'Pimpinan' })).toHaveCount(0)

  const chooser = page.getByRole('button', { name: 'Kolom (8 dari 14)' })
  await page.getByRole('button', { name: 'Rapat' }).focus()
  await tabTo(chooser)
  await page.keyboard.press('Enter')
  await expect(chooser).toHaveAttribute('aria-expanded', 'true')
  const panel = page.getByRole('group', { name: 'Kolom yang ditampilkan' })
  await expect(panel).toContainText('Nama selalu ditampilkan.')
  for (const name of ['Kecamatan', 'Pimpinan', 'Telepon', 'E-mail', 'Staf', 'Relawan']) {
    await tabTo(panel.getByRole('checkbox', { name, exact: true }))
    await page.keyboard.press('Space')
    await expect(panel.getByRole('checkbox', { name, exact: true })).toBeChecked()
  }
  await tabTo(panel.getByRole('checkbox', { name: 'Singkatan' }), 'Shift+Tab')
  await page.keyboard.press('Space')
  await expectAccessible(page)
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(page.getByRole('button', { name: 'Kolom (13 dari 14)' })).toBeFocused()

  const expectChosenColumns = async () => {
    await expect(table.getByRole('columnheader')).toHaveText([
      'Nama▲',
      'Jenis',
      'Kabupaten/kota',
      'Kecamatan',
      'Status',
      'Pimpinan',
      'Telepon',
      'E-mail',
      'Tahun berdiri',
      'Staf',
      'Relawan',
      'Orang',
      'Diubah',
    ])
    await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText([
      'Yayasan Pemberdayaan Masyarakat Desa 00',
      'Yayasan',
      'Kabupaten Madiun',
      district.name,
      'Aktif',
      'Agus Salim 00',
      '+62 812-3456-7890',
      'sekretariat@bina-desa.or.id',
      '1990',
      '1.250',
      '12.000',
      '1',
      /^\d{1,2} \w{3} \d{4}$/,
    ])
  }
  await expectChosenColumns()
  await expectAccessible(page)
  await page.reload()
  await expectChosenColumns()

  await page.getByRole('button', { name: 'Normal' }).focus()
  await tabTo(page.getByRole('link', { name: 'Orang (3)' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  const people = page.getByRole('table', { name: 'Daftar orang' })
  await expect(people.getByRole('row')).toHaveCount(4)
  await tabTo(page.getByRole('button', { name: 'Kolom (8 dari 11)' }))
  await page.keyboard.press('Enter')
  for (const name of ['Jenis kelamin', 'Kecamatan', 'Telepon']) {
    await tabTo(page.getByRole('checkbox', { name, exact: true }))
    await page.keyboard.press('Space')
  }
  // Leaving the chooser closes it.
  await tabTo(page.getByRole('button', { name: 'Kembalikan kolom bawaan' }))
  await page.keyboard.press('Tab')
  await expect(page.getByRole('group', { name: 'Kolom yang ditampilkan' })).toBeHidden()
  const expectPeopleColumns = async () => {
    await expect(people.getByRole('columnheader')).toHaveText([
      'Nama▲',
      'Tahun lahir',
      'Peran',
      'OMS',
      'Kabupaten/kota',
      'Kecamatan',
      'Telepon',
      'Persetujuan',
      'Diubah',
    ])
    const cells = people.getByRole('row').nth(1).getByRole('cell')
    await expect(cells.nth(5)).toHaveText(district.name)
    await expect(cells.nth(6)).toHaveText('+62 857-1111-2222')
  }
  await expectPeopleColumns()
  await expectAccessible(page)
  await page.reload()
  await expectPeopleColumns()
  // Each list keeps its own columns.
  await page.goto(`${harness.url}#/members`)
  await expectChosenColumns()
})

test('every column header shows its whole text, on both lists, in both densities and languages', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000)
  await seedMembers(harness, 3)
  for (const language of ['id', 'en'] as const) {
    await harness.registry.invoke('settings:setLanguage', { language })
    for (const density of ['compact', 'normal'] as const) {
      await chooseView(harness, { ...everyColumn, density })
      await page.reload()
      for (const [tab, name] of [
        ['', language === 'id' ? 'Daftar OMS' : 'OMS list'],
        ['/people', language === 'id' ? 'Daftar orang' : 'People list'],
      ] as const) {
        await page.goto(`${harness.url}#/members${tab}`)
        const table = page.getByRole('table', { name })
        await expect(table.getByRole('row')).toHaveCount(4)
        expect(await cutHeaders(table), `${language}, ${density}: ${name}`).toEqual([])
      }
    }
  }
  // The headers cut before, whole for a screen reader too.
  await expect(page.getByRole('columnheader', { name: 'Birth year', exact: true })).toBeVisible()
  await harness.registry.invoke('settings:setLanguage', { language: 'id' })
  await page.reload()
  await expect(page.getByRole('columnheader', { name: 'Jenis kelamin', exact: true })).toBeVisible()
  await page.goto(`${harness.url}#/members`)
  await expect(page.getByRole('columnheader', { name: 'Tahun berdiri', exact: true })).toBeVisible()
})

test('in English the density and the chooser read in English, and counts group digits as English does', async ({
  page,
  harness,
}) => {
  test.setTimeout(90_000)
  await seedMembers(harness, 3)
  await harness.registry.invoke('settings:setLanguage', { language: 'en' })
  await page.goto(`${harness.url}#/members`)
  await page.reload()
  const table = page.getByRole('table', { name: 'OMS list' })
  await expect(table.getByRole('row')).toHaveCount(4)
  await page.getByRole('searchbox', { name: 'Search OMS and people' }).focus()
  await tabTo(page.getByRole('group', { name: 'Density' }).getByRole('button', { name: 'Compact' }))
  await page.keyboard.press('Space')
  await tabTo(page.getByRole('button', { name: 'Columns (8 of 14)' }))
  await page.keyboard.press('Enter')
  const panel = page.getByRole('group', { name: 'Columns shown' })
  await expect(panel).toContainText('The name is always shown.')
  for (const name of ['District', 'Leader', 'Staff', 'Volunteers']) {
    await tabTo(panel.getByRole('checkbox', { name, exact: true }))
    await page.keyboard.press('Space')
  }
  await page.keyboard.press('Escape')
  await expect(table.getByRole('columnheader')).toHaveText([
    'Name▲',
    'Acronym',
    'Type',
    'Regency/city',
    'District',
    'Status',
    'Leader',
    'Founded',
    'Staff',
    'Volunteers',
    'People',
    'Updated',
  ])
  const first = table.getByRole('row').nth(1).getByRole('cell')
  await expect(first.nth(8)).toHaveText('1,250')
  await expect(first.nth(9)).toHaveText('12,000')
  await expectAccessible(page)
})

test('the table scrolls by keyboard under a header that stays, and a row link shows its whole focus ring', async ({
  page,
  harness,
}) => {
  test.setTimeout(150_000)
  await seedMembers(harness, 60)
  await page.goto(`${harness.url}#/members`)
  const table = page.getByRole('table', { name: 'Daftar OMS' })
  const nameHeader = table.getByRole('columnheader', { name: 'Nama' })
  await expect(yayasan(table, 0)).toBeVisible()

  // The table itself takes focus and scrolls: nothing but row groups between it and its rows.
  await page.getByRole('button', { name: /^Kolom/ }).focus()
  await page.keyboard.press('Tab')
  await expect(table).toBeFocused()
  await expect
    .poll(() => table.evaluate((element) => element.scrollHeight - element.clientHeight))
    .toBeGreaterThan(1000)
  await page.keyboard.press('PageDown')
  await expect.poll(() => table.evaluate((element) => element.scrollTop)).toBeGreaterThan(200)
  await expect(nameHeader).toBeInViewport({ ratio: 1 })
  await page.keyboard.press('End')
  await expect(yayasan(table, 59)).toBeInViewport()
  await expect(nameHeader).toBeInViewport({ ratio: 1 })
  await page.keyboard.press('Home')
  await expect(yayasan(table, 0)).toBeInViewport()

  // The first row; one Tab by one down past the bottom edge; back up to a row under the header.
  await tabTo(yayasan(table, 0))
  expect(await ringProblems(page)).toEqual([])
  await tabTo(yayasan(table, 18))
  expect(await ringProblems(page)).toEqual([])
  await tabTo(yayasan(table, 6), 'Shift+Tab')
  expect(await ringProblems(page)).toEqual([])

  // Compact, and wider than the screen: the header's last button and a row at the bottom edge.
  await chooseView(harness, everyColumn)
  await page.reload()
  await expect(yayasan(table, 0)).toBeVisible()
  await page.getByRole('button', { name: /^Kolom/ }).focus()
  await page.keyboard.press('Tab')
  const updated = table.getByRole('columnheader', { name: 'Diubah' })
  await tabTo(updated.getByRole('button'))
  expect(await ringProblems(page)).toEqual([])
  await expect(updated.getByRole('button')).toBeInViewport({ ratio: 1 })
  await tabTo(yayasan(table, 17))
  expect(await ringProblems(page)).toEqual([])
  await expect(table.getByRole('cell', { name: 'Agus Salim 17' })).toBeInViewport()
  await page.keyboard.press('Shift+Tab')
  await expect(focused(page)).toHaveText('Yayasan Pemberdayaan Masyarakat Desa 16')
  expect(await ringProblems(page)).toEqual([])
})

/** Cells whose text is cut short ("Organisasi pe…"), as "column: text". */
function cutCells(table: Locator): Promise<string[]> {
  return table.evaluate((element) => {
    const headers = [...element.querySelectorAll('[role="columnheader"]')].map((header) =>
      (header.textContent ?? '').replace(/[▲▼]/g, ''),
    )
    return [...element.querySelectorAll('[role="row"]:not([aria-rowindex="1"])')].flatMap((row) =>
      [...row.querySelectorAll('[role="cell"]')].flatMap((cell, i) =>
        [...cell.querySelectorAll('*')].some((inner) => inner.scrollWidth > inner.clientWidth + 1)
          ? [`${headers[i]}: ${cell.textContent ?? ''}`]
          : [],
      ),
    )
  })
}

/** Each column's width in rem, by header. */
function columnWidths(table: Locator): Promise<Record<string, number>> {
  return table.evaluate((element) => {
    const view = element.ownerDocument.defaultView
    if (!view) throw new Error('no window')
    const rem = parseFloat(view.getComputedStyle(element.ownerDocument.documentElement).fontSize)
    return Object.fromEntries(
      [...element.querySelectorAll('[role="columnheader"]')].map((header) => [
        (header.textContent ?? '').replace(/[▲▼]/g, ''),
        Math.round((header.getBoundingClientRect().width / rem) * 10) / 10,
      ]),
    )
  })
}

test('at 1366×768 the default columns show types and regencies whole, and names are links in the app green', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000)
  // East Java's longest regency names beside the organisation types that were cut ("Organisasi pe…").
  const wide = [
    ['Forum Perempuan Tulungagung', 'women_organisation', '35.04'],
    ['Karang Taruna Asembagus', 'youth_organisation', '35.12'],
    ['Kelompok Nelayan Pesisir', 'fisher_group', '35.13'],
    ['Majelis Taklim Al-Ikhlas', 'religious_organisation', '35.10'],
  ] as const
  await insertOrganisations(
    harness,
    wide.map(([name, typeCode, regencyCode]) => ({ name, typeCode, regencyCode, foundedYear: 2001 })),
  )
  // Enough rows for a vertical scrollbar, which takes its width from the columns.
  await seedMembers(harness, 30)
  const typesAndPlaces = (cut: string[]) =>
    cut.filter((cell) => /^(Jenis|Kabupaten\/kota|Type|Regency\/city): /.test(cell))

  await page.goto(`${harness.url}#/members`)
  const table = page.getByRole('table', { name: 'Daftar OMS' })
  await expect(table.getByRole('link', { name: 'Forum Perempuan Tulungagung' })).toBeVisible()
  await expect(table.getByRole('cell', { name: 'Organisasi kepemudaan' })).toBeVisible()
  expect(typesAndPlaces(await cutCells(table))).toEqual([])
  // The default columns fit the screen: nothing to scroll sideways for.
  expect(await table.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1)
  // Four digits under "Tahun berdiri" no longer take room the types need.
  const widths = await columnWidths(table)
  expect(widths['Tahun berdiri']).toBeLessThan(widths['Jenis'] ?? 0)
  expect(widths['Jenis']).toBeGreaterThanOrEqual(11)

  const link = table.getByRole('link', { name: 'Forum Perempuan Tulungagung' })
  await expect(link).toHaveCSS('color', 'rgb(11, 107, 92)')
  await page.getByRole('button', { name: /^Kolom/ }).focus()
  await page.keyboard.press('Tab')
  await tabTo(link)
  expect(await ringProblems(page)).toEqual([])
  await expectAccessible(page)

  await harness.registry.invoke('settings:setLanguage', { language: 'en' })
  await page.reload()
  const english = page.getByRole('table', { name: 'OMS list' })
  await expect(english.getByRole('cell', { name: 'Youth organisation' })).toBeVisible()
  await expect(english.getByRole('cell', { name: "Women's organisation" })).toBeVisible()
  expect(typesAndPlaces(await cutCells(english))).toEqual([])
  await expect(english.getByRole('link', { name: 'Kelompok Nelayan Pesisir' })).toHaveCSS('color', 'rgb(11, 107, 92)')
  await expectAccessible(page)
})
