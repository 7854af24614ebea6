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

/**
 * The age band of a birth year in a given year; see ageBands. An erased person has no birth year
 * but the band it gave when they were erased (`ageBand`, the column beside it).
 */
export const ageBand = (birthYear: string, year: string) => `CASE
  WHEN ${birthYear} IS NULL THEN coalesce(${birthYear.replace(/birth_year$/, 'age_band')}, 'unknown')
  WHEN ${year} - ${birthYear} < ${YOUTH_AGE.from} THEN 'under16'
  WHEN ${year} - ${birthYear} <= ${YOUTH_AGE.to} THEN 'young'
  ELSE 'over30' END`

/** The place columns every measure of OMS-related records carries, from a regency code. */
export const placeColumns = (regency: string) => `${regency} AS d_regency, substr(${regency}, 1, 2) AS d_province`

export const regencyName = (regency: string) => `(SELECT name FROM ref_regencies WHERE code = ${regency})`

/**
 * A synced row's id, or another column, by its rowid (a fact's key): read only for the records'
 * list, since a count or a sum over the records never asks for them.
 */
export const idOf = (table: string, key: string) => `(SELECT id FROM ${table} WHERE rowid = ${key})`
export const nameOf = (table: string, key: string, column = 'name') =>
  `(SELECT ${column} FROM ${table} WHERE rowid = ${key})`

/** A fact's place (province and kabupaten/kota columns, see facts.ts) inside the scope's. */
export const factInPlace = (fact: string) =>
  `(:province IS NULL OR ${fact}.province = :province) AND (:regency IS NULL OR ${fact}.regency = :regency)`

export const factPlaceColumns = (fact: string) => `${fact}.regency AS d_regency, ${fact}.province AS d_province`

/**
 * Whether an OMS (the facts row `row`) has one of its spans of days in `events` (a point is a span
 * of one day) overlapping the scope's period. Its row keeps the earliest start, the latest start,
 * the earliest end and the latest end of its spans (`columns`), which decide an OMS with none, one
 * whose spans all end before the period or start after it, and any period open at one end; so is
 * one whose latest start or earliest end falls in the period (that span overlaps it). Only the
 * rest have their spans read.
 */
export const spanInPeriod = (
  row: string,
  columns: { from: string; latest: string; earliestEnd: string; until: string },
  events: { table: string; starts: string; ends: string },
) => `(CASE
  WHEN ${row}.${columns.from} IS NULL THEN 0
  WHEN (:to IS NOT NULL AND ${row}.${columns.from} > :to) OR (:from IS NOT NULL AND ${row}.${columns.until} < :from) THEN 0
  WHEN :from IS NULL OR :to IS NULL THEN 1
  WHEN ${row}.${columns.latest} BETWEEN :from AND :to OR ${row}.${columns.earliestEnd} BETWEEN :from AND :to THEN 1
  ELSE EXISTS (SELECT 1 FROM ${events.table} e WHERE e.organisation = ${row}.organisation
    AND e.${events.ends} >= :from AND e.${events.starts} <= :to) END)`
