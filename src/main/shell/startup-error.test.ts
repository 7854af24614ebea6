import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { createDb } from '../db'
import { appErrorFrom } from '../testing/errors'
import { startupErrorMessage } from './startup-error'

const path = '/home/hub/.config/Lokadaya Hub/lokadaya-hub.db'

describe('startupErrorMessage', () => {
  it('explains a database from a newer version in Indonesian, then English, with the file', () => {
    const { title, message } = startupErrorMessage(new AppError('DB_NEWER', { key: 'errors.dbNewer' }), path)
    expect(title).toBe('Lokadaya Hub')
    const [indonesian, english, file] = message.split('\n\n')
    expect(indonesian).toMatch(/^Basis data ini dibuat oleh Lokadaya Hub versi yang lebih baru./)
    expect(english).toBe(
      'This database was written by a newer version of Lokadaya Hub. Update the app before opening it; the data was not changed.',
    )
    expect(file).toBe(path)
  })

  it('carries the parameters of a failed migration', () => {
    const error = new AppError('MIGRATION_FAILED', {
      key: 'errors.migrationFailed',
      params: { detail: 'disk I/O error' },
    })
    const { message } = startupErrorMessage(error, path)
    expect(message.split('\n\n')[1]).toBe(
      'Updating the database structure failed (disk I/O error). The database file was not changed.',
    )
    expect(message.split('\n\n')[0]).toContain('disk I/O error')
  })

  it('refuses a file that is not a Lokadaya database in both languages, naming it once', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lokadaya-startup-'))
    const empty = join(directory, 'lokadaya-hub.db')
    writeFileSync(empty, '')
    const error = await appErrorFrom(() => createDb(empty))
    rmSync(directory, { recursive: true, force: true })
    const [indonesian, english, ...rest] = startupErrorMessage(error, empty).message.split('\n\n')
    expect(indonesian).toMatch(new RegExp(`^Berkas ${empty} bukan basis data Lokadaya Hub`))
    expect(english).toMatch(new RegExp(`^The file ${empty} is not a Lokadaya Hub database`))
    expect(rest).toEqual([])
  })

  it('falls back to the generic message plus the technical cause for anything else', () => {
    const { message } = startupErrorMessage(new Error('SQLITE_CANTOPEN: unable to open database file'), path)
    const parts = message.split('\n\n')
    expect(parts[1]).toMatch(/^Something unexpected went wrong/)
    expect(parts.at(-1)).toBe('(SQLITE_CANTOPEN: unable to open database file)')
    expect(parts).toContain(path)
  })
})
