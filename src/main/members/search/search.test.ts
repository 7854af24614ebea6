import type Database from 'better-sqlite3'
import { v7 as uuidv7 } from 'uuid'
import { describe, expect, it } from 'vitest'
import {
  listOrganisationsInput,
  organisationSortColumns,
  SEARCH_LISTS_AT_MOST,
  personSortColumns,
  type Gender,
  type MembershipStatus,
  type OrganisationRow,
  type Page,
  type PersonListRow,
  type PersonRole,
} from '../../../shared/members'
import type { District } from '../../../shared/reference'
import { syncWrite, type SyncWriter } from '../../sync/write'
import { jawaTimurServices } from '../records/testing'
import * as tables from '../schema'
import { matchExpression } from './match'
import { listOrganisations } from './organisations'

/**
 * The write path's ids follow its clock only to the millisecond, and the test clock stands still:
 * these keep the order rows were created in, which is every sort's tie-break.
 */
const creationOrderedId = () => uuidv7()

interface Org {
  name: string
  regencyCode?: string
  acronym?: string | null
  typeCode?: string | null
  sectors?: string[]
  status?: MembershipStatus
  foundedYear?: number | null
  phone?: string | null
  districtCode?: string | null
  districtName?: string | null
  staffCount?: number | null
  volunteerCount?: number | null
  deleted?: boolean
}

/**
 * An organisation as the forms and imports write one, with its first membership change. The write
 * path derives the name key and the status: the values given here only fill the insert's type.
 */
function insertOrganisation(writer: SyncWriter, org: Org): string {
  const status = org.status ?? 'active'
  const id = writer.insert(tables.organisations, {
    id: creationOrderedId(),
    name: org.name,
    nameKey: '',
    acronym: org.acronym ?? null,
    typeCode: org.typeCode ?? null,
    foundedYear: org.foundedYear ?? null,
    regencyCode: org.regencyCode ?? '35.19',
    phone: org.phone ?? null,
    districtCode: org.districtCode ?? null,
    districtName: org.districtName ?? null,
    staffCount: org.staffCount ?? null,
    volunteerCount: org.volunteerCount ?? null,
    sectorCodes: JSON.stringify(org.sectors ?? []),
    status,
    statusSince: '2026-01-01',
  })
  writer.insert(tables.membershipChanges, { organisationId: id, status, effectiveOn: '2026-01-01' })
  if (org.deleted) writer.remove(tables.organisations, id)
  return id
}

interface Person {
  name: string
  organisationId: string
  gender?: Gender
  birthYear?: number | null
  role?: PersonRole
  phone?: string | null
  consent?: boolean
  deleted?: boolean
}

/** A person as the forms and imports write one, their organisation derived from an open affiliation. */
function insertPerson(writer: SyncWriter, person: Person): string {
  const { organisationId } = person
  const role = person.role ?? 'staff'
  const id = writer.insert(tables.people, {
    id: creationOrderedId(),
    name: person.name,
    nameKey: '',
    gender: person.gender ?? 'female',
    birthYear: person.birthYear ?? null,
    role,
    organisationId,
    phone: person.phone ?? null,
    consent: person.consent ?? false,
  })
  writer.insert(tables.affiliations, { personId: id, organisationId, role, fromOn: '2026-01-01' })
  if (person.deleted) writer.remove(tables.people, id)
  return id
}

/** The test clock's start, when the hub is set up; the clock moves only when a write says when. */
const start = '2026-01-01T00:00:00.000Z'

async function directory() {
  const clock = { now: Date.parse(start) }
  const { registry, database } = await jawaTimurServices({ clock: () => clock.now })
  /** Writes through the one write path, with the test clock moved to `at` when given. */
  const write = <T>(change: (writer: SyncWriter) => T, at?: string): T => {
    if (at) clock.now = Date.parse(at)
    return syncWrite(database, change)
  }
  const organisations = async (input: object): Promise<Page<OrganisationRow>> => {
    const result = await registry.invoke('members:listOrganisations', input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as Page<OrganisationRow>
  }
  const people = async (input: object): Promise<Page<PersonListRow>> => {
    const result = await registry.invoke('members:listPeople', input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as Page<PersonListRow>
  }
  const names = async (query: string, filters: object = {}) =>
    (await organisations({ query, filters })).rows.map((row) => row.name)
  return { registry, write, organisations, people, names, sqlite: database.sqlite }
}

type Write = Awaited<ReturnType<typeof directory>>['write']

/** An edit at a later time: rows' updatedAt then differs from the order they were created in. */
const editAt = (write: Write, table: typeof tables.organisations | typeof tables.people, id: string, at: string) =>
  write((writer) => writer.update(table, id, { notes: `edited at ${at}` }), at)

function sampleOrganisations(write: Write) {
  const sample = write(
    (writer) => ({
      bina: insertOrganisation(writer, {
        name: 'Yayasan Bina Désa',
        regencyCode: '35.19',
        acronym: 'YBD',
        typeCode: 'foundation',
        sectors: ['education', 'health'],
        status: 'active',
        foundedYear: 1998,
        phone: '+6281234567890',
      }),
      karya: insertOrganisation(writer, {
        name: 'Yys. Karya Mandiri',
        regencyCode: '35.77',
        typeCode: 'ngo',
        sectors: ['health'],
        status: 'candidate',
        foundedYear: 2010,
        phone: '+6285711112222',
      }),
      tani: insertOrganisation(writer, {
        name: 'perkumpulan Tani Maju',
        regencyCode: '35.78',
        acronym: 'PTM',
        typeCode: 'association',
        sectors: ['green_economy'],
        status: 'inactive',
      }),
      gone: insertOrganisation(writer, { name: 'Yayasan Bina Lama', deleted: true }),
    }),
    start,
  )
  editAt(write, tables.organisations, sample.tani, '2026-01-02T00:00:00.000Z')
  editAt(write, tables.organisations, sample.bina, '2026-01-03T00:00:00.000Z')
  return sample
}

describe('members:listOrganisations', () => {
  it('finds by the start of each word, whatever the case and accents', async () => {
    const { write, names } = await directory()
    sampleOrganisations(write)
    expect(await names('bin des')).toEqual(['Yayasan Bina Désa'])
    expect(await names('BINA')).toEqual(['Yayasan Bina Désa'])
    expect(await names('désa')).toEqual(['Yayasan Bina Désa'])
    expect(await names('desa')).toEqual(['Yayasan Bina Désa'])
    expect(await names('man')).toEqual(['Yys. Karya Mandiri'])
    expect(await names('ptm')).toEqual(['perkumpulan Tani Maju'])
  })

  it('understands abbreviations both ways', async () => {
    const { write, names } = await directory()
    sampleOrganisations(write)
    expect(await names('yys')).toEqual(['Yayasan Bina Désa', 'Yys. Karya Mandiri'])
    expect(await names('yayasan')).toEqual(['Yayasan Bina Désa', 'Yys. Karya Mandiri'])
    expect(await names('yaya karya')).toEqual(['Yys. Karya Mandiri'])
    expect(await names('perk tani')).toEqual(['perkumpulan Tani Maju'])
  })

  it('tells Kabupaten Madiun from Kota Madiun', async () => {
    const { write, names } = await directory()
    sampleOrganisations(write)
    expect(await names('madiun')).toEqual(['Yayasan Bina Désa', 'Yys. Karya Mandiri'])
    expect(await names('Kab. Madiun')).toEqual(['Yayasan Bina Désa'])
    expect(await names('kabupaten madiun')).toEqual(['Yayasan Bina Désa'])
    expect(await names('kota madiun')).toEqual(['Yys. Karya Mandiri'])
    expect(await names('surabaya')).toEqual(['perkumpulan Tani Maju'])
  })

  it('finds phone numbers however they are written', async () => {
    const { write, names } = await directory()
    sampleOrganisations(write)
    for (const phone of ['0812 3456', '0812-3456-7890', '+62 812 3456', '62812345', '081234567890'])
      expect(await names(phone), phone).toEqual(['Yayasan Bina Désa'])
    expect(await names('0857 1111')).toEqual(['Yys. Karya Mandiri'])
    expect(await names('0899')).toEqual([])
  })

  it('filters by kabupaten/kota, type, sector and status, with or without a query', async () => {
    const { write, names } = await directory()
    sampleOrganisations(write)
    expect(await names('', { regencyCode: '35.77' })).toEqual(['Yys. Karya Mandiri'])
    expect(await names('', { typeCode: 'association' })).toEqual(['perkumpulan Tani Maju'])
    expect(await names('', { sectorCode: 'health' })).toEqual(['Yayasan Bina Désa', 'Yys. Karya Mandiri'])
    expect(await names('yayasan', { sectorCode: 'education' })).toEqual(['Yayasan Bina Désa'])
    expect(await names('', { status: 'inactive' })).toEqual(['perkumpulan Tani Maju'])
    expect(await names('yayasan', { status: 'candidate', regencyCode: '35.77' })).toEqual(['Yys. Karya Mandiri'])
    expect(await names('yayasan', { status: 'inactive' })).toEqual([])
  })

  it('never lists soft-deleted organisations', async () => {
    const { write, organisations, names } = await directory()
    sampleOrganisations(write)
    expect((await organisations({})).total).toBe(3)
    expect(await names('lama')).toEqual([])
    expect(await names('', { regencyCode: '35.19' })).toEqual(['Yayasan Bina Désa'])
  })

  it('gives each OMS its kecamatan, its leaders by name, and its staff and volunteer counts', async () => {
    const { registry, write, organisations } = await directory()
    const districts = await registry.invoke('reference:districts', { regencyCode: '35.19' })
    if (!districts.ok) throw new Error(districts.error.message)
    const [district] = districts.value as District[]
    if (!district) throw new Error('no kecamatan in Kabupaten Madiun')
    write((writer) => {
      const bina = insertOrganisation(writer, {
        name: 'Yayasan Bina Désa',
        districtCode: district.code,
        staffCount: 1250,
        volunteerCount: 12000,
      })
      insertOrganisation(writer, { name: 'Forum Warga', districtName: 'Kecamatan Baru' })
      insertPerson(writer, { name: 'Wati', organisationId: bina, role: 'leader' })
      insertPerson(writer, { name: 'Agus', organisationId: bina, role: 'leader' })
      insertPerson(writer, { name: 'Adi Lama', organisationId: bina, role: 'leader', deleted: true })
      insertPerson(writer, { name: 'Budi', organisationId: bina, role: 'staff' })
    })
    const rows = (await organisations({})).rows
    expect(
      rows.map(({ name, districtName, leaderNames, staffCount, volunteerCount }) => ({
        name,
        districtName,
        leaderNames,
        staffCount,
        volunteerCount,
      })),
    ).toEqual([
      {
        name: 'Forum Warga',
        districtName: 'Kecamatan Baru',
        leaderNames: null,
        staffCount: null,
        volunteerCount: null,
      },
      {
        name: 'Yayasan Bina Désa',
        districtName: district.name,
        leaderNames: 'Agus, Wati',
        staffCount: 1250,
        volunteerCount: 12000,
      },
    ])
  })

  it('sorts by every column both ways, empty values last, with rows in the shape of the contract', async () => {
    const { write, organisations } = await directory()
    const { bina, karya, tani } = sampleOrganisations(write)
    write((writer) => {
      insertPerson(writer, { name: 'Siti', organisationId: tani })
      insertPerson(writer, { name: 'Budi', organisationId: tani })
      insertPerson(writer, { name: 'Ani', organisationId: bina })
    })
    const expected: Record<(typeof organisationSortColumns)[number], string[]> = {
      name: [tani, bina, karya],
      acronym: [tani, bina, karya],
      // By the Indonesian label shown: NGO/LSM, Perkumpulan, Yayasan.
      type: [karya, tani, bina],
      regency: [bina, karya, tani],
      status: [karya, bina, tani],
      foundedYear: [bina, karya, tani],
      peopleCount: [karya, bina, tani],
      updatedAt: [karya, tani, bina],
    }
    for (const column of organisationSortColumns) {
      const ids = async (direction: string) =>
        (await organisations({ sort: { column, direction } })).rows.map((row) => row.id)
      expect(await ids('asc'), column).toEqual(expected[column])
      const descending = await ids('desc')
      const withEmptyLast = ['acronym', 'foundedYear'].includes(column)
      expect(descending, column).toEqual(
        withEmptyLast
          ? [...expected[column].slice(0, 2).reverse(), expected[column][2]]
          : [...expected[column]].reverse(),
      )
    }
    const [row] = (await organisations({ query: 'bina' })).rows
    expect(row).toEqual({
      id: bina,
      name: 'Yayasan Bina Désa',
      acronym: 'YBD',
      typeCode: 'foundation',
      regencyCode: '35.19',
      regencyName: 'Kabupaten Madiun',
      status: 'active',
      foundedYear: 1998,
      phone: '+6281234567890',
      email: null,
      peopleCount: 1,
      updatedAt: '2026-01-03T00:00:00.000Z',
      districtName: null,
      leaderNames: null,
      staffCount: null,
      volunteerCount: null,
    })
  })

  it('sorts types by their label in the language the user chose', async () => {
    const { write, registry, organisations } = await directory()
    const { bina, karya, tani } = sampleOrganisations(write)
    const noType = write((writer) => insertOrganisation(writer, { name: 'Forum Tanpa Jenis' }))
    const ids = async () => (await organisations({ sort: { column: 'type', direction: 'asc' } })).rows.map((r) => r.id)
    expect(await ids()).toEqual([karya, tani, bina, noType])
    expect((await registry.invoke('settings:setLanguage', { language: 'en' })).ok).toBe(true)
    // Association, Foundation (yayasan), NGO.
    expect(await ids()).toEqual([tani, bina, karya, noType])
  })

  it('pages through many rows in a stable order with the total, the same with and without a query', async () => {
    const { write, organisations } = await directory()
    // Same names everywhere: only the id tie-break keeps pages from overlapping.
    write((writer) => {
      for (let i = 0; i < 3200; i++) insertOrganisation(writer, { name: `Forum Warga ${i % 3}` })
    })
    for (const query of ['', 'forum', 'warga']) {
      for (const direction of ['asc', 'desc']) {
        const seen: string[] = []
        const ids = new Set<string>()
        for (let offset = 0; offset < 3200; offset += 500) {
          const page = await organisations({ query, offset, limit: 500, sort: { column: 'name', direction } })
          expect(page.total).toBe(3200)
          expect(page.offset).toBe(offset)
          seen.push(...page.rows.map((row) => row.name))
          for (const row of page.rows) ids.add(row.id)
        }
        expect(ids.size).toBe(3200)
        const sorted = [...seen].sort()
        expect(seen).toEqual(direction === 'asc' ? sorted : sorted.reverse())
      }
    }
    const filtered = await organisations({ query: 'forum', filters: { regencyCode: '35.19' }, offset: 3100 })
    expect(filtered.total).toBe(3200)
    expect(filtered.rows).toHaveLength(100)
    expect((await organisations({ offset: 5000 })).rows).toEqual([])
  })

  it('sorts a broad search whose matches all come late in name order, before and after a write', async () => {
    const { write, organisations } = await directory()
    const tunas = write((writer) => {
      for (let i = 0; i < 7000; i++) insertOrganisation(writer, { name: `Forum Warga ${i}` })
      return Array.from({ length: 3500 }, (_, i) =>
        insertOrganisation(writer, { name: i % 2 ? `Yys. Tunas ${i}` : `Yayasan Tunas ${i}` }),
      )
    })
    // 7,000 names sort before the first match: more than the walk may read, so the cache serves.
    const page = async (offset: number, direction = 'asc') => {
      const { total, rows } = await organisations({
        query: 'yayasan',
        offset,
        limit: 3,
        sort: { column: 'name', direction },
      })
      return { total, names: rows.map((row) => row.name) }
    }
    for (let round = 0; round < 2; round++) {
      expect(await page(0)).toEqual({
        total: 3500,
        names: ['Yayasan Tunas 0', 'Yayasan Tunas 10', 'Yayasan Tunas 100'],
      })
      expect((await page(0, 'desc')).names).toEqual(['Yys. Tunas 999', 'Yys. Tunas 997', 'Yys. Tunas 995'])
      expect((await page(3499)).names).toEqual(['Yys. Tunas 999'])
    }
    write((writer) => {
      writer.update(tables.organisations, tunas[999] as string, { name: 'Yayasan Awal' })
      writer.remove(tables.organisations, tunas[0] as string)
    })
    expect(await page(0)).toEqual({ total: 3499, names: ['Yayasan Awal', 'Yayasan Tunas 10', 'Yayasan Tunas 100'] })
    expect((await organisations({ offset: 10_497 })).rows.map((row) => row.name)).toEqual([
      'Yys. Tunas 995',
      'Yys. Tunas 997',
    ])
  })

  it('sees rows written after an earlier list', async () => {
    const { write, names } = await directory()
    sampleOrganisations(write)
    expect(await names('')).toHaveLength(3)
    const id = write((writer) => insertOrganisation(writer, { name: 'Koperasi Baru' }))
    expect(await names('')).toContain('Koperasi Baru')
    write((writer) => writer.remove(tables.organisations, id))
    expect(await names('')).not.toContain('Koperasi Baru')
  })

  it('answers hostile or odd input with a list, never an error', async () => {
    const { write, registry } = await directory()
    sampleOrganisations(write)
    const inputs = ['"', '"bina', 'bina"', '*', 'bi*', 'NEAR(bina desa)', 'bina OR tani', 'AND', '(', ')', 'a:b', '^x']
    inputs.push('-', "'; DROP TABLE organisations; --", 'x'.repeat(200), 'é'.repeat(200), '0'.repeat(200), '🙂')
    for (const query of inputs) {
      const result = await registry.invoke('members:listOrganisations', { query })
      expect(result.ok, query).toBe(true)
    }
    const tooLong = await registry.invoke('members:listOrganisations', { query: 'x'.repeat(201) })
    expect(tooLong.ok).toBe(false)
  })
})

describe('members:listPeople', () => {
  function samplePeople(write: Write) {
    const { bina, karya } = sampleOrganisations(write)
    const sample = write(
      (writer) => ({
        siti: insertPerson(writer, {
          name: 'Siti Rahayu',
          organisationId: bina,
          gender: 'female',
          birthYear: 1990,
          role: 'leader',
          phone: '+6281299998888',
          consent: true,
        }),
        budi: insertPerson(writer, {
          name: 'Budi Santoso',
          organisationId: karya,
          gender: 'male',
          birthYear: null,
          role: 'volunteer',
        }),
        rene: insertPerson(writer, {
          name: 'René Wijaya',
          organisationId: bina,
          gender: 'male',
          birthYear: 2001,
          role: 'staff',
          consent: true,
        }),
        gone: insertPerson(writer, { name: 'Siti Lama', organisationId: bina, deleted: true }),
      }),
      '2026-01-04T00:00:00.000Z',
    )
    editAt(write, tables.people, sample.siti, '2026-01-05T00:00:00.000Z')
    editAt(write, tables.people, sample.budi, '2026-01-06T00:00:00.000Z')
    return { bina, karya, ...sample }
  }
  const namesOf = (page: Page<PersonListRow>) => page.rows.map((row) => row.name)

  it('finds people by name prefix, accent-insensitively, and by phone', async () => {
    const { write, people } = await directory()
    samplePeople(write)
    expect(namesOf(await people({ query: 'sit rah' }))).toEqual(['Siti Rahayu'])
    expect(namesOf(await people({ query: 'rene' }))).toEqual(['René Wijaya'])
    expect(namesOf(await people({ query: 'siti' }))).toEqual(['Siti Rahayu'])
    expect(namesOf(await people({ query: '0812 9999' }))).toEqual(['Siti Rahayu'])
  })

  it('finds people by the name, acronym and kabupaten/kota of their OMS', async () => {
    const { write, people } = await directory()
    const { karya } = samplePeople(write)
    const names = async (query: string) => namesOf(await people({ query }))
    expect(await names('madiun')).toEqual(['Budi Santoso', 'René Wijaya', 'Siti Rahayu'])
    expect(await names('kota madiun')).toEqual(['Budi Santoso'])
    expect(await names('kab madiun')).toEqual(['René Wijaya', 'Siti Rahayu'])
    expect(await names('bina desa')).toEqual(['René Wijaya', 'Siti Rahayu'])
    expect(await names('ybd')).toEqual(['René Wijaya', 'Siti Rahayu'])
    expect(await names('siti madiun')).toEqual(['Siti Rahayu'])
    expect(await names('cahaya gunung')).toEqual([])
    write((writer) => writer.update(tables.organisations, karya, { name: 'Yayasan Cahaya Gunung' }))
    expect(await names('cahaya gunung')).toEqual(['Budi Santoso'])
    expect(await names('karya')).toEqual([])
  })

  it('sorts gender by its label in the language the user chose', async () => {
    const { write, registry, people } = await directory()
    const { siti, budi, rene } = samplePeople(write)
    const ids = async () => (await people({ sort: { column: 'gender', direction: 'asc' } })).rows.map((r) => r.id)
    expect(await ids()).toEqual([budi, rene, siti])
    expect((await registry.invoke('settings:setLanguage', { language: 'en' })).ok).toBe(true)
    expect(await ids()).toEqual([siti, budi, rene])
  })

  it('filters by kabupaten/kota of the organisation, organisation, role, gender and consent', async () => {
    const { write, people } = await directory()
    const { karya, bina } = samplePeople(write)
    const names = async (filters: object, query = '') => namesOf(await people({ query, filters }))
    expect(await names({ regencyCode: '35.77' })).toEqual(['Budi Santoso'])
    expect(await names({ organisationId: bina })).toEqual(['René Wijaya', 'Siti Rahayu'])
    expect(await names({ organisationId: karya }, 'budi')).toEqual(['Budi Santoso'])
    expect(await names({ role: 'leader' })).toEqual(['Siti Rahayu'])
    expect(await names({ gender: 'male' })).toEqual(['Budi Santoso', 'René Wijaya'])
    expect(await names({ hasConsent: false })).toEqual(['Budi Santoso'])
    expect(await names({ hasConsent: true }, 'wij')).toEqual(['René Wijaya'])
  })

  it('sorts by every column both ways and returns rows in the shape of the contract', async () => {
    const { write, people } = await directory()
    const { siti, budi, rene, bina } = samplePeople(write)
    const expected: Record<(typeof personSortColumns)[number], string[]> = {
      name: [budi, rene, siti],
      // By the Indonesian label shown: laki-laki before perempuan.
      gender: [budi, rene, siti],
      birthYear: [siti, rene, budi],
      role: [siti, rene, budi],
      organisation: [siti, rene, budi],
      regency: [siti, rene, budi],
      consent: [budi, siti, rene],
      updatedAt: [rene, siti, budi],
    }
    for (const column of personSortColumns) {
      const ids = async (direction: string) => (await people({ sort: { column, direction } })).rows.map((row) => row.id)
      expect(await ids('asc'), column).toEqual(expected[column])
      const reversed = column === 'birthYear' ? [rene, siti, budi] : [...expected[column]].reverse()
      if (['gender', 'organisation', 'regency', 'consent'].includes(column))
        expect(new Set((await ids('desc')).slice(0, 2)), column).toEqual(new Set(reversed.slice(0, 2)))
      else expect(await ids('desc'), column).toEqual(reversed)
    }
    expect((await people({ query: 'siti' })).rows[0]).toEqual({
      id: siti,
      name: 'Siti Rahayu',
      gender: 'female',
      birthYear: 1990,
      role: 'leader',
      organisationId: bina,
      organisationName: 'Yayasan Bina Désa',
      regencyName: 'Kabupaten Madiun',
      phone: '+6281299998888',
      email: null,
      consent: true,
      restricted: false,
      erased: false,
      updatedAt: '2026-01-05T00:00:00.000Z',
      districtName: null,
    })
  })

  it('gives a person the kecamatan of their OMS, from the reference list or as typed', async () => {
    const { registry, write, people } = await directory()
    const districts = await registry.invoke('reference:districts', { regencyCode: '35.19' })
    if (!districts.ok) throw new Error(districts.error.message)
    const [district] = districts.value as District[]
    if (!district) throw new Error('no kecamatan in Kabupaten Madiun')
    write((writer) => {
      const listed = insertOrganisation(writer, { name: 'Yayasan Bina Désa', districtCode: district.code })
      const typed = insertOrganisation(writer, { name: 'Forum Warga', districtName: 'Kecamatan Baru' })
      insertPerson(writer, { name: 'Siti Rahayu', organisationId: listed })
      insertPerson(writer, { name: 'Budi Santoso', organisationId: typed })
    })
    expect((await people({})).rows.map((row) => [row.name, row.districtName])).toEqual([
      ['Budi Santoso', 'Kecamatan Baru'],
      ['Siti Rahayu', district.name],
    ])
  })

  it('never lists soft-deleted people and counts the rest', async () => {
    const { write, people } = await directory()
    samplePeople(write)
    expect((await people({})).total).toBe(3)
    expect((await people({ query: 'lama' })).total).toBe(0)
    expect((await people({ filters: { gender: 'female' } })).total).toBe(1)
  })
})

const segments = (sqlite: Database.Database, fts: string) =>
  sqlite.prepare(`SELECT count(DISTINCT segid) FROM ${fts}_idx`).pluck().get() as number

describe('searching a large directory', () => {
  interface Case {
    query: string
    direction?: 'asc' | 'desc'
    offset?: number
    limit?: number
    filters?: Record<string, string>
    column?: 'name' | 'updatedAt'
  }

  /**
   * The plainest way to the same page: every match filtered and sorted by one SQL query (the + keeps
   * SQLite from looking each filtered row up in FTS5, which takes minutes); a search
   * lists at most SEARCH_LISTS_AT_MOST of them unless complete (an export).
   */
  function referencePage(
    sqlite: Database.Database,
    table: 'organisations' | 'people',
    { query, direction = 'asc', offset = 0, limit = 100, filters = {}, column }: Case,
    complete = false,
  ) {
    const match = matchExpression(query)
    const sqlName = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
    const ids = sqlite
      .prepare(
        `SELECT m.id FROM ${table} m JOIN search_keys k ON k.entity_id = m.id
         WHERE m.deleted_at IS NULL
           ${match === null ? '' : `AND +k.rowid IN (SELECT rowid FROM ${table}_fts WHERE ${table}_fts MATCH @match)`}
           ${Object.keys(filters)
             .map((field) => `AND m.${sqlName(field)} = @${field}`)
             .join(' ')}
         ORDER BY ${column === 'updatedAt' ? 'm.updated_at' : 'm.name COLLATE NOCASE'} ${direction}, m.id ${direction}`,
      )
      .pluck()
      .all({ match, ...filters }) as string[]
    const listed = match === null || complete ? ids.length : Math.min(ids.length, SEARCH_LISTS_AT_MOST)
    return { total: listed, more: listed < ids.length, ids: ids.slice(offset, Math.min(offset + limit, listed)) }
  }

  async function largeDirectory() {
    const context = await directory()
    const check = async (table: 'organisations' | 'people', each: Case) => {
      const { query, direction = 'asc', offset = 0, limit = 100, filters = {}, column = 'name' } = each
      const input = { query, filters, offset, limit, sort: { column, direction } }
      const page = table === 'organisations' ? await context.organisations(input) : await context.people(input)
      const expected = referencePage(context.sqlite, table, each)
      const actual = { total: page.total, more: page.more ?? false, ids: page.rows.map((row) => row.id) }
      expect(actual, JSON.stringify(each)).toEqual(expected)
    }
    /** An export's pages: every match, counted, past what the screen lists. */
    const checkComplete = (each: Case) => {
      const { query, direction = 'asc', offset = 0, limit = 100 } = each
      const input = listOrganisationsInput.parse({ query, offset, limit, sort: { column: 'name', direction } })
      const page = listOrganisations(context.sqlite, input, 'id', { complete: true })
      const expected = referencePage(context.sqlite, 'organisations', each, true)
      const actual = { total: page.total, more: page.more ?? false, ids: page.rows.map((row) => row.id) }
      expect(actual, `complete ${JSON.stringify(each)}`).toEqual(expected)
    }
    return { ...context, check, checkComplete }
  }

  it('gives the page and total of the plainest query, for broad, bunched and narrow searches, either way, at any offset', async () => {
    const { write, sqlite, check, checkComplete } = await largeDirectory()
    // 14,000 OMS written in an order unrelated to their names' order, as a directory grows: 3,000
    // forums first in name order, then 11,000 yayasan bunched at its end; four in five in
    // Kabupaten Madiun, so "madiun" matches 11,200 spread evenly; a few deleted.
    const count = 14_000
    const ids = write((writer) =>
      Array.from({ length: count }, (_, k) => {
        const i = (k * 7919) % count
        return insertOrganisation(writer, {
          name: i < 3000 ? `Forum Warga ${i % 1500}` : `${i % 2 ? 'Yys.' : 'Yayasan'} Tunas ${i % 2500}`,
          regencyCode: i % 5 === 0 ? '35.78' : '35.19',
          acronym: i % 3 === 0 ? `B${i % 7}` : null,
          status: i % 4 === 0 ? 'candidate' : 'active',
          deleted: i % 97 === 0,
        })
      }),
    )
    expect(referencePage(sqlite, 'organisations', { query: 'madiun' }).more).toBe(true)
    expect(referencePage(sqlite, 'organisations', { query: 'yys' }).more).toBe(true)
    const cases: Case[] = [
      // First, before the name order is built: a narrow search is sorted by SQL, a dense one walks
      // the name index, a bunched one builds the order.
      { query: 'forum warga 14' },
      { query: 'madiun' },
      { query: 'yys' },
      // With the order: broad searches take their page from the lead of the order.
      { query: 'madiun', direction: 'desc' },
      { query: 'kab madiun', offset: 300 },
      { query: 'madiun', offset: 5000, limit: 500 },
      { query: 'madiun', offset: 11_150 },
      { query: 'yys' },
      { query: 'yys', direction: 'desc' },
      { query: 'yayasan tunas', offset: 10_900 },
      { query: 'b' },
      { query: 'b', direction: 'desc', offset: 4000 },
      { query: 't' },
      { query: 'forum' },
      { query: 'tunas 1', direction: 'desc' },
      { query: 'surabaya' },
      { query: '' },
      { query: '', direction: 'desc', offset: 13_800 },
      // Filters and other sorts go through SQL.
      { query: 'yys', filters: { regencyCode: '35.19' } },
      { query: 'madiun', filters: { status: 'candidate' }, direction: 'desc', offset: 100 },
      { query: 'b', filters: { regencyCode: '35.78', status: 'active' } },
      { query: 'madiun', column: 'updatedAt', direction: 'desc' },
    ]
    for (const each of cases) await check('organisations', each)
    for (const each of cases.filter((each) => each.offset !== undefined && !each.filters)) checkComplete(each)

    // A write makes the order stale: the same searches see the renamed and the deleted.
    write((writer) => {
      writer.update(tables.organisations, ids[9000] as string, { name: 'Aaa Yayasan Pertama' })
      writer.remove(tables.organisations, ids[7] as string)
    })
    for (const each of cases.slice(0, 10)) await check('organisations', each)
  }, 120_000)

  it('lists people the same way, from an index a bulk write compacts', async () => {
    const { write, check, sqlite } = await largeDirectory()
    // 1,100 people of a Surabaya forum lead the name order, so a search for Madiun's 1,500 cannot
    // walk to its page and builds the order.
    write((writer) => {
      const madiun = insertOrganisation(writer, { name: 'Yayasan Bina Desa', regencyCode: '35.19' })
      const surabaya = insertOrganisation(writer, { name: 'Forum Warga', regencyCode: '35.78' })
      for (let k = 0; k < 2600; k++) {
        const i = (k * 7919) % 2600
        insertPerson(writer, {
          name: i < 1100 ? `Agus ${i % 500}` : `${i % 2 ? 'Siti' : 'Budi'} ${i % 600}`,
          organisationId: i < 1100 ? surabaya : madiun,
          role: i % 5 === 0 ? 'leader' : 'staff',
          deleted: i % 89 === 0,
        })
      }
    })
    // Written row by row, the index would be in many segments for every search to merge.
    expect(segments(sqlite, 'people_fts')).toBe(1)
    for (const each of [
      { query: 'madiun' },
      { query: 'madiun', direction: 'desc', offset: 1350 },
      { query: 'bina', offset: 200 },
      { query: 'agus' },
      { query: 'siti 1', direction: 'desc' },
      { query: 's', filters: { role: 'leader' } },
      { query: 'b', direction: 'desc' },
    ] satisfies Case[])
      await check('people', each)
  })
})
