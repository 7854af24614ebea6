import { refuse } from './refusals'
import type { ImportCommitted, OrganisationFields, PersonFields } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { syncWrite } from '../../sync/write'
import { localDate } from '../../../shared/format'
import { insertOrganisation, updateOrganisation } from '../records/organisations'
import { insertPerson, updatePerson } from '../records/people'
import { dataVersion } from './preview'
import { runWrite, type PreparedRow, type Session } from './sessions'

/**
 * Writes what the last dry run prepared, all or nothing, in one synchronous write: nothing else
 * can write in between, and a failure on any row leaves the directory exactly as it was.
 */
export async function commitImport(database: AppDatabase, session: Session): Promise<ImportCommitted> {
  const preview = session.preview ?? refuse('notPreviewed')
  if (preview.result.counts.error > 0) refuse('hasErrors', { count: preview.result.counts.error })
  const hub = requireIdentity(database)

  const writePerson = (fields: PersonFields, updateId: string | null) => {
    if (updateId) updatePerson(database, hub, updateId, fields)
    else insertPerson(database, hub, fields)
  }
  const write = (row: PreparedRow, today: string) => {
    const { updateId, contact } = row
    if (session.kind === 'people') {
      writePerson(row.fields as PersonFields, updateId)
      return
    }
    const fields = row.fields as OrganisationFields
    if (updateId) updateOrganisation(database, hub, updateId, fields)
    const organisationId =
      updateId ?? insertOrganisation(database, hub, fields, { status: row.status, since: row.statusSince ?? today })
    // The contact was checked against the OMS this row writes; a new OMS has its id only now.
    if (contact) writePerson({ ...contact.fields, organisationId }, contact.updateId)
  }
  await runWrite(session, preview.rows.length, () => {
    // Checked once main can no longer be interrupted: other calls may have written before.
    if (preview.dataVersion !== dataVersion(database)) refuse('stale')
    syncWrite(database, (writer) => {
      const today = localDate(writer.now(), hub.timeZone)
      for (const row of preview.rows) write(row, today)
    })
  })
  session.preview = null
  const total = session.sheet.rows.length
  session.progress = { phase: 'done', done: total, total }
  const { counts } = preview.result
  return {
    created: counts.create,
    updated: counts.update,
    skipped: counts.skip,
    contactsCreated: counts.contactsCreate,
    contactsUpdated: counts.contactsUpdate,
  }
}
