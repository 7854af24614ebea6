import { utcToZoned } from '../../../shared/format'
import { tableOf, type CellKind, type ColumnOf, type Entry } from './cells'
import type { IndicatorRow, SheetBuilder, SheetContext } from './context'
import { supportFormLabels } from './labels'

const units: Record<IndicatorRow['unit'], { kind: CellKind; name: string }> = {
  count: { kind: 'count', name: 'jumlah' },
  rupiah: { kind: 'rupiah', name: 'rupiah' },
  hours: { kind: 'decimal', name: 'jam' },
  points: { kind: 'decimal', name: 'poin' },
  percent: { kind: 'percent', name: 'persen' },
}

const indicatorColumns: ColumnOf<IndicatorRow>[] = [
  ['Indikator', 'text', (row) => row.label],
  ['Nilai', 'text', (row) => ({ kind: units[row.unit].kind, value: row.value })],
  ['Satuan', 'text', (row) => units[row.unit].name],
]

export const indicatorSheet: SheetBuilder = {
  name: 'Indikator',
  build: (context) => tableOf(indicatorColumns, context.indicatorRows),
}

const ALL = 'Semua'

/** A place's name with its code, as a reader can look either up. */
function placeName(context: SheetContext, table: 'ref_provinces' | 'ref_regencies', code: string | null): string {
  if (code === null) return ALL
  const name = context.database.sqlite.prepare(`SELECT name FROM ${table} WHERE code = ?`).pluck().get(code)
  return typeof name === 'string' ? `${name} (${code})` : code
}

const day = (value: string | null): Entry => (value === null ? 'Tidak dibatasi' : { kind: 'date', value })

type Line = [label: string | null, value: Entry]

/** What the workbook holds: whose it is, when it was made, and which filters narrowed each sheet. */
function filterLines(context: SheetContext): Line[] {
  const { identity, filter } = context
  const zone = identity.timeZone
  return [
    ['Hub', identity.name],
    ['Provinsi hub', identity.provinceName ?? 'Nasional'],
    [`Dibuat pada (${zone})`, { kind: 'dateTime', value: utcToZoned(new Date(context.now).toISOString(), zone) }],
    ['Periode dari', day(filter.from)],
    ['Periode sampai', day(filter.to)],
    ['Provinsi', placeName(context, 'ref_provinces', filter.provinceCode)],
    ['Kabupaten/kota', placeName(context, 'ref_regencies', filter.regencyCode)],
    ['Aspek kapasitas (Sesi, Kehadiran)', filter.aspect === null ? ALL : context.terms.aspect(filter.aspect)],
    [
      'Bentuk dukungan (Kebutuhan, Janji Dukungan, Penerimaan)',
      filter.form === null ? ALL : supportFormLabels[filter.form],
    ],
    [null, null],
    ['Periode diterapkan pada', null],
    ...context.sheets
      .filter((sheet) => sheet.period !== undefined)
      .map((sheet): Line => [sheet.name, sheet.period ?? 'tidak dibatasi periode']),
  ]
}

const filterColumns: ColumnOf<Line>[] = [
  ['Keterangan', 'text', ([label]) => label],
  ['Nilai', 'text', ([, value]) => value],
]

export const filterSheet: SheetBuilder = {
  name: 'Filter',
  build: (context) => tableOf(filterColumns, filterLines(context)),
}
