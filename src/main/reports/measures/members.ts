import type { Dimension, IndicatorKey } from '../../../shared/reports'
import { ageBand, factInPlace, factPlaceColumns, idOf, nameOf, regencyName, spanInPeriod } from './sql'
import type { Measure } from './types'

/**
 * Member OMS as they stand, one row each, from the facts (facts/members.ts), with their place,
 * status, type and sectors; split by sector, once per sector.
 */
const organisations = (where: string): Measure => ({
  kind: 'organisation',
  unit: 'count',
  aggregate: 'count',
  records: (dimension: Dimension | null) => `
    SELECT ${idOf('organisations', 'o.organisation')} AS id, ${nameOf('organisations', 'o.organisation')} AS label,
      ${regencyName('o.regency')} AS detail, NULL AS day, NULL AS amount,
      ${idOf('organisations', 'o.organisation')} AS open_id, ${factPlaceColumns('o')}, o.status AS d_status,
      o.type AS d_type, ${dimension === 'sector' ? 'o.sector' : 'NULL'} AS d_sector
    FROM ${dimension === 'sector' ? 'temp.report_organisation_sectors' : 'temp.report_organisations'} o
    WHERE ${factInPlace('o')} AND ${where}`,
  dimensions: { province: 'one', regency: 'one', status: 'one', type: 'one', sector: 'each' },
})

/**
 * OMS engaged in the period: a person of theirs trained, an initiative they lead or partner in
 * under way, or support they pledged (their days, facts/members.ts).
 */
export const engagedInPeriod = spanInPeriod(
  'o',
  { from: 'engaged_from', latest: 'engaged_latest', earliestEnd: 'engaged_earliest_end', until: 'engaged_until' },
  { table: 'temp.report_engagement', starts: 'starts_on', ends: 'ends_on' },
)

/** OMS that assessed their capacity in the period. */
export const assessedInPeriod = spanInPeriod(
  'o',
  { from: 'assessed_from', latest: 'assessed_until', earliestEnd: 'assessed_from', until: 'assessed_until' },
  { table: 'temp.report_assessments', starts: 'assessed_on', ends: 'assessed_on' },
)

/** Live people of member OMS, from the facts, with their OMS's place and their age band in the scope's year. */
const peopleRows = (where: string): Measure => ({
  kind: 'person',
  unit: 'count',
  aggregate: 'count',
  records: `
    SELECT ${idOf('people', 'x.person')} AS id, ${nameOf('people', 'x.person')} AS label,
      ${nameOf('organisations', 'x.organisation')} AS detail, NULL AS day, NULL AS amount,
      ${idOf('people', 'x.person')} AS open_id, ${factPlaceColumns('x')}, x.gender AS d_gender,
      ${ageBand('x.birth_year', ':year')} AS d_ageBand, x.role AS d_role
    FROM temp.report_people x
    WHERE ${factInPlace('x')} AND ${where}`,
  dimensions: { province: 'one', regency: 'one', gender: 'one', ageBand: 'one', role: 'one' },
})

// Leaders and managers.
const leaders = 'x.leader = 1'

export const memberMeasures = {
  'oms.members': organisations('1'),
  'oms.active': organisations("o.status = 'active'"),
  // The day an OMS joined: its first recorded membership status.
  'oms.new': organisations(`o.joined_on BETWEEN coalesce(:from, '0000') AND coalesce(:to, '9999')`),
  // An OMS merged into another engages it: its initiatives and pledges keep pointing at the merged row.
  'oms.engaged': organisations(`o.status <> 'left' AND ${engagedInPeriod}`),
  'oms.assessed': organisations(assessedInPeriod),
  'people.leaders': peopleRows(leaders),
  // A trainer by role, or by a ToT qualification: one merged into another record makes that record a trainer.
  'people.trainers': peopleRows('x.trainer = 1'),
  'people.women': peopleRows(`${leaders} AND x.gender = 'female'`),
  'people.young': peopleRows(`${leaders} AND ${ageBand('x.birth_year', ':year')} = 'young'`),
} satisfies Partial<Record<IndicatorKey, Measure>>
