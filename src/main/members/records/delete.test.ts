import { describe, expect, it } from 'vitest'
import type { DeletedRecord, OrganisationDetail } from '../../../shared/members'
import { syncWrite } from '../../sync/write'
import { people } from '../schema'
import { jawaTimurServices, ok, saved } from './testing'

type Context = Awaited<ReturnType<typeof jawaTimurServices>>

async function organisationWithPeople({ registry }: Context, names: string[]) {
  const organisation = saved(
    await registry.invoke('members:createOrganisation', { name: 'Yayasan Bina Desa', regencyCode: '35.19' }),
  )
  const ids: string[] = []
  for (const name of names)
    ids.push(
      saved(
        await registry.invoke('members:createPerson', {
          name,
          gender: 'female',
          role: 'staff',
          organisationId: organisation,
          allowDuplicates: true,
        }),
      ),
    )
  return { organisation, people: ids }
}

const peopleFound = ({ database }: Context, query: string) =>
  database.sqlite
    .prepare(`SELECT k.entity_id FROM people_fts f JOIN search_keys k ON k.rowid = f.rowid WHERE people_fts MATCH ?`)
    .pluck()
    .all(query)

describe('deleting records', () => {
  it('deletes a person, leaving their affiliations as they were, and undoes that', async () => {
    const context = await jawaTimurServices()
    const { registry, database } = context
    const {
      organisation,
      people: [siti],
    } = await organisationWithPeople(context, ['Siti Rahayu'])
    const affiliations = database.sqlite.prepare(
      'SELECT organisation_id, until_on, deleted_at FROM affiliations WHERE person_id = ?',
    )
    const before = affiliations.all(siti)
    const deleted = ok<DeletedRecord>(await registry.invoke('members:deleteRecord', { kind: 'person', id: siti }))
    expect(deleted).toEqual({ kind: 'person', id: siti, name: 'Siti Rahayu', deletedAt: expect.any(String) })
    expect(await registry.invoke('members:getPerson', { id: siti })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(
      ok<OrganisationDetail>(await registry.invoke('members:getOrganisation', { id: organisation })).people,
    ).toEqual([])
    expect(peopleFound(context, 'siti')).toEqual([])
    expect(affiliations.all(siti)).toEqual(before)

    const undone = ok<DeletedRecord>(await registry.invoke('members:undoDelete', { kind: 'person', id: siti }))
    expect(undone).toEqual(deleted)
    expect(
      ok<OrganisationDetail>(await registry.invoke('members:getOrganisation', { id: organisation })).people,
    ).toEqual([expect.objectContaining({ id: siti })])
    expect(peopleFound(context, 'siti')).toEqual([siti])
  })

  it('deletes an organisation only once nobody is recorded in it, saying how many are', async () => {
    const context = await jawaTimurServices()
    const { registry } = context
    const { organisation, people: ids } = await organisationWithPeople(context, ['Siti Rahayu', 'Dewi Lestari'])
    expect(await registry.invoke('members:deleteRecord', { kind: 'organisation', id: organisation })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('masih ada orang yang tercatat di dalamnya (2)') },
    })
    for (const id of ids) ok(await registry.invoke('members:deleteRecord', { kind: 'person', id }))
    ok(await registry.invoke('members:deleteRecord', { kind: 'organisation', id: organisation }))
    expect(await registry.invoke('members:getOrganisation', { id: organisation })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    ok(await registry.invoke('members:undoDelete', { kind: 'organisation', id: organisation }))
    expect(
      ok<OrganisationDetail>(await registry.invoke('members:getOrganisation', { id: organisation })),
    ).toMatchObject({ name: 'Yayasan Bina Desa', people: [] })
  })

  it('undoes only the latest delete, and only once', async () => {
    const context = await jawaTimurServices()
    const { registry } = context
    const {
      people: [siti, dewi],
    } = await organisationWithPeople(context, ['Siti Rahayu', 'Dewi Lestari'])
    ok(await registry.invoke('members:deleteRecord', { kind: 'person', id: siti }))
    ok(await registry.invoke('members:deleteRecord', { kind: 'person', id: dewi }))
    const notLatest = {
      ok: false,
      error: { message: 'Hanya penghapusan terakhir yang dapat diurungkan, dan hanya sekali.' },
    }
    expect(await registry.invoke('members:undoDelete', { kind: 'person', id: siti })).toMatchObject(notLatest)
    ok(await registry.invoke('members:undoDelete', { kind: 'person', id: dewi }))
    expect(await registry.invoke('members:undoDelete', { kind: 'person', id: dewi })).toMatchObject(notLatest)
    expect(await registry.invoke('members:undoDelete', { kind: 'person', id: siti })).toMatchObject(notLatest)
  })

  it('refuses the undo once the record changed after the delete, keeping that change', async () => {
    const context = await jawaTimurServices()
    const { registry, database } = context
    const {
      people: [siti],
    } = await organisationWithPeople(context, ['Siti Rahayu'])
    ok(await registry.invoke('members:deleteRecord', { kind: 'person', id: siti }))
    // As an edit from another instance of this hub would arrive by sync.
    syncWrite(database, (writer) => writer.update(people, siti as string, { notes: 'pindah ke Surabaya' }))
    expect(await registry.invoke('members:undoDelete', { kind: 'person', id: siti })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('sudah berubah sesudahnya') },
    })
    const row = database.sqlite.prepare('SELECT notes, deleted_at FROM people WHERE id = ?').get(siti)
    expect(row).toEqual({ notes: 'pindah ke Surabaya', deleted_at: expect.any(String) })
  })

  it('refuses to delete a record merged away', async () => {
    const context = await jawaTimurServices()
    const { registry } = context
    const {
      people: [siti, dewi],
    } = await organisationWithPeople(context, ['Siti Rahayu', 'Siti Rahayu'])
    ok(await registry.invoke('members:merge', { kind: 'person', survivorId: siti, mergedId: dewi }))
    expect(await registry.invoke('members:deleteRecord', { kind: 'person', id: dewi })).toMatchObject({
      ok: false,
      error: { message: 'Data orang ini sudah digabungkan ke data lain dan tidak dapat diubah lagi.' },
    })
  })
})
