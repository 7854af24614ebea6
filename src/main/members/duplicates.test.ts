import { describe, expect, it } from 'vitest'
import type { Result } from '../../shared/errors'
import type { ImportPreview, SaveResult } from '../../shared/members'
import { candidateQueries, organisationDuplicates, personDuplicates } from './duplicates'
import { jawaTimurServices } from './records/testing'
import { base64, openAndPreview } from './spreadsheets/test-files'

type Registry = Awaited<ReturnType<typeof jawaTimurServices>>['registry']

const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`)
  return result.value as T
}
const saveOrganisation = async (registry: Registry, input: Record<string, unknown>) =>
  value<SaveResult>(await registry.invoke('members:createOrganisation', input))
async function organisation(registry: Registry, name: string, regencyCode: string, values = {}): Promise<string> {
  const result = await saveOrganisation(registry, { name, regencyCode, allowDuplicates: true, ...values })
  if (!result.saved) throw new Error('not saved')
  return result.id
}
async function person(registry: Registry, name: string, organisationId: string, values = {}): Promise<string> {
  const input = { name, gender: 'female', role: 'staff', organisationId, allowDuplicates: true, ...values }
  const result = value<SaveResult>(await registry.invoke('members:createPerson', input))
  if (!result.saved) throw new Error('not saved')
  return result.id
}

// Kabupaten Madiun, Kota Madiun and Kabupaten Jember are all in Jawa Timur (35).
const [madiun, kotaMadiun, jember] = ['35.19', '35.77', '35.09']

describe('the duplicate check on save', () => {
  it('holds back the exact name saved in a second kabupaten, naming where the first one is', async () => {
    const { registry } = await jawaTimurServices()
    const first = await organisation(registry, 'Perkumpulan Swadaya Mitra', madiun)
    const again = await saveOrganisation(registry, { name: 'Perkumpulan Swadaya Mitra', regencyCode: jember })
    expect(again).toEqual({
      saved: false,
      duplicates: [
        {
          id: first,
          kind: 'organisation',
          name: 'Perkumpulan Swadaya Mitra',
          context: 'Kabupaten Madiun',
          reasons: ['nameElsewhere'],
        },
      ],
    })
  })

  it('ranks a match in the same kabupaten/kota above the same name elsewhere', async () => {
    const { registry, database } = await jawaTimurServices()
    const elsewhere = await organisation(registry, 'Yayasan Bina Desa', kotaMadiun)
    const here = await organisation(registry, 'Yys. Bina Desa', jember)
    const sameEmail = await organisation(registry, 'Forum Tani Maju', kotaMadiun, { email: 'info@bina.or.id' })
    const candidates = organisationDuplicates(database, {
      name: 'YAYASAN BINA DESA',
      regencyCode: jember,
      email: 'info@bina.or.id',
    })
    expect(candidates.map((c) => [c.id, c.reasons, c.context])).toEqual([
      [here, ['name'], 'Kabupaten Jember'],
      [sameEmail, ['email'], 'Kota Madiun'],
      [elsewhere, ['nameElsewhere'], 'Kota Madiun'],
    ])
    // The same name and the same e-mail together outrank the name alone.
    const both = organisationDuplicates(database, {
      name: 'Forum Tani Maju',
      regencyCode: jember,
      email: 'info@bina.or.id',
    })
    expect(both.map((c) => [c.id, c.reasons])).toEqual([[sameEmail, ['email', 'nameElsewhere']]])
  })

  it('does not look outside the province', async () => {
    const { registry, database, hub } = await jawaTimurServices()
    await organisation(registry, 'Perkumpulan Swadaya Mitra', madiun)
    // A Jawa Barat organisation, as a national instance would hold it beside Jawa Timur's.
    expect(hub.provinceCode).toBe('35')
    expect(organisationDuplicates(database, { name: 'Perkumpulan Swadaya Mitra', regencyCode: '32.01' })).toEqual([])
  })

  it('finds the same person in another OMS of the province, with that OMS and its place', async () => {
    const { registry, database } = await jawaTimurServices()
    const binaDesa = await organisation(registry, 'Yayasan Bina Desa', madiun)
    const taniMaju = await organisation(registry, 'Forum Tani Maju', jember)
    const sameOms = await person(registry, 'Siti Rahayu', binaDesa)
    const otherOms = await person(registry, 'Hj. Siti Rahayu', taniMaju)
    const candidates = personDuplicates(database, { name: 'Siti Rahayu, S.Pd.', organisationId: binaDesa })
    expect(candidates.map((c) => [c.id, c.reasons, c.context])).toEqual([
      [sameOms, ['name'], 'Yayasan Bina Desa, Kabupaten Madiun'],
      [otherOms, ['nameElsewhere'], 'Forum Tani Maju, Kabupaten Jember'],
    ])
  })

  it('with a birth year, leaves out a namesake in another OMS born in another year who shares no contact', async () => {
    const { registry, database } = await jawaTimurServices()
    const binaDesa = await organisation(registry, 'Yayasan Bina Desa', madiun)
    const taniMaju = await organisation(registry, 'Forum Tani Maju', jember)
    const nelayan = await organisation(registry, 'Kelompok Nelayan Sejahtera', kotaMadiun)
    const sameOms = await person(registry, 'Budi Santoso', binaDesa, { birthYear: 1975 })
    const sameYear = await person(registry, 'Budi Santoso', taniMaju, { birthYear: 1980 })
    await person(registry, 'Budi Santoso', nelayan, { birthYear: 1975 })
    const noYear = await person(registry, 'Budi Santoso', nelayan)
    const samePhone = await person(registry, 'Budi Santoso', taniMaju, { birthYear: 1990, phone: '0812 3333 4444' })

    const draft = { name: 'Budi Santoso', organisationId: binaDesa, birthYear: 1980 }
    const [first, ...elsewhere] = personDuplicates(database, draft)
    expect(first).toMatchObject({ id: sameOms, reasons: ['name'] })
    // One name and one strength: which of the two comes first is left to the index.
    expect(elsewhere.map((c) => [c.id, c.reasons]).sort()).toEqual(
      [
        [noYear, ['nameElsewhere']],
        [sameYear, ['nameElsewhere']],
      ].sort(),
    )
    const withPhone = personDuplicates(database, { ...draft, phone: '+6281233334444' })
    expect(withPhone.find((c) => c.id === samePhone)?.reasons).toEqual(['phone', 'nameElsewhere'])
    // Without a birth year every namesake of the province is named, as before.
    expect(personDuplicates(database, { name: 'Budi Santoso', organisationId: binaDesa })).toHaveLength(5)

    // Saving a form: nothing to hold back when every namesake elsewhere was born in another year.
    await person(registry, 'Agus Salim', taniMaju, { birthYear: 1970 })
    await person(registry, 'Agus Salim', nelayan, { birthYear: 1988 })
    const saved = await registry.invoke('members:createPerson', {
      name: 'Agus Salim',
      gender: 'male',
      role: 'staff',
      organisationId: await organisation(registry, 'Karang Taruna Bhakti', madiun),
      birthYear: 1961,
    })
    expect(value<SaveResult>(saved).saved).toBe(true)
  })

  it('flags a common name in an import only where the birth year does not tell the two apart', async () => {
    const { registry } = await jawaTimurServices()
    const binaDesa = await organisation(registry, 'Yayasan Bina Desa', madiun)
    await organisation(registry, 'Forum Tani Maju', jember)
    await person(registry, 'Siti Rahayu', binaDesa, { birthYear: 1970 })
    await person(registry, 'Siti Rahayu', binaDesa, { birthYear: 1985 })
    const file = [
      'Nama,Jenis Kelamin,Tahun Lahir,Peran,Nama OMS',
      'Siti Rahayu,P,1992,staf,Forum Tani Maju',
      'Siti Rahayu,P,1985,staf,Forum Tani Maju',
      'Siti Rahayu,P,,staf,Forum Tani Maju',
    ].join('\n')
    const { preview } = await openAndPreview(registry, 'people', base64(file))
    // The preview lists the rows with something to say: the first has nothing.
    expect(preview.counts).toMatchObject({ create: 3, warning: 2 })
    const flagged = (row: ImportPreview['rows'][number]) => [row.rowNumber, row.duplicates.length]
    expect(preview.rows.map(flagged)).toEqual([
      [3, 1],
      [4, 2],
    ])
  })

  it('leaves out a record marked "not a duplicate" of the one being edited', async () => {
    const { registry, database } = await jawaTimurServices()
    const first = await organisation(registry, 'Perkumpulan Swadaya Mitra', madiun)
    const second = await organisation(registry, 'Perkumpulan Swadaya Mitra', jember)
    const third = await organisation(registry, 'Perkumpulan Swadaya Mitra', kotaMadiun)
    value(await registry.invoke('members:dismissDuplicatePair', { kind: 'organisation', ids: [second, first] }))
    const draft = { name: 'Perkumpulan Swadaya Mitra', regencyCode: jember }
    expect(organisationDuplicates(database, draft, second).map((c) => c.id)).toEqual([third])
    expect(organisationDuplicates(database, draft, first).map((c) => c.id)).toEqual([third])
    expect(organisationDuplicates(database, draft, third).map((c) => c.id)).toEqual([second, first])
    // A new record has no dismissals yet: every match is shown.
    expect(organisationDuplicates(database, draft).map((c) => c.id)).toEqual([second, first, third])
  })

  it('looks every reason up by index, never scanning the directory', async () => {
    const { database } = await jawaTimurServices()
    const indexes = {
      organisation: [
        'organisations_name_key_idx',
        'organisations_name_key_idx',
        'organisations_phone_idx',
        'organisations_email_idx',
      ],
      person: ['people_name_key_idx', 'people_name_key_idx', 'people_phone_idx', 'people_email_idx'],
    }
    for (const kind of ['organisation', 'person'] as const) {
      const plans = candidateQueries(kind).map(({ sql }) =>
        (
          database.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(
            ...sql
              .split('?')
              .slice(1)
              .map(() => 'x'),
          ) as {
            detail: string
          }[]
        )
          .map((step) => step.detail)
          .join('; '),
      )
      plans.forEach((plan, index) => {
        expect(plan, `${kind} ${index}`).toMatch(new RegExp(`^SEARCH c USING INDEX ${indexes[kind][index]}`))
        expect(plan, `${kind} ${index}`).not.toMatch(/\bSCAN\b/)
      })
    }
  })
})
