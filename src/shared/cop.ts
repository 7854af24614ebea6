import { z } from 'zod'
import { textField, type Lines } from './fields'
import { calendarDate } from './pledges'

/** How a capacity-building session is held (CoP and ToT). */
export const sessionFormats = [
  'webinar',
  'online_training',
  'offline_training',
  'tot',
  'mentoring',
  'cop_discussion',
] as const
export type SessionFormat = (typeof sessionFormats)[number]
export const sessionStatuses = ['planned', 'ongoing', 'done', 'cancelled'] as const
export type SessionStatus = (typeof sessionStatuses)[number]
/** "registered" is "not yet marked": booked is not attended. */
export const participantStatuses = ['registered', 'present', 'partial', 'absent', 'cancelled'] as const
export type ParticipantStatus = (typeof participantStatuses)[number]
/** Whether a status counts as having taken part: a partial attendee was trained, a little. */
export const attended = (status: ParticipantStatus): boolean => status === 'present' || status === 'partial'

/** The share of a session's length that counts as present, when the session sets no threshold. */
export const DEFAULT_THRESHOLD_SHARE = 0.75
export const DEFAULT_PASS_SCORE = 70
/** Young people, as the programme counts them: 16 to 30 years old in the session's year. */
export const YOUTH_AGE = { from: 16, to: 30 } as const
/** The programme's target share of women among people trained, in percent. */
export const WOMEN_TARGET_PERCENT = 30

const text = (max: number, lines: Lines) =>
  textField(max, lines)
    .nullable()
    .transform((value) => (value === '' ? null : value))
const id = z.uuid({ error: 'validation.invalid' })

/** A local wall-clock time in the hub's zone, as a datetime-local field gives it: 2026-05-18T09:00. */
export const localDateTime = (key: string) =>
  z
    .string({ error: key })
    .trim()
    .refine(
      (value) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) && new Date(`${value}:00Z`).toISOString().startsWith(value),
      { error: key },
    )

const score = (key: string) =>
  z
    .union([z.number(), z.null()], { error: key })
    .refine((value) => value === null || (Number.isInteger(value) && value >= 0 && value <= 100), { error: key })

const count = (key: string, max: number) =>
  z
    .union([z.number(), z.null()], { error: key })
    .refine((value) => value === null || (Number.isInteger(value) && value >= 0 && value <= max), { error: key })

const page = {
  offset: z.number().int().min(0).prefault(0),
  limit: z.number().int().min(1).max(500).prefault(100),
}

// ---------- series ----------

export const seriesFields = z.strictObject({
  title: textField(200, 'single', 'validation.cop.series.title').min(1, { error: 'validation.cop.series.title' }),
  aspect: textField(60, 'single', 'validation.cop.session.aspect').min(1, { error: 'validation.cop.session.aspect' }),
  notes: text(4000, 'multi').prefault(''),
})
export type SeriesFields = z.output<typeof seriesFields>
export const updateSeriesInput = seriesFields.extend({ id })

// ---------- sessions ----------

const sessionShape = z.strictObject({
  title: textField(200, 'single', 'validation.cop.session.title').min(1, { error: 'validation.cop.session.title' }),
  aspect: textField(60, 'single', 'validation.cop.session.aspect').min(1, { error: 'validation.cop.session.aspect' }),
  format: z.enum(sessionFormats, { error: 'validation.cop.session.format' }),
  moduleReference: text(200, 'single').prefault(''),
  /** Wall-clock times where the hub is; main stores them in UTC. */
  startsAt: localDateTime('validation.cop.session.startsAt'),
  endsAt: localDateTime('validation.cop.session.endsAt'),
  venue: text(500, 'multi').prefault(''),
  meetingLink: text(500, 'single')
    .refine((value) => value === null || /^https?:\/\/\S+$/i.test(value), { error: 'validation.cop.session.link' })
    .prefault(''),
  capacity: count('validation.cop.session.capacity', 100_000)
    .refine((value) => value !== 0, { error: 'validation.cop.session.capacity' })
    .prefault(null),
  /** The member OMS that organises it; none when the hub itself does. */
  organiserOrganisationId: id.nullable().prefault(null),
  facilitatorIds: z.array(id).max(20, { error: 'validation.cop.session.facilitators' }).prefault([]),
  notes: text(4000, 'multi').prefault(''),
  seriesId: id.nullable().prefault(null),
  seriesPart: count('validation.cop.session.seriesPart', 99)
    .refine((value) => value !== 0, { error: 'validation.cop.session.seriesPart' })
    .prefault(null),
  /** Minutes present that make an attendee "hadir"; fewer make them "hadir sebagian". */
  thresholdMinutes: count('validation.cop.session.threshold', 7 * 24 * 60).prefault(null),
  passScore: z
    .number({ error: 'validation.cop.session.passScore' })
    .int({ error: 'validation.cop.session.passScore' })
    .min(0, { error: 'validation.cop.session.passScore' })
    .max(100, { error: 'validation.cop.session.passScore' })
    .prefault(DEFAULT_PASS_SCORE),
})
type SessionShape = z.output<typeof sessionShape>

function sessionRules(value: SessionShape, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  if (value.endsAt <= value.startsAt) issue('endsAt', 'validation.cop.session.endBeforeStart')
  if (value.seriesId !== null && value.seriesPart === null) issue('seriesPart', 'validation.cop.session.seriesPart')
  if (value.seriesId === null && value.seriesPart !== null) issue('seriesId', 'validation.cop.session.series')
  if (new Set(value.facilitatorIds).size !== value.facilitatorIds.length)
    issue('facilitatorIds', 'validation.cop.session.facilitatorTwice')
}

export const sessionFields = sessionShape.superRefine(sessionRules)
export type SessionFields = z.output<typeof sessionFields>
export const sessionFieldNames = Object.keys(sessionShape.shape) as (keyof SessionFields)[]
export const updateSessionInput = sessionShape.extend({ id }).superRefine(sessionRules)
export const copIdInput = z.strictObject({ id })
export const changeSessionStatusInput = z.strictObject({
  id,
  status: z.enum(sessionStatuses, { error: 'validation.cop.session.status' }),
})
export const listSessionsInput = z.strictObject({
  search: textField(200, 'single').prefault(''),
  status: z.enum(sessionStatuses).nullable().prefault(null),
  aspect: textField(60, 'single').nullable().prefault(null),
  format: z.enum(sessionFormats).nullable().prefault(null),
  /** Sessions this person facilitates: a trainer's own list. */
  facilitatorId: id.nullable().prefault(null),
  from: calendarDate('validation.cop.period').nullable().prefault(null),
  to: calendarDate('validation.cop.period').nullable().prefault(null),
  ...page,
})

// ---------- participants ----------

export const registerInput = z.strictObject({
  sessionId: id,
  personIds: z.array(id).min(1, { error: 'validation.cop.participant.none' }).max(1000),
  /** Register them for every part of the session's series. */
  wholeSeries: z.boolean().prefault(false),
})
export const setAttendanceInput = z.strictObject({
  sessionId: id,
  changes: z
    .array(
      z.strictObject({
        participantId: id,
        status: z.enum(participantStatuses, { error: 'validation.cop.participant.status' }),
      }),
    )
    .min(1, { error: 'validation.cop.participant.none' })
    .max(5000),
})
export const setScoresInput = z.strictObject({
  sessionId: id,
  scores: z
    .array(
      z.strictObject({
        participantId: id,
        preScore: score('validation.cop.participant.score'),
        postScore: score('validation.cop.participant.score'),
      }),
    )
    .min(1, { error: 'validation.cop.participant.none' })
    .max(5000),
})

/** An attendance file as the renderer read it; main parses it, nothing is written to disk. */
const attendanceFile = {
  sessionId: id,
  fileName: textField(255, 'single'),
  contentBase64: z.base64({ error: 'validation.cop.attendance.unreadable' }).max(8 * 1024 * 1024, {
    error: 'validation.cop.attendance.tooLarge',
  }),
}
export const attendancePreviewInput = z.strictObject(attendanceFile)
export const attendanceCommitInput = z.strictObject({
  ...attendanceFile,
  /** The person a row of the preview stands for, by its index; null leaves that row out. */
  resolutions: z.array(z.strictObject({ entry: z.number().int().min(0), personId: id.nullable() })).prefault([]),
  /** Registered participants the file does not show become "tidak hadir". */
  markMissingAbsent: z.boolean().prefault(true),
})

// ---------- certificates and trainers ----------

export const issueCertificatesInput = z.strictObject({
  sessionId: id,
  participantIds: z.array(id).min(1, { error: 'validation.cop.participant.none' }).max(5000),
})
export const verifyCertificateInput = z.strictObject({
  code: textField(40, 'single', 'validation.cop.certificate.code').min(1, { error: 'validation.cop.certificate.code' }),
})
export const printCertificateInput = z.strictObject({ certificateId: id })
export const graduateInput = z.strictObject({ participantId: id })
export const cascadeInput = z.strictObject({ rootSessionId: id.nullable().prefault(null) })
export const indicatorsInput = z.strictObject({
  from: calendarDate('validation.cop.period').nullable().prefault(null),
  to: calendarDate('validation.cop.period').nullable().prefault(null),
  aspect: textField(60, 'single').nullable().prefault(null),
})
export const trainerViewInput = z.strictObject({ personId: id })

// ---------- results ----------

export interface Series extends SeriesFields {
  id: string
  sessionCount: number
}

export interface SessionRow {
  id: string
  title: string
  aspect: string
  format: SessionFormat
  status: SessionStatus
  /** UTC, ISO-8601. */
  startsAt: string
  endsAt: string
  seriesTitle: string | null
  seriesPart: number | null
  facilitatorNames: string[]
  registered: number
  attended: number
}
export interface SessionPage {
  rows: SessionRow[]
  total: number
}

export interface Participant {
  id: string
  personId: string
  name: string
  gender: 'female' | 'male'
  role: string
  organisationName: string | null
  email: string | null
  status: ParticipantStatus
  minutesPresent: number | null
  preScore: number | null
  postScore: number | null
  eligible: boolean
  certificate: { id: string; code: string; issuedOn: string } | null
  /** Set when this participant graduated from this ToT as a trainer. */
  trainerId: string | null
}

export interface SessionDetail extends Omit<SessionFields, 'startsAt' | 'endsAt'> {
  id: string
  status: SessionStatus
  /** UTC, ISO-8601; `local*` are the same instants as wall-clock times in the hub's zone. */
  startsAt: string
  endsAt: string
  localStartsAt: string
  localEndsAt: string
  durationMinutes: number
  /** The threshold in force: the session's own, or three quarters of its length. */
  effectiveThresholdMinutes: number
  seriesTitle: string | null
  organiserName: string | null
  facilitators: { personId: string; name: string; trainerId: string | null; sourceSessionTitle: string | null }[]
  participants: Participant[]
  /** Mean scores over participants with both, and the mean gain; null when none has both. */
  scores: { count: number; pre: number; post: number; gain: number } | null
}

export interface AttendancePreviewRow {
  /** Index of the row in the file's folded entries; resolutions name it. */
  entry: number
  name: string
  email: string | null
  minutes: number
  visits: number
  rowNumbers: number[]
  personId: string | null
  personName: string | null
  matchedBy: 'email' | 'name' | null
  /** Whether the person is already registered; otherwise committing registers them. */
  registered: boolean
  proposedStatus: ParticipantStatus | null
  suggestions: { personId: string; name: string; organisationName: string | null }[]
}
export interface AttendancePreview {
  source: 'zoom' | 'meet' | 'csv'
  meetingTitle: string | null
  /** The days the file's joins fall on, and the session's own days where the hub is. */
  meetingDays: string[]
  sessionDays: string[]
  thresholdMinutes: number
  rows: AttendancePreviewRow[]
  /** Registered participants the file does not show. */
  missing: { participantId: string; name: string }[]
}
export interface AttendanceCommitted {
  updated: number
  registered: number
  markedAbsent: number
  skipped: number
}

/** Why someone has not (yet) earned a certificate. */
export type Ineligibility = 'notDone' | 'notPresent' | 'noPostTest' | 'belowPass' | 'noConsent'

export interface IssuedCertificates {
  issued: number
  alreadyIssued: number
  /** Those asked for who have not earned one, each with the reason and their post-test score. */
  skipped: { name: string; reason: Ineligibility; postScore: number | null }[]
}

/** What a printed certificate shows, as it was when issued. */
export interface Certificate {
  id: string
  code: string
  issuedOn: string
  holderName: string
  sessionTitle: string
  aspect: string
  format: SessionFormat
  /** The session's first and last day where the hub is. */
  heldFrom: string
  heldUntil: string
  hubName: string
  provinceName: string | null
}

/** What changed since a certificate was issued, or what this instance cannot check of it. */
export type CertificateWarning = 'holderRenamed' | 'participationChanged' | 'holderNotHeld'

export type CertificateCheck =
  | { valid: true; certificate: Certificate; warnings: CertificateWarning[] }
  | { valid: false; reason: 'unknown' | 'withdrawn' | 'tampered' }

export interface TrainerReach {
  sessionsLed: number
  uniqueParticipants: number
  organisationsReached: number
  regenciesReached: number
}
export interface Trainer {
  id: string
  personId: string
  name: string
  organisationName: string | null
  aspect: string
  qualifiedOn: string
  sourceSessionId: string | null
  sourceSessionTitle: string | null
  reach: TrainerReach
}

/** A ToT and what grew from it: its graduates, the sessions each led, and so on down. */
export interface CascadeSession {
  id: string
  title: string
  aspect: string
  format: SessionFormat
  startsAt: string
  participants: number
  graduates: CascadeTrainer[]
}
export interface CascadeTrainer {
  trainerId: string
  personId: string
  name: string
  reach: TrainerReach
  sessions: CascadeSession[]
}
export interface Cascade {
  roots: CascadeSession[]
  generations: number
}

export interface TrainerView {
  personId: string
  name: string
  qualifications: Trainer[]
  upcoming: SessionRow[]
  past: SessionRow[]
  /** Eligible participants of sessions they led who have no certificate yet. */
  certificatesToIssue: { sessionId: string; sessionTitle: string; participantId: string; name: string }[]
}

export interface IndicatorCount {
  key: string
  people: number
  women: number
}
export interface Indicators {
  people: number
  women: number
  men: number
  womenPercent: number | null
  womenTarget: number
  young: number
  youngPercent: number | null
  /** Birth year unknown: neither young nor not. */
  ageUnknown: number
  leaders: number
  managers: number
  sessions: number
  byAspect: IndicatorCount[]
  byOrganisation: (IndicatorCount & { name: string })[]
  byRegency: (IndicatorCount & { name: string })[]
  /** Mean post-test gain per aspect over participants with both scores. */
  gainByAspect: { aspect: string; count: number; gain: number }[]
}
