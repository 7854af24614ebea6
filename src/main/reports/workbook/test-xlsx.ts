import { readFileSync } from 'node:fs'
import { posix } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'

/** A cell as the file stores it: text (shared or inline), or a number with the format its style gives it. */
export interface StoredCell {
  text: string | null
  number: number | null
  format: string | null
  bold: boolean
}

export interface StoredSheet {
  name: string
  /** Frozen rows at the top. */
  frozenRows: number
  widths: number[]
  rows: StoredCell[][]
}

const unescape = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+);/g, (_, name: string) =>
    name.startsWith('#')
      ? String.fromCharCode(Number(name.slice(1)))
      : { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name]!,
  )

const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]

/** Every element of this name, self-closed or with its content (none of them nest in themselves). */
const tags = (xml: string, name: string) =>
  xml.match(new RegExp(`<${name}(?:\\s[^>]*)?(?:/>|>[^]*?</${name}>)`, 'g')) ?? []

const columnIndex = (ref: string) =>
  [...ref.replace(/\d+$/, '')].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1

/**
 * The sheets of an XLSX file read straight from its XML, as the tests check what Excel will see:
 * cell types, number formats and the frozen header, which a reader of values would hide.
 */
export function readStoredWorkbook(path: string): StoredSheet[] {
  const files = unzipSync(readFileSync(path))
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array())
  const strings = tags(part('xl/sharedStrings.xml'), 'si').map((si) =>
    unescape((si.match(/<t[^>]*>([^]*?)<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')),
  )
  const styles = part('xl/styles.xml')
  const formats = new Map(
    tags(styles, 'numFmt').map((f) => [attribute(f, 'numFmtId'), unescape(attribute(f, 'formatCode')!)]),
  )
  const fonts = tags(styles, 'font').map((font) => font.includes('<b/>'))
  const xfs = tags(styles.match(/<cellXfs[^]*<\/cellXfs>/)?.[0] ?? '', 'xf').map((xf) => ({
    format: formats.get(attribute(xf, 'numFmtId')) ?? null,
    bold: fonts[Number(attribute(xf, 'fontId') ?? 0)] ?? false,
  }))
  const targets = new Map(
    tags(part('xl/_rels/workbook.xml.rels'), 'Relationship').map((r) => [attribute(r, 'Id'), attribute(r, 'Target')]),
  )
  return tags(part('xl/workbook.xml'), 'sheet').map((sheet) => {
    const xml = part(posix.join('xl', targets.get(attribute(sheet, 'r:id'))!))
    const rows = tags(xml, 'row').map((row) => {
      const cells: StoredCell[] = []
      // A cell without a reference comes right after the one before it.
      let column = -1
      for (const c of tags(row, 'c')) {
        const ref = attribute(c, 'r')
        column = ref === undefined ? column + 1 : columnIndex(ref)
        const value = c.match(/<v>([^]*?)<\/v>/)?.[1] ?? null
        const style = xfs[Number(attribute(c, 's') ?? 0)]
        const type = attribute(c, 't')
        const inline = c.match(/<is>[^]*?<t[^>]*>([^]*?)<\/t>/)?.[1]
        const text =
          type === 's' && value !== null ? strings[Number(value)]! : inline !== undefined ? unescape(inline) : null
        cells[column] = {
          text: type === 's' || type === 'inlineStr' ? text : null,
          number: type === undefined && value !== null ? Number(value) : null,
          format: style?.format ?? null,
          bold: style?.bold ?? false,
        }
      }
      return Array.from(cells, (cell) => cell ?? { text: null, number: null, format: null, bold: false })
    })
    return {
      name: unescape(attribute(sheet, 'name')!),
      frozenRows: Number(attribute(xml.match(/<pane [^>]*state="frozen"[^>]*>/)?.[0] ?? '', 'ySplit') ?? 0),
      widths: tags(xml, 'col').map((col) => Number(attribute(col, 'width'))),
      rows,
    }
  })
}

/** A sheet's rows as objects keyed by its header texts. */
export function recordsOf(sheet: StoredSheet): Record<string, StoredCell>[] {
  const [header = [], ...rows] = sheet.rows
  return rows.map((row) => Object.fromEntries(header.map((cell, i) => [cell.text ?? '', row[i]!])))
}
