import { randomUUID } from 'node:crypto'
import { chmodSync, renameSync, rmSync } from 'node:fs'
import { basename } from 'node:path'
import writeXlsxFile, { type Sheet } from 'write-excel-file/node'
import { AppError } from '../../../shared/errors'
import type { ReportFilter, WorkbookProgress } from '../../../shared/reports'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { hubToday } from '../../pledges/common'
import type { Services } from '../../services'
import { checkSaveTarget } from '../../sync/chosen-files'
import { scopeOf } from '../scope'
import { sheetOf } from './cells'
import type { IndicatorRow, SheetContext } from './context'
import { termNames } from './labels'
import { workbookSheets } from './sheets'

interface Job {
  id: string
  database: AppDatabase
  path: string
  context: SheetContext
  built: Sheet<never>[]
}

/**
 * Workbooks being built, a sheet per step, so the screen can show how far it got between steps. A
 * screen closed halfway never finishes its job: the oldest give way once more are started.
 */
const jobs = new Map<string, Job>()
const MAX_JOBS = 4

const progressOf = (job: Job, sheet: string | null, file: string | null): WorkbookProgress => ({
  jobId: job.id,
  done: job.built.length,
  total: workbookSheets.length,
  sheet,
  file,
})

/**
 * Asks where to save the workbook (a cancel answers null and starts nothing) and starts building
 * it: every sheet reads the filter, the hub and the moment as they are now.
 */
export async function startWorkbook(
  services: Services,
  filter: ReportFilter,
  indicatorRows: IndicatorRow[],
): Promise<WorkbookProgress | null> {
  const { database, files } = services
  const identity = requireIdentity(database)
  const suggestedName = `laporan-lokadaya-${hubToday(database)}.xlsx`
  const chosen = await files.chooseSavePath({ suggestedName, kind: 'xlsx' })
  if (chosen === null) return null
  const path = checkSaveTarget(database, chosen)
  // Read once the dialog closes: the moment the workbook is of is when it starts, not when it was asked for.
  const params = scopeOf(database, filter)
  const context: SheetContext = {
    database,
    identity,
    filter,
    params,
    indicatorRows,
    now: database.clock(),
    terms: termNames(database),
    sheets: workbookSheets,
  }
  const job: Job = { id: randomUUID(), database, path, context, built: [] }
  for (const stale of [...jobs.keys()].slice(0, Math.max(0, jobs.size + 1 - MAX_JOBS))) jobs.delete(stale)
  jobs.set(job.id, job)
  return progressOf(job, null, null)
}

/** Builds the job's next sheet; after the last, saves the file and answers its name. */
export async function stepWorkbook(services: Services, jobId: string): Promise<WorkbookProgress> {
  const job = jobs.get(jobId)
  if (!job || job.database !== services.database)
    throw new AppError('NOT_FOUND', { key: 'reports.workbook.unknownJob' })
  const builder = workbookSheets[job.built.length]!
  job.built.push(sheetOf({ name: builder.name, ...builder.build(job.context) }))
  if (job.built.length < workbookSheets.length) return progressOf(job, builder.name, null)
  // Gone before the write starts, so a second step on it finds no job rather than writing twice.
  jobs.delete(job.id)
  return progressOf(job, builder.name, await saveWorkbook(job.path, job.built))
}

/** Written under a temporary name and renamed once whole: a failed save never leaves half a workbook. */
async function saveWorkbook(path: string, sheets: Sheet<never>[]): Promise<string> {
  const building = `${path}.${randomUUID()}.partial`
  try {
    await writeXlsxFile(sheets).toFile(building)
    // People's names and consented contacts: readable by this user only, as the members export is.
    chmodSync(building, 0o600)
    renameSync(building, path)
    return basename(path)
  } catch (error) {
    throw new AppError('INTERNAL', { key: 'reports.workbook.saveFailed', params: { path, detail: String(error) } })
  } finally {
    rmSync(building, { force: true })
  }
}
