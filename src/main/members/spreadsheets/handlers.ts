import { isContactField, type ImportOpened } from '../../../shared/members'
import type { HandlerRegistry } from '../../ipc/registry'
import { requireIdentity } from '../../hub/service'
import type { Services } from '../../services'
import { readLanguage } from '../../settings/service'
import { listOrganisations } from '../search/organisations'
import { listPeople } from '../search/people'
import { mappableColumns } from './columns'
import { commitImport } from './commit'
import { exportFile, listedIds, organisationTable, personTable } from './export'
import { initialMapping } from './mapping'
import { runPreview } from './preview'
import { readSpreadsheet } from './read'
import { importTemplate } from './template'
import { cancelJob, findSession, openSession } from './sessions'

const SAMPLE_ROWS = 5

const languageOf = (services: Services) => services.language ?? readLanguage(services.database.orm)

/** Whether an export holds only part of the list: a search or any filter narrows it. */
const isSearch = (list: { query: string; filters: Record<string, unknown> }) =>
  list.query.trim() !== '' || Object.values(list.filters).some((value) => value !== null)

/** Spreadsheet import (open → dry run → commit, with progress and cancel) and export of the directory. */
export function registerSpreadsheetHandlers(registry: HandlerRegistry): void {
  registry.register('members:importOpen', async (input, { database }): Promise<ImportOpened> => {
    const sheet = await readSpreadsheet(input.fileName, Buffer.from(input.contentBase64, 'base64'))
    const session = openSession(database, input.kind, sheet)
    const { mapping, remembered } = initialMapping(database.orm, input.kind, sheet.headers)
    return {
      importId: session.id,
      headers: sheet.headers,
      rowCount: sheet.rows.length,
      sampleRows: sheet.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
      mapping,
      mappingRemembered: remembered,
      fields: mappableColumns(input.kind)
        .map((column) => ({
          name: column.field,
          required: column.required === true,
          group: isContactField(column.field) ? ('contact' as const) : ('record' as const),
        }))
        // The record's own fields first, required ones first within each group.
        .sort(
          (a, b) =>
            Number(a.group === 'contact') - Number(b.group === 'contact') || Number(b.required) - Number(a.required),
        ),
    }
  })
  registry.register('members:importPreview', (input, services) =>
    runPreview(services.database, languageOf(services), findSession(services.database, input.importId), input),
  )
  registry.register('members:importProgress', (input, { database }) => findSession(database, input.importId).progress)
  registry.register('members:importCommit', (input, { database }) =>
    commitImport(database, findSession(database, input.importId)),
  )
  registry.register('members:importCancel', (input, { database }) => cancelJob(findSession(database, input.importId)))
  registry.register('members:importTemplate', (input, { database }) =>
    importTemplate(database, requireIdentity(database), input.kind, input.format),
  )
  // The current list as the directory shows it: same search, filters and sort, every page — and
  // every match of a search broader than the screen lists (SEARCH_LISTS_AT_MOST).
  registry.register('members:exportOrganisations', ({ format, ...list }, services) => {
    const { database } = services
    const language = languageOf(services)
    const ids = listedIds((offset, limit) =>
      listOrganisations(database.sqlite, { ...list, offset, limit }, language, { complete: true }),
    )
    const now = new Date(database.clock())
    const table = organisationTable(database, ids)
    return exportFile(requireIdentity(database), format, 'oms', table, now, isSearch(list))
  })
  registry.register('members:exportPeople', ({ format, ...list }, services) => {
    const { database } = services
    const language = languageOf(services)
    const ids = listedIds((offset, limit) =>
      listPeople(database.sqlite, { ...list, offset, limit }, language, { complete: true }),
    )
    const now = new Date(database.clock())
    return exportFile(requireIdentity(database), format, 'orang', personTable(database, ids), now, isSearch(list))
  })
}
