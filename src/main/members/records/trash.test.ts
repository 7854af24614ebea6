import { describe, expect, it } from 'vitest'
import type { DeletedRecord, OrganisationDetail, TrashList } from '../../../shared/members'
import { jawaTimurServices, ok, saved, savedPerson } from './testing'

type Context = Awaited<ReturnType<typeof jawaTimurServices>>

/** Each delete a minute after the one before, so the trash has an order to show. */
function minuteClock() {
  let now = Date.parse('2026-05-18T03:00:00Z')
  return { clock: () => now, later: () => (now += 60_000) }
}

async function binaDesaWithSiti({ registry }: Context) {
  const organisation = saved(
    await registry.invoke('members:createOrganisation', { name: 'Yayasan Bina Desa', regencyCode: '35.19' }),
  )
  return { organisation, siti: await savedPerson(registry, organisation, 'Siti Rahayu') }
}

const trash = async ({ registry }: Context) => ok<TrashList>(await registry.invoke('members:trash', undefined))

describe('the trash', () => {
  it('lists what this hub deleted, newest first, with when and where, and restores it', async () => {
    const time = minuteClock()
    const context = await jawaTimurServices({ clock: time.clock })
    const { registry } = context
    const { organisation, siti } = await binaDesaWithSiti(context)
    expect(await trash(context)).toEqual({ total: 0, entries: [] })

    ok(await registry.invoke('members:deleteRecord', { kind: 'person', id: siti }))
    time.later()
    ok(await registry.invoke('members:deleteRecord', { kind: 'organisation', id: organisation }))
    expect(await trash(context)).toEqual({
      total: 2,
      entries: [
        {
          kind: 'organisation',
          id: organisation,
          name: 'Yayasan Bina Desa',
          context: 'Kabupaten Madiun',
          deletedAt: '2026-05-18T03:01:00.000Z',
          organisationDeleted: false,
        },
        {
          kind: 'person',
          id: siti,
          name: 'Siti Rahayu',
          context: 'Yayasan Bina Desa',
          deletedAt: '2026-05-18T03:00:00.000Z',
          organisationDeleted: true,
        },
      ],
    })

    // The person first would point at an OMS no one can open: refused, naming the OMS.
    expect(await registry.invoke('members:restoreRecord', { kind: 'person', id: siti })).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message:
          '"Siti Rahayu" belum dapat dipulihkan: OMS-nya, "Yayasan Bina Desa", juga dihapus. Pulihkan OMS itu dulu, lalu pulihkan orang ini.',
      },
    })
    expect(
      ok<DeletedRecord>(await registry.invoke('members:restoreRecord', { kind: 'organisation', id: organisation })),
    ).toEqual({
      kind: 'organisation',
      id: organisation,
      name: 'Yayasan Bina Desa',
      deletedAt: '2026-05-18T03:01:00.000Z',
    })
    expect((await trash(context)).entries).toEqual([expect.objectContaining({ id: siti, organisationDeleted: false })])
    ok(await registry.invoke('members:restoreRecord', { kind: 'person', id: siti }))
    expect(await trash(context)).toEqual({ total: 0, entries: [] })
    const detail = ok<OrganisationDetail>(await registry.invoke('members:getOrganisation', { id: organisation }))
    expect(detail.people.map((person) => person.name)).toEqual(['Siti Rahayu'])
  })

  it('takes the undo of a delete with it, and refuses to restore twice', async () => {
    const context = await jawaTimurServices()
    const { registry } = context
    const { siti } = await binaDesaWithSiti(context)
    ok(await registry.invoke('members:deleteRecord', { kind: 'person', id: siti }))
    ok(await registry.invoke('members:restoreRecord', { kind: 'person', id: siti }))
    expect(await registry.invoke('members:undoDelete', { kind: 'person', id: siti })).toMatchObject({
      ok: false,
      error: { message: 'Hanya penghapusan terakhir yang dapat diurungkan, dan hanya sekali.' },
    })
    expect(await registry.invoke('members:restoreRecord', { kind: 'person', id: siti })).toMatchObject({
      ok: false,
      error: { message: '"Siti Rahayu" tidak ada di daftar data terhapus; mungkin sudah dipulihkan.' },
    })
  })

  it('leaves records merged away out, and refuses to restore them', async () => {
    const context = await jawaTimurServices()
    const { registry } = context
    const { organisation, siti } = await binaDesaWithSiti(context)
    const twin = await savedPerson(registry, organisation, 'Siti Rahayu', { allowDuplicates: true })
    ok(await registry.invoke('members:merge', { kind: 'person', survivorId: siti, mergedId: twin }))
    expect(await trash(context)).toEqual({ total: 0, entries: [] })
    expect(await registry.invoke('members:restoreRecord', { kind: 'person', id: twin })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('sudah digabungkan ke data lain, bukan dihapus') },
    })
  })
})
