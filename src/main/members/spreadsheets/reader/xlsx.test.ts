import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseSpreadsheet } from './sheet'
import { SHEET_END, SHEET_START, entry, workbookEntries, xlsxOf, zipArchive } from './test-zips'

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'

/** A workbook with the given sheet XML, shared strings and styles, as other writers lay them out. */
const workbook = (sheetData: string, parts: { strings?: string; styles?: string; workbook?: string } = {}) =>
  zipArchive([
    ...workbookEntries().filter((part) => !(parts.workbook && part.name === 'xl/workbook.xml')),
    ...(parts.workbook ? [entry('xl/workbook.xml', parts.workbook)] : []),
    entry('xl/worksheets/sheet1.xml', SHEET_START + sheetData + SHEET_END),
    ...(parts.strings ? [entry('xl/sharedStrings.xml', `<sst xmlns="${NS}">${parts.strings}</sst>`)] : []),
    ...(parts.styles ? [entry('xl/styles.xml', `<styleSheet xmlns="${NS}">${parts.styles}</styleSheet>`)] : []),
  ])

const read = (bytes: Buffer) => parseSpreadsheet('anggota.xlsx', bytes)

describe('reading XLSX', () => {
  it('reads a workbook saved by LibreOffice Calc: shared strings, numbers as stored, dates, booleans', async () => {
    const sheet = await read(readFileSync(join(__dirname, 'fixtures', 'libreoffice.xlsx')))
    expect(sheet).toEqual({
      headers: ['Nama OMS', 'Kabupaten/Kota', 'No. HP', 'Tanggal', 'Aktif', 'Catatan'],
      rows: [
        {
          rowNumber: 2,
          cells: ['Yayasan Bina Désa “Maju”', 'Kab. Madiun', '6281234567890', '2025-05-18', '1', "'=sudah & <selesai>"],
        },
        { rowNumber: 3, cells: ['Kabupaten Madiun', 'Kab. Madiun', '', '', '0', '12.5'] },
      ],
    })
  })

  it('joins rich-text runs, leaves out phonetic guides, and keeps Excel row numbers across gaps', async () => {
    const strings =
      '<si><t>Nama</t></si><si><r><t>Yayasan </t></r><r><rPr><b/></rPr><t>Bina</t></r><rPh><t>びな</t></rPh></si>'
    const sheet = await read(
      workbook(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Kota</t></is></c></row>' +
          '<row r="7"><c r="A7" t="s"><v>1</v></c><c r="B7" t="str"><f>UPPER("batu")</f><v>BATU</v></c></row>',
        { strings },
      ),
    )
    expect(sheet).toEqual({ headers: ['Nama', 'Kota'], rows: [{ rowNumber: 7, cells: ['Yayasan Bina', 'BATU'] }] })
  })

  it('places cells by reference or, without one, next to the previous cell', async () => {
    const text = (value: string, reference = '') =>
      `<c${reference && ` r="${reference}"`} t="inlineStr"><is><t>${value}</t></is></c>`
    const sheet = await read(
      workbook(
        `<row>${text('No')}${text('Nama')}${text('Catatan', 'C1')}${text('Kota')}</row>` +
          `<row>${text('Yayasan A', 'B2')}${text('Batu', 'D2')}</row><row>${text('3')}<c><v>812</v></c></row>`,
      ),
    )
    expect(sheet.headers).toEqual(['No', 'Nama', 'Catatan', 'Kota'])
    expect(sheet.rows).toEqual([
      { rowNumber: 2, cells: ['', 'Yayasan A', '', 'Batu'] },
      { rowNumber: 3, cells: ['3', '812', '', ''] },
    ])
  })

  it('reads dates by their style in the 1900 and 1904 systems, ISO date cells, booleans and errors', async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0 &quot;hari&quot;"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>'
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>A</t></is></c><c r="B1" t="inlineStr"><is><t>B</t></is></c><c r="C1" t="inlineStr"><is><t>C</t></is></c><c r="D1" t="inlineStr"><is><t>D</t></is></c><c r="E1" t="inlineStr"><is><t>E</t></is></c><c r="F1" t="inlineStr"><is><t>F</t></is></c><c r="G1" t="inlineStr"><is><t>G</t></is></c></row>' +
      '<row r="2"><c r="A2" s="1"><v>45795</v></c><c r="B2" s="2"><v>45795.75</v></c><c r="C2" s="3"><v>45795</v></c><c r="D2" t="d"><v>2025-05-18T00:00:00Z</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c><c r="G2" s="1"><v>1e20</v></c></row>'
    expect((await read(workbook(rows, { styles }))).rows[0]?.cells).toEqual([
      '2025-05-18',
      '2025-05-18',
      '45795',
      '2025-05-18',
      'ya',
      '#N/A',
      '1e20',
    ])
    const in1904 = `<workbook xmlns="${NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`
    expect((await read(workbook(rows, { styles, workbook: in1904 }))).rows[0]?.cells[0]).toBe('2029-05-19')
  })

  it('reads SpreadsheetML written under a prefix (x:row, x:c) as some .NET exporters do', async () => {
    const prefixed = zipArchive([
      ...workbookEntries(),
      entry(
        'xl/worksheets/sheet1.xml',
        `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Nama</x:t></x:is></x:c></x:row>` +
          '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Yayasan A</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
      ),
    ])
    expect(await read(prefixed)).toEqual({ headers: ['Nama'], rows: [{ rowNumber: 2, cells: ['Yayasan A'] }] })
  })

  it('refuses a ZIP that is not a workbook, and a workbook whose XML is broken', async () => {
    const docx = zipArchive([entry('word/document.xml', '<w:document/>')])
    await expect(read(docx)).rejects.toMatchObject({ userMessage: { key: 'validation.import.notSpreadsheet' } })
    const ods = zipArchive([
      entry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'),
      entry('content.xml', '<x/>'),
    ])
    await expect(read(ods)).rejects.toMatchObject({ userMessage: { key: 'validation.import.openDocument' } })
    const broken = zipArchive([...workbookEntries(), entry('xl/worksheets/sheet1.xml', `${SHEET_START}<row><c>`)])
    await expect(read(broken)).rejects.toMatchObject({ userMessage: { key: 'validation.import.corrupt' } })
    // A cell that names a shared string the file lacks would otherwise read as empty.
    const missingString = workbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>7</v></c></row>',
      {
        strings: '<si><t>Nama</t></si>',
      },
    )
    await expect(read(missingString)).rejects.toMatchObject({ userMessage: { key: 'validation.import.corrupt' } })
  })

  it('reads what the test builder writes, so the hostile files below are real workbooks', async () => {
    expect(await read(xlsxOf([['Nama'], ['A & B <C>']]))).toEqual({
      headers: ['Nama'],
      rows: [{ rowNumber: 2, cells: ['A & B <C>'] }],
    })
  })
})
