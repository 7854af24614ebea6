import { DEFAULT_THRESHOLD_SHARE, type ParticipantStatus } from '../../shared/cop'
import { utcOffsetHours, type TimeZoneCode } from '../../shared/format'

/** The minutes present that make an attendee "hadir": the session's own, or three quarters of it. */
export const effectiveThreshold = (thresholdMinutes: number | null, durationMinutes: number): number =>
  thresholdMinutes ?? Math.ceil(durationMinutes * DEFAULT_THRESHOLD_SHARE)

/** What minutes present in a meeting report say: hadir, hadir sebagian, or tidak hadir when none. */
export function statusForMinutes(minutes: number, threshold: number): ParticipantStatus {
  if (minutes >= threshold) return 'present'
  return minutes > 0 ? 'partial' : 'absent'
}

/**
 * A certificate, and a ToT graduation, need the whole session attended (hadir, not hadir sebagian)
 * and a post-test at or above the session's pass score. A session not yet held certifies no one.
 */
export const isEligible = (
  participant: { status: ParticipantStatus; postScore: number | null },
  session: { status: string; passScore: number },
): boolean =>
  session.status === 'done' &&
  participant.status === 'present' &&
  participant.postScore !== null &&
  participant.postScore >= session.passScore

export const minutesBetween = (startsAt: string, endsAt: string): number =>
  Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000)

/** SQL for the calendar day an instant column falls on where the hub is. */
export const localDaySql = (column: string, zone: TimeZoneCode): string =>
  `date(${column}, '+${utcOffsetHours[zone]} hours')`
