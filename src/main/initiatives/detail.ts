import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import type { InitiativeDetail, NamedRef } from '../../shared/initiatives'
import type { AppDatabase } from '../db'
import { organisations } from '../members/schema'
import { findDistrict, findRegency, findVillage } from '../reference/queries'
import { needsOf } from './needs-read'
import { initiativeProgress } from './progress'
import { jsonList, liveInitiative } from './records'
import { initiativeStatusChanges, initiativeSteps, issueClusters } from './schema'
import { readStepGuide } from './step-guide'

/** Names of the OMS given, in the order given; a row that is gone altogether is left out. */
function organisationNames(database: AppDatabase, ids: string[]): NamedRef[] {
  if (ids.length === 0) return []
  const rows = database.orm
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids))
    .all()
  return ids.flatMap((id) => rows.filter((row) => row.id === id))
}

function clusterNames(database: AppDatabase, ids: string[]): NamedRef[] {
  if (ids.length === 0) return []
  return database.orm
    .select({ id: issueClusters.id, name: issueClusters.name })
    .from(issueClusters)
    .where(and(inArray(issueClusters.id, ids), isNull(issueClusters.deletedAt)))
    .orderBy(asc(issueClusters.name))
    .all()
}

/** Everything the initiative page shows but its pledges and stories, which their own capabilities list. */
export function initiativeDetail(database: AppDatabase, id: string): InitiativeDetail {
  const row = liveInitiative(database, id)
  const guide = readStepGuide(database.orm).steps
  const stepRows = database.orm.select().from(initiativeSteps).where(eq(initiativeSteps.initiativeId, id)).all()
  const needs = needsOf(database, [id]).get(id) ?? []
  const partnerIds = jsonList<string>(row.partnerOrganisationIds)
  const clusterIds = jsonList<string>(row.clusterIds)
  return {
    id,
    leadOrganisationId: row.leadOrganisationId,
    partnerOrganisationIds: partnerIds,
    title: row.title,
    problem: row.problem,
    service: row.service,
    beneficiaryGroups: row.beneficiaryGroups,
    beneficiaryCount: row.beneficiaryCount,
    regencyCode: row.regencyCode,
    districtCode: row.districtCode,
    villageCode: row.villageCode,
    sectorCodes: jsonList<string>(row.sectorCodes),
    sdgs: jsonList<number>(row.sdgs),
    clusterIds,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    notes: row.notes,
    status: row.status,
    statusSince: row.statusSince,
    leadName: organisationNames(database, [row.leadOrganisationId])[0]?.name ?? '',
    partners: organisationNames(database, partnerIds),
    regencyName: findRegency(database.orm, row.regencyCode)?.name ?? row.regencyCode,
    districtName: row.districtCode ? (findDistrict(database.orm, row.districtCode)?.name ?? null) : null,
    villageName: row.villageCode ? (findVillage(database.orm, row.villageCode)?.name ?? null) : null,
    clusters: clusterNames(database, clusterIds),
    statusHistory: database.orm
      .select({
        id: initiativeStatusChanges.id,
        status: initiativeStatusChanges.status,
        effectiveOn: initiativeStatusChanges.effectiveOn,
        note: initiativeStatusChanges.note,
      })
      .from(initiativeStatusChanges)
      .where(and(eq(initiativeStatusChanges.initiativeId, id), isNull(initiativeStatusChanges.deletedAt)))
      .orderBy(asc(initiativeStatusChanges.effectiveOn), asc(initiativeStatusChanges.createdHlc))
      .all(),
    steps: guide.map((text, index) => {
      const stored = stepRows.find((step) => step.step === index + 1 && step.deletedAt === null)
      return { number: index + 1, ...text, done: stored?.done ?? false, notes: stored?.notes ?? null }
    }),
    needs,
    progress: initiativeProgress(needs),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}
