import { describe, expect, it } from 'vitest'
import type { SessionDetail } from '../../shared/cop'
import type { PledgeDetail } from '../../shared/pledges'
import { cutoffFor, RETENTION_LIST_LIMIT, type RetentionView } from '../../shared/privacy-records'
import { ok, saved, savedPerson } from '../members/records/testing'
import { people as peopleTable } from '../members/schema'
import { galangDaya } from '../pledges/testing'
import { readSetting, writeSetting } from '../settings/service'
import { syncWrite } from '../sync/write'
import { readRetention } from './retention'

/** 1 Maret 2019, 10.00 WIB: when the hub recorded its first people. */
const FIRST = Date.parse('2019-03-01T03:00:00Z')
const at = (iso: string) => Date.parse(`${iso}T03:00:00Z`)

/**
 * A hub that began in 2019, now 18 Mei 2026: people and supporters recorded then, some active
 * since in one way each, one recorded this year.
 */
async function hubSince2019() {
  const context = await galangDaya(FIRST)
  const { registry, clock } = context
  const organisation = async (name: string) =>
    saved(await registry.invoke('members:createOrganisation', { name, regencyCode: '35.19', allowDuplicates: true }))
  const binaDesa = await organisation('Yayasan Bina Desa')
  const makmur = await organisation('KSM Makmur Sentosa')
  const person = (name: string, values: Record<string, unknown> = {}) =>
    savedPerson(registry, binaDesa, name, { allowDuplicates: true, affiliatedSince: '2019-03-01', ...values })
  const people = {
    lama: await person('Sri Lestari'),
    diubah: await person('Budi Santoso', { gender: 'male' }),
    pindah: await person('Wahyu Hidayat', { gender: 'male' }),
    peserta: await person('Rina Marlina', { birthYear: 1995 }),
    setuju: await person('Dewi Anggraini', { birthYear: 1990 }),
    dihapus: await person('Agus Prasetyo', { gender: 'male', birthYear: 1985 }),
    dibuang: await person('Yanti Susanti'),
  }
  const supporter = async (name: string, values: Record<string, unknown> = {}) =>
    saved(await registry.invoke('supporters:create', { name, kind: 'individual', allowDuplicates: true, ...values }))
  const supporters = {
    kontak: await supporter('Haji Sulaiman', { phone: '081234567890' }),
    berjanji: await supporter('Ibu Nurhayati', { email: 'nurhayati@example.id' }),
    tanpaKontak: await supporter('Warga Sukorejo'),
  }

  clock.now = at('2024-03-04')
  const session = ok<SessionDetail>(
    await registry.invoke('cop:createSession', {
      title: 'Webinar Resiliensi Keuangan OMS',
      aspect: 'financial_resilience',
      format: 'webinar',
      startsAt: '2024-03-11T09:00',
      endsAt: '2024-03-11T11:00',
    }),
  )
  ok(await registry.invoke('cop:register', { sessionId: session.id, personIds: [people.peserta] }))
  ok(
    await registry.invoke('privacy:recordConsent', {
      personId: people.setuju,
      purposes: ['directory'],
      action: 'given',
      recordedOn: '2024-03-04',
      method: 'paper',
      recordedBy: 'Sekretariat',
    }),
  )
  clock.now = at('2025-02-10')
  ok<PledgeDetail>(
    await registry.invoke('pledges:create', {
      supporterId: supporters.berjanji,
      initiativeId: context.initiativeId,
      form: 'funds',
      rupiah: 500_000,
      pledgedOn: '2025-02-10',
      dueOn: '2025-03-10',
    }),
  )
  saved(
    await registry.invoke('members:updatePerson', {
      id: people.diubah,
      name: 'Budi Santoso',
      gender: 'male',
      role: 'staff',
      organisationId: binaDesa,
      phone: '081298765432',
    }),
  )
  saved(
    await registry.invoke('members:updatePerson', {
      id: people.pindah,
      name: 'Wahyu Hidayat',
      gender: 'male',
      role: 'staff',
      organisationId: makmur,
      affiliatedSince: '2025-02-01',
    }),
  )

  clock.now = at('2026-05-18')
  const baru = await person('Lestari Wulandari', { affiliatedSince: '2026-05-18' })
  ok(await registry.invoke('privacy:erase', { personId: people.dihapus }))
  ok(await registry.invoke('members:deleteRecord', { kind: 'person', id: people.dibuang }))
  return { ...context, binaDesa, makmur, people: { ...people, baru }, supporters }
}

const review = async (registry: Awaited<ReturnType<typeof hubSince2019>>['registry']) =>
  ok<RetentionView>(await registry.invoke('privacy:retention', undefined))

describe('retention periods', () => {
  it('are five years for each kind until changed, and a change is stored on this installation', async () => {
    const { registry, database } = await galangDaya()
    const view = await review(registry)
    expect(view.periods).toEqual({ directory: 5, participants: 5, supporters: 5 })
    expect(view.defaults).toEqual(view.periods)
    expect(view.today).toBe('2026-06-15')
    expect(view.cutoffs).toEqual({ directory: '2021-06-15', participants: '2021-06-15', supporters: '2021-06-15' })

    const changed = ok<RetentionView>(
      await registry.invoke('privacy:setRetention', { directory: 10, participants: 3, supporters: 2 }),
    )
    expect(changed.periods).toEqual({ directory: 10, participants: 3, supporters: 2 })
    expect(changed.cutoffs).toEqual({ directory: '2016-06-15', participants: '2023-06-15', supporters: '2024-06-15' })
    expect(JSON.parse(readSetting(database.orm, 'privacy_retention') ?? 'null')).toEqual(changed.periods)
    expect((await review(registry)).periods).toEqual(changed.periods)
  })

  it('refuses a period that is not a whole number of years from 1 to 30, naming each field refused', async () => {
    const { registry, database } = await galangDaya()
    const message = 'Isi masa simpan dengan bilangan bulat dari 1 sampai 30 tahun.'
    for (const directory of [0, 31, 2.5]) {
      const refused = await registry.invoke('privacy:setRetention', { directory, participants: 5, supporters: 5 })
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { directory: message } } })
    }
    const both = await registry.invoke('privacy:setRetention', { directory: 5, participants: -1, supporters: 40 })
    expect(both).toMatchObject({ ok: false, error: { fields: { participants: message, supporters: message } } })
    expect(both.ok || Object.keys(both.error.fields ?? {})).toEqual(['participants', 'supporters'])
    expect(readSetting(database.orm, 'privacy_retention')).toBeNull()
  })

  it('keeps what it can of a setting another version stored in a shape it cannot read', async () => {
    const { database } = await galangDaya()
    writeSetting(
      database.orm,
      'privacy_retention',
      JSON.stringify({ directory: 7, participants: 'lima', supporters: 99 }),
    )
    expect(readRetention(database.orm)).toEqual({ directory: 7, participants: 5, supporters: 5 })
    writeSetting(database.orm, 'privacy_retention', '{not json')
    expect(readRetention(database.orm)).toEqual({ directory: 5, participants: 5, supporters: 5 })
  })

  it('counts back whole years from the day, a leap day included', () => {
    expect(cutoffFor('2026-05-18', 5)).toBe('2021-05-18')
    expect(cutoffFor('2028-02-29', 1)).toBe('2027-02-29')
    expect('2027-02-28' < cutoffFor('2028-02-29', 1)).toBe(true)
  })
})

describe('people and supporters proposed for review', () => {
  it('are those no change, affiliation, consent or attendance touched within the periods, never the erased or deleted', async () => {
    const { registry, people, supporters } = await hubSince2019()
    const view = await review(registry)
    expect(view.people).toEqual([
      {
        personId: people.lama,
        name: 'Sri Lestari',
        organisationId: expect.any(String),
        organisationName: 'Yayasan Bina Desa',
        lastActivityOn: '2019-03-01',
        attended: false,
        restricted: false,
      },
    ])
    expect(view.peopleCount).toBe(1)
    expect(view.supporters).toEqual([
      { supporterId: supporters.kontak, name: 'Haji Sulaiman', lastActivityOn: '2019-03-01' },
    ])
    expect(view.supporterCount).toBe(1)
  })

  it('follow the periods: a participant past the participants period is proposed, a longer directory period proposes no one', async () => {
    const { registry, people } = await hubSince2019()
    const shorter = ok<RetentionView>(
      await registry.invoke('privacy:setRetention', { directory: 5, participants: 2, supporters: 5 }),
    )
    expect(shorter.people.map(({ name, lastActivityOn, attended }) => ({ name, lastActivityOn, attended }))).toEqual([
      { name: 'Sri Lestari', lastActivityOn: '2019-03-01', attended: false },
      { name: 'Rina Marlina', lastActivityOn: '2024-03-11', attended: true },
    ])
    // One year back reaches past the consent (2024), the pledge (2025) and the edits (2025), not the newcomer.
    const short = ok<RetentionView>(
      await registry.invoke('privacy:setRetention', { directory: 1, participants: 1, supporters: 1 }),
    )
    expect(short.people.map((person) => person.name)).toEqual([
      'Sri Lestari',
      'Dewi Anggraini',
      'Rina Marlina',
      'Budi Santoso',
      'Wahyu Hidayat',
    ])
    expect(short.people.find((person) => person.personId === people.pindah)?.lastActivityOn).toBe('2025-02-10')
    expect(short.supporters.map((supporter) => supporter.name)).toEqual(['Haji Sulaiman', 'Ibu Nurhayati'])

    const longer = ok<RetentionView>(
      await registry.invoke('privacy:setRetention', { directory: 8, participants: 5, supporters: 8 }),
    )
    expect(longer.people).toEqual([])
    expect(longer.supporters).toEqual([])
  })

  it('are listed up to 200, oldest first, and counted in full', async () => {
    const { registry, database, clock } = await galangDaya(FIRST)
    const organisationId = saved(
      await registry.invoke('members:createOrganisation', { name: 'Yayasan Bina Desa', regencyCode: '35.19' }),
    )
    syncWrite(database, (writer) => {
      for (let n = 1; n <= RETENTION_LIST_LIMIT + 5; n++)
        writer.insert(peopleTable, {
          name: `Anggota ${n}`,
          nameKey: '',
          gender: 'female',
          role: 'volunteer',
          organisationId,
        })
    })
    clock.now = at('2026-05-18')
    const view = await review(registry)
    expect(view.people).toHaveLength(RETENTION_LIST_LIMIT)
    expect(view.peopleCount).toBe(RETENTION_LIST_LIMIT + 5)
  })

  it('are only proposed: the person stays until the user erases them, and then leaves the list', async () => {
    const { registry, people } = await hubSince2019()
    expect((await review(registry)).people.map((person) => person.personId)).toEqual([people.lama])
    expect((await review(registry)).people.map((person) => person.personId)).toEqual([people.lama])
    ok(await registry.invoke('privacy:erase', { personId: people.lama }))
    expect((await review(registry)).people).toEqual([])
  })
})
