import { DEFAULT_THRESHOLD_SHARE, type Ineligibility, type ParticipantStatus } from '../../shared/cop'
import { utcOffsetHours, utcToZoned, type TimeZoneCode } from '../../shared/format'

/** The minutes present that make an attendee "hadir": the session's own, or three quarters of it. */
export const effectiveThreshold = (thresholdMinutes: number | null, durationMinutes: number): number =>
  thresholdMinutes ?? Math.ceil(durationMinutes * DEFAULT_THRESHOLD_SHARE)

/** What minutes present in a meeting report say: hadir, hadir sebagian, or tidak hadir when none. */
export function statusForMinutes(minutes: number, threshold: number): ParticipantStatus {
  if (minutes >= threshold) return 'present'
  return minutes > 0 ? 'partial' : 'absent'
}

/**
 * Why a participant has not earned a certificate (or a ToT graduation), or null when they have: the
 * whole session attended (hadir, not hadir sebagian), a post-test at or above the session's pass
 * score, and the session done; a session not yet held certifies no one.
 */
export function ineligibility(
  participant: { status: ParticipantStatus; postScore: number | null },
  session: { status: string; passScore: number },
): Ineligibility | null {
  if (session.status !== 'done') return 'notDone'
  if (participant.status !== 'present') return 'notPresent'
  if (participant.postScore === null) return 'noPostTest'
  return participant.postScore < session.passScore ? 'belowPass' : null
}

export const isEligible = (...args: Parameters<typeof ineligibility>): boolean => ineligibility(...args) === null

export const minutesBetween = (startsAt: string, endsAt: string): number =>
  Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000)

/** SQL for the calendar day an instant column falls on where the hub is. */
export const localDaySql = (column: string, zone: TimeZoneCode): string =>
  `date(${column}, '+${utcOffsetHours[zone]} hours')`

/**
 * The minutes a session teaches: its span on one day; over several days, the daily hours times the
 * days (08.00–16.00 for three days is 24 hours, not the 56 from first start to last end).
 */
export function sessionMinutes(startsAt: string, endsAt: string, zone: TimeZoneCode): number {
  const [start, end] = [utcToZoned(startsAt, zone), utcToZoned(endsAt, zone)]
  const days = Math.round((Date.parse(end.slice(0, 10)) - Date.parse(start.slice(0, 10))) / 86_400_000) + 1
  const clock = (local: string) => Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16))
  const daily = clock(end) - clock(start)
  return days > 1 && daily > 0 ? days * daily : minutesBetween(startsAt, endsAt)
}
