import type { Fact } from './fact'

/**
 * A pledge's derived status, by the same code the pledge pages use (registered by pledge-status.ts),
 * its fulfilments as a JSON array of [received_on, rupiah, quantity, hours].
 */
const pledgeStatusSql = (pledge: string) => `pledge_status(${pledge}.form, ${pledge}.rupiah,
  ${pledge}.quantity, ${pledge}.people, ${pledge}.hours, ${pledge}.due_on, ${pledge}.instalment_count,
  ${pledge}.instalment_interval, ${pledge}.cancelled_on, :today,
  (SELECT json_group_array(json_array(f.received_on, f.rupiah, f.quantity, f.hours)) FROM fulfilments f
   WHERE f.pledge_id = ${pledge}.id AND f.deleted_at IS NULL))`

/**
 * Every pledge not deleted: its status as of the hub's today (by the code the pledge pages use),
 * form, amount, whether it was cancelled, whether a government gave it (a government supporter, or
 * a partner recorded as government), and the initiative it supports with that initiative's place,
 * when the initiative is not deleted.
 */
export const pledges: Fact = {
  table: 'report_pledges',
  create: `CREATE TABLE temp.report_pledges (
    pledge INTEGER PRIMARY KEY,
    supporter INTEGER,
    initiative INTEGER,
    pledged_on TEXT NOT NULL,
    month TEXT NOT NULL,
    form TEXT NOT NULL,
    status TEXT NOT NULL,
    rupiah INTEGER,
    cancelled INTEGER NOT NULL,
    government INTEGER NOT NULL,
    province TEXT,
    regency TEXT
  )`,
  fill: `INSERT INTO temp.report_pledges
    SELECT g.rowid, u.rowid, i.rowid, g.pledged_on, substr(g.pledged_on, 1, 7), g.form, ${pledgeStatusSql('g')},
      g.rupiah, g.cancelled_on IS NOT NULL, coalesce(u.kind = 'government' OR g.partner_type = 'government', 0),
      substr(i.regency_code, 1, 2), i.regency_code
    FROM pledges g
    LEFT JOIN initiatives i ON i.id = g.initiative_id AND i.deleted_at IS NULL
    LEFT JOIN supporters u ON u.id = g.supporter_id
    WHERE g.deleted_at IS NULL`,
  // A government's pledges, for the governments engaged in a period.
  indexes: [
    `CREATE INDEX temp.report_pledges_government ON report_pledges (supporter, pledged_on, form)
      WHERE government = 1 AND cancelled = 0 AND initiative IS NOT NULL`,
  ],
}

/** What was received on a pledge of a live initiative, with the pledge's form and place. */
export const fulfilments: Fact = {
  table: 'report_fulfilments',
  create: `CREATE TABLE temp.report_fulfilments (
    fulfilment INTEGER PRIMARY KEY,
    pledge INTEGER NOT NULL,
    supporter INTEGER,
    initiative INTEGER NOT NULL,
    received_on TEXT NOT NULL,
    month TEXT NOT NULL,
    form TEXT NOT NULL,
    province TEXT,
    regency TEXT,
    rupiah INTEGER,
    valuation_rupiah INTEGER,
    hours INTEGER,
    fee_rupiah INTEGER NOT NULL,
    provincial_share_rupiah INTEGER NOT NULL
  )`,
  fill: `INSERT INTO temp.report_fulfilments
    SELECT f.rowid, p.pledge, p.supporter, p.initiative, f.received_on, substr(f.received_on, 1, 7), p.form,
      p.province, p.regency, f.rupiah, f.valuation_rupiah, f.hours, f.fee_rupiah, f.provincial_share_rupiah
    FROM fulfilments f JOIN pledges g ON g.id = f.pledge_id JOIN temp.report_pledges p ON p.pledge = g.rowid
    WHERE f.deleted_at IS NULL AND p.initiative IS NOT NULL`,
}

/**
 * Supporters not deleted that gave as a government at least once: their place is their own, or
 * else that of the first initiative they supported.
 */
export const governments: Fact = {
  table: 'report_governments',
  create: `CREATE TABLE temp.report_governments (supporter INTEGER PRIMARY KEY, province TEXT, regency TEXT)`,
  fill: `INSERT INTO temp.report_governments
    SELECT supporter, substr(regency, 1, 2), regency FROM (
      SELECT u.rowid AS supporter, coalesce(u.regency_code, (SELECT min(i.regency_code) FROM pledges g
        JOIN initiatives i ON i.id = g.initiative_id WHERE g.supporter_id = u.id AND g.deleted_at IS NULL)) AS regency
      FROM supporters u
      WHERE u.deleted_at IS NULL AND EXISTS (SELECT 1 FROM temp.report_pledges p WHERE p.supporter = u.rowid
        AND p.government = 1 AND p.cancelled = 0 AND p.initiative IS NOT NULL))`,
}
