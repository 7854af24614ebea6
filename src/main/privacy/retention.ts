import {
  cutoffFor,
  defaultRetentionPeriods,
  RETENTION_LIST_LIMIT,
  RETENTION_YEARS,
  retentionCategories,
  retentionInput,
  validRetentionYears,
  type RetentionCategory,
  type RetentionPeriods,
  type RetentionProposal,
  type RetentionView,
  type SupporterProposal,
} from '../../shared/privacy-records'
import type { z } from 'zod'
import type { AppDatabase, Orm } from '../db'
import { refuseFields } from '../members/records/common'
import { hubToday } from '../pledges/common'
import { readJsonSetting, writeSetting } from '../settings/service'

const KEY = 'privacy_retention'

/**
 * The periods this installation keeps personal data for, in years. A period another version stored
 * in a shape this one cannot read falls back to its default without costing the others.
 */
export function readRetention(orm: Orm): RetentionPeriods {
  const stored = readJsonSetting(orm, KEY) as Partial<Record<RetentionCategory, unknown>> | null
  const valid = (value: unknown): value is number => typeof value === 'number' && validRetentionYears(value)
  return Object.fromEntries(
    retentionCategories.map((category) => {
      const value = stored?.[category]
      return [category, valid(value) ? value : defaultRetentionPeriods[category]]
    }),
  ) as RetentionPeriods
}

/** Stores the periods once each is whole years from 1 to 30; a refusal names every field that is not. */
export function writeRetention(orm: Orm, raw: z.input<typeof retentionInput>): RetentionPeriods {
  const periods = retentionInput.parse(raw)
  refuseFields(
    Object.fromEntries(
      retentionCategories
        .filter((category) => !validRetentionYears(periods[category]))
        .map((category) => [category, { key: 'privacy.validation.retentionYears', params: { ...RETENTION_YEARS } }]),
    ),
  )
  writeSetting(orm, KEY, JSON.stringify(periods))
  return periods
}

/**
 * Each live, not erased person's latest activity of each kind, as calendar days: a change to their
 * record, an affiliation begun, ended or changed, a consent given or withdrawn, and the start of the
 * latest session they were registered for. Instants are cut to their UTC day: a period of years
 * does not hang on the hours between UTC and WIT.
 */
const PEOPLE_ACTIVITY = `
  SELECT p.id AS personId, p.name, p.organisation_id AS organisationId, o.name AS organisationName,
    p.restricted_on IS NOT NULL AS restricted,
    max(substr(p.updated_at, 1, 10),
      coalesce((SELECT max(max(coalesce(a.until_on, a.from_on), substr(a.updated_at, 1, 10)))
        FROM affiliations a WHERE a.person_id = p.id), ''),
      coalesce((SELECT max(r.recorded_on) FROM consent_records r
        WHERE r.person_id = p.id AND r.deleted_at IS NULL), '')) AS recordOn,
    (SELECT max(substr(s.starts_at, 1, 10)) FROM cop_participants c JOIN cop_sessions s ON s.id = c.session_id
      WHERE c.person_id = p.id AND c.deleted_at IS NULL) AS attendedOn
  FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
  WHERE p.deleted_at IS NULL AND p.merged_into_id IS NULL AND p.erased_at IS NULL`

const PEOPLE_PROPOSED = `WITH activity AS MATERIALIZED (${PEOPLE_ACTIVITY})
  SELECT personId, name, organisationId, organisationName, restricted, attendedOn IS NOT NULL AS attended,
    max(recordOn, coalesce(attendedOn, '')) AS lastActivityOn
  FROM activity
  WHERE recordOn < :directory AND coalesce(attendedOn, '') < :participants`

/**
 * Supporters holding contact details (a contact person, phone, e-mail or address), with their latest
 * activity: a change to the supporter, a pledge made or changed, a fulfilment received.
 */
const SUPPORTERS_PROPOSED = `WITH activity AS MATERIALIZED (
    SELECT s.id AS supporterId, s.name,
      max(substr(s.updated_at, 1, 10),
        coalesce((SELECT max(max(pl.pledged_on, substr(pl.updated_at, 1, 10))) FROM pledges pl
          WHERE pl.supporter_id = s.id AND pl.deleted_at IS NULL), ''),
        coalesce((SELECT max(f.received_on) FROM fulfilments f JOIN pledges pl ON pl.id = f.pledge_id
          WHERE pl.supporter_id = s.id AND f.deleted_at IS NULL), '')) AS lastActivityOn
    FROM supporters s
    WHERE s.deleted_at IS NULL AND (coalesce(s.contact_person, '') <> '' OR coalesce(s.phone, '') <> ''
      OR coalesce(s.email, '') <> '' OR coalesce(s.address, '') <> ''))
  SELECT supporterId, name, lastActivityOn FROM activity WHERE lastActivityOn < :supporters`

type PersonRow = Omit<RetentionProposal, 'attended' | 'restricted'> & { attended: number; restricted: number }

/**
 * The periods, and who is past them: people whose record, affiliations and consents have not changed
 * within the directory's period and who attended no session within the participants' period, and
 * supporters whose contact details nothing touched within theirs. Proposals only: the user erases
 * a person (privacy:erase) or keeps them; nothing here deletes anything.
 */
export function retentionReview(database: AppDatabase): RetentionView {
  const periods = readRetention(database.orm)
  const today = hubToday(database)
  const cutoffs = Object.fromEntries(
    retentionCategories.map((category) => [category, cutoffFor(today, periods[category])]),
  ) as Record<RetentionCategory, string>
  const count = (sql: string, params: object) =>
    database.sqlite.prepare(`SELECT count(*) FROM (${sql})`).pluck().get(params) as number
  const peopleParams = { directory: cutoffs.directory, participants: cutoffs.participants }
  const people = (
    database.sqlite
      .prepare(`${PEOPLE_PROPOSED} ORDER BY lastActivityOn, name, personId LIMIT ${RETENTION_LIST_LIMIT}`)
      .all(peopleParams) as PersonRow[]
  ).map((row) => ({ ...row, attended: row.attended === 1, restricted: row.restricted === 1 }))
  const supporters = database.sqlite
    .prepare(`${SUPPORTERS_PROPOSED} ORDER BY lastActivityOn, name, supporterId LIMIT ${RETENTION_LIST_LIMIT}`)
    .all({ supporters: cutoffs.supporters }) as SupporterProposal[]
  return {
    periods,
    defaults: defaultRetentionPeriods,
    today,
    cutoffs,
    people,
    peopleCount: people.length < RETENTION_LIST_LIMIT ? people.length : count(PEOPLE_PROPOSED, peopleParams),
    supporters,
    supporterCount:
      supporters.length < RETENTION_LIST_LIMIT
        ? supporters.length
        : count(SUPPORTERS_PROPOSED, { supporters: cutoffs.supporters }),
  }
}
