import { and, eq, isNull, sql } from 'drizzle-orm'
import { AppError } from '../../shared/errors'
import type { InitiativeFields } from '../../shared/initiatives'
import type { AppDatabase } from '../db'
import { pledges } from '../pledges/schema'
import { initiatives } from './schema'

export type InitiativeRecord = typeof initiatives.$inferSelect

/** A live initiative, or NOT_FOUND: deleted ones are gone for every action but a restore. */
export function liveInitiative(database: AppDatabase, id: string): InitiativeRecord {
  const row = database.orm.select().from(initiatives).where(eq(initiatives.id, id)).get()
  if (!row || row.deletedAt) throw new AppError('NOT_FOUND', { key: 'initiatives.initiative.notFound' })
  return row
}

/** Live pledges naming the initiative or need: deleting what they answer would leave them pointing nowhere. */
export function livePledgeCount(database: AppDatabase, column: 'initiativeId' | 'needId', id: string): number {
  return (
    database.orm
      .select({ count: sql<number>`count(*)` })
      .from(pledges)
      .where(and(eq(pledges[column], id), isNull(pledges.deletedAt)))
      .get()?.count ?? 0
  )
}

/** The columns an initiative's fields fill: lists as JSON, without repeats, SDGs in order. */
export function initiativeColumns(fields: InitiativeFields) {
  return {
    ...fields,
    partnerOrganisationIds: JSON.stringify([...new Set(fields.partnerOrganisationIds)]),
    sectorCodes: JSON.stringify([...new Set(fields.sectorCodes)]),
    sdgs: JSON.stringify([...new Set(fields.sdgs)].sort((a, b) => a - b)),
    clusterIds: JSON.stringify([...new Set(fields.clusterIds)]),
  }
}

export const jsonList = <T>(text: string): T[] => JSON.parse(text) as T[]
