import { and, count, eq, isNull } from 'drizzle-orm'
import type { ParsedInputOf } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { DeletedRecord, RecordKind } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { deleteSetting, readSetting, writeSetting } from '../../settings/service'
import { syncWrite } from '../../sync/write'
import { organisations, people } from '../schema'
import { assertLive } from './common'
import { findOrganisationRow } from './organisations'
import { findPersonRow } from './people'

/** The latest delete, with the clock it gave the row: undo holds the row to it. */
interface LastDelete extends DeletedRecord {
  hlc: string
}

const lastDeleteKey = 'last_member_delete'
export const recordTables = { organisation: organisations, person: people } as const
export const findRecord = (database: AppDatabase, kind: RecordKind, id: string) =>
  kind === 'organisation' ? findOrganisationRow(database, id) : findPersonRow(database, id)

function readLastDelete(database: AppDatabase): LastDelete | null {
  const stored = readSetting(database.orm, lastDeleteKey)
  return stored === null ? null : (JSON.parse(stored) as LastDelete)
}

function livePeopleIn(database: AppDatabase, organisationId: string): number {
  const where = and(eq(people.organisationId, organisationId), isNull(people.deletedAt))
  return database.orm.select({ n: count() }).from(people).where(where).get()?.n ?? 0
}

/**
 * Soft-deletes a member record. An organisation goes only once nobody is recorded in it any more,
 * or its people would point at a record no one can open. A person's affiliations are left as they
 * are: deleting says the record does not belong in the directory, not that the person left on some
 * date, so ending them would invent an end date that undo would then have to take back; and
 * nothing shows the affiliations of a deleted person. A deleted organisation keeps its status
 * history and assessments the same way.
 */
export function deleteRecord(database: AppDatabase, input: ParsedInputOf<'members:deleteRecord'>): DeletedRecord {
  const { kind, id } = input
  return syncWrite(database, (writer) => {
    assertLive(findRecord(database, kind, id), kind)
    const remaining = kind === 'organisation' ? livePeopleIn(database, id) : 0
    if (remaining > 0)
      throw new AppError('VALIDATION', { key: 'validation.organisation.hasPeople', params: { count: remaining } })
    writer.remove(recordTables[kind], id)
    const row = findRecord(database, kind, id)
    if (!row?.deletedAt) throw new Error(`${kind} ${id} was not deleted`)
    const deleted: DeletedRecord = { kind, id, name: row.name, deletedAt: row.deletedAt }
    writeSetting(database.orm, lastDeleteKey, JSON.stringify({ ...deleted, hlc: row.hlc } satisfies LastDelete))
    return deleted
  })
}

/** A record restored some other way (the trash) takes its delete's undo with it. */
export function forgetDelete(database: AppDatabase, record: { kind: RecordKind; id: string }): void {
  const last = readLastDelete(database)
  if (last?.kind === record.kind && last.id === record.id) deleteSetting(database.orm, lastDeleteKey)
}

/**
 * Restores the record of the latest delete, once, and only while nothing changed it since: its
 * clock is still the one the delete gave it (an edit arriving by sync would have moved it on, and
 * restoring over that edit would bring back a record someone else has since dealt with).
 */
export function undoDelete(database: AppDatabase, input: ParsedInputOf<'members:undoDelete'>): DeletedRecord {
  return syncWrite(database, (writer) => {
    const last = readLastDelete(database)
    if (last?.kind !== input.kind || last.id !== input.id)
      throw new AppError('VALIDATION', { key: 'validation.delete.notLatest' })
    if (findRecord(database, last.kind, last.id)?.hlc !== last.hlc)
      throw new AppError('VALIDATION', { key: 'validation.delete.changedSince' })
    writer.restore(recordTables[last.kind], last.id)
    deleteSetting(database.orm, lastDeleteKey)
    return { kind: last.kind, id: last.id, name: last.name, deletedAt: last.deletedAt }
  })
}
