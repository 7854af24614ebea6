import { randomUUID } from 'node:crypto'
import { chmodSync, renameSync, rmSync } from 'node:fs'
import { basename } from 'node:path'
import { AppError } from '../../../shared/errors'
import type { ReportFilter, WorkbookProgress } from '../../../shared/reports'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { hubToday } from '../../pledges/common'
import type { Services } from '../../services'
import { checkSaveTarget } from '../../sync/chosen-files'
import { scopeOf } from '../scope'
import type { IndicatorRow, SheetContext } from './context'
import { termNames } from './labels'
import { workbookSheets } from './sheets'
import { createXlsxFile, type XlsxFile } from './xlsx/file'

interface Job {
  id: string
  database: AppDatabase
  path: string
  /** The file being written under a temporary name, renamed to `path` once whole. */
  partial: string
  file: XlsxFile
  context: SheetContext
  done: number
}

/**
 * Workbooks being built, a sheet per step, so the screen can show how far it got between steps. A
 * screen closed halfway never finishes its job: the oldest give way once more are started, and
 * their partial files go with them.
 */
const jobs = new Map<string, Job>()
const MAX_JOBS = 4

function dropJob(job: Job): void {
  jobs.delete(job.id)
  job.file.abort()
  rmSync(job.partial, { force: true })
}

const progressOf = (job: Job, sheet: string | null, file: string | null): WorkbookProgress => ({
  jobId: job.id,
  done: job.done,
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
  const partial = `${path}.${randomUUID()}.partial`
  const file = asSaveFailure(path, () =>
    createXlsxFile(
      partial,
      workbookSheets.map((sheet) => sheet.name),
    ),
  )
  const job: Job = { id: randomUUID(), database, path, partial, file, context, done: 0 }
  for (const stale of [...jobs.values()].slice(0, Math.max(0, jobs.size + 1 - MAX_JOBS))) dropJob(stale)
  jobs.set(job.id, job)
  return progressOf(job, null, null)
}

/** Writes the job's next sheet; after the last, closes the file and answers its name. */
export async function stepWorkbook(services: Services, jobId: string): Promise<WorkbookProgress> {
  const job = jobs.get(jobId)
  if (!job || job.database !== services.database)
    throw new AppError('NOT_FOUND', { key: 'reports.workbook.unknownJob' })
  const builder = workbookSheets[job.done]!
  try {
    job.file.addSheet({ name: builder.name, ...builder.build(job.context) })
    job.done += 1
    if (job.done < workbookSheets.length) return progressOf(job, builder.name, null)
    jobs.delete(job.id)
    asSaveFailure(job.path, () => {
      job.file.finish()
      // People's names and consented contacts: readable by this user only, as the members export is.
      chmodSync(job.partial, 0o600)
      renameSync(job.partial, job.path)
    })
    return progressOf(job, builder.name, basename(job.path))
  } catch (error) {
    // A failed workbook is gone whole: no half-written file stays, under either name.
    dropJob(job)
    throw error
  }
}

/** Runs a step of writing the file, its failure told as the save that failed. */
function asSaveFailure<T>(path: string, write: () => T): T {
  try {
    return write()
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('INTERNAL', { key: 'reports.workbook.saveFailed', params: { path, detail: String(error) } })
  }
}
