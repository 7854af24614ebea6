import type { IndicatorKey, IndicatorUnit } from '../../../shared/reports'
import { factInPlace, factPlaceColumns, idOf, inPeriod, inPlace, nameOf, placeColumns, regencyName } from './sql'
import type { Measure } from './types'

/**
 * A pledge's derived status as of the hub's today, by the code the pledge pages use: computed once
 * per day and change into the facts (facts/galang-daya.ts), read from there.
 */
export const statusOf = (pledge: string) => `(SELECT status FROM temp.report_pledges WHERE pledge = ${pledge}.rowid)`

/** Pledges not cancelled of initiatives not deleted, from the facts, placed where the initiative is. */
const pledges = (
  where: string,
  { amount = 'NULL', unit = 'count', period = true }: { amount?: string; unit?: IndicatorUnit; period?: boolean } = {},
): Measure => ({
  kind: 'pledge',
  unit,
  aggregate: unit === 'count' ? 'count' : 'sum',
  records: `
    SELECT ${idOf('pledges', 'g.pledge')} AS id, coalesce(${nameOf('supporters', 'g.supporter')}, '') AS label,
      ${nameOf('initiatives', 'g.initiative', 'title')} AS detail, g.pledged_on AS day, ${amount} AS amount,
      ${idOf('pledges', 'g.pledge')} AS open_id, ${factPlaceColumns('g')}, g.form AS d_form, g.month AS d_month,
      g.status AS d_status
    FROM temp.report_pledges g
    WHERE g.initiative IS NOT NULL AND g.cancelled = 0 AND (:form IS NULL OR g.form = :form) AND ${factInPlace('g')}
      AND ${period ? inPeriod('g.pledged_on') : '1'} AND ${where}`,
  dimensions: { province: 'one', regency: 'one', form: 'one', month: 'one', status: 'one' },
})

/** What was received, in the period, summed by one of its columns; a receipt opens its pledge. */
const received = (where: string, amount: string, unit: IndicatorUnit): Measure => ({
  kind: 'fulfilment',
  unit,
  aggregate: 'sum',
  records: `
    SELECT ${idOf('fulfilments', 'f.fulfilment')} AS id, coalesce(${nameOf('supporters', 'f.supporter')}, '') AS label,
      ${nameOf('initiatives', 'f.initiative', 'title')} AS detail, f.received_on AS day, ${amount} AS amount,
      ${idOf('pledges', 'f.pledge')} AS open_id, ${factPlaceColumns('f')}, f.form AS d_form, f.month AS d_month
    FROM temp.report_fulfilments f
    WHERE ${inPeriod('f.received_on')} AND (:form IS NULL OR f.form = :form) AND ${factInPlace('f')} AND ${where}`,
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
 * are government offices, or partners of a cooperation recorded as government, from the facts,
 * placed where they are, or else where the first initiative they supported is.
 */
const governments: Measure = {
  kind: 'supporter',
  unit: 'count',
  aggregate: 'count',
  records: `
    SELECT ${idOf('supporters', 'v.supporter')} AS id, ${nameOf('supporters', 'v.supporter')} AS label,
      ${regencyName('v.regency')} AS detail, NULL AS day, NULL AS amount, ${idOf('supporters', 'v.supporter')} AS open_id,
      ${factPlaceColumns('v')}
    FROM temp.report_governments v
    WHERE ${factInPlace('v')} AND EXISTS (SELECT 1 FROM temp.report_pledges g
      WHERE g.supporter = v.supporter AND g.government = 1 AND g.cancelled = 0 AND g.initiative IS NOT NULL
        AND ${inPeriod('g.pledged_on')} AND (:form IS NULL OR g.form = :form))`,
  dimensions: { province: 'one', regency: 'one' },
}

export const galangDayaMeasures = {
  'initiatives.all': initiatives,
  'pledges.all': pledges('1'),
  'pledges.fundsPledged': pledges("g.form = 'funds'", { amount: 'g.rupiah', unit: 'rupiah' }),
  'pledges.fundsReceived': received("f.form = 'funds'", 'f.rupiah', 'rupiah'),
  'pledges.inKindValue': received("f.form <> 'funds' AND f.valuation_rupiah > 0", 'f.valuation_rupiah', 'rupiah'),
  'pledges.volunteerHours': received("f.form = 'time' AND f.hours > 0", 'f.hours', 'hours'),
  'pledges.fulfilled': pledges("g.status = 'fulfilled'"),
  // Overdue is a state as it stands, whenever the pledge was made.
  'pledges.overdue': pledges("g.status = 'overdue'", { period: false }),
  'pledges.fee': received('f.fee_rupiah > 0', 'f.fee_rupiah', 'rupiah'),
  'pledges.provincialShare': received('f.provincial_share_rupiah > 0', 'f.provincial_share_rupiah', 'rupiah'),
  'governments.engaged': governments,
} satisfies Partial<Record<IndicatorKey, Measure>>
