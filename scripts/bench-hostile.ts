import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { AppError } from '../src/shared/errors'
import { readSpreadsheet } from '../src/main/members/spreadsheets/read'
import {
  largestHonestList,
  lyingSheetBomb,
  millionLinesCsv,
  millionRows,
  sheetBomb,
  unusedBombs,
  widestSheet,
} from '../src/main/members/spreadsheets/reader/hostile-files'

/**
 * `npm run bench:hostile`: the time and peak memory of reading the worst spreadsheet files that fit
 * the 10 MB an import accepts (issue #7: at most about 300 MB and a few seconds each). Each file is
 * read by a fresh process, as the app's main process would, so one file's peak is not another's.
 */
const TARGET_MB = 300
const TARGET_SECONDS = 5

const cases: Record<string, { fileName: string; build: () => Buffer | Promise<Buffer> }> = {
  'four unused 480 MB entries': { fileName: 'bom-tak-terpakai.xlsx', build: unusedBombs },
  'sheet inflating to 400 MB': { fileName: 'bom-lembar.xlsx', build: sheetBomb },
  'same, declaring 4 KB': { fileName: 'bom-lembar-bohong.xlsx', build: lyingSheetBomb },
  '1,000,000-row XLSX': { fileName: 'sejuta-baris.xlsx', build: millionRows },
  '1,000,000-line CSV': { fileName: 'sejuta-baris.csv', build: millionLinesCsv },
  '9,000 rows × 256 columns': { fileName: 'lebar.xlsx', build: widestSheet },
  'largest honest: 50,000 × 20': { fileName: 'terbesar.xlsx', build: largestHonestList },
}

interface Measured {
  seconds: number
  baselineMb: number
  peakMb: number
  outcome: string
}

/** In the child: read one file and report. maxRSS covers the whole process, worker thread included. */
async function measure(path: string, fileName: string): Promise<Measured> {
  const bytes = readFileSync(path)
  const baselineMb = process.memoryUsage().rss / 1024 / 1024
  const started = performance.now()
  let outcome: string
  try {
    const sheet = await readSpreadsheet(fileName, bytes)
    outcome = `read: ${sheet.rows.length} rows × ${sheet.headers.length} columns`
  } catch (error) {
    outcome =
      error instanceof AppError ? `refused: ${error.userMessage.key.replace('validation.import.', '')}` : String(error)
  }
  const seconds = (performance.now() - started) / 1000
  return { seconds, baselineMb, peakMb: process.resourceUsage().maxRSS / 1024, outcome }
}

async function main(): Promise<void> {
  const [flag, path, fileName] = process.argv.slice(2)
  if (flag === '--measure' && path && fileName) {
    process.stdout.write(JSON.stringify(await measure(path, fileName)))
    return
  }
  const directory = resolve('tmp/bench/hostile')
  mkdirSync(directory, { recursive: true })
  console.log(`Reading each file in a fresh process (targets: peak ≤ ${TARGET_MB} MB, ≤ ${TARGET_SECONDS} s)\n`)
  console.log('| file | size | time | peak RSS (before reading) | outcome | target |')
  console.log('|---|---|---|---|---|---|')
  let allMet = true
  for (const [name, { fileName, build }] of Object.entries(cases)) {
    const file = join(directory, fileName)
    const bytes = await build()
    writeFileSync(file, bytes)
    const output = execFileSync(process.execPath, [...process.execArgv, __filename, '--measure', file, fileName], {
      encoding: 'utf8',
    })
    const { seconds, baselineMb, peakMb, outcome } = JSON.parse(output) as Measured
    const met = peakMb <= TARGET_MB && seconds <= TARGET_SECONDS
    allMet &&= met
    const size = `${(bytes.length / 1024 / 1024).toFixed(1)} MB`
    console.log(
      `| ${name} | ${size} | ${seconds.toFixed(2)} s | ${peakMb.toFixed(0)} MB (${baselineMb.toFixed(0)} MB) | ${outcome} | ${met ? 'met' : 'NOT met'} |`,
    )
  }
  console.log(allMet ? '\nEvery file within the targets.' : '\nSome files are NOT within the targets.')
}

void main()
