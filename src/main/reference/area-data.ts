import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import Papa from 'papaparse'

const require = createRequire(__filename)
const packageRoot = dirname(require.resolve('idn-area-data/package.json'))
const packageVersion = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string })
  .version

export const AREA_DATASET = 'idn-area-data'
export const AREA_VERSION = packageVersion
/** Bump when the way rows are derived changes (e.g. title-casing), so databases reload them. */
export const AREA_LOAD_VERSION = `${AREA_VERSION}/2`
export const AREA_LICENSE = 'ODbL-1.0'
/** The notice the ODbL asks for wherever the data is used. */
export const AREA_ATTRIBUTION =
  'Contains information from idn-area-data (https://github.com/fityannugroho/idn-area-data), which is made available here under the Open Database License (ODbL) v1.0.'

/** The package's CSV files: read directly and synchronously, since its own API is async ESM. */
export function readAreaCsv<Row>(file: 'provinces' | 'regencies' | 'districts' | 'villages'): Row[] {
  const text = readFileSync(join(packageRoot, 'data', `${file}.csv`), 'utf8')
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true })
  if (parsed.errors.length > 0) throw new Error(`idn-area-data ${file}.csv: ${parsed.errors[0]?.message}`)
  return parsed.data
}

/** Official names are upper case ("KABUPATEN MADIUN"); people read "Kabupaten Madiun". */
const KEEP_UPPER = new Set(['dki'])
const KEEP_LOWER = new Set(['dan'])
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((word, i) => {
      if (KEEP_UPPER.has(word)) return word.toUpperCase()
      if (i > 0 && KEEP_LOWER.has(word)) return word
      return word.charAt(0).toUpperCase() + word.slice(1)
    })
    .join(' ')
}
