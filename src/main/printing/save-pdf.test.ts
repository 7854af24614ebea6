import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { AppError } from '../../shared/errors'
import { testDatabase } from '../testing/database'
import { scriptedDialogs } from '../testing/dialogs'
import type { PagePrinter, Services } from '../services'
import { savePrintedPage } from './save-pdf'

function servicesWith(printer?: PagePrinter) {
  const { database, directory } = testDatabase()
  const files = scriptedDialogs()
  const services = { database, files, appVersion: 'test', ...(printer && { printer }) } as unknown as Services
  return { services, files, directory }
}

const page = { route: '/print/receipt/f1', suggestedName: 'tanda-terima-TT-35-2026-0001.pdf' }
const printing = (bytes: string) => ({ printPage: vi.fn(async () => Buffer.from(bytes)) })

const refusalOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(AppError)
  return (error as AppError).userMessage.key
}

describe('savePrintedPage', () => {
  it('asks where to save first, prints the route, and writes the PDF under the chosen name', async () => {
    const printer = printing('%PDF-1.7 receipt')
    const { services, files, directory } = servicesWith(printer)
    files.answerSave(join(directory, 'tt.pdf'))
    expect(await savePrintedPage(services, page)).toEqual({ file: 'tt.pdf', bytes: 16 })
    expect(files.asked).toEqual([{ kind: 'pdf', suggestedName: page.suggestedName }])
    expect(printer.printPage).toHaveBeenCalledWith('/print/receipt/f1')
    expect(readFileSync(join(directory, 'tt.pdf'), 'latin1')).toBe('%PDF-1.7 receipt')
    if (process.platform !== 'win32') expect(statSync(join(directory, 'tt.pdf')).mode & 0o777).toBe(0o600)
  })

  it('prints nothing when the dialog is cancelled', async () => {
    const printer = printing('%PDF-1.7')
    const { services } = servicesWith(printer)
    expect(await savePrintedPage(services, page)).toBeNull()
    expect(printer.printPage).not.toHaveBeenCalled()
  })

  it('leaves no file behind when printing fails or gives something that is not a PDF', async () => {
    for (const printer of [
      { printPage: vi.fn(async () => Promise.reject(new Error('renderer gone'))) },
      printing('<html>'),
    ]) {
      const { services, files, directory } = servicesWith(printer)
      files.answerSave(join(directory, 'tt.pdf'))
      expect(await refusalOf(savePrintedPage(services, page))).toBe('printing.failed')
      expect(readdirSync(directory).filter((name) => name.startsWith('tt.pdf'))).toEqual([])
    }
  })

  it('refuses where nothing can print (the CLI), and never writes over the hub database', async () => {
    const { services, files, directory } = servicesWith()
    files.answerSave(join(directory, 'tt.pdf'))
    expect(await refusalOf(savePrintedPage(services, page))).toBe('printing.unavailable')

    const printable = servicesWith(printing('%PDF-1.7'))
    printable.files.answerSave(printable.services.database.path)
    await expect(savePrintedPage(printable.services, page)).rejects.toBeInstanceOf(AppError)
    expect(existsSync(printable.services.database.path)).toBe(true)
    expect(readFileSync(printable.services.database.path).subarray(0, 6).toString()).toBe('SQLite')
  })
})
