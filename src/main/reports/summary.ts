import type { ReportFilter, ReportSummary } from '../../shared/reports'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { storyPublishableSql } from '../initiatives/stories/people'
import { inPeriod, inPlace } from './measures/sql'
import { scopeOf } from './scope'

const TOP = 5

/**
 * What the printed summary tells besides the numbers: the initiatives that raised the most in the
 * period, and the latest published stories of change. Drafts are never printed.
 */
export function reportSummary(database: AppDatabase, filter: ReportFilter): ReportSummary {
  const scope = scopeOf(database, filter)
  const identity = requireIdentity(database)
  const initiatives = database.sqlite
    .prepare(
      `SELECT i.id, i.title, o.name AS organisation, r.name AS regency,
         coalesce(sum(f.rupiah), 0) AS fundsReceived, coalesce(sum(f.valuation_rupiah), 0) AS inKindValue
       FROM fulfilments f
       JOIN pledges g ON g.id = f.pledge_id AND g.deleted_at IS NULL
       JOIN initiatives i ON i.id = g.initiative_id AND i.deleted_at IS NULL
       LEFT JOIN organisations o ON o.id = i.lead_organisation_id
       LEFT JOIN ref_regencies r ON r.code = i.regency_code
       WHERE f.deleted_at IS NULL AND ${inPeriod('f.received_on')} AND ${inPlace('i.regency_code')}
         AND (:form IS NULL OR g.form = :form)
       GROUP BY i.id ORDER BY fundsReceived + inKindValue DESC, i.title LIMIT ${TOP}`,
    )
    .all(scope) as ReportSummary['initiatives']
  const stories = database.sqlite
    .prepare(
      `SELECT s.id, s.title, i.title AS initiative, s.happened_on AS happenedOn, s.narrative, s.before, s.after
       FROM stories s JOIN initiatives i ON i.id = s.initiative_id AND i.deleted_at IS NULL
       WHERE s.deleted_at IS NULL AND s.status = 'published' AND ${storyPublishableSql('s')}
         AND ${inPeriod('s.happened_on')}
         AND ${inPlace('i.regency_code')}
       ORDER BY s.happened_on DESC, s.id LIMIT ${TOP}`,
    )
    .all(scope) as ReportSummary['stories']
  return {
    hubName: identity.name,
    provinceName: identity.provinceName,
    timeZone: identity.timeZone,
    generatedAt: new Date(database.clock()).toISOString(),
    initiatives,
    stories,
  }
}
