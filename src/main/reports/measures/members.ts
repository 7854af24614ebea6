import type { IndicatorKey } from '../../../shared/reports'
import { ageBand, inPeriod, inPlace, instantInPeriod, live, placeColumns, regencyName, survivorOf } from './sql'
import type { Measure } from './types'

const organisationDimensions = {
  province: 'one',
  regency: 'one',
  status: 'one',
  type: 'one',
  sector: 'many',
} as const

/** Member OMS as they stand, one row each, with their place, status, type and sectors. */
const organisationRows = (where: string) => `
  SELECT o.id, o.name AS label, ${regencyName('o.regency_code')} AS detail, NULL AS day, NULL AS amount, o.id AS open_id,
    ${placeColumns('o.regency_code')}, o.status AS d_status, o.type_code AS d_type, o.sector_codes AS d_sector
  FROM organisations o
  WHERE ${live('o')} AND ${inPlace('o.regency_code')} AND ${where}`

const organisations = (where: string): Measure => ({
  kind: 'organisation',
  unit: 'count',
  aggregate: 'count',
  records: organisationRows(where),
  dimensions: organisationDimensions,
})

/** The day an OMS joined: its first recorded membership status. */
const joinedOn = `(SELECT min(m.effective_on) FROM membership_changes m
  WHERE m.organisation_id = o.id AND m.deleted_at IS NULL)`

/**
 * OMS engaged in the period: a person of theirs trained, an initiative they lead or partner in
 * under way, or support they pledged. Read in one pass over each source, then matched by id.
 */
const engagedIds = `
  SELECT a.organisation_id FROM temp.report_attendance a WHERE ${instantInPeriod('a.starts_at')}
  UNION SELECT i.lead_organisation_id FROM initiatives i WHERE i.deleted_at IS NULL AND ${initiativeUnderWay('i')}
  UNION SELECT j.value FROM initiatives i, json_each(i.partner_organisation_ids) j
    WHERE i.deleted_at IS NULL AND ${initiativeUnderWay('i')}
  UNION SELECT u.organisation_id FROM supporters u JOIN pledges g ON g.supporter_id = u.id
    WHERE u.deleted_at IS NULL AND u.organisation_id IS NOT NULL AND g.deleted_at IS NULL
      AND g.cancelled_on IS NULL AND ${inPeriod('g.pledged_on')}`

/**
 * An initiative counts in a period it overlaps: from its start (or its record, if no start was
 * given) to its end, once published; drafts and cancelled ones are not under way.
 */
export function initiativeUnderWay(alias: string): string {
  const start = `coalesce(${alias}.starts_on, substr(${alias}.created_at, 1, 10))`
  return `${alias}.status IN ('published', 'running', 'completed')
    AND (:to IS NULL OR ${start} <= :to) AND (:from IS NULL OR ${alias}.ends_on IS NULL OR ${alias}.ends_on >= :from)`
}

/** People of member OMS, with their OMS's place and their age band in the scope's year. */
const peopleRows = (where: string): Measure => ({
  kind: 'person',
  unit: 'count',
  aggregate: 'count',
  records: `
    SELECT x.id, x.name AS label, o.name AS detail, NULL AS day, NULL AS amount, x.id AS open_id,
      ${placeColumns('o.regency_code')}, x.gender AS d_gender, ${ageBand('x.birth_year', ':year')} AS d_ageBand,
      x.role AS d_role
    FROM people x LEFT JOIN organisations o ON o.id = x.organisation_id
    WHERE ${live('x')} AND ${inPlace('o.regency_code')} AND ${where}`,
  dimensions: { province: 'one', regency: 'one', gender: 'one', ageBand: 'one', role: 'one' },
})

const leaders = "x.role IN ('leader', 'manager')"

export const memberMeasures = {
  'oms.members': organisations('1'),
  'oms.active': organisations("o.status = 'active'"),
  'oms.new': organisations(`${joinedOn} BETWEEN coalesce(:from, '0000') AND coalesce(:to, '9999')`),
  // An OMS merged into another engages it: its initiatives and pledges keep pointing at the merged row.
  'oms.engaged': organisations(`o.status <> 'left' AND o.id IN (SELECT ${survivorOf('organisations', 'm')}
    FROM organisations m WHERE m.id IN (${engagedIds}))`),
  'oms.assessed': organisations(`EXISTS (SELECT 1 FROM capacity_assessments a
    WHERE a.organisation_id = o.id AND a.deleted_at IS NULL AND ${inPeriod('a.assessed_on')})`),
  'people.leaders': peopleRows(leaders),
  // A trainer merged into another record makes that record a trainer: the qualification stays on the merged id.
  'people.trainers': peopleRows(`(x.role = 'trainer' OR x.id IN (SELECT ${survivorOf('people', 'm')}
    FROM cop_trainers t JOIN people m ON m.id = t.person_id WHERE t.deleted_at IS NULL))`),
  'people.women': peopleRows(`${leaders} AND x.gender = 'female'`),
  'people.young': peopleRows(`${leaders} AND ${ageBand('x.birth_year', ':year')} = 'young'`),
} satisfies Partial<Record<IndicatorKey, Measure>>
