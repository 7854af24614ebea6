import { survivorOf } from '../measures/sql'
import type { Fact } from './fact'

/**
 * The live record a row stands for now (sql.ts's survivorOf) as that record's rowid: the row
 * itself when it is live, found by id only at the end of a chain of merges.
 */
export const survivorKey = (table: 'people' | 'organisations', alias: string) => `CASE
  WHEN ${alias}.merged_into_id IS NULL THEN iif(${alias}.deleted_at IS NULL, ${alias}.rowid, NULL)
  ELSE (SELECT s.rowid FROM ${table} s WHERE s.id = ${survivorOf(table, alias)}) END`

/**
 * Every OMS row by id, live or not: its rowid, its kabupaten/kota as recorded, and the live OMS it
 * stands for now. The other facts resolve OMS ids through it instead of the wide synced table.
 */
export const organisationKeys: Fact = {
  table: 'report_organisation_keys',
  create: `CREATE TABLE temp.report_organisation_keys (
    id TEXT PRIMARY KEY,
    organisation INTEGER NOT NULL,
    regency TEXT,
    survivor INTEGER
  ) WITHOUT ROWID`,
  // Sorted first (+ keeps the id index out of it): a table keyed by text fills fastest in key order.
  fill: `INSERT INTO temp.report_organisation_keys
    SELECT o.id, o.rowid, o.regency_code, ${survivorKey('organisations', 'o')} FROM organisations o ORDER BY +o.id`,
}

/**
 * Live people with what the indicators split and filter them by: the place of their OMS (as that
 * row stands, merged or not), gender, role, birth year; whether they lead or manage, and whether
 * they are a trainer by role or by a ToT qualification (theirs, or of a record merged into them).
 * `live_organisation` is the live OMS their training engages. A person whose processing is
 * restricted (UU PDP Pasal 11) counts nowhere until the restriction is lifted.
 */
export const people: Fact = {
  table: 'report_people',
  create: `CREATE TABLE temp.report_people (
    person INTEGER PRIMARY KEY,
    organisation INTEGER,
    live_organisation INTEGER,
    province TEXT,
    regency TEXT,
    gender TEXT NOT NULL,
    role TEXT NOT NULL,
    birth_year INTEGER,
    age_band TEXT,
    leader INTEGER NOT NULL,
    trainer INTEGER NOT NULL
  )`,
  fill: `INSERT INTO temp.report_people
    SELECT x.rowid, k.organisation, k.survivor, substr(k.regency, 1, 2), k.regency, x.gender, x.role, x.birth_year, x.age_band,
      x.role IN ('leader', 'manager'),
      x.role = 'trainer' OR x.rowid IN (SELECT ${survivorKey('people', 'm')} FROM cop_trainers t
        JOIN people m ON m.id = t.person_id WHERE t.deleted_at IS NULL)
    FROM people x LEFT JOIN temp.report_organisation_keys k ON k.id = x.organisation_id
    WHERE x.deleted_at IS NULL AND x.merged_into_id IS NULL AND x.restricted_on IS NULL`,
}

/**
 * The days each live OMS was engaged: a person of theirs trained (the day the session started where
 * the hub is), an initiative they lead or partner in under way (published, running or completed:
 * from its start, or its record if no start was given, to its end, 9999-12-31 when open), support
 * they pledged. An OMS merged into another engages it.
 */
export const engagement: Fact = {
  table: 'report_engagement',
  create: `CREATE TABLE temp.report_engagement (
    organisation INTEGER NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    PRIMARY KEY (organisation, ends_on, starts_on)
  ) WITHOUT ROWID`,
  fill: `INSERT OR IGNORE INTO temp.report_engagement
    SELECT organisation, starts_on, ends_on FROM (
      SELECT y.live_organisation AS organisation, date(a.starts_at, :zoneShift) AS starts_on,
        date(a.starts_at, :zoneShift) AS ends_on
      FROM temp.report_attendance a JOIN temp.report_people y ON y.person = a.person
      WHERE y.live_organisation IS NOT NULL
      UNION ALL SELECT k.survivor, coalesce(i.starts_on, substr(i.created_at, 1, 10)), coalesce(i.ends_on, '9999-12-31')
      FROM initiatives i JOIN temp.report_organisation_keys k ON k.id = i.lead_organisation_id
      WHERE i.deleted_at IS NULL AND i.status IN ('published', 'running', 'completed') AND k.survivor IS NOT NULL
      UNION ALL SELECT k.survivor, coalesce(i.starts_on, substr(i.created_at, 1, 10)), coalesce(i.ends_on, '9999-12-31')
      FROM initiatives i, json_each(i.partner_organisation_ids) j
      JOIN temp.report_organisation_keys k ON k.id = j.value
      WHERE i.deleted_at IS NULL AND i.status IN ('published', 'running', 'completed') AND k.survivor IS NOT NULL
      UNION ALL SELECT k.survivor, g.pledged_on, g.pledged_on
      FROM supporters u JOIN pledges g ON g.supporter_id = u.id
      JOIN temp.report_organisation_keys k ON k.id = u.organisation_id
      WHERE u.deleted_at IS NULL AND g.deleted_at IS NULL AND g.cancelled_on IS NULL AND k.survivor IS NOT NULL)
    ORDER BY 1, 3, 2`,
}

/** The days each live OMS assessed its own capacity. */
export const assessments: Fact = {
  table: 'report_assessments',
  create: `CREATE TABLE temp.report_assessments (
    organisation INTEGER NOT NULL,
    assessed_on TEXT NOT NULL,
    PRIMARY KEY (organisation, assessed_on)
  ) WITHOUT ROWID`,
  fill: `INSERT OR IGNORE INTO temp.report_assessments
    SELECT k.organisation, a.assessed_on FROM capacity_assessments a
    JOIN temp.report_organisation_keys k ON k.id = a.organisation_id
    WHERE a.deleted_at IS NULL AND k.survivor = k.organisation ORDER BY 1, 2`,
}

/**
 * Live OMS with their place, status, type and sectors, the day they joined (their first recorded
 * membership status), and the span of their engagement and assessments: what most periods can be
 * decided on without reading the days themselves (see spanInPeriod).
 */
export const organisations: Fact = {
  table: 'report_organisations',
  create: `CREATE TABLE temp.report_organisations (
    organisation INTEGER PRIMARY KEY,
    province TEXT NOT NULL,
    regency TEXT NOT NULL,
    status TEXT NOT NULL,
    type TEXT,
    sectors TEXT NOT NULL,
    joined_on TEXT,
    engaged_from TEXT,
    engaged_latest TEXT,
    engaged_earliest_end TEXT,
    engaged_until TEXT,
    assessed_from TEXT,
    assessed_until TEXT
  )`,
  fill: `INSERT INTO temp.report_organisations
    SELECT o.rowid, substr(o.regency_code, 1, 2), o.regency_code, o.status, o.type_code, o.sector_codes, m.joined_on,
      e.engaged_from, e.engaged_latest, e.engaged_earliest_end, e.engaged_until, a.assessed_from, a.assessed_until
    FROM organisations o
    LEFT JOIN (SELECT k.organisation, min(c.effective_on) AS joined_on FROM membership_changes c
      JOIN temp.report_organisation_keys k ON k.id = c.organisation_id WHERE c.deleted_at IS NULL GROUP BY 1) m
      ON m.organisation = o.rowid
    LEFT JOIN (SELECT organisation, min(starts_on) AS engaged_from, max(starts_on) AS engaged_latest,
        min(ends_on) AS engaged_earliest_end, max(ends_on) AS engaged_until
      FROM temp.report_engagement GROUP BY 1) e ON e.organisation = o.rowid
    LEFT JOIN (SELECT organisation, min(assessed_on) AS assessed_from, max(assessed_on) AS assessed_until
      FROM temp.report_assessments GROUP BY 1) a ON a.organisation = o.rowid
    WHERE o.deleted_at IS NULL AND o.merged_into_id IS NULL`,
}

/**
 * The live OMS again, once per sector (once under '' without one), kept in sector order: what a
 * split by sector counts without unpacking every OMS's JSON each time.
 */
export const organisationSectors: Fact = {
  table: 'report_organisation_sectors',
  create: `CREATE TABLE temp.report_organisation_sectors (
    sector TEXT NOT NULL,
    organisation INTEGER NOT NULL,
    position INTEGER NOT NULL,
    province TEXT NOT NULL,
    regency TEXT NOT NULL,
    status TEXT NOT NULL,
    type TEXT,
    joined_on TEXT,
    engaged_from TEXT,
    engaged_latest TEXT,
    engaged_earliest_end TEXT,
    engaged_until TEXT,
    assessed_from TEXT,
    assessed_until TEXT,
    PRIMARY KEY (sector, organisation, position)
  ) WITHOUT ROWID`,
  fill: `INSERT INTO temp.report_organisation_sectors
    SELECT coalesce(j.value, ''), o.organisation, coalesce(j.key, 0), o.province, o.regency, o.status, o.type,
      o.joined_on, o.engaged_from, o.engaged_latest, o.engaged_earliest_end, o.engaged_until, o.assessed_from,
      o.assessed_until
    FROM temp.report_organisations o LEFT JOIN json_each(o.sectors) j`,
}
