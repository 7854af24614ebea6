import { AppError } from '../../../shared/errors'
import type { ParsedInputOf } from '../../../shared/contract'
import type { DeletedRecord, TrashEntry, TrashList } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { syncWrite } from '../../sync/write'
import { findRecord, forgetDelete, recordTables } from './delete'
import { findOrganisationRow } from './organisations'

/** More than a secretariat deletes by hand in years; the screen says when there are more. */
const TRASH_PAGE = 500

/**
 * What this hub deleted, newest first: the records it may restore. Rows merged away are not here
 * (undoing the merge brings those back), nor are other hubs' deletes a national instance holds.
 */
export function listTrash(database: AppDatabase): TrashList {
  const { hubId } = requireIdentity(database)
  const deleted = `SELECT 'organisation' AS kind, o.id, o.name, o.deleted_at AS deletedAt,
      coalesce(r.name, o.regency_code) AS context, 0 AS organisationDeleted
    FROM organisations o LEFT JOIN ref_regencies r ON r.code = o.regency_code
    WHERE o.hub_id = @hubId AND o.deleted_at IS NOT NULL AND o.merged_into_id IS NULL
    UNION ALL
    SELECT 'person', p.id, p.name, p.deleted_at, o.name, o.id IS NULL OR o.deleted_at IS NOT NULL
    FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE p.hub_id = @hubId AND p.deleted_at IS NOT NULL AND p.merged_into_id IS NULL`
  const total = database.sqlite.prepare(`SELECT count(*) FROM (${deleted})`).pluck().get({ hubId }) as number
  const entries = database.sqlite
    .prepare(`${deleted} ORDER BY deletedAt DESC, id DESC LIMIT @limit`)
    .all({ hubId, limit: TRASH_PAGE })
    .map((row) => ({
      ...(row as TrashEntry),
      organisationDeleted: Boolean((row as { organisationDeleted: number }).organisationDeleted),
    }))
  return { total, entries }
}

/**
 * Brings a deleted record back into the directory. A person comes back only into a live
 * organisation: one pointing at a deleted OMS would open on a record no one can see, which is also
 * why an OMS with people cannot be deleted.
 */
export function restoreRecord(database: AppDatabase, input: ParsedInputOf<'members:restoreRecord'>): DeletedRecord {
  const { kind, id } = input
  return syncWrite(database, (writer) => {
    const row = findRecord(database, kind, id)
    if (!row) throw new AppError('NOT_FOUND', { key: `validation.${kind}.notFound` })
    const params = { name: row.name }
    if (row.mergedIntoId) throw new AppError('VALIDATION', { key: 'validation.restore.merged', params })
    if (!row.deletedAt) throw new AppError('VALIDATION', { key: 'validation.restore.notDeleted', params })
    if ('organisationId' in row) {
      const organisation = findOrganisationRow(database, row.organisationId)
      if (!organisation || organisation.deletedAt)
        throw new AppError('VALIDATION', {
          key: 'validation.restore.organisationDeleted',
          params: { ...params, organisation: organisation?.name ?? row.organisationId },
        })
    }
    writer.restore(recordTables[kind], id)
    forgetDelete(database, input)
    return { kind, id, name: row.name, deletedAt: row.deletedAt }
  })
}
