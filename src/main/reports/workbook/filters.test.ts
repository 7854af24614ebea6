import { describe, expect, it } from 'vitest'
import { builtWorkbook, reportData, type ReportData } from './testing'
import { recordsOf, type StoredSheet } from './test-xlsx'

/** Per sheet, the text of the column that names its records (empty sheets included). */
const namingColumn: Record<string, string> = {
  OMS: 'Nama OMS',
  Orang: 'Nama',
  Inisiatif: 'Judul',
  Kebutuhan: 'Uraian',
  'Janji Dukungan': 'Pendukung',
  Penerimaan: 'Pendukung',
  'Cerita Perubahan': 'Judul',
  Sesi: 'Judul',
  Kehadiran: 'Nama',
}
const listed = (sheets: StoredSheet[]) =>
  Object.fromEntries(
    sheets
      .filter((sheet) => sheet.name in namingColumn)
      .map((sheet) => [sheet.name, recordsOf(sheet).map((row) => row[namingColumn[sheet.name]!]?.text)]),
  )

const people = ['Agus Prasetyo', 'Budi Santoso', 'Dewi Anggraini', 'Rina Wulandari', 'Siti Rahayu', 'Wati Lestari']
const inMadiunCity = ['Agus Prasetyo', 'Dewi Anggraini', 'Wati Lestari']

async function listedWith(context: ReportData, filter: Record<string, unknown>) {
  return listed((await builtWorkbook(context, filter)).sheets)
}

describe('the report workbook under a filter', () => {
  it('lists everything live without one', async () => {
    expect(await listedWith(await reportData(), {})).toEqual({
      OMS: ['KSM Makmur Sentosa', 'Kelompok Tani Lama', 'Yayasan Bina Desa'],
      Orang: people,
      Inisiatif: ['Air bersih Desa Sukorejo', 'Bank sampah Kota Madiun'],
      Kebutuhan: ['Pipa dan tandon', 'Tong'],
      'Janji Dukungan': ['PT Sumber Rejeki', 'Bu Lastri'],
      Penerimaan: ['PT Sumber Rejeki'],
      'Cerita Perubahan': ['Air mengalir ke 40 rumah'],
      Sesi: ['Keuangan OMS', 'Transformasi Digital'],
      Kehadiran: ['Budi Santoso', 'Rina Wulandari', 'Siti Rahayu', 'Dewi Anggraini', 'Wati Lestari'],
    })
  })

  it('keeps a kabupaten/kota: OMS, initiatives and sessions by their own, the rest by their OMS or initiative', async () => {
    expect(await listedWith(await reportData(), { regencyCode: '35.77' })).toEqual({
      OMS: ['KSM Makmur Sentosa'],
      Orang: inMadiunCity,
      Inisiatif: ['Bank sampah Kota Madiun'],
      Kebutuhan: ['Tong'],
      'Janji Dukungan': ['Bu Lastri'],
      Penerimaan: [],
      'Cerita Perubahan': [],
      Sesi: ['Transformasi Digital'],
      Kehadiran: ['Dewi Anggraini', 'Wati Lestari'],
    })
  })

  it('keeps a province by the first two digits of the kabupaten/kota code', async () => {
    const context = await reportData()
    expect((await listedWith(context, { provinceCode: '35' })).OMS).toHaveLength(3)
    const elsewhere = await listedWith(context, { provinceCode: '33' })
    expect(Object.values(elsewhere).every((rows) => rows.length === 0)).toBe(true)
  })

  it("keeps a period by each record's own date, a session's as the day it starts where the hub is", async () => {
    expect(await listedWith(await reportData(), { from: '2026-04-01', to: '2026-04-30' })).toEqual({
      // The directory as it stands, whatever the period, as the dashboard counts it.
      OMS: ['KSM Makmur Sentosa', 'Kelompok Tani Lama', 'Yayasan Bina Desa'],
      Orang: people,
      // The waste bank has no start date: it was recorded on 18 May.
      Inisiatif: ['Air bersih Desa Sukorejo'],
      Kebutuhan: ['Pipa dan tandon'],
      'Janji Dukungan': [],
      Penerimaan: ['PT Sumber Rejeki'],
      'Cerita Perubahan': [],
      // 1 April 06.00 WIB, which is 31 March in UTC.
      Sesi: ['Transformasi Digital'],
      Kehadiran: ['Dewi Anggraini', 'Wati Lestari'],
    })
    const march = await listedWith(await reportData(), { to: '2026-03-31' })
    expect([march.Sesi, march['Janji Dukungan'], march.OMS]).toEqual([
      ['Keuangan OMS'],
      ['PT Sumber Rejeki'],
      ['KSM Makmur Sentosa', 'Kelompok Tani Lama', 'Yayasan Bina Desa'],
    ])
  })

  it('keeps a form of support in needs, pledges and receipts, and an aspect in sessions and attendance', async () => {
    const context = await reportData()
    const goods = await listedWith(context, { form: 'goods' })
    expect([goods.Kebutuhan, goods['Janji Dukungan'], goods.Penerimaan, goods.Sesi]).toEqual([
      ['Tong'],
      ['Bu Lastri'],
      [],
      ['Keuangan OMS', 'Transformasi Digital'],
    ])
    const digital = await listedWith(context, { aspect: 'digital_transformation' })
    expect([digital.Sesi, digital.Kehadiran, digital.Kebutuhan]).toEqual([
      ['Transformasi Digital'],
      ['Dewi Anggraini', 'Wati Lestari'],
      ['Pipa dan tandon', 'Tong'],
    ])
  })
})
