import { and, asc, desc, eq, isNull } from 'drizzle-orm'
import { AppError } from '../../../shared/errors'
import type {
  Affiliation,
  CapacityAssessment,
  MembershipChange,
  OrganisationDetail,
  PersonDetail,
  PersonRow,
} from '../../../shared/members'
import type { AppDatabase } from '../../db'
import { districts, regencies, villages } from '../../reference/schema'
import { affiliations, capacityAssessments, membershipChanges, organisations } from '../schema'
import { findOrganisationRow } from './organisations'
import { findPersonRow } from './people'

interface StoredRow {
  hubId: string
  deletedAt: string | null
  nameKey: string
  mergedIntoId: string | null
  createdHlc: string
  hlc: string
  fieldClocks: string
  changeSeq: number
}

/**
 * Merged-away rows are still shown (read-only, pointing at their survivor) so old links lead
 * somewhere; rows deleted for any other reason are gone. What only storage and sync need stays here.
 */
function readable<T extends StoredRow>(row: T | undefined, kind: 'organisation' | 'person') {
  if (!row || (row.deletedAt && !row.mergedIntoId))
    throw new AppError('NOT_FOUND', { key: `validation.${kind}.notFound` })
  const {
    hubId: _hub,
    deletedAt: _deleted,
    nameKey: _key,
    createdHlc: _created,
    hlc: _hlc,
    fieldClocks: _clocks,
    changeSeq: _seq,
    ...shown
  } = row
  return shown
}

const nameOf = (
  database: AppDatabase,
  table: typeof regencies | typeof districts | typeof villages,
  code: string | null,
): string | null =>
  code === null
    ? null
    : (database.orm.select({ name: table.name }).from(table).where(eq(table.code, code)).get()?.name ?? null)

/** The people an organisation has now, as the directory lists them. */
function currentPeople(database: AppDatabase, organisationId: string): PersonRow[] {
  return database.sqlite
    .prepare(
      `SELECT p.id, p.name, p.gender, p.birth_year AS birthYear, p.role, p.organisation_id AS organisationId,
         o.name AS organisationName, coalesce(r.name, '') AS regencyName, p.phone, p.email,
         p.consent = 1 AS consent, p.restricted_on IS NOT NULL AS restricted, p.erased_at IS NOT NULL AS erased, p.updated_at AS updatedAt
       FROM people p JOIN organisations o ON o.id = p.organisation_id
       LEFT JOIN ref_regencies r ON r.code = o.regency_code
       WHERE p.organisation_id = ? AND p.deleted_at IS NULL
       ORDER BY p.name COLLATE NOCASE, p.id`,
    )
    .all(organisationId)
    .map((row) => {
      const flags = row as { consent: number; restricted: number; erased: number }
      const [consent, restricted, erased] = [flags.consent, flags.restricted, flags.erased].map(Boolean) as boolean[]
      return { ...(row as PersonRow), consent, restricted, erased } as PersonRow
    })
}

export function organisationDetail(database: AppDatabase, id: string): OrganisationDetail {
  const row = readable(findOrganisationRow(database, id), 'organisation')
  const statusHistory: MembershipChange[] = database.orm
    .select({
      id: membershipChanges.id,
      status: membershipChanges.status,
      effectiveOn: membershipChanges.effectiveOn,
      note: membershipChanges.note,
    })
    .from(membershipChanges)
    .where(and(eq(membershipChanges.organisationId, id), isNull(membershipChanges.deletedAt)))
    .orderBy(desc(membershipChanges.effectiveOn), desc(membershipChanges.createdAt), desc(membershipChanges.id))
    .all()
  const assessments: CapacityAssessment[] = database.orm
    .select()
    .from(capacityAssessments)
    .where(and(eq(capacityAssessments.organisationId, id), isNull(capacityAssessments.deletedAt)))
    .orderBy(desc(capacityAssessments.assessedOn), desc(capacityAssessments.createdAt), desc(capacityAssessments.id))
    .all()
    .map(({ id, assessedOn, scores, note }) => ({ id, assessedOn, scores: JSON.parse(scores), note }))
  return {
    ...row,
    sectorCodes: JSON.parse(row.sectorCodes) as string[],
    sdgs: JSON.parse(row.sdgs) as number[],
    regencyName: nameOf(database, regencies, row.regencyCode) ?? row.regencyCode,
    districtLabel: nameOf(database, districts, row.districtCode) ?? row.districtName,
    villageLabel: nameOf(database, villages, row.villageCode) ?? row.villageName,
    statusHistory,
    assessments,
    people: currentPeople(database, id),
  }
}

export function personDetail(database: AppDatabase, id: string): PersonDetail {
  const row = readable(findPersonRow(database, id), 'person')
  const history: Affiliation[] = database.orm
    .select({
      id: affiliations.id,
      organisationId: affiliations.organisationId,
      organisationName: organisations.name,
      role: affiliations.role,
      fromOn: affiliations.fromOn,
      untilOn: affiliations.untilOn,
    })
    .from(affiliations)
    .innerJoin(organisations, eq(organisations.id, affiliations.organisationId))
    .where(and(eq(affiliations.personId, id), isNull(affiliations.deletedAt)))
    .orderBy(desc(affiliations.fromOn), desc(affiliations.createdAt), asc(affiliations.id))
    .all()
  const organisation = findOrganisationRow(database, row.organisationId)
  return { ...row, organisationName: organisation?.name ?? '', affiliations: history }
}
