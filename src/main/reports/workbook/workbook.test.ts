import { describe, expect, it } from 'vitest'
import { workbookSheets } from './sheets'
import { builtWorkbook, reportData } from './testing'
import { recordsOf, type StoredCell, type StoredSheet } from './test-xlsx'

// Excel's serial days: 1 March 2026 is 46082, 1 April 46113, 18 May 46160.
const DATE = 'dd/mm/yyyy'
const RUPIAH = '"Rp" #,##0'

const sheetNamed = (sheets: StoredSheet[], name: string) => {
  const found = sheets.find((sheet) => sheet.name === name)
  if (!found) throw new Error(`no sheet ${name}`)
  return found
}
const records = (sheets: StoredSheet[], name: string) => recordsOf(sheetNamed(sheets, name))
const texts = (sheets: StoredSheet[], name: string, header: string) =>
  records(sheets, name).map((row) => row[header]?.text ?? null)
const number = (value: number, format: string | null): Partial<StoredCell> => ({ number: value, format, text: null })
const allTexts = (sheets: StoredSheet[]) => sheets.flatMap((sheet) => sheet.rows.flat().map((cell) => cell.text))

describe('the report workbook', () => {
  it('builds a sheet a step, then saves every sheet with its Indonesian headers, frozen and bold', async () => {
    const context = await reportData()
    const { steps, files, path, sheets } = await builtWorkbook(context)
    expect(files.asked).toEqual([{ kind: 'xlsx', suggestedName: 'laporan-lokadaya-2026-05-18.xlsx' }])
    expect(steps.map((step) => [step.done, step.total, step.sheet])).toEqual([
      [0, 11, null],
      ...workbookSheets.map((sheet, i) => [i + 1, 11, sheet.name]),
    ])
    expect(steps.at(-1)?.file).toBe(path.split('/').at(-1))
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      ...['Indikator', 'Filter', 'OMS', 'Orang', 'Inisiatif', 'Kebutuhan', 'Janji Dukungan', 'Penerimaan'],
      ...['Cerita Perubahan', 'Sesi', 'Kehadiran'],
    ])
    for (const sheet of sheets) {
      expect(sheet.frozenRows, sheet.name).toBe(1)
      expect(
        sheet.rows[0]?.every((cell) => cell.bold && cell.text),
        sheet.name,
      ).toBe(true)
      const fits = sheet.widths.every((width, i) => width >= (sheet.rows[0]?.[i]?.text?.length ?? 0) + 2 && width <= 62)
      expect(fits, sheet.name).toBe(true)
    }
    // As wide as the longest name, "KSM Makmur Sentosa".
    expect(sheetNamed(sheets, 'OMS').widths[0]).toBe(20)
    // A column of labels is as wide as its longest label, whichever the first rows hold:
    // "Pemerintah (desa/daerah: Dana Desa, APBD)", though no pledge here is a government's.
    const pledgeHeaders = sheetNamed(sheets, 'Janji Dukungan').rows[0]!.map((cell) => cell.text)
    expect(sheetNamed(sheets, 'Janji Dukungan').widths[pledgeHeaders.indexOf('Jenis pendukung')]).toBe(43)
    expect(sheetNamed(sheets, 'Orang').rows[0]?.map((cell) => cell.text)).toEqual([
      ...['Nama', 'Jenis kelamin', 'Tahun lahir', 'Peran', 'OMS', 'Kabupaten/kota', 'Telepon', 'E-mail'],
      ...['Persetujuan kontak', 'Tanggal persetujuan'],
    ])
  })

  it('writes dates as dates, rupiah and counts as numbers, and codes in Indonesian words', async () => {
    const { sheets } = await builtWorkbook(await reportData())
    const [pledge] = records(sheets, 'Janji Dukungan')
    expect(pledge?.['Tanggal janji']).toMatchObject(number(46082, DATE))
    expect(pledge?.['Jumlah dana']).toMatchObject(number(3_000_000, RUPIAH))
    expect(pledge?.['Dana diterima']).toMatchObject(number(1_250_000, RUPIAH))
    expect(pledge?.['Cicilan']).toMatchObject(number(1, '#,##0'))
    expect([pledge?.['Status']?.text, pledge?.['Bentuk dukungan']?.text]).toEqual(['Terlambat', 'Dana'])
    expect(pledge?.['Inisiatif']?.text).toBe('Air bersih Desa Sukorejo')
    const [received] = records(sheets, 'Penerimaan')
    expect(received?.['Tanggal terima']).toMatchObject(number(46113, DATE))
    expect(received?.['Biaya pengelolaan']).toMatchObject(number(62_500, RUPIAH))
    expect(received?.['Tarif biaya pengelolaan']).toMatchObject(number(0.05, '0.0%'))
    expect(received?.['Bagian provinsi']).toMatchObject(number(46_875, RUPIAH))
    const digital = records(sheets, 'Sesi').find((row) => row['Judul']?.text === 'Transformasi Digital')
    // 06.00 WIB on 1 April, though 31 March in UTC.
    expect(digital?.['Mulai (WIB)']).toMatchObject(number(46113.25, 'dd/mm/yyyy hh:mm'))
    expect(digital?.['Aspek kapasitas']?.text).toBe('Transformasi digital')
    expect(digital?.['Penyelenggara']?.text).toBe('KSM Makmur Sentosa')
    const wati = records(sheets, 'Kehadiran').find((row) => row['Nama']?.text === 'Wati Lestari')
    expect(wati?.['Tanggal sesi']).toMatchObject(number(46113, DATE))
    expect(wati?.['Kehadiran']?.text).toBe('Hadir')
    expect(wati?.['Nilai pasca-tes']).toMatchObject(number(75, null))
    const [story] = records(sheets, 'Cerita Perubahan')
    expect(story?.['Sumber daya']).toMatchObject(number(57_500_000, RUPIAH))
    const oms = records(sheets, 'OMS').find((row) => row['Nama OMS']?.text === 'Yayasan Bina Desa')
    expect(oms?.['Kabupaten/kota']?.text).toBe('Kabupaten Madiun')
    expect(oms?.['Tanggal bergabung']).toMatchObject(number(46160, DATE))
    expect(oms?.['Status keanggotaan']?.text).toBe('Calon')
  })

  it('writes the indicators typed by unit and the filters applied, with the time in the hub zone', async () => {
    const { sheets } = await builtWorkbook(await reportData(), { regencyCode: '35.77', form: 'goods' }, [
      { label: 'OMS anggota', value: 1250, unit: 'count' },
      { label: 'Dana diterima', value: 1_250_000, unit: 'rupiah' },
      { label: 'Perempuan terlatih', value: 33.3, unit: 'percent' },
      { label: 'Kenaikan nilai', value: null, unit: 'points' },
    ])
    expect(
      records(sheets, 'Indikator').map((row) => [row['Indikator']?.text, row['Nilai'], row['Satuan']?.text]),
    ).toEqual([
      ['OMS anggota', expect.objectContaining(number(1250, '#,##0')), 'jumlah'],
      ['Dana diterima', expect.objectContaining(number(1_250_000, RUPIAH)), 'rupiah'],
      ['Perempuan terlatih', expect.objectContaining(number(0.333, '0.0%')), 'persen'],
      ['Kenaikan nilai', expect.objectContaining({ number: null, text: null }), 'poin'],
    ])
    const filter = new Map(records(sheets, 'Filter').map((row) => [row['Keterangan']?.text, row['Nilai']]))
    expect(filter.get('Hub')?.text).toBe('Forum OMS Jawa Timur')
    expect(filter.get('Dibuat pada (WIB)')?.number).toBeCloseTo(46160 + 10 / 24, 6)
    expect(filter.get('Periode dari')?.text).toBe('Tidak dibatasi')
    expect(filter.get('Kabupaten/kota')?.text).toBe('Kota Madiun (35.77)')
    expect(filter.get('Bentuk dukungan (Kebutuhan, Janji Dukungan, Penerimaan)')?.text).toBe('Barang/fasilitas')
    expect(filter.get('Orang')?.text).toBe('tidak dibatasi periode')
    expect(filter.get('Janji Dukungan')?.text).toBe('tanggal janji')
  })

  it('leaves out phone and e-mail of people and supporters who did not consent, in every sheet', async () => {
    const { sheets } = await builtWorkbook(await reportData())
    const cells = allTexts(sheets)
    for (const withheld of ['siti@binadesa.or.id', 'lastri@contoh.id', 'Lastri Handayani', '+62 857-4444-5555'])
      expect(cells).not.toContain(withheld)
    for (const shown of ['rina@binadesa.or.id', '+62 812-1111-2222', 'csr@rejeki.co.id', '+62 813-2222-3333'])
      expect(cells).toContain(shown)
    const siti = records(sheets, 'Orang').find((row) => row['Nama']?.text === 'Siti Rahayu')
    expect([siti?.['E-mail']?.text, siti?.['Persetujuan kontak']?.text]).toEqual([null, 'Tidak'])
    const lastri = records(sheets, 'Janji Dukungan').find((row) => row['Pendukung']?.text === 'Bu Lastri')
    expect([lastri?.['Telepon']?.text, lastri?.['Persetujuan kontak']?.text]).toEqual([null, 'Tidak'])
  })

  it('leaves out deleted and merged-away records', async () => {
    const { sheets } = await builtWorkbook(await reportData())
    const cells = allTexts(sheets)
    for (const gone of ['Forum Terhapus', 'Joko Terhapus', 'Dewi Anggraeni']) expect(cells).not.toContain(gone)
    expect(texts(sheets, 'OMS', 'Nama OMS')).toEqual(['KSM Makmur Sentosa', 'Kelompok Tani Lama', 'Yayasan Bina Desa'])
  })
})
