import type Database from 'better-sqlite3'
import { v7 as uuidv7 } from 'uuid'
import { describe, expect, it } from 'vitest'
import {
  organisationSortColumns,
  personSortColumns,
  type OrganisationRow,
  type Page,
  type PersonRow,
} from '../../../shared/members'
import { testServices } from '../../testing/database'
import { organisationNameKey, personNameKey } from '../names'

interface Org {
  name: string
  regencyCode?: string
  acronym?: string | null
  typeCode?: string | null
  sectors?: string[]
  status?: string
  foundedYear?: number | null
  phone?: string | null
  updatedAt?: string
  deleted?: boolean
}

function insertOrganisation(sqlite: Database.Database, org: Org): string {
  const id = uuidv7()
  const at = org.updatedAt ?? '2026-01-01T00:00:00.000Z'
  sqlite
    .prepare(
      `INSERT INTO organisations (id, hub_id, created_at, updated_at, deleted_at, name, name_key, acronym, type_code,
         founded_year, regency_code, phone, sector_codes, status, status_since)
       VALUES (?, 'hub', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01')`,
    )
    .run(
      id,
      at,
      at,
      org.deleted ? at : null,
      org.name,
      organisationNameKey(org.name),
      org.acronym ?? null,
      org.typeCode ?? null,
      org.foundedYear ?? null,
      org.regencyCode ?? '35.19',
      org.phone ?? null,
      JSON.stringify(org.sectors ?? []),
      org.status ?? 'active',
    )
  return id
}

interface Person {
  name: string
  organisationId: string
  gender?: 'female' | 'male'
  birthYear?: number | null
  role?: string
  phone?: string | null
  consent?: boolean
  updatedAt?: string
  deleted?: boolean
}

function insertPerson(sqlite: Database.Database, person: Person): string {
  const id = uuidv7()
  const at = person.updatedAt ?? '2026-01-01T00:00:00.000Z'
  sqlite
    .prepare(
      `INSERT INTO people (id, hub_id, created_at, updated_at, deleted_at, name, name_key, gender, birth_year, role,
         organisation_id, phone, consent)
       VALUES (?, 'hub', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      at,
      at,
      person.deleted ? at : null,
      person.name,
      personNameKey(person.name),
      person.gender ?? 'female',
      person.birthYear ?? null,
      person.role ?? 'staff',
      person.organisationId,
      person.phone ?? null,
      person.consent ? 1 : 0,
    )
  return id
}

function directory() {
  const { registry, services } = testServices()
  const sqlite = services.database.sqlite
  const organisations = async (input: object): Promise<Page<OrganisationRow>> => {
    const result = await registry.invoke('members:listOrganisations', input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as Page<OrganisationRow>
  }
  const people = async (input: object): Promise<Page<PersonRow>> => {
    const result = await registry.invoke('members:listPeople', input)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as Page<PersonRow>
  }
  const names = async (query: string, filters: object = {}) =>
    (await organisations({ query, filters })).rows.map((row) => row.name)
  return { registry, sqlite, organisations, people, names }
}

function sampleOrganisations(sqlite: Database.Database) {
  return {
    bina: insertOrganisation(sqlite, {
      name: 'Yayasan Bina Désa',
      regencyCode: '35.19',
      acronym: 'YBD',
      typeCode: 'foundation',
      sectors: ['education', 'health'],
      status: 'active',
      foundedYear: 1998,
      phone: '+6281234567890',
      updatedAt: '2026-01-03T00:00:00.000Z',
    }),
    karya: insertOrganisation(sqlite, {
      name: 'Yys. Karya Mandiri',
      regencyCode: '35.77',
      typeCode: 'ngo',
      sectors: ['health'],
      status: 'candidate',
      foundedYear: 2010,
      phone: '+6285711112222',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }),
    tani: insertOrganisation(sqlite, {
      name: 'perkumpulan Tani Maju',
      regencyCode: '35.78',
      acronym: 'PTM',
      typeCode: 'association',
      sectors: ['green_economy'],
      status: 'inactive',
      updatedAt: '2026-01-02T00:00:00.000Z',
    }),
    gone: insertOrganisation(sqlite, { name: 'Yayasan Bina Lama', deleted: true }),
  }
}

describe('members:listOrganisations', () => {
  it('finds by the start of each word, whatever the case and accents', async () => {
    const { sqlite, names } = directory()
    sampleOrganisations(sqlite)
    expect(await names('bin des')).toEqual(['Yayasan Bina Désa'])
    expect(await names('BINA')).toEqual(['Yayasan Bina Désa'])
    expect(await names('désa')).toEqual(['Yayasan Bina Désa'])
    expect(await names('desa')).toEqual(['Yayasan Bina Désa'])
    expect(await names('man')).toEqual(['Yys. Karya Mandiri'])
    expect(await names('ptm')).toEqual(['perkumpulan Tani Maju'])
  })

  it('understands abbreviations both ways', async () => {
    const { sqlite, names } = directory()
    sampleOrganisations(sqlite)
    expect(await names('yys')).toEqual(['Yayasan Bina Désa', 'Yys. Karya Mandiri'])
    expect(await names('yayasan')).toEqual(['Yayasan Bina Désa', 'Yys. Karya Mandiri'])
    expect(await names('yaya karya')).toEqual(['Yys. Karya Mandiri'])
    expect(await names('perk tani')).toEqual(['perkumpulan Tani Maju'])
  })

  it('tells Kabupaten Madiun from Kota Madiun', async () => {
    const { sqlite, names } = directory()
    sampleOrganisations(sqlite)
    expect(await names('madiun')).toEqual(['Yayasan Bina Désa', 'Yys. Karya Mandiri'])
    expect(await names('Kab. Madiun')).toEqual(['Yayasan Bina Désa'])
    expect(await names('kabupaten madiun')).toEqual(['Yayasan Bina Désa'])
    expect(await names('kota madiun')).toEqual(['Yys. Karya Mandiri'])
    expect(await names('surabaya')).toEqual(['perkumpulan Tani Maju'])
  })

  it('finds phone numbers however they are written', async () => {
    const { sqlite, names } = directory()
    sampleOrganisations(sqlite)
    for (const phone of ['0812 3456', '0812-3456-7890', '+62 812 3456', '62812345', '081234567890'])
      expect(await names(phone), phone).toEqual(['Yayasan Bina Désa'])
    expect(await names('0857 1111')).toEqual(['Yys. Karya Mandiri'])
    expect(await names('0899')).toEqual([])
  })

  it('filters by kabupaten/kota, type, sector and status, with or without a query', async () => {
    const { sqlite, names } = directory()
    sampleOrganisations(sqlite)
    expect(await names('', { regencyCode: '35.77' })).toEqual(['Yys. Karya Mandiri'])
    expect(await names('', { typeCode: 'association' })).toEqual(['perkumpulan Tani Maju'])
    expect(await names('', { sectorCode: 'health' })).toEqual(['Yayasan Bina Désa', 'Yys. Karya Mandiri'])
    expect(await names('yayasan', { sectorCode: 'education' })).toEqual(['Yayasan Bina Désa'])
    expect(await names('', { status: 'inactive' })).toEqual(['perkumpulan Tani Maju'])
    expect(await names('yayasan', { status: 'candidate', regencyCode: '35.77' })).toEqual(['Yys. Karya Mandiri'])
    expect(await names('yayasan', { status: 'inactive' })).toEqual([])
  })

  it('never lists soft-deleted organisations', async () => {
    const { sqlite, organisations, names } = directory()
    sampleOrganisations(sqlite)
    expect((await organisations({})).total).toBe(3)
    expect(await names('lama')).toEqual([])
    expect(await names('', { regencyCode: '35.19' })).toEqual(['Yayasan Bina Désa'])
  })

  it('sorts by every column both ways, empty values last, with rows in the shape of the contract', async () => {
    const { sqlite, organisations } = directory()
    const { bina, karya, tani } = sampleOrganisations(sqlite)
    insertPerson(sqlite, { name: 'Siti', organisationId: tani })
    insertPerson(sqlite, { name: 'Budi', organisationId: tani })
    insertPerson(sqlite, { name: 'Ani', organisationId: bina })
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
    })
  })

  it('sorts types by their label in the language the user chose', async () => {
    const { sqlite, registry, organisations } = directory()
    const { bina, karya, tani } = sampleOrganisations(sqlite)
    const noType = insertOrganisation(sqlite, { name: 'Forum Tanpa Jenis' })
    const ids = async () => (await organisations({ sort: { column: 'type', direction: 'asc' } })).rows.map((r) => r.id)
    expect(await ids()).toEqual([karya, tani, bina, noType])
    expect((await registry.invoke('settings:setLanguage', { language: 'en' })).ok).toBe(true)
    // Association, Foundation (yayasan), NGO.
    expect(await ids()).toEqual([tani, bina, karya, noType])
  })

  it('pages through many rows in a stable order with the total, the same with and without a query', async () => {
    const { sqlite, organisations } = directory()
    // Same names everywhere: only the id tie-break keeps pages from overlapping.
    for (let i = 0; i < 3200; i++) insertOrganisation(sqlite, { name: `Forum Warga ${i % 3}` })
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
    const { sqlite, organisations } = directory()
    sqlite.transaction(() => {
      for (let i = 0; i < 7000; i++) insertOrganisation(sqlite, { name: `Forum Warga ${i}` })
      for (let i = 0; i < 3500; i++)
        insertOrganisation(sqlite, { name: i % 2 ? `Yys. Tunas ${i}` : `Yayasan Tunas ${i}` })
    })()
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
    sqlite.prepare(`UPDATE organisations SET name = 'Yayasan Awal' WHERE name = 'Yys. Tunas 999'`).run()
    sqlite.prepare(`UPDATE organisations SET deleted_at = updated_at WHERE name = 'Yayasan Tunas 0'`).run()
    expect(await page(0)).toEqual({ total: 3499, names: ['Yayasan Awal', 'Yayasan Tunas 10', 'Yayasan Tunas 100'] })
    expect((await organisations({ offset: 10_497 })).rows.map((row) => row.name)).toEqual([
      'Yys. Tunas 995',
      'Yys. Tunas 997',
    ])
  })

  it('sees rows written after an earlier list', async () => {
    const { sqlite, names } = directory()
    sampleOrganisations(sqlite)
    expect(await names('')).toHaveLength(3)
    const id = insertOrganisation(sqlite, { name: 'Koperasi Baru' })
    expect(await names('')).toContain('Koperasi Baru')
    sqlite.prepare(`UPDATE organisations SET deleted_at = updated_at WHERE id = ?`).run(id)
    expect(await names('')).not.toContain('Koperasi Baru')
  })

  it('answers hostile or odd input with a list, never an error', async () => {
    const { sqlite, registry } = directory()
    sampleOrganisations(sqlite)
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
  function samplePeople(sqlite: Database.Database) {
    const { bina, karya } = sampleOrganisations(sqlite)
    return {
      bina,
      karya,
      siti: insertPerson(sqlite, {
        name: 'Siti Rahayu',
        organisationId: bina,
        gender: 'female',
        birthYear: 1990,
        role: 'leader',
        phone: '+6281299998888',
        consent: true,
        updatedAt: '2026-01-02T00:00:00.000Z',
      }),
      budi: insertPerson(sqlite, {
        name: 'Budi Santoso',
        organisationId: karya,
        gender: 'male',
        birthYear: null,
        role: 'volunteer',
        updatedAt: '2026-01-03T00:00:00.000Z',
      }),
      rene: insertPerson(sqlite, {
        name: 'René Wijaya',
        organisationId: bina,
        gender: 'male',
        birthYear: 2001,
        role: 'staff',
        consent: true,
        updatedAt: '2026-01-01T00:00:00.000Z',
      }),
      gone: insertPerson(sqlite, { name: 'Siti Lama', organisationId: bina, deleted: true }),
    }
  }
  const namesOf = (page: Page<PersonRow>) => page.rows.map((row) => row.name)

  it('finds people by name prefix, accent-insensitively, and by phone', async () => {
    const { sqlite, people } = directory()
    samplePeople(sqlite)
    expect(namesOf(await people({ query: 'sit rah' }))).toEqual(['Siti Rahayu'])
    expect(namesOf(await people({ query: 'rene' }))).toEqual(['René Wijaya'])
    expect(namesOf(await people({ query: 'siti' }))).toEqual(['Siti Rahayu'])
    expect(namesOf(await people({ query: '0812 9999' }))).toEqual(['Siti Rahayu'])
  })

  it('finds people by the name, acronym and kabupaten/kota of their OMS', async () => {
    const { sqlite, people } = directory()
    const { karya } = samplePeople(sqlite)
    const names = async (query: string) => namesOf(await people({ query }))
    expect(await names('madiun')).toEqual(['Budi Santoso', 'René Wijaya', 'Siti Rahayu'])
    expect(await names('kota madiun')).toEqual(['Budi Santoso'])
    expect(await names('kab madiun')).toEqual(['René Wijaya', 'Siti Rahayu'])
    expect(await names('bina desa')).toEqual(['René Wijaya', 'Siti Rahayu'])
    expect(await names('ybd')).toEqual(['René Wijaya', 'Siti Rahayu'])
    expect(await names('siti madiun')).toEqual(['Siti Rahayu'])
    expect(await names('cahaya gunung')).toEqual([])
    sqlite.prepare(`UPDATE organisations SET name = 'Yayasan Cahaya Gunung' WHERE id = ?`).run(karya)
    expect(await names('cahaya gunung')).toEqual(['Budi Santoso'])
    expect(await names('karya')).toEqual([])
  })

  it('sorts gender by its label in the language the user chose', async () => {
    const { sqlite, registry, people } = directory()
    const { siti, budi, rene } = samplePeople(sqlite)
    const ids = async () => (await people({ sort: { column: 'gender', direction: 'asc' } })).rows.map((r) => r.id)
    expect(await ids()).toEqual([budi, rene, siti])
    expect((await registry.invoke('settings:setLanguage', { language: 'en' })).ok).toBe(true)
    expect(await ids()).toEqual([siti, budi, rene])
  })

  it('filters by kabupaten/kota of the organisation, organisation, role, gender and consent', async () => {
    const { sqlite, people } = directory()
    const { karya, bina } = samplePeople(sqlite)
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
    const { sqlite, people } = directory()
    const { siti, budi, rene, bina } = samplePeople(sqlite)
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
      updatedAt: '2026-01-02T00:00:00.000Z',
    })
  })

  it('never lists soft-deleted people and counts the rest', async () => {
    const { sqlite, people } = directory()
    samplePeople(sqlite)
    expect((await people({})).total).toBe(3)
    expect((await people({ query: 'lama' })).total).toBe(0)
    expect((await people({ filters: { gender: 'female' } })).total).toBe(1)
  })
})
