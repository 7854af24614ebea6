import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { reportFilterInput, type WorkbookProgress } from '../../../shared/reports'
import { jawaTimurServices } from '../../members/records/testing'
import { appErrorFrom } from '../../testing/errors'
import { startWorkbook, stepWorkbook } from './job'
import { savingTo } from './testing'

const noFilter = reportFilterInput.parse({})

describe('a workbook job', () => {
  it('starts nothing when the save dialog is cancelled', async () => {
    const context = await jawaTimurServices()
    expect(await startWorkbook(context.services, noFilter, [])).toBeNull()
  })

  it('refuses to save over the hub database', async () => {
    const context = await jawaTimurServices()
    const { services } = savingTo(context, 'hub.db')
    const error = await appErrorFrom(() => startWorkbook(services, noFilter, []))
    expect(error.userMessage.key).toBe('sync.file.ownFile')
  })

  it('answers an unknown job, a finished one, or one of another database with a clear refusal', async () => {
    const context = await jawaTimurServices()
    const { services, path } = savingTo(context, 'laporan.xlsx')
    const unknown = await appErrorFrom(() => stepWorkbook(services, '0190a6c0-0000-7000-8000-000000000001'))
    expect([unknown.code, unknown.userMessage.key]).toEqual(['NOT_FOUND', 'reports.workbook.unknownJob'])
    const started = await startWorkbook(services, noFilter, [])
    const other = await jawaTimurServices()
    const elsewhere = await appErrorFrom(() => stepWorkbook(other.services, started!.jobId))
    expect(elsewhere.userMessage.key).toBe('reports.workbook.unknownJob')
    let progress = started!
    while (progress.file === null) progress = await stepWorkbook(services, progress.jobId)
    expect(existsSync(path)).toBe(true)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    // Renamed into place: no partial file stays beside it.
    expect(readdirSync(context.directory).filter((name) => name.includes('laporan'))).toEqual(['laporan.xlsx'])
    const finished = await appErrorFrom(() => stepWorkbook(services, progress.jobId))
    expect(finished.userMessage.key).toBe('reports.workbook.unknownJob')
  })

  it('drops the oldest of too many unfinished jobs, and its partial file with it', async () => {
    const context = await jawaTimurServices()
    const started: WorkbookProgress[] = []
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      const { services } = savingTo(context, `laporan-${name}.xlsx`)
      started.push((await startWorkbook(services, noFilter, []))!)
    }
    const partials = readdirSync(context.directory).filter((name) => name.endsWith('.partial'))
    expect(partials).toHaveLength(4)
    expect(partials.some((name) => name.startsWith('laporan-a.xlsx'))).toBe(false)
    const dropped = await appErrorFrom(() => stepWorkbook(context.services, started[0]!.jobId))
    expect(dropped.userMessage.key).toBe('reports.workbook.unknownJob')
    expect((await stepWorkbook(context.services, started[4]!.jobId)).done).toBe(1)
  })

  it('tells a save that failed at the end, and leaves neither the partial file nor a workbook', async () => {
    const context = await jawaTimurServices()
    const { services, path } = savingTo(context, 'laporan.xlsx')
    let progress = (await startWorkbook(services, noFilter, []))!
    // Something else takes the name while the workbook is being built: a folder the file cannot replace.
    mkdirSync(path)
    writeFileSync(join(path, 'isi.txt'), 'milik orang lain')
    const failure = await appErrorFrom(async () => {
      while (progress.file === null) progress = await stepWorkbook(services, progress.jobId)
    })
    expect([failure.code, failure.userMessage.key]).toEqual(['INTERNAL', 'reports.workbook.saveFailed'])
    expect(readdirSync(context.directory).filter((name) => name.includes('laporan'))).toEqual(['laporan.xlsx'])
    expect(readdirSync(path)).toEqual(['isi.txt'])
    const gone = await appErrorFrom(() => stepWorkbook(services, progress.jobId))
    expect(gone.userMessage.key).toBe('reports.workbook.unknownJob')
  })
})
