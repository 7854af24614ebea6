import { randomUUID } from 'node:crypto'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { AppError } from '../../shared/errors'
import type { PrintedFile } from '../../shared/printing'
import { PRIVATE_FILE_MODE } from '../db/files'
import type { Services } from '../services'
import { checkSaveTarget } from '../sync/chosen-files'

/** A printed page is a few hundred kilobytes; more means the page printed something else. */
const MAX_PDF_BYTES = 20 * 1024 * 1024

/**
 * Prints one of the app's pages to a PDF file the user chooses: the dialog first (a cancel prints
 * nothing and answers null), then the page, written under a temporary name and renamed once whole,
 * so a failed print never leaves half a file under the chosen name.
 */
export async function savePrintedPage(
  services: Services,
  page: { route: string; suggestedName: string },
): Promise<PrintedFile | null> {
  const { printer, files, database } = services
  if (!printer) throw new AppError('PRINT_FAILED', { key: 'printing.unavailable' })
  const chosen = await files.chooseSavePath({ suggestedName: page.suggestedName, kind: 'pdf' })
  if (chosen === null) return null
  const path = checkSaveTarget(database, chosen)
  const pdf = await printer.printPage(page.route).catch((error: unknown) => {
    throw new AppError('PRINT_FAILED', { key: 'printing.failed', params: { detail: String(error) } })
  })
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-' || pdf.length > MAX_PDF_BYTES)
    throw new AppError('PRINT_FAILED', { key: 'printing.failed', params: { detail: 'not a PDF' } })
  const building = `${path}.${randomUUID()}.partial`
  try {
    // Receipts, certificates, reports and a person's data copy name people: no other user of the PC reads them.
    writeFileSync(building, pdf, { flag: 'wx', mode: PRIVATE_FILE_MODE })
    renameSync(building, path)
  } catch (error) {
    rmSync(building, { force: true })
    throw new AppError('PRINT_FAILED', { key: 'printing.saveFailed', params: { path, detail: String(error) } })
  }
  return { file: basename(path), bytes: pdf.length }
}
