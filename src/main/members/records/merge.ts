import { and, desc, eq, isNull } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { AppError } from '../../../shared/errors'
import type { ParsedInputOf } from '../../../shared/contract'
import { localDate } from '../../../shared/format'
import type { MergeKind, MergeSummary } from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { requireIdentity } from '../../hub/service'
import { organisationNameKey, personNameKey } from '../names'
import { affiliations, merges, organisations, people } from '../schema'
import { assertLive, refuseFields } from './common'
import { organisationFieldNames } from './organisations'
import { personFieldNames } from './people'

/** A column some other row holds that points at a member record. */
export interface Reference {
  table: string
  column: string
}

/**
 * Every place an organisation is referred to. Later capabilities (initiatives, pledges, CoP) add
 * their columns here, and merge and undo move them with the rest. membership_changes is left out on
 * purpose: the survivor keeps its own status, so the merged record's status history stays with the
 * merged record instead of contradicting the survivor's current status.
 */
export const organisationReferences: Reference[] = [
  { table: 'people', column: 'organisation_id' },
  { table: 'affiliations', column: 'organisation_id' },
  { table: 'capacity_assessments', column: 'organisation_id' },
]
export const personReferences: Reference[] = [{ table: 'affiliations', column: 'person_id' }]

/** One changed cell of another row: what the merge found and what it wrote. */
interface MovedReference extends Reference {
  id: string
  before: unknown
  after: unknown
}

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
    nameKey: organisationNameKey,
  },
  person: { table: people, fields: personFieldNames as string[], references: personReferences, nameKey: personNameKey },
} as const

/** What the merge form offers a choice for, per kind. */
const mergeChoices = (kind: MergeKind): string[] => kinds[kind].fields.filter((field) => !following.has(field))

type MemberRow = Record<string, unknown> & {
  id: string
  name: string
  deletedAt: string | null
  mergedIntoId: string | null
}

function readRow(database: AppDatabase, kind: MergeKind, id: string): MemberRow | undefined {
  const { table } = kinds[kind]
  return database.orm.select().from(table).where(eq(table.id, id)).get() as MemberRow | undefined
}

function writeRow(database: AppDatabase, kind: MergeKind, id: string, values: Record<string, unknown>): void {
  const { table } = kinds[kind]
  database.orm.update(table).set(values).where(eq(table.id, id)).run()
}

function moveReferences(database: AppDatabase, references: Reference[], from: string, to: string, stamp: string) {
  const moved: MovedReference[] = []
  for (const { table, column } of references) {
    const ids = database.sqlite.prepare(`SELECT id FROM ${table} WHERE ${column} = ?`).pluck().all(from) as string[]
    database.sqlite
      .prepare(`UPDATE ${table} SET ${column} = ?, updated_at = ? WHERE ${column} = ?`)
      .run(to, stamp, from)
    moved.push(...ids.map((id) => ({ table, column, id, before: from, after: to })))
  }
  return moved
}

/**
 * After two people become one, one affiliation stays open: the one with the organisation (and
 * role) the survivor kept. The others end today, so the earlier organisations remain on record.
 * Another open affiliation with the kept organisation is the same membership recorded twice: it is
 * folded into the kept one (soft-deleted) rather than ended, which would invent a one-day stint.
 * The rows are ordered by from_on, so the kept one already carries the earliest start.
 */
function settleAffiliations(database: AppDatabase, survivor: MemberRow, today: string, stamp: string) {
  const open = database.orm
    .select()
    .from(affiliations)
    .where(and(eq(affiliations.personId, survivor.id), isNull(affiliations.untilOn), isNull(affiliations.deletedAt)))
    .orderBy(affiliations.fromOn, affiliations.id)
    .all()
  const kept = open.find((row) => row.organisationId === survivor.organisationId)
  const changes: MovedReference[] = []
  const change = (id: string, column: string, before: unknown, after: unknown) => {
    database.sqlite.prepare(`UPDATE affiliations SET ${column} = ?, updated_at = ? WHERE id = ?`).run(after, stamp, id)
    changes.push({ table: 'affiliations', column, id, before, after })
  }
  for (const row of open) {
    if (row === kept) continue
    if (row.organisationId === kept?.organisationId) change(row.id, 'deleted_at', null, stamp)
    else change(row.id, 'until_on', null, today)
  }
  if (kept && kept.role !== survivor.role) change(kept.id, 'role', kept.role, survivor.role)
  return changes
}

type MergeRow = typeof merges.$inferSelect

/**
 * Undo writes back whole rows, so it is only safe while nothing the merge wrote has been changed
 * since: a later edit would be silently lost, or a later status change or move would contradict
 * the restored row.
 */
function untouchedSinceMerge(database: AppDatabase, row: MergeRow): boolean {
  const { table } = kinds[row.kind]
  const stamps = [row.survivorId, row.mergedId].map(
    (id) => database.orm.select({ updatedAt: table.updatedAt }).from(table).where(eq(table.id, id)).get()?.updatedAt,
  )
  const moved = JSON.parse(row.movedReferences) as MovedReference[]
  for (const { table: other, id } of moved)
    stamps.push(database.sqlite.prepare(`SELECT updated_at FROM ${other} WHERE id = ?`).pluck().get(id) as string)
  return stamps.every((stamp) => stamp === row.createdAt)
}

function summary(database: AppDatabase, row: MergeRow, latestId: string | undefined): MergeSummary {
  const kind = row.kind
  const survivor = readRow(database, kind, row.survivorId)
  return {
    id: row.id,
    kind,
    survivorId: row.survivorId,
    survivorName: survivor?.name ?? '',
    mergedName: (JSON.parse(row.mergedBefore) as MemberRow).name,
    mergedAt: row.createdAt,
    undoable: row.undoneAt === null && row.id === latestId && untouchedSinceMerge(database, row),
  }
}

const latestMerge = (database: AppDatabase) =>
  database.orm
    .select()
    .from(merges)
    .where(isNull(merges.deletedAt))
    .orderBy(desc(merges.createdAt), desc(merges.id))
    .limit(1)
    .get()

/**
 * Folds one record into another in one transaction: the chosen fields are copied to the survivor,
 * every reference moves to it, the other row is soft-deleted pointing at it, and both rows as they
 * were are kept so the latest merge can be undone.
 */
export function mergeRecords(
  database: AppDatabase,
  input: ParsedInputOf<'members:merge'>,
  now = new Date(),
): MergeSummary {
  const hub = requireIdentity(database)
  const { kind, survivorId, mergedId } = input
  if (survivorId === mergedId) refuseFields({ mergedId: { key: 'validation.merge.same' } })
  const choices = mergeChoices(kind)
  const unknown = Object.keys(input.take).find((field) => !choices.includes(field))
  if (unknown !== undefined)
    refuseFields({ [`take.${unknown}`]: { key: 'validation.merge.field', params: { field: unknown } } })
  const stamp = now.toISOString()
  const id = database.sqlite.transaction(() => {
    const survivor = readRow(database, kind, survivorId)
    const merged = readRow(database, kind, mergedId)
    assertLive(survivor, kind)
    assertLive(merged, kind)
    const taken = Object.entries(input.take)
      .filter(([, side]) => side === 'merged')
      .flatMap(([field]) => [field, ...(companions[field] ?? [])])
    const values: Record<string, unknown> = Object.fromEntries(taken.map((field) => [field, merged[field]]))
    const name = (values.name as string | undefined) ?? survivor.name
    writeRow(database, kind, survivorId, { ...values, nameKey: kinds[kind].nameKey(name), updatedAt: stamp })
    writeRow(database, kind, mergedId, { deletedAt: stamp, mergedIntoId: survivorId, updatedAt: stamp })
    const moved = moveReferences(database, kinds[kind].references, mergedId, survivorId, stamp)
    if (kind === 'person')
      moved.push(...settleAffiliations(database, { ...survivor, ...values }, localDate(now, hub.timeZone), stamp))
    const mergeId = uuidv7()
    database.orm
      .insert(merges)
      .values({
        id: mergeId,
        hubId: hub.hubId,
        createdAt: stamp,
        updatedAt: stamp,
        kind,
        survivorId,
        mergedId,
        survivorBefore: JSON.stringify(survivor),
        mergedBefore: JSON.stringify(merged),
        movedReferences: JSON.stringify(moved),
      })
      .run()
    return mergeId
  })()
  const row = database.orm.select().from(merges).where(eq(merges.id, id)).get() as MergeRow
  return summary(database, row, id)
}

export function lastMerge(database: AppDatabase): MergeSummary | null {
  const row = latestMerge(database)
  return row ? summary(database, row, row.id) : null
}

/**
 * Puts both rows back as they were before the latest merge and every moved reference where it
 * pointed, provided none of them changed since. Timestamps move forward rather than back, so sync
 * sees the restored rows as the newest change.
 */
export function undoLastMerge(database: AppDatabase, now = new Date()): MergeSummary {
  const stamp = now.toISOString()
  const row = database.sqlite.transaction(() => {
    const latest = latestMerge(database)
    if (!latest || latest.undoneAt !== null) throw new AppError('VALIDATION', { key: 'validation.merge.nothingToUndo' })
    if (!untouchedSinceMerge(database, latest))
      throw new AppError('VALIDATION', { key: 'validation.merge.changedSince' })
    const moved = JSON.parse(latest.movedReferences) as MovedReference[]
    for (const { table, column, id, before } of moved.toReversed())
      database.sqlite.prepare(`UPDATE ${table} SET ${column} = ?, updated_at = ? WHERE id = ?`).run(before, stamp, id)
    for (const before of [latest.survivorBefore, latest.mergedBefore]) {
      const values = JSON.parse(before) as MemberRow
      writeRow(database, latest.kind, values.id, { ...values, updatedAt: stamp })
    }
    database.orm.update(merges).set({ undoneAt: stamp, updatedAt: stamp }).where(eq(merges.id, latest.id)).run()
    return { ...latest, undoneAt: stamp }
  })()
  return summary(database, row, row.id)
}
