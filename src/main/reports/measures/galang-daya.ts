import type { IndicatorKey, IndicatorUnit } from '../../../shared/reports'
import { inPeriod, inPlace, placeColumns, regencyName } from './sql'
import type { Measure } from './types'

/**
 * A pledge's derived status, by the same code the pledge pages use (registered by pledge-status.ts):
 * computed once per day and change into the facts (facts.ts), read from there by the measures.
 */
export const pledgeStatusSql = (pledge: string) => `pledge_status(${pledge}.form, ${pledge}.rupiah,
  ${pledge}.quantity, ${pledge}.people, ${pledge}.hours, ${pledge}.due_on, ${pledge}.instalment_count,
  ${pledge}.instalment_interval, ${pledge}.cancelled_on, :today,
  (SELECT json_group_array(json_array(f.received_on, f.rupiah, f.quantity, f.hours)) FROM fulfilments f
   WHERE f.pledge_id = ${pledge}.id AND f.deleted_at IS NULL))`

export const statusOf = (pledge: string) =>
  `(SELECT status FROM temp.report_pledge_status WHERE pledge_id = ${pledge}.id)`

const formFilter = '(:form IS NULL OR g.form = :form)'

/** Pledges not cancelled, placed where the initiative they support is. */
const pledges = (
  where: string,
  { amount = 'NULL', unit = 'count', period = true }: { amount?: string; unit?: IndicatorUnit; period?: boolean } = {},
): Measure => ({
  kind: 'pledge',
  unit,
  aggregate: unit === 'count' ? 'count' : 'sum',
  records: `
    SELECT g.id, coalesce(u.name, '') AS label, i.title AS detail, g.pledged_on AS day, ${amount} AS amount,
      g.id AS open_id, ${placeColumns('i.regency_code')}, g.form AS d_form, substr(g.pledged_on, 1, 7) AS d_month,
      ${statusOf('g')} AS d_status
    FROM pledges g
    JOIN initiatives i ON i.id = g.initiative_id AND i.deleted_at IS NULL
    LEFT JOIN supporters u ON u.id = g.supporter_id
    WHERE g.deleted_at IS NULL AND g.cancelled_on IS NULL AND ${formFilter} AND ${inPlace('i.regency_code')}
      AND ${period ? inPeriod('g.pledged_on') : '1'} AND ${where}`,
  dimensions: { province: 'one', regency: 'one', form: 'one', month: 'one', status: 'one' },
})

/** What was received, in the period, summed by one of its columns; a receipt opens its pledge. */
const received = (where: string, amount: string, unit: IndicatorUnit): Measure => ({
  kind: 'fulfilment',
  unit,
  aggregate: 'sum',
  records: `
    SELECT f.id, coalesce(u.name, '') AS label, i.title AS detail, f.received_on AS day, ${amount} AS amount,
      g.id AS open_id, ${placeColumns('i.regency_code')}, g.form AS d_form, substr(f.received_on, 1, 7) AS d_month
    FROM fulfilments f
    JOIN pledges g ON g.id = f.pledge_id AND g.deleted_at IS NULL
    JOIN initiatives i ON i.id = g.initiative_id AND i.deleted_at IS NULL
    LEFT JOIN supporters u ON u.id = g.supporter_id
    WHERE f.deleted_at IS NULL AND ${inPeriod('f.received_on')} AND ${formFilter} AND ${inPlace('i.regency_code')}
      AND ${where}`,
  dimensions: { province: 'one', regency: 'one', form: 'one', month: 'one' },
})

const initiatives: Measure = {
  kind: 'initiative',
  unit: 'count',
  aggregate: 'count',
  records: `
    SELECT i.id, i.title AS label, (SELECT name FROM organisations WHERE id = i.lead_organisation_id) AS detail,
      NULL AS day, NULL AS amount, i.id AS open_id, ${placeColumns('i.regency_code')}, i.status AS d_status,
      i.cluster_ids AS d_cluster, i.sector_codes AS d_sector
    FROM initiatives i
    WHERE i.deleted_at IS NULL AND ${inPlace('i.regency_code')}
      AND (:to IS NULL OR coalesce(i.starts_on, substr(i.created_at, 1, 10)) <= :to)
      AND (:from IS NULL OR i.ends_on IS NULL OR i.ends_on >= :from)
      AND (:form IS NULL OR EXISTS (SELECT 1 FROM needs n WHERE n.initiative_id = i.id AND n.deleted_at IS NULL
        AND n.form = :form))`,
  dimensions: { province: 'one', regency: 'one', status: 'one', cluster: 'many', sector: 'many' },
}

/**
 * Local governments that supported or cooperated with member OMS in the period: supporters that
 * are government offices, or partners of a cooperation recorded as government. A government's
 * place is its own, or else that of the first initiative it supported.
 */
const governmentPledge = (extra: string) => `SELECT 1 FROM pledges g
  JOIN initiatives i ON i.id = g.initiative_id AND i.deleted_at IS NULL
  WHERE g.supporter_id = u.id AND g.deleted_at IS NULL AND g.cancelled_on IS NULL
    AND (u.kind = 'government' OR g.partner_type = 'government') AND ${inPeriod('g.pledged_on')} AND ${formFilter}
    AND ${extra}`
const governmentRegency = `coalesce(u.regency_code, (SELECT min(i.regency_code) FROM pledges g
  JOIN initiatives i ON i.id = g.initiative_id WHERE g.supporter_id = u.id AND g.deleted_at IS NULL))`
const governments: Measure = {
  kind: 'supporter',
  unit: 'count',
  aggregate: 'count',
  records: `
    SELECT u.id, u.name AS label, ${regencyName(governmentRegency)} AS detail, NULL AS day, NULL AS amount,
      u.id AS open_id, ${placeColumns(governmentRegency)}
    FROM supporters u
    WHERE u.deleted_at IS NULL AND EXISTS (${governmentPledge('1')}) AND ${inPlace(governmentRegency)}`,
  dimensions: { province: 'one', regency: 'one' },
}

export const galangDayaMeasures = {
  'initiatives.all': initiatives,
  'pledges.all': pledges('1'),
  'pledges.fundsPledged': pledges("g.form = 'funds'", { amount: 'g.rupiah', unit: 'rupiah' }),
  'pledges.fundsReceived': received("g.form = 'funds'", 'f.rupiah', 'rupiah'),
  'pledges.inKindValue': received("g.form <> 'funds' AND f.valuation_rupiah > 0", 'f.valuation_rupiah', 'rupiah'),
  'pledges.volunteerHours': received("g.form = 'time' AND f.hours > 0", 'f.hours', 'hours'),
  'pledges.fulfilled': pledges(`${statusOf('g')} = 'fulfilled'`),
  // Overdue is a state as it stands, whenever the pledge was made.
  'pledges.overdue': pledges(`${statusOf('g')} = 'overdue'`, { period: false }),
  'pledges.fee': received('f.fee_rupiah > 0', 'f.fee_rupiah', 'rupiah'),
  'pledges.provincialShare': received('f.provincial_share_rupiah > 0', 'f.provincial_share_rupiah', 'rupiah'),
  'governments.engaged': governments,
} satisfies Partial<Record<IndicatorKey, Measure>>
