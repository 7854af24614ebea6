import { existsSync, readdirSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { reportFilterInput } from '../../../shared/reports'
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
})
