import { desc, eq } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { v7 as uuidv7 } from 'uuid'
import { AppError } from '../../../shared/errors'
import type { ParsedInputOf } from '../../../shared/contract'
import { localDate } from '../../../shared/format'
import type { MembershipStatus, MergeSummary, RecordKind, StatusNow } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { syncedTable } from '../../sync/tables'
import { syncWrite } from '../../sync/write'
import { affiliations, capacityAssessments, membershipChanges, merges, organisations, people } from '../schema'
import { assertLive, refuseFields } from './common'
import { FieldJournal, keyOf, undoFieldChanges, type FieldChange } from './field-journal'
import { organisationFieldNames } from './organisations'
import { personFieldNames } from './people'

/**
 * Every column that points at an organisation. Later capabilities (initiatives, pledges, CoP) add
 * theirs here, and merge and undo move them with the rest. Derived columns follow what they derive
 * from before commit: people.organisation_id the affiliations, the survivor's status its history.
 */
export const organisationReferences: SQLiteColumn[] = [
  affiliations.organisationId,
  membershipChanges.organisationId,
  capacityAssessments.organisationId,
]
export const personReferences: SQLiteColumn[] = [affiliations.personId]

/**
 * Fields that travel together: a place is a regency with its kecamatan and desa, consent comes
 * with its date. The user chooses the first; the others follow it.
 */
const companions: Record<string, string[]> = {
  regencyCode: ['districtCode', 'districtName', 'villageCode', 'villageName'],
  consent: ['consentOn'],
}
const following = new Set(Object.values(companions).flat())

const kinds = {
  organisation: {
    table: organisations,
    fields: organisationFieldNames as string[],
    references: organisationReferences,
    /** Chosen, not copied: the status is derived from the history (see settleStatus). */
    derivedChoices: ['status'],
  },
  person: { table: people, fields: personFieldNames as string[], references: personReferences, derivedChoices: [] },
} as const

/** What the merge form offers a choice for, per kind. */
const mergeChoices = (kind: RecordKind): string[] => [
  ...kinds[kind].fields.filter((field) => !following.has(field)),
  ...kinds[kind].derivedChoices,
]

type MemberRow = Record<string, unknown> & {
  id: string
  name: string
  deletedAt: string | null
  mergedIntoId: string | null
}

function readRow(database: AppDatabase, kind: RecordKind, id: string): MemberRow | undefined {
  const { table } = kinds[kind]
  return database.orm.select().from(table).where(eq(table.id, id)).get() as MemberRow | undefined
}

function moveReferences(database: AppDatabase, journal: FieldJournal, kind: RecordKind, from: string, to: string) {
  for (const column of kinds[kind].references) {
    const synced = syncedTable(column.table)
    const ids = database.sqlite
      .prepare(`SELECT id FROM "${synced.name}" WHERE "${column.name}" = ?`)
      .pluck()
      .all(from) as string[]
    for (const id of ids) journal.update(synced.table, id, { [keyOf(synced, column.name)]: to })
  }
}

/**
 * After two people become one, one affiliation stays open: the one with the organisation (and
 * role) the survivor kept. The others end today, so the earlier organisations remain on record.
 * Another open affiliation with the kept organisation is the same membership recorded twice: it is
 * folded into the kept one (soft-deleted) rather than ended, which would invent a one-day stint.
 * The rows are ordered by from_on, so the kept one already carries the earliest start.
 */
function settleAffiliations(
  database: AppDatabase,
  journal: FieldJournal,
  survivor: { id: string; organisationId: string; role: string },
  today: string,
) {
  const open = database.sqlite
    .prepare(
      `SELECT id, organisation_id AS organisationId, role FROM affiliations
       WHERE person_id = ? AND until_on IS NULL AND deleted_at IS NULL ORDER BY from_on, id`,
    )
    .all(survivor.id) as { id: string; organisationId: string; role: string }[]
  const kept = open.find((row) => row.organisationId === survivor.organisationId)
  for (const row of open) {
    if (row === kept) continue
    if (row.organisationId === kept?.organisationId) journal.remove(affiliations, row.id)
    else journal.update(affiliations, row.id, { untilOn: today })
  }
  if (kept && kept.role !== survivor.role) journal.update(affiliations, kept.id, { role: survivor.role })
}

interface StatusEntry {
  id: string
  status: MembershipStatus
  effectiveOn: string
  createdHlc: string
}

/** An organisation's live status history, oldest first, ordered as the write path derives its status. */
const statusHistory = (database: AppDatabase, organisationId: string) =>
  database.sqlite
    .prepare(
      `SELECT id, status, effective_on AS effectiveOn, created_hlc AS createdHlc FROM membership_changes
       WHERE organisation_id = ? AND deleted_at IS NULL ORDER BY effective_on, created_hlc`,
    )
    .all(organisationId) as StatusEntry[]

const later = (a: StatusEntry, b: StatusEntry) =>
  a.effectiveOn > b.effectiveOn || (a.effectiveOn === b.effectiveOn && a.createdHlc > b.createdHlc)

/**
 * The joined history must end in the chosen status, dated from when it began (statusAfterMerge):
 * the entry that started it on the record that has it, the earlier when both do. Entries either
 * record has after that one say the OMS moved on when, by the user's choice, it did not (typically a
 * duplicate entered today as a new candidate), so they are removed, and undo puts them back. Only a
 * status no live entry gives (a record whose entries were all removed elsewhere, then synced) is
 * recorded as a change effective on the merge day.
 */
function settleStatus(
  database: AppDatabase,
  journal: FieldJournal,
  ids: [survivor: string, merged: string],
  chosen: MembershipStatus,
  today: string,
) {
  const histories = ids.map((id) => statusHistory(database, id))
  const [start] = histories
    .map((history) => history.at(-1))
    .filter((current): current is StatusEntry => current?.status === chosen)
    .toSorted((a, b) => (later(a, b) ? 1 : -1))
  if (!start) {
    journal.insert(membershipChanges, { organisationId: ids[0], status: chosen, effectiveOn: today })
    return
  }
  for (const entry of histories.flat()) if (later(entry, start)) journal.remove(membershipChanges, entry.id)
}

type MergeRow = typeof merges.$inferSelect

function summary(database: AppDatabase, row: MergeRow, latestId: string | undefined): MergeSummary {
  return {
    id: row.id,
    kind: row.kind,
    survivorId: row.survivorId,
    survivorName: readRow(database, row.kind, row.survivorId)?.name ?? '',
    mergedName: row.mergedName,
    mergedAt: row.mergedAt,
    undoable: row.undoneAt === null && row.id === latestId,
  }
}

const latestMerge = (database: AppDatabase) =>
  database.orm.select().from(merges).orderBy(desc(merges.mergedAt), desc(merges.id)).limit(1).get()

/**
 * Folds one record into another in one write: the chosen fields are copied to the survivor, every
 * reference moves to it (an OMS's status history included), and the other row is soft-deleted
 * pointing at it. Each field written, and each row created, is journaled, so the latest merge can
 * be undone. Only this hub's rows can be merged: the write path refuses to change another hub's.
 */
export function mergeRecords(database: AppDatabase, input: ParsedInputOf<'members:merge'>): MergeSummary {
  const hub = requireIdentity(database)
  const { kind, survivorId, mergedId } = input
  if (survivorId === mergedId) refuseFields({ mergedId: { key: 'validation.merge.same' } })
  const choices = mergeChoices(kind)
  const unknown = Object.keys(input.take).find((field) => !choices.includes(field))
  if (unknown !== undefined)
    refuseFields({ [`take.${unknown}`]: { key: 'validation.merge.field', params: { field: unknown } } })
  const row = syncWrite(database, (writer) => {
    const survivor = readRow(database, kind, survivorId)
    const merged = readRow(database, kind, mergedId)
    assertLive(survivor, kind)
    assertLive(merged, kind)
    // An erased person has nothing left to merge, and a merge must not give them a name back.
    if ((survivor as { erasedAt?: string | null }).erasedAt || (merged as { erasedAt?: string | null }).erasedAt)
      throw new AppError('VALIDATION', { key: 'privacy.erased' })
    const { table } = kinds[kind]
    const journal = new FieldJournal(database, writer)
    const today = localDate(writer.now(), hub.timeZone)
    const { status: statusSide = 'survivor', ...fields } = input.take
    const taken = Object.entries(fields)
      .filter(([, side]) => side === 'merged')
      .flatMap(([field]) => [field, ...(companions[field] ?? [])])
    const values: Record<string, unknown> = Object.fromEntries(taken.map((field) => [field, merged[field]]))
    journal.update(table, survivorId, values)
    journal.update(table, mergedId, { mergedIntoId: survivorId })
    journal.remove(table, mergedId)
    if (kind === 'organisation') {
      const chosen = (statusSide === 'merged' ? merged : survivor) as MemberRow & StatusNow
      settleStatus(database, journal, [survivorId, mergedId], chosen.status, today)
    }
    moveReferences(database, journal, kind, mergedId, survivorId)
    if (kind === 'person') {
      const kept = { ...survivor, ...values } as MemberRow & { organisationId: string; role: string }
      settleAffiliations(database, journal, kept, today)
    }
    const record: MergeRow = {
      id: uuidv7(),
      kind,
      survivorId,
      mergedId,
      mergedName: merged.name,
      changes: JSON.stringify(journal.changes),
      mergedAt: writer.now().toISOString(),
      undoneAt: null,
    }
    database.orm.insert(merges).values(record).run()
    return record
  })
  return summary(database, row, row.id)
}

export function lastMerge(database: AppDatabase): MergeSummary | null {
  const row = latestMerge(database)
  return row ? summary(database, row, row.id) : null
}

/**
 * Takes back what the latest merge wrote: each field it changed returns to its value before, unless
 * it was edited since, in which case the edit stays; status entries it removed come back, one it
 * recorded is deleted. The
 * write path gives the restored fields new clocks, so sync sees the undo as the newest change.
 */
export function undoLastMerge(database: AppDatabase): MergeSummary {
  const row = syncWrite(database, (writer) => {
    const latest = latestMerge(database)
    if (!latest || latest.undoneAt !== null) throw new AppError('VALIDATION', { key: 'validation.merge.nothingToUndo' })
    undoFieldChanges(database, writer, JSON.parse(latest.changes) as FieldChange[])
    const undoneAt = writer.now().toISOString()
    database.orm.update(merges).set({ undoneAt }).where(eq(merges.id, latest.id)).run()
    return { ...latest, undoneAt }
  })
  return summary(database, row, row.id)
}
