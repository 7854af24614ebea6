import { AppError } from '../../../shared/errors'
import type { ImportCommitted, OrganisationFields, PersonFields } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { localDate } from '../../../shared/format'
import { insertOrganisation, updateOrganisation } from '../records/organisations'
import { insertPerson, updatePerson } from '../records/people'
import { dataVersion } from './preview'
import { runChunked, type PreparedRow, type Session } from './sessions'

const refuse = (key: string, params?: Record<string, number>): never => {
  throw new AppError('VALIDATION', { key: `validation.import.${key}`, params })
}

/**
 * Writes what the last dry run prepared, all or nothing. The rows are handed to the write
 * primitives in one synchronous transaction: nothing else can write in between, and a failure on
 * any row (or a cancel before it starts) leaves the directory exactly as it was.
 */
export async function commitImport(
  database: AppDatabase,
  session: Session,
  now = new Date(),
): Promise<ImportCommitted> {
  const preview = session.preview ?? refuse('notPreviewed')
  if (preview.result.counts.error > 0) refuse('hasErrors', { count: preview.result.counts.error })
  if (preview.dataVersion !== dataVersion(database)) refuse('stale')
  const hub = requireIdentity(database)
  const today = localDate(now, hub.timeZone)

  const writes: (() => void)[] = []
  const prepare = (row: PreparedRow) => {
    if (session.kind === 'organisations') {
      const fields = row.fields as OrganisationFields
      const { updateId } = row
      writes.push(
        updateId
          ? () => updateOrganisation(database, hub, updateId, fields, now)
          : () =>
              insertOrganisation(database, hub, fields, { status: row.status, since: row.statusSince ?? today }, now),
      )
    } else {
      const fields = row.fields as PersonFields
      const { updateId } = row
      writes.push(
        updateId
          ? () => updatePerson(database, hub, updateId, fields, now)
          : () => void insertPerson(database, hub, fields, now),
      )
    }
  }
  await runChunked(session, 'saving', preview.rows, prepare)
  // Other calls may have written while the chunks yielded.
  if (preview.dataVersion !== dataVersion(database)) refuse('stale')

  try {
    database.sqlite.transaction(() => {
      for (const write of writes) write()
    })()
  } catch (error) {
    session.progress = { ...session.progress, phase: 'failed' }
    throw error
  }
  session.preview = null
  const total = session.sheet.rows.length
  session.progress = { phase: 'done', done: total, total }
  const updated = preview.rows.filter((row) => row.updateId).length
  return { created: preview.rows.length - updated, updated, skipped: preview.result.counts.skip }
}
