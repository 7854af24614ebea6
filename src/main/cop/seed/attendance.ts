import type { ParticipantStatus, SessionFormat } from '../../../shared/cop'
import { weighted } from '../../members/seed'
import type { PlannedSession, Random } from './plan'

export interface Attendance {
  status: ParticipantStatus
  minutesPresent: number | null
  preScore: number | null
  postScore: number | null
}

/** Most who registered came for the whole session; some left early, some never came. */
const heldWeights: [ParticipantStatus, number][] = [
  ['present', 0.72],
  ['partial', 0.1],
  ['absent', 0.12],
  ['cancelled', 0.06],
]

/** Trainings always test before and after; a webinar or mentoring now and then, a discussion never. */
export const testedShare: Record<SessionFormat, number> = {
  tot: 1,
  online_training: 1,
  offline_training: 1,
  webinar: 0.4,
  mentoring: 0.3,
  cop_discussion: 0,
}

const score = (value: number) => Math.max(0, Math.min(100, value))

/**
 * One registrant's attendance, as a meeting report or sign-in sheet gives it: minutes on the right
 * side of the session's threshold for hadir and hadir sebagian, 0 for an online no-show (the report
 * lists the registrants it did not see), and tests that mostly show a gain. ToT participants come in
 * knowing more. A session not held has registrations and withdrawals only.
 */
export function attendanceOf(
  random: Random,
  session: PlannedSession,
  held: { contactMinutes: number; threshold: number; tested: boolean },
): Attendance {
  const none = { minutesPresent: null, preScore: null, postScore: null }
  if (session.status === 'cancelled') return { status: 'cancelled', ...none }
  if (session.status === 'planned') return { status: random.chance(0.95) ? 'registered' : 'cancelled', ...none }
  const status = weighted(random.next(), heldWeights)
  if (status === 'cancelled') return { status, ...none }
  if (status === 'absent') return { status, ...none, minutesPresent: session.online ? 0 : null }
  const { contactMinutes, threshold, tested } = held
  const minutesPresent =
    status === 'present'
      ? random.int(threshold, contactMinutes)
      : random.int(Math.max(1, Math.round(threshold * 0.2)), threshold - 1)
  if (!tested) return { status, minutesPresent, preScore: null, postScore: null }
  const preScore = session.format === 'tot' ? random.int(40, 75) : random.int(20, 70)
  const gain = random.chance(0.9) ? random.int(5, 35) : random.int(-10, 4)
  // Someone who left early often missed the post-test.
  const postScore = status === 'partial' && random.chance(0.5) ? null : score(preScore + gain)
  return { status, minutesPresent, preScore, postScore }
}
