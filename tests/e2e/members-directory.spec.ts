import { readFileSync } from 'node:fs'
import { insertOrganisations, insertPeople, type Org } from './directory-seed'
import { expect, jawaTimurHub, test } from './fixtures'

test.use({ hubSetup: jawaTimurHub })

const sample: Org[] = [
  { name: 'Yayasan Bina Désa', regencyCode: '35.19', foundedYear: 1998, typeCode: 'foundation' },
  { name: 'Yys. Karya Mandiri', regencyCode: '35.77', foundedYear: 2010, typeCode: 'ngo' },
  { name: 'Perkumpulan Tani Maju', regencyCode: '35.78', foundedYear: 1985, typeCode: 'association' },
]

const organisationNames = (page: import('@playwright/test').Page) =>
  page.getByRole('table', { name: 'Daftar OMS' }).getByRole('row').getByRole('link')

test('a new hub says it has no members yet and offers to add or import them', async ({ page }) => {
  await page.goto(`${page.url().split('#')[0]}#/members`)
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: 'Anggota' })).toBeVisible()
  await expect(main).toContainText('Belum ada OMS anggota.')
  await expect(main.getByRole('link', { name: 'OMS (0)' })).toHaveAttribute('aria-current', 'page')
  await expect(main.getByRole('link', { name: 'Tambah OMS' })).toHaveAttribute('href', '#/members/organisation/new')
  await expect(main.getByRole('link', { name: 'Impor' })).toHaveAttribute('href', '#/members/import/organisations')
  await main.getByRole('link', { name: 'Orang (0)' }).click()
  await expect(main).toContainText('Belum ada orang yang dicatat.')
  await expect(main.getByRole('link', { name: 'Impor' })).toHaveAttribute('href', '#/members/import/people')
})

test('finds an OMS by part of its name or an abbreviation, filters, sorts and opens it', async ({ page, harness }) => {
  const [bina] = await insertOrganisations(harness, sample)
  await page.goto(`${page.url().split('#')[0]}#/members`)
  const main = page.getByRole('main')
  await expect(main.getByRole('link', { name: 'OMS (3)' })).toBeVisible()
  await expect(organisationNames(page)).toHaveText(['Perkumpulan Tani Maju', 'Yayasan Bina Désa', 'Yys. Karya Mandiri'])

  const search = main.getByRole('searchbox', { name: 'Cari OMS dan orang' })
  await search.fill('bin des')
  await expect(organisationNames(page)).toHaveText(['Yayasan Bina Désa'])
  await expect(main.getByRole('status').filter({ hasText: 'hasil' })).toHaveText('1 hasil')
  await search.fill('yayasan')
  await expect(organisationNames(page)).toHaveText(['Yayasan Bina Désa', 'Yys. Karya Mandiri'])
  await search.fill('Kab. Madiun')
  await expect(organisationNames(page)).toHaveText(['Yayasan Bina Désa'])
  await search.fill('tidak ada')
  await expect(main).toContainText('Tidak ada yang cocok dengan pencarian atau saringan ini.')

  await search.fill('')
  await main.getByRole('combobox', { name: 'Kabupaten/kota' }).selectOption({ label: 'Kota Madiun' })
  await expect(organisationNames(page)).toHaveText(['Yys. Karya Mandiri'])
  await main.getByRole('button', { name: 'Hapus saringan' }).click()
  await expect(organisationNames(page)).toHaveCount(3)

  const founded = main.getByRole('columnheader', { name: 'Tahun berdiri' })
  await expect(founded).toHaveAttribute('aria-sort', 'none')
  await founded.getByRole('button').click()
  await expect(founded).toHaveAttribute('aria-sort', 'ascending')
  await expect(organisationNames(page)).toHaveText(['Perkumpulan Tani Maju', 'Yayasan Bina Désa', 'Yys. Karya Mandiri'])
  await founded.getByRole('button').press('Enter')
  await expect(founded).toHaveAttribute('aria-sort', 'descending')
  await expect(organisationNames(page)).toHaveText(['Yys. Karya Mandiri', 'Yayasan Bina Désa', 'Perkumpulan Tani Maju'])
  await expect(main.getByRole('columnheader', { name: 'Nama' })).toHaveAttribute('aria-sort', 'none')

  await organisationNames(page).filter({ hasText: 'Yayasan Bina Désa' }).click()
  await expect(page).toHaveURL(new RegExp(`#/members/organisation/${bina}$`))
  await expect(main.getByRole('heading', { level: 1, name: 'Yayasan Bina Désa' })).toBeVisible()
})

test('sorts by type in the order of the labels shown, which hover shows whole', async ({ page, harness }) => {
  await insertOrganisations(harness, sample)
  await page.goto(`${page.url().split('#')[0]}#/members`)
  const main = page.getByRole('main')
  await main.getByRole('columnheader', { name: 'Jenis' }).getByRole('button').click()
  // NGO/LSM, Perkumpulan, Yayasan: not the codes' order (association, foundation, ngo).
  await expect(organisationNames(page)).toHaveText(['Yys. Karya Mandiri', 'Perkumpulan Tani Maju', 'Yayasan Bina Désa'])
  await expect(main.getByRole('cell', { name: 'NGO/LSM' }).getByTitle('NGO/LSM')).toBeVisible()
  await expect(main.getByRole('cell', { name: 'Kota Madiun' }).getByTitle('Kota Madiun')).toBeVisible()
})

test('the Orang tab finds people by their OMS and its kabupaten/kota', async ({ page, harness }) => {
  const [bina, karya] = await insertOrganisations(harness, sample)
  if (!bina || !karya) throw new Error('sample organisations not written')
  await insertPeople(harness, [
    { name: 'Siti Rahayu', organisationId: bina },
    { name: 'Budi Santoso', organisationId: karya },
  ])
  await page.goto(`${page.url().split('#')[0]}#/members`)
  const main = page.getByRole('main')
  await main.getByRole('link', { name: 'Orang (2)' }).click()
  const people = main.getByRole('table', { name: 'Daftar orang' }).getByRole('row').getByRole('link')
  const search = main.getByRole('searchbox', { name: 'Cari OMS dan orang' })
  await expect(search).toHaveAttribute('maxlength', '200')
  await search.fill('madiun')
  await expect(people.filter({ hasText: /Rahayu|Santoso/ })).toHaveText(['Budi Santoso', 'Siti Rahayu'])
  await search.fill('karya mandiri')
  await expect(people.filter({ hasText: /Rahayu|Santoso/ })).toHaveText(['Budi Santoso'])
  await expect(people.filter({ hasText: 'Yys. Karya Mandiri' })).toHaveAttribute('title', 'Yys. Karya Mandiri')
})

test('exports the list as it is searched and filtered', async ({ page, harness }) => {
  await insertOrganisations(harness, sample)
  await page.goto(`${page.url().split('#')[0]}#/members`)
  const main = page.getByRole('main')
  await main.getByRole('searchbox', { name: 'Cari OMS dan orang' }).fill('madiun')
  await main.getByRole('combobox', { name: 'Kabupaten/kota' }).selectOption({ label: 'Kota Madiun' })
  await expect(organisationNames(page)).toHaveText(['Yys. Karya Mandiri'])
  await main.getByRole('button', { name: 'Ekspor…' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    main.getByRole('button', { name: 'Ekspor CSV – hasil pencarian (1)' }).click(),
  ])
  const text = readFileSync((await download.path()) as string, 'utf8')
  expect(text).toContain('Yys. Karya Mandiri')
  expect(text).not.toContain('Bina')
  expect(text).not.toContain('Tani Maju')
})

test('with thousands of OMS only a window of rows is in the page, and scrolling loads later ones', async ({
  page,
  harness,
}) => {
  const count = 10_500
  await insertOrganisations(
    harness,
    Array.from({ length: count }, (_, i) => ({
      name: `Forum Warga ${String(i).padStart(5, '0')}`,
      regencyCode: '35.19',
    })),
  )
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(`${page.url().split('#')[0]}#/members`)
  const table = page.getByRole('table', { name: 'Daftar OMS' })
  await expect(page.getByRole('link', { name: 'OMS (10.500)' })).toBeVisible()
  await expect(table).toHaveAttribute('aria-rowcount', String(count + 1))
  await expect(organisationNames(page).first()).toHaveText('Forum Warga 00000')
  expect(await table.getByRole('row').count()).toBeLessThan(60)

  // Scroll to the end: the last rows (page 105 of 100 rows) load and only they are rendered.
  await table.evaluate((element) => element.scrollTo(0, element.scrollHeight))
  await expect(organisationNames(page).last()).toHaveText('Forum Warga 10499')
  await expect(organisationNames(page).filter({ hasText: 'Forum Warga 00000' })).toHaveCount(0)
  expect(await table.getByRole('row').count()).toBeLessThan(60)
  await expect(table.getByRole('row').last()).toHaveAttribute('aria-rowindex', String(count + 1))

  // A search lists its first 10,000 matches and says there are more, instead of counting them all.
  await page.getByRole('searchbox', { name: 'Cari OMS dan orang' }).fill('forum')
  await expect(page.getByRole('link', { name: 'OMS (10.000+)' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'hasil' })).toHaveText(
    'Lebih dari 10.000 hasil; yang ditampilkan 10.000 pertama. Ketik lebih lengkap untuk mempersempit.',
  )
  await expect(table).toHaveAttribute('aria-rowcount', '10001')
  await table.evaluate((element) => element.scrollTo(0, element.scrollHeight))
  await expect(organisationNames(page).last()).toHaveText('Forum Warga 09999')
  await page.getByRole('searchbox', { name: 'Cari OMS dan orang' }).fill('forum warga 10')
  await expect(page.getByRole('link', { name: 'OMS (500)' })).toBeVisible()
})
