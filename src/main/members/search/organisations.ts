import type Database from 'better-sqlite3'
import type { z } from 'zod'
import type { Language } from '../../../shared/hub'
import type { listOrganisationsInput, OrganisationRow, Page } from '../../../shared/members'
import { listPage, type Condition, type ListSpec } from './engine'
import { matchExpression } from './match'
import { placeholders, sortClause, type SortTerms } from './sorting'

type Input = z.output<typeof listOrganisationsInput>

const peopleCount = `(SELECT count(*) FROM people p WHERE p.organisation_id = m.id AND p.deleted_at IS NULL)`
const leaderNames = `(SELECT group_concat(p.name, ', ' ORDER BY p.name COLLATE NOCASE) FROM people p
  WHERE p.organisation_id = m.id AND p.role = 'leader' AND p.deleted_at IS NULL)`

const sortTerms = (language: Language): SortTerms<Input['sort']['column']> => ({
  name: { expression: 'm.name COLLATE NOCASE' },
  acronym: { expression: 'm.acronym COLLATE NOCASE', nullable: true },
  type: {
    expression: `coalesce(${language === 'en' ? 't.name_en' : 't.name_id'}, m.type_code) COLLATE NOCASE`,
    nullable: true,
    join: `LEFT JOIN ref_terms t ON t.vocabulary = 'organisation_type' AND t.code = m.type_code`,
  },
  regency: { expression: 'r.name COLLATE NOCASE' },
  status: {
    expression: `CASE m.status WHEN 'candidate' THEN 0 WHEN 'active' THEN 1 WHEN 'inactive' THEN 2 ELSE 3 END`,
  },
  foundedYear: { expression: 'm.founded_year', nullable: true },
  // Counted for all rows at once: one pass over people instead of a count per organisation.
  peopleCount: {
    expression: 'coalesce(counted.people, 0)',
    join: `LEFT JOIN (SELECT organisation_id, count(*) AS people FROM people WHERE deleted_at IS NULL
      GROUP BY organisation_id) counted ON counted.organisation_id = m.id`,
  },
  updatedAt: { expression: 'm.updated_at' },
})

function conditions({ regencyCode, typeCode, sectorCode, status }: Input['filters']): Condition[] {
  return [
    ...(regencyCode === null ? [] : [{ sql: 'm.regency_code = ?', params: [regencyCode] }]),
    ...(typeCode === null ? [] : [{ sql: 'm.type_code = ?', params: [typeCode] }]),
    ...(sectorCode === null
      ? []
      : [{ sql: 'EXISTS (SELECT 1 FROM json_each(m.sector_codes) s WHERE s.value = ?)', params: [sectorCode] }]),
    ...(status === null ? [] : [{ sql: 'm.status = ?', params: [status] }]),
  ]
}

const spec = (sqlite: Database.Database): ListSpec<OrganisationRow> => ({
  fts: 'organisations_fts',
  table: 'organisations',
  joins: 'LEFT JOIN ref_regencies r ON r.code = m.regency_code',
  nameIndex: 'organisations_name_sort_idx',
  rowsByIds: (ids) =>
    sqlite
      .prepare(
        `SELECT m.id, m.name, m.acronym, m.type_code AS typeCode, m.regency_code AS regencyCode,
           coalesce(r.name, m.regency_code) AS regencyName, m.status, m.founded_year AS foundedYear,
           m.phone, m.email, ${peopleCount} AS peopleCount, m.updated_at AS updatedAt,
           coalesce(d.name, m.district_name) AS districtName, ${leaderNames} AS leaderNames,
           m.staff_count AS staffCount, m.volunteer_count AS volunteerCount
         FROM organisations m LEFT JOIN ref_regencies r ON r.code = m.regency_code
           LEFT JOIN ref_districts d ON d.code = m.district_code
         WHERE m.id IN (${placeholders(ids)})`,
      )
      .all(...ids) as OrganisationRow[],
})

/** A page of the organisation directory: search, filters, sort (coded columns by their label in `language`). */
export function listOrganisations(
  sqlite: Database.Database,
  input: Input,
  language: Language,
  { complete = false } = {},
): Page<OrganisationRow> {
  return listPage(sqlite, spec(sqlite), {
    match: matchExpression(input.query),
    conditions: conditions(input.filters),
    ...sortClause(sortTerms(language), input.sort),
    offset: input.offset,
    limit: input.limit,
    complete,
  })
}
