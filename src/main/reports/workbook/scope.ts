import { personUsableSql } from '../../privacy/gates'
import { inPeriod, inPlace, instantInPeriod, live } from '../measures/sql'

// Each sheet's records under the report filter, in the dashboard measures' SQL over the same named
// parameters (scopeOf): a null filter leaves its restriction out, and a record with no
// kabupaten/kota (a session the hub itself organised) drops out once a place is asked for.

const ofForm = (form: string) => `(:form IS NULL OR ${form} = :form)`
const ofAspect = (aspect: string) => `(:aspect IS NULL OR ${aspect} = :aspect)`

/** The day an OMS joined: its first membership change, whatever status that was. */
export const joinedSql = (organisation: string) =>
  `(SELECT min(m.effective_on) FROM membership_changes m WHERE m.organisation_id = ${organisation}.id AND m.deleted_at IS NULL)`

// The directory as it stands, as the dashboard counts it: those who joined in the period are found by their date.
export const organisationScope = `${live('o')} AND ${inPlace('o.regency_code')}`

/**
 * People are listed as they stand, whenever recorded: no period, the place of their OMS. Neither a
 * restricted nor an erased person is listed (UU PDP Pasal 11, 43).
 */
export const personScope = `${live('p')} AND ${personUsableSql('p')} AND ${inPlace('o.regency_code')}`

/**
 * An initiative belongs to a period it ran in, as the dashboard counts it: it started (or, without
 * a start date, was recorded) by the period's end, and has no end date or ended after its start.
 */
export const initiativeScope = `i.deleted_at IS NULL AND ${inPlace('i.regency_code')}
  AND (:to IS NULL OR coalesce(i.starts_on, substr(i.created_at, 1, 10)) <= :to)
  AND (:from IS NULL OR i.ends_on IS NULL OR i.ends_on >= :from)`

/** A need goes with its initiative: in the workbook when the initiative is. */
export const needScope = `n.deleted_at IS NULL AND ${ofForm('n.form')}
  AND n.initiative_id IN (SELECT i.id FROM initiatives i WHERE ${initiativeScope})`

/** Over loadPledges' pledge `p` and its initiative `i`. */
export const pledgeScope = `(i.id IS NULL OR i.deleted_at IS NULL) AND ${inPeriod('p.pledged_on')}
  AND ${inPlace('i.regency_code')} AND ${ofForm('p.form')}`

export const fulfilmentScope = `f.deleted_at IS NULL AND p.deleted_at IS NULL AND ${inPeriod('f.received_on')}
  AND ${inPlace('i.regency_code')} AND ${ofForm('p.form')}`

export const storyScope = `s.deleted_at IS NULL AND ${inPeriod('s.happened_on')} AND ${inPlace('i.regency_code')}`

/** Sessions by the day they start where the hub is, placed where their organiser OMS is. */
export const sessionScope = `s.deleted_at IS NULL AND ${instantInPeriod('s.starts_at')} AND ${ofAspect('s.aspect')}
  AND ${inPlace('o.regency_code')}`

/** Attendance by its session's day and aspect, placed where the participant's OMS is. */
export const participantScope = `cp.deleted_at IS NULL AND s.deleted_at IS NULL AND ${instantInPeriod('s.starts_at')}
  AND ${ofAspect('s.aspect')} AND ${inPlace('o.regency_code')}`
