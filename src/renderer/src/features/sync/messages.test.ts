import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { syncScreenEn, syncScreenId } from './messages'

/** What this test reads of main's list of synced tables (src/main/sync/tables.ts). */
interface SyncedTable {
  name: string
  declaration: { personal?: { columns: string[] }[] }
}

// Main's files are outside the renderer's TypeScript project, so the list is loaded by a specifier
// the type checker does not follow; vitest runs it like any other module.
const tablesModule = '../../../../main/sync/tables'
let syncedTables: SyncedTable[] = []
beforeAll(async () => {
  ;({ syncedTables } = (await import(/* @vite-ignore */ tablesModule)) as { syncedTables: SyncedTable[] })
})

const catalogs = { id: syncScreenId, en: syncScreenEn }

const translator = (language: 'id' | 'en') => {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: {
      id: { translation: { syncScreen: syncScreenId } },
      en: { translation: { syncScreen: syncScreenEn } },
    },
  })
  return instance
}

/** The message ExportPanel shows for a personal group the bundle leaves out. */
const withheldKeys = () =>
  syncedTables.flatMap(({ name, declaration }) =>
    (declaration.personal ?? []).map((group) => `${name}_${group.columns[0] ?? ''}`),
  )

describe('sync screen messages', () => {
  it('names every synced table in plain words, in both languages', () => {
    expect(syncedTables.length).toBeGreaterThan(20)
    for (const [language, catalog] of Object.entries(catalogs)) {
      const labels = catalog.table as Record<string, string>
      const missing = syncedTables.map(({ name }) => name).filter((name) => !labels[name]?.trim())
      expect(missing, `tables without a label in ${language}`).toEqual([])
    }
  })

  it('explains every personal group an export may leave out, in both languages', () => {
    expect(withheldKeys()).toContain('cop_certificates_holder_name')
    for (const [language, catalog] of Object.entries(catalogs)) {
      const withheld = catalog.export.withheld as Record<string, string>
      const missing = withheldKeys().filter((key) => !withheld[key]?.includes('{{count, number}}'))
      expect(missing, `withheld groups without a message (with its count) in ${language}`).toEqual([])
    }
  })

  it('counts withheld certificate holders as each language writes numbers', () => {
    const key = 'syncScreen.export.withheld.cop_certificates_holder_name'
    expect(translator('id').t(key, { count: 1234 })).toMatch(/^nama pemegang 1\.234 sertifikat /)
    expect(translator('en').t(key, { count: 1234 })).toMatch(/^the holder names on 1,234 certificates /)
  })
})
