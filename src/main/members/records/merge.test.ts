import { describe, expect, it } from 'vitest'
import { localDate } from '../../../shared/format'
import {
  statusAfterMerge,
  type MembershipStatus,
  type MergeSummary,
  type OrganisationDetail,
  type PersonDetail,
} from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { syncWrite } from '../../sync/write'
import { affiliations, membershipChanges, organisations } from '../schema'
import type { FieldChange } from './field-journal'
import { jawaTimurServices, ok, organisationInput, saved, savedPerson } from './testing'

type Context = Awaited<ReturnType<typeof jawaTimurServices>>

/** Today in Jawa Timur (WIB), as main dates what a merge records. */
const today = () => localDate(new Date(), 'WIB')

/**
 * Every live row a merge may touch, as stored: undo must bring back exactly this, apart from the
 * write path's bookkeeping, which moves forward so that sync sees the undo as the newest change. A
 * row the merge created stays after undo as a tombstone, so that sync carries its removal.
 */
function snapshot({ database }: Context) {
  const all = (table: string) =>
    (
      database.sqlite.prepare(`SELECT * FROM ${table} WHERE deleted_at IS NULL ORDER BY id`).all() as Record<
        string,
        unknown
      >[]
    ).map(({ updated_at: _updated, hlc: _hlc, field_clocks: _clocks, change_seq: _seq, ...row }) => row)
  return Object.fromEntries(
    ['organisations', 'people', 'affiliations', 'membership_changes', 'capacity_assessments'].map((t) => [t, all(t)]),
  )
}

/** Organisation ids the search index finds for an FTS query, as the directory search uses it. */
const found = ({ database }: Context, query: string) =>
  database.sqlite
    .prepare(
      `SELECT k.entity_id FROM organisations_fts f JOIN search_keys k ON k.rowid = f.rowid
       WHERE organisations_fts MATCH ? ORDER BY k.entity_id`,
    )
    .pluck()
    .all(query)

async function twoOrganisations(context: Context) {
  const { registry } = context
  const survivor = saved(
    await registry.invoke('members:createOrganisation', {
      name: 'Yayasan Bina Desa',
      regencyCode: '35.19',
      phone: '0812 1111 2222',
      status: 'active',
      statusSince: '2026-01-10',
    }),
  )
  const district = context.database.sqlite
    .prepare(`SELECT code FROM ref_districts WHERE regency_code = '35.77' LIMIT 1`)
    .pluck()
    .get() as string
  const merged = saved(
    await registry.invoke('members:createOrganisation', {
      name: 'Perkumpulan Bina Desa Mandiri',
      acronym: 'BDM',
      regencyCode: '35.77',
      districtCode: district,
      email: 'bdm@contoh.or.id',
      allowDuplicates: true,
    }),
  )
  const people = [
    await savedPerson(registry, survivor, 'Siti Rahayu'),
    await savedPerson(registry, merged, 'Dewi Lestari'),
  ]
  const scores = Object.fromEntries(
    (
      context.database.sqlite
        .prepare(`SELECT code FROM ref_terms WHERE vocabulary = 'capacity_aspect'`)
        .pluck()
        .all() as string[]
    ).map((code) => [code, 3]),
  )
  ok(await registry.invoke('members:addAssessment', { organisationId: merged, assessedOn: '2026-05-01', scores }))
  return { survivor, merged, people, district }
}

/** Merges one OMS into another, taking the fields `take` names from the merged one; it must succeed. */
const mergeOrganisations = async ({ registry }: Context, survivorId: string, mergedId: string, take = {}) =>
  ok<MergeSummary>(await registry.invoke('members:merge', { kind: 'organisation', survivorId, mergedId, take }))

/** As after another instance removed a record's only status entry: its status stays, from the tombstone. */
function removeOnlyEntry(database: AppDatabase, organisationId: string): void {
  syncWrite(database, (writer) => {
    const entry = database.sqlite
      .prepare('SELECT id FROM membership_changes WHERE organisation_id = ?')
      .pluck()
      .get(organisationId) as string
    writer.remove(membershipChanges, entry)
  })
}

describe('merging organisations', () => {
  it('moves every reference to the survivor, takes the chosen fields and soft-deletes the other', async () => {
    const context = await jawaTimurServices()
    const { registry, database } = context
    const { survivor, merged, district } = await twoOrganisations(context)
    const summary = await mergeOrganisations(context, survivor, merged, {
      acronym: 'merged',
      email: 'merged',
      regencyCode: 'merged',
    })
    expect(summary).toMatchObject({
      kind: 'organisation',
      survivorId: survivor,
      survivorName: 'Yayasan Bina Desa',
      mergedName: 'Perkumpulan Bina Desa Mandiri',
      undoable: true,
    })
    const detail = ok<OrganisationDetail>(await registry.invoke('members:getOrganisation', { id: survivor }))
    expect(detail).toMatchObject({
      name: 'Yayasan Bina Desa',
      acronym: 'BDM',
      email: 'bdm@contoh.or.id',
      phone: '+6281211112222',
      regencyCode: '35.77',
      districtCode: district,
    })
    expect(detail.people.map((p) => p.name)).toEqual(['Dewi Lestari', 'Siti Rahayu'])
    expect(detail.assessments).toHaveLength(1)
    // The survivor's own status (chosen by default) with its real date; the other's later candidate entry goes.
    expect(detail).toMatchObject({ status: 'active', statusSince: '2026-01-10' })
    expect(detail.statusHistory.map((change) => [change.effectiveOn, change.status])).toEqual([
      ['2026-01-10', 'active'],
    ])
    const gone = database.sqlite
      .prepare('SELECT deleted_at, merged_into_id FROM organisations WHERE id = ?')
      .get(merged)
    expect(gone).toMatchObject({ merged_into_id: survivor, deleted_at: expect.any(String) })
    expect(ok<OrganisationDetail>(await registry.invoke('members:getOrganisation', { id: merged })).mergedIntoId).toBe(
      survivor,
    )
    const left = (table: string, column: string) =>
      database.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE ${column} = ?`).pluck().get(merged)
    expect(left('people', 'organisation_id')).toBe(0)
    expect(left('affiliations', 'organisation_id')).toBe(0)
    expect(left('membership_changes', 'organisation_id')).toBe(0)
    expect(left('capacity_assessments', 'organisation_id')).toBe(0)
    expect(found(context, 'mandiri')).toEqual([])
    expect(found(context, 'BDM')).toEqual([survivor])
  })

  it('undoes the latest merge exactly, search index included, and only once', async () => {
    const context = await jawaTimurServices()
    const { registry } = context
    const { survivor, merged } = await twoOrganisations(context)
    const before = snapshot(context)
    expect(found(context, 'bina')).toEqual([survivor, merged].sort())
    await mergeOrganisations(context, survivor, merged, { name: 'merged', acronym: 'merged' })
    expect(found(context, 'yayasan')).toEqual([])
    expect(found(context, 'mandiri')).toEqual([survivor])
    const undone = ok<MergeSummary>(await registry.invoke('members:undoMerge', undefined))
    expect(undone).toMatchObject({ survivorId: survivor, survivorName: 'Yayasan Bina Desa', undoable: false })
    expect(snapshot(context)).toEqual(before)
    expect(found(context, 'bina')).toEqual([survivor, merged].sort())
    expect(found(context, 'yayasan')).toEqual([survivor])
    expect(found(context, 'mandiri')).toEqual([merged])
    expect(ok<MergeSummary | null>(await registry.invoke('members:lastMerge', undefined))).toMatchObject({
      undoable: false,
    })
    const twice = await registry.invoke('members:undoMerge', undefined)
    expect(twice).toMatchObject({ ok: false, error: { message: 'Tidak ada penggabungan yang dapat dibatalkan.' } })
  })

  it('lets only the latest merge be undone', async () => {
    const context = await jawaTimurServices()
    const { registry } = context
    const first = await twoOrganisations(context)
    const organisation = (name: string) =>
      registry.invoke('members:createOrganisation', { name, regencyCode: '35.19', allowDuplicates: true })
    const [a, b] = [saved(await organisation('Forum Tani Maju')), saved(await organisation('Forum Tani Maju Jaya'))]
    await mergeOrganisations(context, first.survivor, first.merged)
    const afterFirst = snapshot(context)
    await mergeOrganisations(context, a, b)
    ok(await registry.invoke('members:undoMerge', undefined))
    expect(snapshot(context)).toEqual(afterFirst)
    const earlier = await registry.invoke('members:undoMerge', undefined)
    expect(earlier.ok).toBe(false)
    expect(snapshot(context)).toEqual(afterFirst)
  })

  it('journals only the fields the merge wrote, each as it was and as it became', async () => {
    const context = await jawaTimurServices()
    const { database } = context
    const { survivor, merged, people } = await twoOrganisations(context)
    await mergeOrganisations(context, survivor, merged, { acronym: 'merged', phone: 'survivor' })
    const journal = database.sqlite.prepare('SELECT changes FROM merges').pluck().get() as string
    const changes = JSON.parse(journal) as FieldChange[]
    const assessment = database.sqlite.prepare('SELECT id FROM capacity_assessments').pluck().get()
    const affiliation = database.sqlite
      .prepare('SELECT id FROM affiliations WHERE person_id = ?')
      .pluck()
      .get(people[1] as string)
    const statusChange = database.sqlite
      .prepare('SELECT id FROM membership_changes WHERE status = ? AND effective_on = ?')
      .pluck()
    const superseded = statusChange.get('candidate', today())
    const deletedAt = (table: string, id: unknown) =>
      database.sqlite.prepare(`SELECT deleted_at FROM ${table} WHERE id = ?`).pluck().get(id)
    expect(changes).toEqual([
      { table: 'organisations', id: survivor, column: 'acronym', before: null, after: 'BDM' },
      { table: 'organisations', id: merged, column: 'merged_into_id', before: null, after: survivor },
      {
        table: 'organisations',
        id: merged,
        column: 'deleted_at',
        before: null,
        after: deletedAt('organisations', merged),
      },
      // The other's candidate entry (today) came after the survivor's chosen active status began.
      {
        table: 'membership_changes',
        id: superseded,
        column: 'deleted_at',
        before: null,
        after: deletedAt('membership_changes', superseded),
      },
      { table: 'affiliations', id: affiliation, column: 'organisation_id', before: merged, after: survivor },
      { table: 'membership_changes', id: superseded, column: 'organisation_id', before: merged, after: survivor },
      { table: 'capacity_assessments', id: assessment, column: 'organisation_id', before: merged, after: survivor },
    ])
  })

  it('undoes a merge edited since, keeping every edit and putting back the rest', async () => {
    const context = await jawaTimurServices()
    const { registry, database } = context
    const { survivor, merged } = await twoOrganisations(context)
    await mergeOrganisations(context, survivor, merged, { name: 'merged', acronym: 'merged', email: 'merged' })
    const afterMerge = database.sqlite.prepare('SELECT hlc FROM organisations WHERE id = ?').pluck()
    const mergedClock = afterMerge.get(merged) as string
    // A field the merge wrote (acronym) and one it did not (website) are edited, and the status moves.
    saved(
      await registry.invoke('members:updateOrganisation', {
        id: survivor,
        name: 'Perkumpulan Bina Desa Mandiri',
        regencyCode: '35.19',
        phone: '0812 1111 2222',
        email: 'bdm@contoh.or.id',
        acronym: 'PBDM',
        website: 'binadesa.or.id',
        allowDuplicates: true,
      }),
    )
    ok(
      await registry.invoke('members:changeStatus', {
        organisationId: survivor,
        status: 'inactive',
        effectiveOn: today(),
      }),
    )
    expect(ok<MergeSummary | null>(await registry.invoke('members:lastMerge', undefined))).toMatchObject({
      undoable: true,
    })
    ok(await registry.invoke('members:undoMerge', undefined))
    expect(ok<OrganisationDetail>(await registry.invoke('members:getOrganisation', { id: survivor }))).toMatchObject({
      name: 'Yayasan Bina Desa',
      acronym: 'PBDM',
      email: null,
      website: 'https://binadesa.or.id',
      status: 'inactive',
      statusSince: today(),
    })
    expect(ok<OrganisationDetail>(await registry.invoke('members:getOrganisation', { id: merged }))).toMatchObject({
      name: 'Perkumpulan Bina Desa Mandiri',
      mergedIntoId: null,
      people: [expect.objectContaining({ name: 'Dewi Lestari' })],
    })
    // New clocks: sync carries the undo as the newest change, not as the state before the merge.
    expect((afterMerge.get(merged) as string) > mergedClock).toBe(true)
  })

  it('leaves a person who moved after the merge where they are now, their earlier stint restored', async () => {
    const context = await jawaTimurServices()
    const { registry } = context
    const { survivor, merged, people } = await twoOrganisations(context)
    const dewi = people[1] as string
    const third = saved(
      await registry.invoke('members:createOrganisation', { name: 'Forum Tani Maju', regencyCode: '35.19' }),
    )
    await mergeOrganisations(context, survivor, merged)
    saved(
      await registry.invoke('members:updatePerson', {
        id: dewi,
        name: 'Dewi Lestari',
        gender: 'female',
        role: 'staff',
        organisationId: third,
      }),
    )
    ok(await registry.invoke('members:undoMerge', undefined))
    const detail = ok<PersonDetail>(await registry.invoke('members:getPerson', { id: dewi }))
    expect(detail.organisationId).toBe(third)
    expect(detail.affiliations.map((a) => [a.organisationId, a.untilOn === null]).sort()).toEqual(
      [
        [merged, false],
        [third, true],
      ].sort(),
    )
  })

  it("refuses to fold another hub's record, changing nothing", async () => {
    const context = await jawaTimurServices()
    const { registry, database } = context
    const { survivor } = await twoOrganisations(context)
    const foreign = syncWrite(
      database,
      (writer) =>
        writer.insert(organisations, {
          ...organisationInput({ name: 'Yayasan Bina Desa Bali', regencyCode: '51.01' }),
          nameKey: 'bina desa bali',
          sectorCodes: '[]',
          sdgs: '[]',
          status: 'active',
          statusSince: '2026-01-01',
        }),
      { hubId: '0195e1b2-0000-7000-8000-0000000000b1' },
    )
    const before = snapshot(context)
    expect(
      await registry.invoke('members:merge', { kind: 'organisation', survivorId: survivor, mergedId: foreign }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('milik hub lain') } })
    expect(snapshot(context)).toEqual(before)
  })

  it('refuses a merge with itself, with a merged-away record, or of a field that cannot be chosen', async () => {
    const context = await jawaTimurServices()
    const { registry } = context
    const { survivor, merged } = await twoOrganisations(context)
    const merge = (survivorId: string, mergedId: string, take = {}) =>
      registry.invoke('members:merge', { kind: 'organisation', survivorId, mergedId, take })
    expect(await merge(survivor, survivor)).toMatchObject({
      ok: false,
      error: { fields: { mergedId: 'Pilih dua data yang berbeda untuk digabungkan.' } },
    })
    expect(await merge(survivor, merged, { districtCode: 'merged' })).toMatchObject({
      ok: false,
      error: { fields: { 'take.districtCode': 'Kolom "districtCode" tidak dapat dipilih saat menggabungkan.' } },
    })
    ok(await merge(survivor, merged))
    expect(await merge(merged, survivor)).toMatchObject({
      ok: false,
      error: { message: 'OMS ini sudah digabungkan ke OMS lain dan tidak dapat diubah lagi.' },
    })
  })
})

describe('the status of merged OMS', () => {
  type History = [MembershipStatus, string][]

  /** One OMS with the status history given, oldest first. */
  async function withHistory({ registry }: Context, name: string, history: History): Promise<string> {
    const [[status, statusSince], ...later] = history as [History[number], ...History]
    const id = saved(
      await registry.invoke('members:createOrganisation', {
        name,
        regencyCode: '35.19',
        status,
        statusSince,
        allowDuplicates: true,
      }),
    )
    for (const [next, effectiveOn] of later)
      ok(await registry.invoke('members:changeStatus', { organisationId: id, status: next, effectiveOn }))
    return id
  }
  const since2019: History = [
    ['candidate', '2018-05-02'],
    ['active', '2019-03-01'],
  ]

  async function detailOf({ registry }: Context, id: string) {
    const detail = ok<OrganisationDetail>(await registry.invoke('members:getOrganisation', { id }))
    return {
      status: [detail.status, detail.statusSince],
      history: detail.statusHistory.map((change) => [change.effectiveOn, change.status]),
    }
  }
  /** The member since 2019 joined with today's candidate: active since 2019, nothing dated today. */
  const activeSince2019 = {
    status: ['active', '2019-03-01'],
    history: [
      ['2019-03-01', 'active'],
      ['2018-05-02', 'candidate'],
    ],
  }
  const journaled = ({ database }: Context) =>
    JSON.parse(database.sqlite.prepare('SELECT changes FROM merges').pluck().get() as string) as FieldChange[]
  /** Status entries the merge created. */
  const recorded = (context: Context) => journaled(context).filter((change) => change.column === 'id')
  /** Status entries the merge removed, as later than the chosen status's start. */
  const removed = (context: Context) =>
    journaled(context).filter((change) => change.table === 'membership_changes' && change.column === 'deleted_at')

  it('keeps a member active since 2019 active since 2019 when its duplicate is a new candidate', async () => {
    const context = await jawaTimurServices()
    const survivor = await withHistory(context, 'Yayasan Bina Desa', since2019)
    const merged = await withHistory(context, 'Yayasan Bina Desa Madiun', [['candidate', today()]])
    await mergeOrganisations(context, survivor, merged)
    expect(await detailOf(context, survivor)).toEqual(activeSince2019)
    expect((await detailOf(context, merged)).history).toEqual([])
    expect(recorded(context)).toEqual([])
    expect(removed(context)).toHaveLength(1)
  })

  it('joins both histories in date order, leaving out only what came after the chosen status began', async () => {
    const context = await jawaTimurServices()
    const survivor = await withHistory(context, 'Yayasan Pelita Desa Mandiri', [
      ['candidate', '2024-03-01'],
      ['active', '2025-05-18'],
    ])
    const merged = await withHistory(context, 'Yys. Pelita Desa Mandiri', [
      ['candidate', '2023-11-20'],
      ['active', '2024-01-15'],
      ['inactive', '2025-09-01'],
    ])
    await mergeOrganisations(context, survivor, merged, { status: 'survivor' })
    expect(await detailOf(context, survivor)).toEqual({
      status: ['active', '2025-05-18'],
      history: [
        ['2025-05-18', 'active'],
        ['2024-03-01', 'candidate'],
        ['2024-01-15', 'active'],
        ['2023-11-20', 'candidate'],
      ],
    })
    expect(recorded(context)).toEqual([])
  })

  it('dates a status both records have from the earlier start, whichever side is chosen', async () => {
    for (const side of ['survivor', 'merged'] as const) {
      const context = await jawaTimurServices()
      const survivor = await withHistory(context, 'Yayasan Bina Desa', [
        ['candidate', '2024-06-01'],
        ['active', '2025-07-01'],
      ])
      const merged = await withHistory(context, 'Yayasan Bina Desa Madiun', since2019)
      await mergeOrganisations(context, survivor, merged, { status: side })
      expect(await detailOf(context, survivor)).toEqual({
        status: ['active', '2019-03-01'],
        history: [
          ['2019-03-01', 'active'],
          ['2018-05-02', 'candidate'],
        ],
      })
    }
  })

  it('records nothing more when the joined history already ends in the chosen status', async () => {
    const context = await jawaTimurServices()
    const survivor = await withHistory(context, 'Yayasan Bina Desa', since2019)
    const merged = await withHistory(context, 'Yayasan Bina Desa Madiun', [['candidate', '2017-01-09']])
    await mergeOrganisations(context, survivor, merged, { status: 'survivor' })
    expect(await detailOf(context, survivor)).toEqual({
      status: ['active', '2019-03-01'],
      history: [
        ['2019-03-01', 'active'],
        ['2018-05-02', 'candidate'],
        ['2017-01-09', 'candidate'],
      ],
    })
    expect(recorded(context)).toEqual([])
  })

  it('takes the merged record’s status, with its date, when chosen', async () => {
    const context = await jawaTimurServices()
    const survivor = await withHistory(context, 'Yayasan Bina Desa Madiun', [['candidate', today()]])
    const merged = await withHistory(context, 'Yayasan Bina Desa', since2019)
    await mergeOrganisations(context, survivor, merged, { status: 'merged' })
    expect(await detailOf(context, survivor)).toEqual(activeSince2019)
    expect(recorded(context)).toEqual([])
  })

  it('settles two statuses of one day by the choice, not by the order they were recorded in', async () => {
    for (const [side, status] of [
      ['survivor', 'active'],
      ['merged', 'candidate'],
    ] as const) {
      const context = await jawaTimurServices()
      const survivor = await withHistory(context, 'Yayasan Bina Desa', [
        ['candidate', '2025-01-02'],
        ['active', '2026-02-01'],
      ])
      const merged = await withHistory(context, 'Yayasan Bina Desa Madiun', [['candidate', '2026-02-01']])
      await mergeOrganisations(context, survivor, merged, { status: side })
      expect((await detailOf(context, survivor)).status).toEqual([status, '2026-02-01'])
      expect(recorded(context)).toEqual([])
    }
  })

  it('records a status neither history gives as a change on the merge day', async () => {
    const context = await jawaTimurServices()
    const { database } = context
    const survivor = await withHistory(context, 'Yayasan Bina Desa', since2019)
    const merged = await withHistory(context, 'Yayasan Bina Desa Madiun', [['candidate', '2025-04-01']])
    removeOnlyEntry(database, merged)
    await mergeOrganisations(context, survivor, merged, { status: 'merged' })
    expect((await detailOf(context, survivor)).status).toEqual(['candidate', today()])
    expect(recorded(context)).toHaveLength(1)
  })

  it('says what the merge table shows: the chosen status from when it began, the earlier start when both have it', () => {
    const active = { status: 'active', statusSince: '2019-03-01' } as const
    const candidate = { status: 'candidate', statusSince: '2026-02-01' } as const
    expect(statusAfterMerge(active, candidate, 'candidate')).toEqual({ status: 'candidate', since: '2026-02-01' })
    expect(statusAfterMerge(active, candidate, 'active')).toEqual({ status: 'active', since: '2019-03-01' })
    expect(statusAfterMerge(candidate, active, 'active')).toEqual({ status: 'active', since: '2019-03-01' })
    const sameDay = { ...active, statusSince: candidate.statusSince }
    expect(statusAfterMerge(sameDay, candidate, 'active')).toEqual({ status: 'active', since: '2026-02-01' })
    expect(statusAfterMerge(sameDay, candidate, 'candidate')).toEqual({ status: 'candidate', since: '2026-02-01' })
    expect(statusAfterMerge({ ...active, statusSince: '2025-07-01' }, active, 'active')).toEqual({
      status: 'active',
      since: '2019-03-01',
    })
    expect(statusAfterMerge(active, candidate, 'inactive')).toEqual({ status: 'inactive', since: null })
  })

  it('undoes the move and the entries it left out, both records as they were', async () => {
    const context = await jawaTimurServices()
    const survivor = await withHistory(context, 'Yayasan Bina Desa', since2019)
    const merged = await withHistory(context, 'Yayasan Bina Desa Madiun', [['candidate', today()]])
    const before = snapshot(context)
    await mergeOrganisations(context, survivor, merged)
    ok(await context.registry.invoke('members:undoMerge', undefined))
    expect(snapshot(context)).toEqual(before)
    expect(await detailOf(context, survivor)).toEqual({
      status: ['active', '2019-03-01'],
      history: [
        ['2019-03-01', 'active'],
        ['2018-05-02', 'candidate'],
      ],
    })
    expect(await detailOf(context, merged)).toEqual({
      status: ['candidate', today()],
      history: [[today(), 'candidate']],
    })
  })

  it('undoes the change a merge recorded on its day, leaving it as a tombstone', async () => {
    const context = await jawaTimurServices()
    const { database } = context
    const survivor = await withHistory(context, 'Yayasan Bina Desa', since2019)
    const merged = await withHistory(context, 'Yayasan Bina Desa Madiun', [['candidate', '2025-04-01']])
    removeOnlyEntry(database, merged)
    const before = snapshot(context)
    await mergeOrganisations(context, survivor, merged, { status: 'merged' })
    const [{ id: statusRecorded }] = recorded(context) as [FieldChange]
    ok(await context.registry.invoke('members:undoMerge', undefined))
    expect(snapshot(context)).toEqual(before)
    const tombstone = database.sqlite.prepare('SELECT deleted_at FROM membership_changes WHERE id = ?')
    expect(tombstone.pluck().get(statusRecorded)).toEqual(expect.any(String))
  })

  it('keeps a status change made after the merge when undoing it', async () => {
    const context = await jawaTimurServices()
    const { registry } = context
    const survivor = await withHistory(context, 'Yayasan Bina Desa', since2019)
    const merged = await withHistory(context, 'Yayasan Bina Desa Madiun', [['candidate', today()]])
    await mergeOrganisations(context, survivor, merged)
    ok(
      await registry.invoke('members:changeStatus', {
        organisationId: survivor,
        status: 'inactive',
        effectiveOn: today(),
        note: 'tidak ada kegiatan',
      }),
    )
    ok(await registry.invoke('members:undoMerge', undefined))
    expect(await detailOf(context, survivor)).toEqual({
      status: ['inactive', today()],
      history: [
        [today(), 'inactive'],
        ['2019-03-01', 'active'],
        ['2018-05-02', 'candidate'],
      ],
    })
    expect(await detailOf(context, merged)).toEqual({
      status: ['candidate', today()],
      history: [[today(), 'candidate']],
    })
  })

  it('refuses a status choice when merging people', async () => {
    const context = await jawaTimurServices()
    const { people } = await twoOrganisations(context)
    const [siti, dewi] = people as [string, string]
    expect(
      await context.registry.invoke('members:merge', {
        kind: 'person',
        survivorId: siti,
        mergedId: dewi,
        take: { status: 'merged' },
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: { 'take.status': 'Kolom "status" tidak dapat dipilih saat menggabungkan.' } },
    })
  })
})

describe('merging people', () => {
  it('keeps one open affiliation, the survivor’s chosen one, and undoes exactly', async () => {
    const context = await jawaTimurServices()
    const { registry, database } = context
    const { survivor: orgA, merged: orgB, people } = await twoOrganisations(context)
    const [siti, dewi] = people as [string, string]
    const before = snapshot(context)
    ok(
      await registry.invoke('members:merge', {
        kind: 'person',
        survivorId: siti,
        mergedId: dewi,
        take: { organisationId: 'merged' },
      }),
    )
    const open = database.sqlite
      .prepare('SELECT organisation_id FROM affiliations WHERE person_id = ? AND until_on IS NULL')
      .pluck()
      .all(siti)
    expect(open).toEqual([orgB])
    const closed = database.sqlite
      .prepare('SELECT organisation_id FROM affiliations WHERE person_id = ? AND until_on IS NOT NULL')
      .pluck()
      .all(siti)
    expect(closed).toEqual([orgA])
    const people_fts = database.sqlite
      .prepare(
        `SELECT k.entity_id FROM people_fts f JOIN search_keys k ON k.rowid = f.rowid WHERE people_fts MATCH 'dewi'`,
      )
      .pluck()
    expect(people_fts.all()).toEqual([])
    ok(await registry.invoke('members:undoMerge', undefined))
    expect(snapshot(context)).toEqual(before)
    expect(people_fts.all()).toEqual([dewi])
  })

  it('folds two open affiliations with the same OMS into one instead of inventing an ended one', async () => {
    const context = await jawaTimurServices()
    const { registry, database } = context
    const { survivor: organisationId } = await twoOrganisations(context)
    const budi = (role: string) =>
      savedPerson(registry, organisationId, 'Budi Santoso', { gender: 'male', role, allowDuplicates: true })
    const kept = await budi('staff')
    const other = await budi('leader')
    const affiliation = database.sqlite.prepare('SELECT id FROM affiliations WHERE person_id = ?').pluck().get(other)
    syncWrite(database, (writer) => writer.update(affiliations, affiliation as string, { fromOn: '2020-02-01' }))
    const before = snapshot(context)
    ok(await registry.invoke('members:merge', { kind: 'person', survivorId: kept, mergedId: other }))
    const history = database.sqlite
      .prepare(
        `SELECT organisation_id, role, from_on, until_on FROM affiliations
         WHERE person_id = ? AND deleted_at IS NULL`,
      )
      .all(kept)
    expect(history).toEqual([{ organisation_id: organisationId, role: 'staff', from_on: '2020-02-01', until_on: null }])
    ok(await registry.invoke('members:undoMerge', undefined))
    expect(snapshot(context)).toEqual(before)
  })
})
