import { describe, expect, it } from 'vitest'
import type { Result } from '../../../shared/errors'
import type { OrganisationDetail, SaveResult } from '../../../shared/members'
import { jawaTimurServices } from './testing'

type Context = Awaited<ReturnType<typeof jawaTimurServices>>

const ok = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`)
  return result.value as T
}

/** Calon since 2019, aktif since 2020, nonaktif since 2023: the history a member's decade leaves. */
async function memberSince2019({ registry }: Context) {
  const created = ok<SaveResult>(
    await registry.invoke('members:createOrganisation', {
      name: 'Yayasan Bina Desa',
      regencyCode: '35.19',
      status: 'candidate',
      statusSince: '2019-03-01',
    }),
  )
  if (!created.saved) throw new Error('not saved')
  const organisationId = created.id
  for (const [status, effectiveOn] of [
    ['active', '2020-01-10'],
    ['inactive', '2023-06-01'],
  ])
    ok(await registry.invoke('members:changeStatus', { organisationId, status, effectiveOn }))
  const detail = ok<OrganisationDetail>(await registry.invoke('members:getOrganisation', { id: organisationId }))
  const [inactive, active, candidate] = detail.statusHistory.map((change) => change.id)
  return { organisationId, candidate, active, inactive } as Record<string, string>
}

const summary = (detail: OrganisationDetail) => ({
  status: detail.status,
  since: detail.statusSince,
  history: detail.statusHistory.map(
    (change) => `${change.effectiveOn} ${change.status}${change.note ? ` (${change.note})` : ''}`,
  ),
})

const storedStatus = ({ database }: Context, id: string) =>
  database.sqlite.prepare('SELECT status, status_since AS since FROM organisations WHERE id = ?').get(id)

describe('correcting the status history', () => {
  it('corrects the date, status and note of an entry; the current status follows the history', async () => {
    const context = await jawaTimurServices()
    const ids = await memberSince2019(context)
    const dated = ok<OrganisationDetail>(
      await context.registry.invoke('members:correctStatus', {
        changeId: ids.active,
        status: 'active',
        effectiveOn: '2020-02-01',
        note: 'SK pengurus',
      }),
    )
    expect(summary(dated)).toEqual({
      status: 'inactive',
      since: '2023-06-01',
      history: ['2023-06-01 inactive', '2020-02-01 active (SK pengurus)', '2019-03-01 candidate'],
    })

    const left = ok<OrganisationDetail>(
      await context.registry.invoke('members:correctStatus', {
        changeId: ids.inactive,
        status: 'left',
        effectiveOn: '2023-07-15',
      }),
    )
    expect(summary(left)).toMatchObject({ status: 'left', since: '2023-07-15' })
    expect(storedStatus(context, ids.organisationId as string)).toEqual({ status: 'left', since: '2023-07-15' })
  })

  it('refuses a correction that leaves a step the status form would not allow, naming it', async () => {
    const context = await jawaTimurServices()
    const ids = await memberSince2019(context)
    const refused = await context.registry.invoke('members:correctStatus', {
      changeId: ids.candidate,
      status: 'left',
      effectiveOn: '2019-03-01',
    })
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Ada isian yang perlu diperbaiki.',
        fields: {
          status:
            'Riwayat status menjadi tidak runtut: sesudah "Keluar" (1 Mar 2019) tidak dapat langsung "Aktif" (10 Jan 2020).',
        },
      },
    })
    // Dated past the entry after it, "calon" would follow "aktif", which no one can record.
    expect(
      await context.registry.invoke('members:correctStatus', {
        changeId: ids.candidate,
        status: 'candidate',
        effectiveOn: '2021-01-01',
      }),
    ).toMatchObject({ ok: false, error: { fields: { status: expect.stringContaining('sesudah "Aktif"') } } })
    const detail = ok<OrganisationDetail>(
      await context.registry.invoke('members:getOrganisation', { id: ids.organisationId }),
    )
    expect(summary(detail).history).toEqual(['2023-06-01 inactive', '2020-01-10 active', '2019-03-01 candidate'])
  })

  it('removes a wrong entry, soft-deleted so the removal travels, and the status falls back', async () => {
    const context = await jawaTimurServices()
    const ids = await memberSince2019(context)
    const detail = ok<OrganisationDetail>(
      await context.registry.invoke('members:removeStatus', { changeId: ids.inactive }),
    )
    expect(summary(detail)).toEqual({
      status: 'active',
      since: '2020-01-10',
      history: ['2020-01-10 active', '2019-03-01 candidate'],
    })
    expect(storedStatus(context, ids.organisationId as string)).toEqual({ status: 'active', since: '2020-01-10' })
    const removed = context.database.sqlite
      .prepare('SELECT deleted_at FROM membership_changes WHERE id = ?')
      .pluck()
      .get(ids.inactive)
    expect(removed).toEqual(expect.any(String))

    // Removed once is removed: asking again finds nothing.
    expect(await context.registry.invoke('members:removeStatus', { changeId: ids.inactive })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Entri riwayat status ini tidak ditemukan; mungkin sudah dihapus.' },
    })
  })

  it('refuses to remove an entry whose neighbours cannot follow each other', async () => {
    const context = await jawaTimurServices()
    const ids = await memberSince2019(context)
    expect(await context.registry.invoke('members:removeStatus', { changeId: ids.active })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('sesudah "Calon" (1 Mar 2019) tidak dapat langsung "Nonaktif"') },
    })
  })

  it('keeps the last entry, saying why', async () => {
    const context = await jawaTimurServices()
    const ids = await memberSince2019(context)
    ok(await context.registry.invoke('members:removeStatus', { changeId: ids.inactive }))
    ok(await context.registry.invoke('members:removeStatus', { changeId: ids.active }))
    expect(await context.registry.invoke('members:removeStatus', { changeId: ids.candidate })).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          'Entri ini tidak dapat dihapus: riwayat status harus berisi setidaknya satu entri. Bila isinya salah, perbaiki entri ini.',
      },
    })
    expect(storedStatus(context, ids.organisationId as string)).toEqual({ status: 'candidate', since: '2019-03-01' })
  })

  it('leaves the history of a deleted organisation alone', async () => {
    const context = await jawaTimurServices()
    const ids = await memberSince2019(context)
    ok(await context.registry.invoke('members:deleteRecord', { kind: 'organisation', id: ids.organisationId }))
    expect(await context.registry.invoke('members:removeStatus', { changeId: ids.inactive })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/^OMS tidak ditemukan/) },
    })
  })
})
