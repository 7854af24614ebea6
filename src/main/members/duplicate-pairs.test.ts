import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Result } from '../../shared/errors'
import { createOrganisationInput, type DuplicatePair, type Page, type SaveResult } from '../../shared/members'
import { createDb } from '../db'
import { addOrganisation, addPerson, exportFrom, importInto, newInstance, trust } from '../sync/testing'
import { dismissPair, orderedPair, showPairAgain } from './dismissals'
import { duplicatePairs, pairsSql } from './duplicate-pairs'
import { createOrganisation } from './records/organisation-service'
import { jawaTimurServices } from './records/testing'

type Registry = Awaited<ReturnType<typeof jawaTimurServices>>['registry']

const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`)
  return result.value as T
}
async function organisation(registry: Registry, name: string, regencyCode: string, values = {}): Promise<string> {
  const input = { name, regencyCode, allowDuplicates: true, ...values }
  const result = value<SaveResult>(await registry.invoke('members:createOrganisation', input))
  if (!result.saved) throw new Error('not saved')
  return result.id
}
async function person(registry: Registry, name: string, organisationId: string, values = {}): Promise<string> {
  const input = { name, gender: 'male', role: 'staff', organisationId, allowDuplicates: true, ...values }
  const result = value<SaveResult>(await registry.invoke('members:createPerson', input))
  if (!result.saved) throw new Error('not saved')
  return result.id
}
const pairsOf = async (registry: Registry, input: Record<string, unknown>) =>
  value<Page<DuplicatePair>>(await registry.invoke('members:duplicatePairs', input))
const names = (page: Page<DuplicatePair>) =>
  page.rows.map((pair) => [pair.first.name, pair.second.name, pair.reasons.join('+')])

describe('the list of suspected duplicates', () => {
  it('lists each pair once, older record first, ranked by how strongly the reasons agree', async () => {
    const { registry } = await jawaTimurServices()
    const mitra = await organisation(registry, 'Perkumpulan Swadaya Mitra', '35.19')
    const mitraJember = await organisation(registry, 'Perkumpulan Swadaya Mitra', '35.09')
    await organisation(registry, 'Yayasan Bina Desa', '35.19', { phone: '0812 1111 2222' })
    await organisation(registry, 'Yys. Bina Desa', '35.19', { phone: '0812-1111-2222' })
    await organisation(registry, 'Forum Tani Maju', '35.77', { email: 'tani@maju.or.id' })
    await organisation(registry, 'Kelompok Nelayan Sejahtera', '35.77', { email: 'tani@maju.or.id' })
    await organisation(registry, 'Lembaga Tanpa Kembar', '35.19')

    const page = await pairsOf(registry, { kind: 'organisation' })
    expect(page.total).toBe(3)
    expect(names(page)).toEqual([
      ['Yayasan Bina Desa', 'Yys. Bina Desa', 'name+phone'],
      ['Forum Tani Maju', 'Kelompok Nelayan Sejahtera', 'email'],
      ['Perkumpulan Swadaya Mitra', 'Perkumpulan Swadaya Mitra', 'nameElsewhere'],
    ])
    const [, , swadaya] = page.rows
    expect(swadaya).toMatchObject({
      kind: 'organisation',
      first: { id: mitra, context: 'Kabupaten Madiun' },
      second: { id: mitraJember, context: 'Kabupaten Jember' },
      strength: 1,
    })

    const second = await pairsOf(registry, { kind: 'organisation', offset: 1, limit: 1 })
    expect([second.total, second.offset, names(second)]).toEqual([
      3,
      1,
      [['Forum Tani Maju', 'Kelompok Nelayan Sejahtera', 'email']],
    ])
    const beyond = await pairsOf(registry, { kind: 'organisation', offset: 50 })
    expect([beyond.total, beyond.rows]).toEqual([3, []])
    expect((await pairsOf(registry, { kind: 'person' })).total).toBe(0)
  })

  it('ranks two OMS written alike, legal form and acronym too, above every other pair', async () => {
    const { registry } = await jawaTimurServices()
    // As the review found them: both pairs share a name key and differ in kabupaten/kota; the
    // Lembaga/Yayasan pair sorted first by name.
    await organisation(registry, 'Lembaga Literasi Lentera', '35.13', { acronym: 'LLL' })
    await organisation(registry, 'Yayasan Literasi Lentera', '35.72', { acronym: 'YLL' })
    const pelita = await organisation(registry, 'Yayasan Pelita Desa Mandiri', '35.07', { acronym: 'YPDM' })
    const yys = await organisation(registry, 'Yys. Pelita Desa Mandiri', '35.79', { acronym: 'Y.P.D.M.' })
    // The strongest the reasons alone can make: a name nearby, the phone and the e-mail.
    await organisation(registry, 'Bina Desa', '35.19', { phone: '0812 1111 2222', email: 'bina@desa.or.id' })
    await organisation(registry, 'Yayasan Bina Desa', '35.19', { phone: '0812-1111-2222', email: 'bina@desa.or.id' })
    // Written alike but with acronyms that differ, or none: the reasons alone rank them.
    await organisation(registry, 'Forum Tani Maju', '35.19', { acronym: 'FTM' })
    await organisation(registry, 'Frm. Tani Maju', '35.09', { acronym: 'FORTAMA' })
    await organisation(registry, 'Perkumpulan Swadaya Mitra', '35.19')
    await organisation(registry, 'Perkumpulan Swadaya Mitra', '35.09')

    const page = await pairsOf(registry, { kind: 'organisation' })
    expect(page.rows.map((pair) => [pair.first.name, pair.second.name, pair.strength])).toEqual([
      ['Yayasan Pelita Desa Mandiri', 'Yys. Pelita Desa Mandiri', 8],
      ['Bina Desa', 'Yayasan Bina Desa', 7],
      ['Forum Tani Maju', 'Frm. Tani Maju', 1],
      ['Lembaga Literasi Lentera', 'Yayasan Literasi Lentera', 1],
      ['Perkumpulan Swadaya Mitra', 'Perkumpulan Swadaya Mitra', 1],
    ])
    expect(page.rows[0]).toMatchObject({
      first: { id: pelita, context: 'Kabupaten Malang' },
      second: { id: yys, context: 'Kota Batu' },
      reasons: ['nameElsewhere'],
    })
    // Paged, the pair is still first.
    const first = await pairsOf(registry, { kind: 'organisation', offset: 0, limit: 1 })
    expect(first.rows.map((pair) => pair.first.id)).toEqual([pelita])
  })

  it('pairs people by name across the OMS of the province, and by phone', async () => {
    const { registry } = await jawaTimurServices()
    const binaDesa = await organisation(registry, 'Yayasan Bina Desa', '35.19')
    const taniMaju = await organisation(registry, 'Forum Tani Maju', '35.09')
    const person = (name: string, organisationId: string, phone = '') =>
      registry.invoke('members:createPerson', {
        name,
        gender: 'female',
        role: 'staff',
        organisationId,
        phone,
        allowDuplicates: true,
      })
    await person('Siti Rahayu', binaDesa)
    await person('Hj. Siti Rahayu', taniMaju)
    await person('Dewi Lestari', binaDesa, '0813 5555 6666')
    await person('Dewi L.', binaDesa, '0813-5555-6666')
    const page = await pairsOf(registry, { kind: 'person' })
    expect(page.rows.map((pair) => [pair.first.context, pair.second.context, pair.reasons])).toEqual([
      ['Yayasan Bina Desa, Kabupaten Madiun', 'Yayasan Bina Desa, Kabupaten Madiun', ['phone']],
      ['Yayasan Bina Desa, Kabupaten Madiun', 'Forum Tani Maju, Kabupaten Jember', ['nameElsewhere']],
    ])
  })

  it('pairs namesakes in two OMS only when a birth year, a contact or a rare name says they may be one', async () => {
    const { registry } = await jawaTimurServices()
    const binaDesa = await organisation(registry, 'Yayasan Bina Desa', '35.19')
    const taniMaju = await organisation(registry, 'Forum Tani Maju', '35.09')
    const nelayan = await organisation(registry, 'Kelompok Nelayan Sejahtera', '35.77')
    const pemuda = await organisation(registry, 'Karang Taruna Bhakti', '35.19')
    const perempuan = await organisation(registry, 'Forum Perempuan Desa', '35.09')
    // A common name: five Budi Santoso, in five OMS.
    const budi1980 = await person(registry, 'Budi Santoso', binaDesa, { birthYear: 1980 })
    const budi1975 = await person(registry, 'Budi Santoso', taniMaju, {
      birthYear: 1975,
      phone: '0812 3333 4444',
    })
    const budiAgain1980 = await person(registry, 'Budi Santoso', nelayan, { birthYear: 1980 })
    const budiSamePhone = await person(registry, 'Budi Santoso', pemuda, {
      birthYear: 1990,
      phone: '0812-3333-4444',
    })
    await person(registry, 'Budi Santoso', perempuan)
    // A rare name (three records), one birth year left empty: it could be either of the others.
    const dewi = await person(registry, 'Dewi Lestari', binaDesa, { birthYear: 1985 })
    const dewiNoYear = await person(registry, 'Dewi Lestari', taniMaju)
    const dewi1960 = await person(registry, 'Dewi Lestari', nelayan, { birthYear: 1960 })
    // One OMS: the name alone, whatever the birth years.
    const siti = await person(registry, 'Siti Rahayu', pemuda, { birthYear: 1970 })
    const sitiAgain = await person(registry, 'Siti Rahayu', pemuda, { birthYear: 1990 })

    const page = await pairsOf(registry, { kind: 'person' })
    expect(page.rows.map((pair) => [pair.first.id, pair.second.id, pair.reasons.join('+')])).toEqual([
      [budi1975, budiSamePhone, 'phone+nameElsewhere'],
      [siti, sitiAgain, 'name'],
      [budi1980, budiAgain1980, 'nameElsewhere'],
      [dewi, dewiNoYear, 'nameElsewhere'],
      [dewiNoYear, dewi1960, 'nameElsewhere'],
    ])
    expect(page.total).toBe(5)
  })

  it('pages through the ranked pairs, finding them once per change, without repeating or skipping one', async () => {
    const { registry, directory, database } = await jawaTimurServices()
    // Ten pairs: one strong, nine of one strength that only names and ids put in order.
    await organisation(registry, 'Yayasan Bina Desa', '35.19', { phone: '0812 1111 2222' })
    await organisation(registry, 'Yys. Bina Desa', '35.19', { phone: '0812-1111-2222' })
    for (const name of ['Forum Tani Maju', 'Perkumpulan Swadaya Mitra', 'Lembaga Kajian Desa'])
      for (const regencyCode of ['35.19', '35.09', '35.77']) await organisation(registry, name, regencyCode)
    const prepare = vi.spyOn(database.sqlite, 'prepare')
    const searches = () => prepare.mock.calls.filter(([sql]) => sql.includes(pairsSql('organisation'))).length
    const full = await pairsOf(registry, { kind: 'organisation', limit: 100 })
    expect(full.total).toBe(10)
    const key = (pair: DuplicatePair) => `${pair.first.id}/${pair.second.id}`

    const paged: string[] = []
    for (let offset = 0; offset < full.total; offset += 3) {
      const page = await pairsOf(registry, { kind: 'organisation', offset, limit: 3 })
      expect([page.total, page.offset]).toEqual([10, offset])
      expect(await pairsOf(registry, { kind: 'organisation', offset, limit: 3 })).toEqual(page)
      paged.push(...page.rows.map(key))
    }
    expect(paged).toEqual(full.rows.map(key))
    expect(new Set(paged).size).toBe(10)
    expect(full.rows[0]?.reasons).toEqual(['name', 'phone'])
    // Turning a page reads its own rows only: the pairs were found for the first page.
    expect(searches()).toBe(1)

    // Written on this connection, then by another one (as another window or a sync would).
    await organisation(registry, 'Yayasan Bina Desa', '35.09')
    expect((await pairsOf(registry, { kind: 'organisation', offset: 9, limit: 3 })).total).toBe(12)
    expect(searches()).toBe(2)
    const other = createDb(join(directory, 'hub.db'))
    try {
      createOrganisation(
        other,
        createOrganisationInput.parse({ name: 'Forum Tani Maju', regencyCode: '35.20', allowDuplicates: true }),
      )
    } finally {
      other.close()
    }
    expect((await pairsOf(registry, { kind: 'organisation', offset: 9, limit: 3 })).total).toBe(15)
  })

  it('forgets a pair marked "not a duplicate" until it is shown again', async () => {
    const { registry, database } = await jawaTimurServices()
    const first = await organisation(registry, 'Perkumpulan Swadaya Mitra', '35.19')
    const second = await organisation(registry, 'Perkumpulan Swadaya Mitra', '35.09')
    const pair = { kind: 'organisation', ids: [second, first] }
    expect(value(await registry.invoke('members:dismissDuplicatePair', pair))).toEqual({
      kind: 'organisation',
      firstId: first,
      secondId: second,
      dismissed: true,
    })
    expect((await pairsOf(registry, { kind: 'organisation' })).total).toBe(0)
    const dismissed = await pairsOf(registry, { kind: 'organisation', dismissed: true })
    expect(dismissed.rows.map((row) => [row.first.id, row.second.id])).toEqual([[first, second]])
    // Editing either record no longer offers the other.
    const edit = await registry.invoke('members:updateOrganisation', {
      id: second,
      name: 'Perkumpulan Swadaya Mitra',
      regencyCode: '35.09',
    })
    expect(value<SaveResult>(edit)).toEqual({ saved: true, id: second })

    value(await registry.invoke('members:showDuplicatePairAgain', pair))
    expect((await pairsOf(registry, { kind: 'organisation' })).total).toBe(1)
    // Marked, shown, marked again: still one row, the same one, to sync.
    value(await registry.invoke('members:dismissDuplicatePair', pair))
    value(await registry.invoke('members:dismissDuplicatePair', pair))
    const rows = database.sqlite.prepare('SELECT first_id, second_id, deleted_at FROM duplicate_dismissals').all()
    expect(rows).toEqual([{ first_id: first, second_id: second, deleted_at: null }])
  })

  it('refuses a pair of one record, or a record that is gone', async () => {
    const { registry } = await jawaTimurServices()
    const first = await organisation(registry, 'Perkumpulan Swadaya Mitra', '35.19')
    const same = await registry.invoke('members:dismissDuplicatePair', { kind: 'organisation', ids: [first, first] })
    expect(same).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(JSON.stringify(same)).toContain('Pilih dua data yang berbeda.')
    const missing = '01a22d35-109e-7527-9f5a-c0763a82e5a7'
    const gone = await registry.invoke('members:dismissDuplicatePair', { kind: 'person', ids: [first, missing] })
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('finds partners by index: one pass over the records per reason, no record × record scan', async () => {
    const { database } = await jawaTimurServices()
    for (const kind of ['organisation', 'person'] as const) {
      const table = kind === 'organisation' ? 'organisations' : 'people'
      const plan = (database.sqlite.prepare(`EXPLAIN QUERY PLAN ${pairsSql(kind)}`).all() as { detail: string }[])
        .map((step) => step.detail)
        .join('\n')
      // Namesakes meet in the records read once by name key, indexed for the pairing.
      expect(plan, kind).toMatch(new RegExp(`SCAN a USING INDEX ${table}_name_key_idx`))
      expect(plan, kind).toMatch(/SEARCH b USING AUTOMATIC COVERING INDEX \(name_key=\?\)/)
      for (const column of ['phone', 'email'])
        expect(plan, kind).toMatch(new RegExp(`SEARCH b USING INDEX ${table}_${column}_idx`))
      expect(plan, kind).toMatch(/SEARCH d USING INDEX duplicate_dismissals_pair_idx/)
      expect(plan, kind).not.toMatch(/SCAN b\b/)
    }
  })
})

describe('"not a duplicate" in sync', () => {
  it('travels in the province bundle to the national instance', async () => {
    const jatim = await newInstance('Forum OMS Jawa Timur', '35')
    const national = await newInstance('Sekretariat Nasional', null)
    await trust(national, jatim)
    // The instance's clock stands still, so the ids' order is the pair's only order.
    const [first, second] = orderedPair([
      addOrganisation(jatim, 'Perkumpulan Swadaya Mitra', '35.19'),
      addOrganisation(jatim, 'Perkumpulan Swadaya Mitra', '35.09'),
    ])
    addPerson(jatim, first, { name: 'Siti Rahayu' })
    dismissPair(jatim.database, { kind: 'organisation', ids: [first, second] })

    importInto(national, await exportFrom(jatim))
    const list = (dismissed: boolean) =>
      duplicatePairs(national.database, { kind: 'organisation', dismissed, offset: 0, limit: 10 }).rows.map((pair) => [
        pair.first.id,
        pair.second.id,
      ])
    expect(list(false)).toEqual([])
    expect(list(true)).toEqual([[first, second]])

    // Shown again at the province: the next bundle carries that too.
    showPairAgain(jatim.database, { kind: 'organisation', ids: [first, second] })
    importInto(national, await exportFrom(jatim))
    expect(list(false)).toEqual([[first, second]])
    // The national team cannot undo the province's answer for it.
    dismissPair(jatim.database, { kind: 'organisation', ids: [first, second] })
    importInto(national, await exportFrom(jatim))
    expect(() => showPairAgain(national.database, { kind: 'organisation', ids: [first, second] })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    )
  })
})
