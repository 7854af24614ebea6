import type Database from 'better-sqlite3'
import type { z } from 'zod'
import type { Language } from '../../../shared/hub'
import { sharedResources } from '../../../shared/i18n/translate'
import type { listPeopleInput, Page, PersonListRow } from '../../../shared/members'
import { listPage, type Condition, type ListSpec } from './engine'
import { matchExpression } from './match'
import { byLabel, placeholders, sortClause, type SortTerms } from './sorting'

/** The yes-or-no columns, which SQLite answers as 0 or 1. */
type Flag = 'consent' | 'restricted' | 'erased'

type Input = z.output<typeof listPeopleInput>

const sortTerms = (language: Language): SortTerms<Input['sort']['column']> => ({
  name: { expression: 'm.name COLLATE NOCASE' },
  gender: { expression: byLabel('m.gender', sharedResources[language].translation.member.gender, language) },
  birthYear: { expression: 'm.birth_year', nullable: true },
  role: {
    expression: `CASE m.role WHEN 'leader' THEN 0 WHEN 'manager' THEN 1 WHEN 'staff' THEN 2 WHEN 'trainer' THEN 3 ELSE 4 END`,
  },
  organisation: { expression: 'o.name COLLATE NOCASE' },
  regency: { expression: 'r.name COLLATE NOCASE' },
  consent: { expression: 'm.consent' },
  updatedAt: { expression: 'm.updated_at' },
})

function conditions({ regencyCode, organisationId, role, gender, hasConsent }: Input['filters']): Condition[] {
  return [
    ...(regencyCode === null ? [] : [{ sql: 'o.regency_code = ?', params: [regencyCode] }]),
    ...(organisationId === null ? [] : [{ sql: 'm.organisation_id = ?', params: [organisationId] }]),
    ...(role === null ? [] : [{ sql: 'm.role = ?', params: [role] }]),
    ...(gender === null ? [] : [{ sql: 'm.gender = ?', params: [gender] }]),
    ...(hasConsent === null ? [] : [{ sql: 'm.consent = ?', params: [hasConsent ? 1 : 0] }]),
  ]
}

const joins = `LEFT JOIN organisations o ON o.id = m.organisation_id LEFT JOIN ref_regencies r ON r.code = o.regency_code`

const spec = (sqlite: Database.Database): ListSpec<PersonListRow> => ({
  fts: 'people_fts',
  table: 'people',
  joins,
  nameIndex: 'people_name_sort_idx',
  rowsByIds: (ids) =>
    (
      sqlite
        .prepare(
          `SELECT m.id, m.name, m.gender, m.birth_year AS birthYear, m.role, m.organisation_id AS organisationId,
             coalesce(o.name, '') AS organisationName, coalesce(r.name, '') AS regencyName,
             m.phone, m.email, m.consent, m.restricted_on IS NOT NULL AS restricted,
             m.erased_at IS NOT NULL AS erased, m.updated_at AS updatedAt,
             coalesce(d.name, o.district_name) AS districtName
           FROM people m ${joins} LEFT JOIN ref_districts d ON d.code = o.district_code
           WHERE m.id IN (${placeholders(ids)})`,
        )
        .all(...ids) as (Omit<PersonListRow, Flag> & Record<Flag, number>)[]
    ).map((row) => ({
      ...row,
      consent: row.consent === 1,
      restricted: row.restricted === 1,
      erased: row.erased === 1,
    })),
})

/** A page of the people list: search (also by OMS and its kabupaten/kota), filters, sort. */
export function listPeople(
  sqlite: Database.Database,
  input: Input,
  language: Language,
  { complete = false } = {},
): Page<PersonListRow> {
  return listPage(sqlite, spec(sqlite), {
    match: matchExpression(input.query),
    conditions: conditions(input.filters),
    ...sortClause(sortTerms(language), input.sort),
    offset: input.offset,
    limit: input.limit,
    complete,
  })
}
