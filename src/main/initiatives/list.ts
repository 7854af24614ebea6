import type { ParsedInputOf } from '../../shared/contract'
import { initiativeStatuses, type InitiativePage, type InitiativeRow } from '../../shared/initiatives'
import type { AppDatabase } from '../db'
import { foldText } from '../members/names'
import { needsOf } from './needs-read'
import { initiativeProgress } from './progress'

const folding = new WeakSet<AppDatabase>()

/**
 * Titles are matched folded (case, accents and punctuation ignored) by a LIKE over every live
 * initiative: a hub holds a few thousand, which a scan reads in milliseconds, so no index is kept.
 */
function withFold(database: AppDatabase): AppDatabase {
  if (!folding.has(database)) {
    database.sqlite.function('lokadaya_fold', { deterministic: true }, (value: unknown) =>
      typeof value === 'string' ? foldText(value) : null,
    )
    folding.add(database)
  }
  return database
}

const statusOrder = `CASE i.status ${initiativeStatuses.map((status, index) => `WHEN '${status}' THEN ${index}`).join(' ')} END`
const orderBy: Record<ParsedInputOf<'initiatives:list'>['sort']['column'], (direction: string) => string> = {
  title: (direction) => `lokadaya_fold(i.title) ${direction}`,
  // Initiatives without a start date come last either way: they are not yet planned.
  startsOn: (direction) => `i.starts_on IS NULL, i.starts_on ${direction}`,
  status: (direction) => `${statusOrder} ${direction}, i.status_since ${direction}`,
}

const where = `i.deleted_at IS NULL
  AND (:query = '' OR lokadaya_fold(i.title) LIKE '%' || :query || '%')
  AND (:status IS NULL OR i.status = :status)
  AND (:regencyCode IS NULL OR i.regency_code = :regencyCode)
  AND (:lead IS NULL OR i.lead_organisation_id = :lead)
  AND (:cluster IS NULL OR EXISTS (SELECT 1 FROM json_each(i.cluster_ids) WHERE value = :cluster))
  AND (:sdg IS NULL OR EXISTS (SELECT 1 FROM json_each(i.sdgs) WHERE value = :sdg))`

/** A page of live initiatives for the list screen, each with its lead OMS, place and progress. */
export function listInitiatives(database: AppDatabase, input: ParsedInputOf<'initiatives:list'>): InitiativePage {
  const sqlite = withFold(database).sqlite
  const { filters } = input
  const params = {
    // Folding keeps letters and digits only, so "%" and "_" never reach the LIKE as wildcards.
    query: foldText(input.query),
    status: filters.status,
    regencyCode: filters.regencyCode,
    lead: filters.leadOrganisationId,
    cluster: filters.clusterId,
    sdg: filters.sdg,
  }
  const total = sqlite.prepare(`SELECT count(*) FROM initiatives i WHERE ${where}`).pluck().get(params) as number
  const direction = input.sort.direction === 'desc' ? 'DESC' : 'ASC'
  const rows = sqlite
    .prepare(
      `SELECT i.id, i.title, i.lead_organisation_id AS leadOrganisationId, coalesce(o.name, '') AS leadName,
          i.regency_code AS regencyCode, coalesce(r.name, i.regency_code) AS regencyName, i.status,
          i.status_since AS statusSince, i.starts_on AS startsOn, i.ends_on AS endsOn,
          (SELECT count(DISTINCT s.step) FROM initiative_steps s
            WHERE s.initiative_id = i.id AND s.deleted_at IS NULL AND s.done = 1) AS stepsDone
        FROM initiatives i
        LEFT JOIN organisations o ON o.id = i.lead_organisation_id
        LEFT JOIN ref_regencies r ON r.code = i.regency_code
        WHERE ${where}
        ORDER BY ${orderBy[input.sort.column](direction)}, lokadaya_fold(i.title), i.id
        LIMIT :limit OFFSET :offset`,
    )
    .all({ ...params, limit: input.limit, offset: input.offset }) as Omit<InitiativeRow, 'progress'>[]
  const needs = needsOf(
    database,
    rows.map((row) => row.id),
  )
  return {
    total,
    offset: input.offset,
    rows: rows.map((row) => ({ ...row, progress: initiativeProgress(needs.get(row.id) ?? []) })),
  }
}
