import type { Page } from '@playwright/test'
import type { Harness } from '../../scripts/harness/server'
import type { Result } from '../../src/shared/errors'
import { formatDate, localDate } from '../../src/shared/format'
import type { MembershipStatus, SaveResult } from '../../src/shared/members'
import { expect, expectAccessible, jawaTimurHub, tabTo, test } from './fixtures'
import { useEnglish } from './records-seed'

test.use({ hubSetup: jawaTimurHub })

/** Records that are not what a test is about go in through the handlers, as the app would save them. */
async function organisationWithHistory(
  harness: Harness,
  input: Record<string, unknown>,
  history: [MembershipStatus, string][],
): Promise<string> {
  const [[status, statusSince], ...later] = history as [[MembershipStatus, string], ...[MembershipStatus, string][]]
  const result = (await harness.registry.invoke('members:createOrganisation', {
    regencyCode: '35.19',
    allowDuplicates: true,
    status,
    statusSince,
    ...input,
  })) as Result<SaveResult>
  if (!result.ok || !result.value.saved) throw new Error('could not create the organisation')
  const id = result.value.id
  for (const [next, effectiveOn] of later) {
    const changed = await harness.registry.invoke('members:changeStatus', {
      organisationId: id,
      status: next,
      effectiveOn,
    })
    if (!changed.ok) throw new Error(`could not change the status: ${changed.error.message}`)
  }
  return id
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

/** Today where the hub is (Jawa Timur, WIB), as main dates what a merge records. */
const today = () => localDate(new Date(), 'WIB')

/** The entries of a status history, newest first; each may be followed by its buttons. Status names in either case. */
const history = (entries: string[]) => entries.map((entry) => new RegExp(`^${entry}`, 'i'))

/** The cells of one row of the merge table: kept record, merged record, result. */
const cells = (page: Page, field: string) => page.getByRole('row', { name: new RegExp(`^${field}`) }).getByRole('cell')

/** The OMS entered twice: today as a new candidate, and as the member it has been since 2019. */
async function recordedTwice(harness: Harness) {
  const entered = await organisationWithHistory(
    harness,
    { name: 'Yayasan Bina Desa Madiun', staffCount: 12, volunteerCount: 3500 },
    [['candidate', today()]],
  )
  const member = await organisationWithHistory(harness, { name: 'Yayasan Bina Desa', staffCount: 1250 }, [
    ['candidate', '2018-05-02'],
    ['active', '2019-03-01'],
  ])
  await harness.registry.invoke('members:createPerson', {
    name: 'Dewi Lestari',
    gender: 'female',
    role: 'staff',
    organisationId: member,
  })
  return { entered, member }
}

test('two records of one OMS are merged by keyboard, the chosen status keeping its real date, and undone', async ({
  page,
  harness,
}) => {
  test.slow()
  const { entered } = await recordedTwice(harness)
  const todayShown = formatDate(today(), 'WIB')

  await page.goto(`${harness.url}#/members/organisation/${entered}`)
  await expect(heading(page, 'Yayasan Bina Desa Madiun')).toBeFocused()
  const search = page.getByRole('searchbox', { name: 'Cari OMS lain' })
  await tabTo(search)
  await page.keyboard.type('Bina Desa')
  const compare = page.getByRole('link', { name: 'Bandingkan dengan Yayasan Bina Desa', exact: true })
  await expect(compare).toBeVisible()
  await tabTo(compare)
  await page.keyboard.press('Enter')

  await expect(heading(page, 'Gabungkan data')).toBeFocused()
  await expect(page.getByText('riwayat status, dan penilaian kapasitas OMS kanan pindah ke OMS kiri')).toBeVisible()
  await expect(cells(page, 'Jumlah staf')).toHaveText(['12', '1.250', '12'])
  await expect(cells(page, 'Jumlah relawan')).toHaveText(['3.500', '(kosong)', '3.500'])

  // Either status is offered with the date it began on its record, and keeps that date.
  const status = cells(page, 'Status keanggotaan')
  const ownStatus = page.getByRole('radio', {
    name: new RegExp(`^Status keanggotaan: pakai calon sejak ${todayShown}$`, 'i'),
  })
  await expect(ownStatus).toBeChecked()
  await expect(status.last()).toHaveText(new RegExp(`^calon sejak ${todayShown}$`, 'i'))
  await tabTo(ownStatus)
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: /^Status keanggotaan: pakai aktif sejak 1 Mar 2019$/i })).toBeChecked()
  await expect(status.last()).toHaveText(/^aktif sejak 1 Mar 2019$/i)
  await expectAccessible(page)

  await tabTo(page.getByRole('button', { name: 'Gabungkan', exact: true }))
  await page.keyboard.press('Enter')

  await expect(heading(page, 'Yayasan Bina Desa Madiun')).toBeFocused()
  await expect(page.getByRole('region', { name: 'Orang (1)' })).toContainText('Dewi Lestari')
  const membership = page.getByRole('region', { name: 'Status keanggotaan' })
  // The joined history reads true: the candidate entry of today came after the chosen status began.
  await expect(membership).toContainText(/aktif sejak 1 Mar 2019/i)
  await expect(membership.getByRole('listitem')).toHaveText(history(['1 Mar 2019 — aktif', '2 Mei 2018 — calon']))

  await tabTo(page.getByRole('button', { name: 'Urungkan penggabungan' }))
  await page.keyboard.press('Enter')
  const undone = page
    .getByRole('status')
    .filter({ hasText: 'Penggabungan dengan "Yayasan Bina Desa" sudah diurungkan.' })
  await expect(undone).toBeFocused()
  await expect(undone).toHaveCSS('outline-style', 'solid')
  await expect(membership.getByRole('listitem')).toHaveText(history([`${todayShown} — calon`]))
  await expect(page.getByRole('region', { name: 'Orang (0)' })).toBeVisible()
})

test('in English, the merge table offers the status and the undo leaves focus on its message', async ({
  page,
  harness,
}) => {
  test.slow()
  const { entered, member } = await recordedTwice(harness)
  await page.goto(`${harness.url}#/members/merge/organisation/${member}/${entered}`)
  await useEnglish(page, harness)
  await expect(heading(page, 'Merge records')).toBeFocused()
  await expect(page.getByText('status history and capacity assessments of the right-hand OMS move')).toBeVisible()
  await expect(cells(page, 'Staff')).toHaveText(['1,250', '12', '1,250'])
  await expect(page.getByRole('radio', { name: /^Membership status: use active since 1 Mar 2019$/i })).toBeChecked()
  await expect(cells(page, 'Membership status').last()).toHaveText(/^active since 1 Mar 2019$/i)
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Merge', exact: true }).press('Enter')
  await expect(heading(page, 'Yayasan Bina Desa')).toBeFocused()
  await expect(page.getByRole('region', { name: 'Membership status' }).getByRole('listitem')).toHaveText(
    history(['1 Mar 2019 — active', '2 May 2018 — candidate']),
  )
  await page.getByRole('button', { name: 'Undo merge' }).press('Enter')
  const undone = page
    .getByRole('status')
    .filter({ hasText: 'The merge with "Yayasan Bina Desa Madiun" has been undone.' })
  await expect(undone).toBeFocused()
  await expect(page.getByRole('region', { name: 'Membership status' }).getByRole('listitem')).toHaveText(
    history(['1 Mar 2019 — active', '2 May 2018 — candidate']),
  )
  await expectAccessible(page)
})
