import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDirectoryView } from '../../shared/directory-view'
import { createDb } from '../db'
import { createAppRegistry } from '../handlers'
import { createFileKeyStore } from '../hub/keystore'
import { noFileDialogs } from '../services'
import { testServices } from '../testing/database'
import { writeSetting } from './service'

const compact = {
  density: 'compact',
  columns: { organisations: ['leader', 'phone', 'staffCount'], people: ['phone', 'email', 'consent'] },
} as const

describe("the directory's layout", () => {
  it('opens as the directory always did until the user chooses otherwise', async () => {
    const { registry } = testServices()
    expect(await registry.invoke('settings:getDirectoryView', undefined)).toEqual({
      ok: true,
      value: defaultDirectoryView,
    })
  })

  it('is remembered across a restart of the app', async () => {
    const { registry, directory } = testServices()
    expect(await registry.invoke('settings:setDirectoryView', compact)).toEqual({ ok: true, value: compact })
    const database = createDb(join(directory, 'hub.db'))
    try {
      const services = {
        database,
        keyStore: createFileKeyStore(join(directory, 'again.signing-key')),
        appVersion: '0.0.0-test',
        files: noFileDialogs,
      }
      const restarted = createAppRegistry(services, () => {})
      expect(await restarted.invoke('settings:getDirectoryView', undefined)).toEqual({ ok: true, value: compact })
    } finally {
      database.close()
    }
  })

  it('keeps the columns in the order of the list, each once', async () => {
    const { registry } = testServices()
    const result = await registry.invoke('settings:setDirectoryView', {
      density: 'normal',
      columns: { organisations: ['phone', 'acronym', 'phone'], people: [] },
    })
    expect(result).toEqual({
      ok: true,
      value: { density: 'normal', columns: { organisations: ['acronym', 'phone'], people: [] } },
    })
  })

  it('refuses an unknown density or column, saying what to choose, in the user language', async () => {
    const { registry } = testServices()
    const result = await registry.invoke('settings:setDirectoryView', {
      density: 'tiny',
      columns: { organisations: ['nik'], people: ['consent'] },
    })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'Ada isian yang perlu diperbaiki.',
        fields: {
          density: 'Pilih kerapatan baris: normal atau rapat.',
          'columns.organisations.0':
            'Pilih kolom dari daftar kolom yang tersedia untuk daftar ini, masing-masing sekali.',
        },
      },
    })
    await registry.invoke('settings:setLanguage', { language: 'en' })
    const english = await registry.invoke('settings:setDirectoryView', { ...compact, density: 'tiny' })
    expect(!english.ok && english.error.fields).toEqual({ density: 'Choose a row density: normal or compact.' })
    expect(await registry.invoke('settings:getDirectoryView', undefined)).toEqual({
      ok: true,
      value: defaultDirectoryView,
    })
  })

  it('reads a layout saved by another version, dropping only the columns this one lacks', async () => {
    const { registry, services } = testServices()
    writeSetting(
      services.database.orm,
      'directory_view',
      JSON.stringify({ density: 'compact', columns: { organisations: ['acronym', 'website'], people: 'all' } }),
    )
    expect(await registry.invoke('settings:getDirectoryView', undefined)).toEqual({
      ok: true,
      value: {
        density: 'compact',
        columns: { organisations: ['acronym'], people: defaultDirectoryView.columns.people },
      },
    })
    writeSetting(services.database.orm, 'directory_view', '{not json')
    expect(await registry.invoke('settings:getDirectoryView', undefined)).toEqual({
      ok: true,
      value: defaultDirectoryView,
    })
  })
})
