import { describe, expect, it } from 'vitest'
import type { InitiativeDetail } from '../../shared/initiatives'
import { ok } from '../members/records/testing'
import { stepId } from './ids'
import { detailOf, failure, initiativeInput, initiativeServices, TODAY } from './testing'

const count = (database: { sqlite: { prepare(sql: string): { pluck(): { get(): unknown } } } }, table: string) =>
  database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get()

describe('initiatives', () => {
  it('creates a draft with its place, partners and six steps to do, in one write', async () => {
    const { registry, database, lead, partner } = await initiativeServices()
    const detail = detailOf(
      await registry.invoke(
        'initiatives:create',
        initiativeInput(lead, {
          partnerOrganisationIds: [partner, partner],
          sectorCodes: ['green_economy'],
          sdgs: [12, 6, 12],
          beneficiaryCount: '1.250',
          startsOn: '2026-12-01',
          endsOn: '2027-06-30',
        }),
      ),
    )
    expect(detail).toMatchObject({
      title: 'Bank sampah warga Desa Tambakmas',
      leadName: 'Yayasan Bina Desa',
      partners: [{ id: partner, name: 'KSM Makmur Sentosa' }],
      regencyName: 'Kabupaten Madiun',
      districtName: 'Kebonsari',
      villageName: 'Tambakmas',
      sdgs: [6, 12],
      beneficiaryCount: 1250,
      status: 'draft',
      statusSince: TODAY,
      statusHistory: [{ status: 'draft', effectiveOn: TODAY, note: null }],
      needs: [],
      progress: { needCount: 0, metCount: 0, ratio: null, rupiahTarget: 0, rupiahReceived: 0 },
    })
    expect(detail.steps.map((step) => [step.number, step.done])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, false]))
    expect(detail.steps[0]?.titleId).toBe('Kenali permasalahan, hambatan, atau tantangan lokal')
    const ids = database.sqlite
      .prepare('SELECT id FROM initiative_steps WHERE initiative_id = ? ORDER BY step')
      .pluck()
      .all(detail.id)
    expect(ids).toEqual([1, 2, 3, 4, 5, 6].map((step) => stepId(detail.id, step)))
  })

  it('derives step ids from the initiative id and step number alone', () => {
    const initiative = '01934b7e-8f00-7000-8000-000000000001'
    expect(stepId(initiative, 3)).toBe(stepId(initiative, 3))
    expect(stepId(initiative, 3)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const all = [1, 2, 3, 4, 5, 6].flatMap((step) => [
      stepId(initiative, step),
      stepId(`${initiative.slice(0, -1)}2`, step),
    ])
    expect(new Set(all).size).toBe(12)
  })

  it.each([
    ['no title', { title: '  ' }, { title: 'Judul inisiatif wajib diisi.' }],
    [
      'an unknown lead',
      { leadOrganisationId: '01934b7e-8f00-7000-8000-0000000000ff' },
      { leadOrganisationId: 'OMS pelaksana tidak ditemukan; mungkin sudah dihapus. Pilih OMS lain dari direktori.' },
    ],
    [
      'the lead as partner',
      { partnerOrganisationIds: ['LEAD'] },
      { partnerOrganisationIds: 'OMS pelaksana tidak perlu dicantumkan lagi sebagai mitra.' },
    ],
    [
      'a negative beneficiary count',
      { beneficiaryCount: -3 },
      { beneficiaryCount: 'Jumlah penerima manfaat harus bilangan bulat, 0 atau lebih.' },
    ],
    [
      'a fractional beneficiary count',
      { beneficiaryCount: 2.5 },
      { beneficiaryCount: 'Jumlah penerima manfaat harus bilangan bulat, 0 atau lebih.' },
    ],
    [
      'a regency elsewhere',
      { regencyCode: '32.01', districtCode: null, villageCode: null },
      { regencyCode: 'Kabupaten/kota "Kabupaten Bogor" tidak berada di provinsi hub ini (Jawa Timur).' },
    ],
    [
      'a district of another regency',
      { districtCode: '35.01.01', villageCode: null },
      { districtCode: 'Kecamatan ini tidak berada di kabupaten/kota yang dipilih.' },
    ],
    [
      'a village of another district',
      { villageCode: '35.19.02.2001' },
      { villageCode: 'Desa/kelurahan ini tidak berada di kecamatan yang dipilih.' },
    ],
    [
      'a village without district',
      { districtCode: null },
      { villageCode: 'Pilih kecamatannya dulu sebelum desa/kelurahan.' },
    ],
    [
      'an unknown sector',
      { sectorCodes: ['astrology'] },
      { sectorCodes: 'Sektor "astrology" tidak ada dalam daftar.' },
    ],
    ['SDG 18', { sdgs: [18] }, { 'sdgs.0': 'Pilih SDG dengan nomor 1 sampai 17.' }],
    [
      'an unknown cluster',
      { clusterIds: ['01934b7e-8f00-7000-8000-0000000000aa'] },
      {
        clusterIds:
          'Isu payung yang dipilih tidak ada atau sudah dihapus oleh tim nasional. Pilih dari daftar terkini.',
      },
    ],
    [
      'an impossible date',
      { startsOn: '2026-02-30' },
      { startsOn: 'Tanggal tidak valid. Gunakan format tahun-bulan-tanggal, misalnya 2026-01-31.' },
    ],
    [
      'an end before the start',
      { startsOn: '2026-12-01', endsOn: '2026-11-30' },
      { endsOn: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' },
    ],
  ])('refuses %s with its own message and writes nothing', async (_, values, fields) => {
    const { registry, database, lead } = await initiativeServices()
    const input: Record<string, unknown> = initiativeInput(lead, values)
    if (Array.isArray(input.partnerOrganisationIds)) input.partnerOrganisationIds = [lead]
    const error = failure(await registry.invoke('initiatives:create', input))
    expect([error.code, error.fields]).toEqual(['VALIDATION', fields])
    for (const table of ['initiatives', 'initiative_status_changes', 'initiative_steps'])
      expect(count(database, table)).toBe(0)
  })

  it('refuses a lead merged into another OMS, and one deleted', async () => {
    const { registry, lead, partner } = await initiativeServices()
    ok(await registry.invoke('members:merge', { kind: 'organisation', survivorId: partner, mergedId: lead }))
    const merged = failure(await registry.invoke('initiatives:create', initiativeInput(lead)))
    expect(merged.fields).toEqual({
      leadOrganisationId: 'OMS pelaksana ini sudah digabungkan ke OMS lain. Pilih OMS hasil penggabungannya.',
    })
    ok(await registry.invoke('members:deleteRecord', { kind: 'organisation', id: partner }))
    await registry.invoke('settings:setLanguage', { language: 'en' })
    const deleted = failure(await registry.invoke('initiatives:create', initiativeInput(partner)))
    expect(deleted.fields).toEqual({
      leadOrganisationId:
        'The lead OMS was not found; it may have been deleted. Choose another OMS from the directory.',
    })
  })

  it('moves status along draft → published → running → completed, keeping each dated change', async () => {
    const { registry, lead } = await initiativeServices()
    const { id } = detailOf(await registry.invoke('initiatives:create', initiativeInput(lead)))
    for (const step of [1, 2, 3, 4, 5, 6])
      detailOf(await registry.invoke('initiatives:updateStep', { initiativeId: id, step, done: true, notes: 'rapat' }))
    const change = (status: string, effectiveOn: string) =>
      registry.invoke('initiatives:changeStatus', { initiativeId: id, status, effectiveOn, note: `${status} note` })
    expect(failure(await change('running', '2026-11-02')).fields).toEqual({
      status: 'Status tidak dapat diubah dari "Draf" menjadi "Berjalan".',
    })
    expect(failure(await change('published', '2026-10-31')).fields).toEqual({
      effectiveOn: 'Tanggal perubahan status tidak boleh sebelum 1 Nov 2026, tanggal status saat ini.',
    })
    detailOf(await change('published', '2026-11-02'))
    detailOf(await change('running', '2026-11-10'))
    const done = detailOf(await change('completed', '2026-11-20'))
    expect([done.status, done.statusSince]).toEqual(['completed', '2026-11-20'])
    expect(done.statusHistory.map((entry) => [entry.status, entry.effectiveOn])).toEqual([
      ['draft', TODAY],
      ['published', '2026-11-02'],
      ['running', '2026-11-10'],
      ['completed', '2026-11-20'],
    ])
    await registry.invoke('settings:setLanguage', { language: 'en' })
    expect(failure(await change('cancelled', '2026-11-21')).fields).toEqual({
      status: 'The status cannot change from "Completed" to "Cancelled".',
    })
  })

  it('cancels from any state not yet final', async () => {
    const { registry, lead } = await initiativeServices()
    const { id } = detailOf(await registry.invoke('initiatives:create', initiativeInput(lead)))
    const cancelled = detailOf(
      await registry.invoke('initiatives:changeStatus', { initiativeId: id, status: 'cancelled', effectiveOn: TODAY }),
    )
    expect(cancelled.status).toBe('cancelled')
    const again = failure(
      await registry.invoke('initiatives:changeStatus', { initiativeId: id, status: 'draft', effectiveOn: TODAY }),
    )
    expect(again.fields).toEqual({ status: 'Status tidak dapat diubah dari "Dibatalkan" menjadi "Draf".' })
  })

  it('refuses to publish while steps are not done, naming them by number and title', async () => {
    const { registry, lead } = await initiativeServices()
    const { id } = detailOf(await registry.invoke('initiatives:create', initiativeInput(lead)))
    for (const step of [1, 3, 4, 6])
      detailOf(await registry.invoke('initiatives:updateStep', { initiativeId: id, step, done: true }))
    const publish = () =>
      registry.invoke('initiatives:changeStatus', { initiativeId: id, status: 'published', effectiveOn: TODAY })
    expect(failure(await publish())).toEqual({
      code: 'VALIDATION',
      message:
        'Inisiatif belum dapat diterbitkan: 2 dari 6 langkah formulasi belum selesai — 2. Tetapkan penerima manfaat dan wilayah layanan; 5. Petakan mitra dan jejaring pendukung. Selesaikan dan tandai langkah itu terlebih dahulu.',
    })
    await registry.invoke('settings:setLanguage', { language: 'en' })
    expect(failure(await publish()).message).toBe(
      'The initiative cannot be published yet: 2 of the 6 formulation steps are not done — 2. Define the beneficiaries and the service area; 5. Map partners and supporting networks. Complete those steps and mark them done first.',
    )
    const detail = ok<InitiativeDetail>(await registry.invoke('initiatives:get', { id }))
    expect([detail.status, detail.statusHistory.length]).toEqual(['draft', 1])
  })

  it('names steps in the wording the hub chose, and goes back to the defaults', async () => {
    const { registry, lead } = await initiativeServices()
    const { id } = detailOf(await registry.invoke('initiatives:create', initiativeInput(lead)))
    const guide = ok<{ steps: Record<string, string>[] }>(await registry.invoke('initiatives:stepGuide', undefined))
    const steps = guide.steps.map((step, index) => ({ ...step, titleId: `Langkah ${index + 1} versi hub` }))
    expect(ok(await registry.invoke('initiatives:setStepGuide', { steps }))).toMatchObject({ customised: true })
    const refused = failure(
      await registry.invoke('initiatives:changeStatus', { initiativeId: id, status: 'published', effectiveOn: TODAY }),
    )
    expect(refused.message).toContain('1. Langkah 1 versi hub; 2. Langkah 2 versi hub')
    const short = failure(await registry.invoke('initiatives:setStepGuide', { steps: steps.slice(1) }))
    expect(short.fields).toEqual({ steps: 'Panduan formulasi terdiri atas tepat 6 langkah.' })
    const back = ok<{ customised: boolean }>(await registry.invoke('initiatives:setStepGuide', { steps: null }))
    expect(back.customised).toBe(false)
  })

  it('updates fields, and deletes softly', async () => {
    const { registry, database, lead, partner } = await initiativeServices()
    const { id } = detailOf(await registry.invoke('initiatives:create', initiativeInput(lead)))
    const updated = detailOf(
      await registry.invoke('initiatives:update', {
        id,
        ...initiativeInput(partner, { title: 'Bank sampah Kebonsari' }),
      }),
    )
    expect([updated.title, updated.leadName]).toEqual(['Bank sampah Kebonsari', 'KSM Makmur Sentosa'])
    expect(ok(await registry.invoke('initiatives:delete', { id }))).toEqual({ id })
    expect(database.sqlite.prepare('SELECT deleted_at IS NOT NULL FROM initiatives WHERE id = ?').pluck().get(id)).toBe(
      1,
    )
    expect(failure(await registry.invoke('initiatives:get', { id }))).toEqual({
      code: 'NOT_FOUND',
      message: 'Inisiatif tidak ditemukan; mungkin sudah dihapus.',
    })
  })
})
