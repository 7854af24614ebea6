import { constants, createDeflateRaw, deflateRawSync } from 'node:zlib'

/**
 * ZIP archives written byte by byte, so tests and bench:hostile can build what no office program
 * writes: bombs, entries that lie about their size, a million rows. Kept out of the repository as
 * files: they are made when needed.
 */
export interface ZipEntry {
  name: string
  /** Raw deflate data, and the size it inflates to. */
  deflated: Buffer
  size: number
  /** What the headers claim instead of size, for entries that lie. */
  declaredSize?: number
  crc?: number
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

class Crc32 {
  private crc = 0xffffffff
  update(bytes: Buffer): void {
    for (const byte of bytes) this.crc = (CRC_TABLE[(this.crc ^ byte) & 0xff] as number) ^ (this.crc >>> 8)
  }
  digest = () => (this.crc ^ 0xffffffff) >>> 0
}

const crc32 = (bytes: Buffer) => {
  const crc = new Crc32()
  crc.update(bytes)
  return crc.digest()
}

export const entry = (name: string, content: string | Buffer): ZipEntry => {
  const bytes = Buffer.from(content)
  return { name, deflated: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) }
}

/** An entry deflated as a stream from its pieces, so a large one is never held whole here. */
export async function streamedEntry(name: string, pieces: Iterable<string>): Promise<ZipEntry> {
  const deflate = createDeflateRaw()
  const output: Buffer[] = []
  deflate.on('data', (data: Buffer) => output.push(data))
  const finished = new Promise((resolve) => deflate.on('end', resolve))
  const crc = new Crc32()
  let size = 0
  for (const piece of pieces) {
    const bytes = Buffer.from(piece)
    size += bytes.length
    crc.update(bytes)
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await finished
  return { name, deflated: Buffer.concat(output), size, crc: crc.digest() }
}

/**
 * The classic bomb: one chunk deflated once, flushed so it refers to nothing before it, and the
 * same compressed block repeated count times, then deflate's empty final block. A 480 MB entry in
 * half a MB, built in milliseconds. Its checksum is left out: readers refuse or stop a bomb long
 * before they could check one.
 */
export function repeatedEntry(name: string, chunk: string | Buffer, count: number): ZipEntry {
  const bytes = Buffer.from(chunk)
  const block = deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH })
  const emptyFinalBlock = Buffer.from([0x03, 0x00])
  return {
    name,
    deflated: Buffer.concat([...Array<Buffer>(count).fill(block), emptyFinalBlock]),
    size: bytes.length * count,
    crc: 0,
  }
}

function header(signature: number, fields: [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(4 + fields.reduce((sum, [, width]) => sum + width, 0))
  buffer.writeUInt32LE(signature, 0)
  let offset = 4
  for (const [value, width] of fields) {
    if (width === 2) buffer.writeUInt16LE(value, offset)
    else buffer.writeUInt32LE(value >>> 0, offset)
    offset += width
  }
  return buffer
}

const DEFLATE = 8
const DOS_DATE_1980 = 0x21

export function zipArchive(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const item of entries) {
    const name = Buffer.from(item.name)
    const size = item.declaredSize ?? item.size
    const common: [number, 2 | 4][] = [
      [20, 2],
      [0, 2],
      [DEFLATE, 2],
      [0, 2],
      [DOS_DATE_1980, 2],
      [item.crc ?? 0, 4],
      [item.deflated.length, 4],
      [size, 4],
      [name.length, 2],
      [0, 2],
    ]
    const local = Buffer.concat([header(0x04034b50, common), name, item.deflated])
    central.push(
      Buffer.concat([header(0x02014b50, [[20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]), name]),
    )
    locals.push(local)
    offset += local.length
  }
  const directory = Buffer.concat(central)
  const end = header(0x06054b50, [
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ])
  return Buffer.concat([...locals, directory, end])
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** The parts around a sheet that make a workbook Excel opens. */
export function workbookEntries(): ZipEntry[] {
  return [
    entry(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
    entry(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    entry(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Anggota" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    entry(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '</Relationships>',
    ),
  ]
}

export const SHEET_START = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`
export const SHEET_END = '</sheetData></worksheet>'

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** One row of inline strings, as some exporters write them. */
export const inlineRow = (rowNumber: number, cells: string[]) =>
  `<row r="${rowNumber}">${cells.map((cell) => `<c t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`).join('')}</row>`

/** A one-sheet workbook with the given rows of text. */
export const xlsxOf = (rows: string[][]): Buffer =>
  zipArchive([
    ...workbookEntries(),
    entry(
      'xl/worksheets/sheet1.xml',
      SHEET_START + rows.map((cells, i) => inlineRow(i + 1, cells)).join('') + SHEET_END,
    ),
  ])
