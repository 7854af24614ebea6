import { YOUTH_AGE } from '../../../shared/cop'

/** Rows of a table still alive here: neither deleted nor merged into another. */
export const live = (alias: string) => `${alias}.deleted_at IS NULL AND ${alias}.merged_into_id IS NULL`

/**
 * The live record a member row stands for now: itself, or the end of its chain of merges (A merged
 * into B, B later into C: A is C). NULL when that record was deleted, or when merges made on two
 * instances point at each other. Only merged rows walk the chain.
 */
export const survivorOf = (table: 'people' | 'organisations', alias: string) => `CASE
  WHEN ${alias}.merged_into_id IS NULL THEN (CASE WHEN ${alias}.deleted_at IS NULL THEN ${alias}.id END)
  ELSE (WITH RECURSIVE chain(id, next, deleted_at) AS (
      SELECT ${alias}.id, ${alias}.merged_into_id, ${alias}.deleted_at
      UNION SELECT link.id, link.merged_into_id, link.deleted_at FROM ${table} link JOIN chain ON link.id = chain.next)
    SELECT id FROM chain WHERE next IS NULL AND deleted_at IS NULL) END`

/** A regency code inside the scope's province and kabupaten/kota, when they are set. */
export const inPlace = (regency: string) =>
  `(:province IS NULL OR substr(${regency}, 1, 2) = :province) AND (:regency IS NULL OR ${regency} = :regency)`

/** A calendar date (YYYY-MM-DD) inside the scope's period. */
export const inPeriod = (day: string) => `(:from IS NULL OR ${day} >= :from) AND (:to IS NULL OR ${day} <= :to)`

/** A UTC instant inside the scope's period, as the hub's days start and end. */
export const instantInPeriod = (instant: string) =>
  `(:fromUtc IS NULL OR ${instant} >= :fromUtc) AND (:toUtc IS NULL OR ${instant} < :toUtc)`

/** The age band of a birth year in a given year; see ageBands. */
export const ageBand = (birthYear: string, year: string) => `CASE
  WHEN ${birthYear} IS NULL THEN 'unknown'
  WHEN ${year} - ${birthYear} < ${YOUTH_AGE.from} THEN 'under16'
  WHEN ${year} - ${birthYear} <= ${YOUTH_AGE.to} THEN 'young'
  ELSE 'over30' END`

/** The place columns every measure of OMS-related records carries, from a regency code. */
export const placeColumns = (regency: string) => `${regency} AS d_regency, substr(${regency}, 1, 2) AS d_province`

export const regencyName = (regency: string) => `(SELECT name FROM ref_regencies WHERE code = ${regency})`
