import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../../shared/members'
import { testServices } from '../../testing/database'
import { readSpreadsheet } from './read'
import { base64, xlsxBase64 } from './test-files'
import { entry, zipArchive } from './reader/test-zips'

const read = (content: string | Buffer, fileName = 'anggota.csv') => readSpreadsheet(fileName, Buffer.from(content))

describe('reading member spreadsheets', () => {
  it('reads ; delimited CSV with a BOM, blank lines and padded cells, keeping Excel row numbers', async () => {
    const sheet = await read(
      '\uFEFFNama OMS;Kab/Kota\r\n\r\n Yayasan Bina Desa ; kab madiun\r\n;\r\nLSM Tani Makmur;KOTA MADIUN\r\n',
    )
    expect(sheet.headers).toEqual(['Nama OMS', 'Kab/Kota'])
    expect(sheet.rows).toEqual([
      { rowNumber: 3, cells: ['Yayasan Bina Desa', 'kab madiun'] },
      { rowNumber: 5, cells: ['LSM Tani Makmur', 'KOTA MADIUN'] },
    ])
  })

  it('skips a title line above the headings, as lists made for printing have', async () => {
    const sheet = await read('DAFTAR OMS ANGGOTA 2025,,\n,,\nNo.,Nama OMS,Kab/Kota\n1,Yayasan Bina Desa,Kab. Madiun\n')
    expect(sheet.headers).toEqual(['No.', 'Nama OMS', 'Kab/Kota'])
    expect(sheet.rows).toEqual([{ rowNumber: 4, cells: ['1', 'Yayasan Bina Desa', 'Kab. Madiun'] }])
  })

  it('reads a ; list made for printing: BOM, title line, blank lines, then the headings', async () => {
    const sheet = await read(
      '\uFEFFDAFTAR OMS ANGGOTA 2025\r\n\r\n' +
        'No;Nama Lembaga;Singkatan;Kabupaten/Kota;Kecamatan;No HP;Email;Status\r\n' +
        '1;Yayasan Sumber Makmur;YSM;Madiun;Dolopo;0812-3333-4444;ysm@contoh.or.id;aktif\r\n\r\n' +
        '2;Perkumpulan Tani Jaya, Dolopo;PTJ;KABUPATEN MADIUN;;+62 813 5555 6666;ptj@contoh;calon\r\n' +
        ';;;;;;;\r\n',
    )
    expect(sheet.headers).toEqual([
      'No',
      'Nama Lembaga',
      'Singkatan',
      'Kabupaten/Kota',
      'Kecamatan',
      'No HP',
      'Email',
      'Status',
    ])
    expect(sheet.rows).toEqual([
      {
        rowNumber: 4,
        cells: ['1', 'Yayasan Sumber Makmur', 'YSM', 'Madiun', 'Dolopo', '0812-3333-4444', 'ysm@contoh.or.id', 'aktif'],
      },
      {
        rowNumber: 6,
        cells: [
          '2',
          'Perkumpulan Tani Jaya, Dolopo',
          'PTJ',
          'KABUPATEN MADIUN',
          '',
          '+62 813 5555 6666',
          'ptj@contoh',
          'calon',
        ],
      },
    ])
  })

  it('reads tab-delimited text and decodes windows-1252 when the bytes are not UTF-8', async () => {
    const latin = Buffer.concat([
      Buffer.from('Nama\tCatatan\nJos'),
      Buffer.from([0xe9]),
      Buffer.from('\tCaf'),
      Buffer.from([0xe9, 0x0a]),
    ])
    const sheet = await read(latin)
    expect(sheet.rows[0]?.cells).toEqual(['José', 'Café'])
  })

  it('decodes every Windows-1252 byte 0x80–0x9F as Excel on Windows means it, never as a control character', async () => {
    // The code page's table: 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and read as U+FFFD.
    const expected = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ'
    const bytes = Array.from({ length: 32 }, (_, i) => 0x80 + i)
    const cells = bytes.map((byte) => Buffer.from([0x61, byte, 0x62]))
    const file = Buffer.concat([
      Buffer.from(`${bytes.map((_, i) => `K${i}`).join(';')}\r\n`),
      ...cells.flatMap((cell, i) => (i === 0 ? [cell] : [Buffer.from(';'), cell])),
    ])
    const [row] = (await read(file)).rows
    expect(row?.cells).toEqual([...expected].map((char) => `a${char}b`))
    expect(row?.cells.join('')).not.toMatch(/[\u0080-\u009f]/)
  })

  it('reads the first sheet of an XLSX, numbers as their digits and dates as YYYY-MM-DD', async () => {
    const file = await xlsxBase64([
      ['Nama OMS', 'No. HP', 'Tahun Berdiri', 'Status Sejak'],
      [
        'Yayasan Bina Desa',
        81234567890,
        2001,
        { value: new Date(Date.UTC(2024, 0, 31)), type: Date, format: 'dd/mm/yyyy' },
      ],
    ])
    const sheet = await readSpreadsheet('anggota.xlsx', Buffer.from(file, 'base64'))
    expect(sheet.rows[0]?.cells).toEqual(['Yayasan Bina Desa', '81234567890', '2001', '2024-01-31'])
  })

  it.each([
    ['empty', '', 'validation.import.empty'],
    ['blank lines only', '\n\n  \n', 'validation.import.empty'],
    ['heading only', 'Nama OMS,Kabupaten/Kota\n', 'validation.import.noRows'],
    [
      'data in the first row',
      'Yayasan Bina Desa,yayasan@contoh.or.id\nLSM Tani,lsm@contoh.or.id\n',
      'validation.import.noHeader',
    ],
    ['a blank heading', 'Nama OMS,,Kabupaten/Kota\nA,x,Madiun\n', 'validation.import.blankHeader'],
    ['a heading twice', 'Nama OMS,nama oms\nA,B\n', 'validation.import.duplicateHeader'],
    ['a PDF renamed .csv', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'validation.import.notSpreadsheet'],
    ['binary bytes', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x41]), 'validation.import.notSpreadsheet'],
    [
      'an old .xls renamed .xlsx',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'validation.import.oldExcel',
    ],
    [
      'a .docx renamed .xlsx',
      zipArchive([entry('word/document.xml', '<w:document/>')]),
      'validation.import.notSpreadsheet',
    ],
    [
      'a damaged XLSX',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml garbage')]),
      'validation.import.corrupt',
    ],
    ['too many bytes', Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41), 'validation.import.tooLarge'],
  ])('refuses %s', async (_, content, key) => {
    await expect(read(content, 'anggota.xlsx')).rejects.toMatchObject({ userMessage: { key } })
  })

  it('refuses more rows than an import takes', async () => {
    const content = `Nama OMS\n${'Yayasan\n'.repeat(50_001)}`
    await expect(read(content)).rejects.toMatchObject({ userMessage: { key: 'validation.import.tooManyRows' } })
  })

  it('says why through the registry, in the chosen language', async () => {
    const { registry, services } = testServices()
    const pdf = { kind: 'organisations', fileName: 'laporan.pdf', contentBase64: base64('%PDF-1.4 …') }
    const id = await registry.invoke('members:importOpen', pdf)
    expect(id).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('bukan CSV atau XLSX') },
    })
    services.language = 'en'
    const en = await registry.invoke('members:importOpen', pdf)
    expect(en).toMatchObject({ ok: false, error: { message: expect.stringContaining('is not CSV or XLSX') } })
  })
})
