import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { participantStatuses, sessionFormats, sessionStatuses } from '../../shared/cop'
import { syncColumns, syncIndex } from '../db/columns'

// As elsewhere, references are plain text ids: a bundle may bring attendance before its session.

/** Sessions that belong together, such as a four-part webinar; attendance stays per part. */
export const copSeries = sqliteTable(
  'cop_series',
  {
    ...syncColumns(),
    title: text('title').notNull(),
    /** A capacity aspect code from ref_terms. */
    aspect: text('aspect').notNull(),
    notes: text('notes'),
  },
  (t) => [syncIndex('cop_series', t)],
)

/**
 * A CoP or ToT session. Times are UTC instants; the hub shows them in its own WIB/WITA/WIT.
 * Facilitators are a JSON array of people ids, so one edit is one row to merge; which ToT made each
 * of them a trainer is read from cop_trainers, never stored here, so it holds whatever order bundles
 * arrive in.
 */
export const copSessions = sqliteTable(
  'cop_sessions',
  {
    ...syncColumns(),
    seriesId: text('series_id'),
    seriesPart: integer('series_part'),
    title: text('title').notNull(),
    aspect: text('aspect').notNull(),
    format: text('format', { enum: sessionFormats }).notNull(),
    moduleReference: text('module_reference'),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    venue: text('venue'),
    meetingLink: text('meeting_link'),
    capacity: integer('capacity'),
    organiserOrganisationId: text('organiser_organisation_id'),
    facilitatorIds: text('facilitator_ids').notNull().default('[]'),
    notes: text('notes'),
    status: text('status', { enum: sessionStatuses }).notNull().default('planned'),
    /** Null: three quarters of the session's length. */
    thresholdMinutes: integer('threshold_minutes'),
    passScore: integer('pass_score').notNull().default(70),
  },
  (t) => [
    syncIndex('cop_sessions', t),
    index('cop_sessions_starts_idx').on(t.startsAt),
    index('cop_sessions_series_idx').on(t.seriesId),
  ],
)

/**
 * A person registered for a session, and how they took part. The id comes from the session and the
 * person, so two PCs registering the same person write one row, never two.
 */
export const copParticipants = sqliteTable(
  'cop_participants',
  {
    ...syncColumns(),
    sessionId: text('session_id').notNull(),
    personId: text('person_id').notNull(),
    status: text('status', { enum: participantStatuses }).notNull().default('registered'),
    minutesPresent: integer('minutes_present'),
    preScore: integer('pre_score'),
    postScore: integer('post_score'),
  },
  (t) => [
    syncIndex('cop_participants', t),
    index('cop_participants_session_idx').on(t.sessionId),
    index('cop_participants_person_idx').on(t.personId),
  ],
)

/**
 * A person qualified to train on an aspect, with the ToT that made them so. One per person and
 * aspect (the id says so): the first ToT a person completes on an aspect is their source.
 */
export const copTrainers = sqliteTable(
  'cop_trainers',
  {
    ...syncColumns(),
    personId: text('person_id').notNull(),
    aspect: text('aspect').notNull(),
    sourceSessionId: text('source_session_id'),
    qualifiedOn: text('qualified_on').notNull(),
  },
  (t) => [
    syncIndex('cop_trainers', t),
    index('cop_trainers_person_idx').on(t.personId),
    index('cop_trainers_source_idx').on(t.sourceSessionId),
  ],
)

/**
 * A certificate issued to a participant, with what it says as it was printed: a later rename or
 * correction shows up as a warning when the code is checked, never as a changed certificate.
 */
export const copCertificates = sqliteTable(
  'cop_certificates',
  {
    ...syncColumns(),
    participantId: text('participant_id').notNull(),
    code: text('code').notNull(),
    issuedOn: text('issued_on').notNull(),
    holderName: text('holder_name').notNull(),
    sessionTitle: text('session_title').notNull(),
    /** Derived: whether the holder's consent lets their name leave this instance (privacy/sync.ts). */
    holderReleased: integer('holder_released', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    syncIndex('cop_certificates', t),
    index('cop_certificates_participant_idx').on(t.participantId),
    index('cop_certificates_code_idx').on(t.code),
  ],
)
