import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { consentActions, consentMethods, consentPurposes, requestKinds, requestStatuses } from '../../shared/privacy'
import { syncColumns, syncIndex } from '../db/columns'

/**
 * Every consent a person gave or withdrew, one row per event and purpose (UU PDP Pasal 22–24: the
 * hub must be able to prove it). Rows are never changed once written, only added to, so two PCs
 * recording at once both keep their record; a person's current consent per purpose is the latest
 * record, derived into `people.consent_purposes`. A guardian's consent (Pasal 25) names the
 * guardian; `proof_sha256` names a scan of the signed form, kept as an attachment.
 */
export const consentRecords = sqliteTable(
  'consent_records',
  {
    ...syncColumns(),
    personId: text('person_id').notNull(),
    purpose: text('purpose', { enum: consentPurposes }).notNull(),
    action: text('action', { enum: consentActions }).notNull(),
    recordedOn: text('recorded_on').notNull(),
    method: text('method', { enum: consentMethods }).notNull(),
    recordedBy: text('recorded_by').notNull(),
    guardianName: text('guardian_name'),
    proofSha256: text('proof_sha256'),
  },
  // The latest record per person and purpose is one seek: derived consent reads it for every person a
  // national import touches.
  (t) => [
    syncIndex('consent_records', t),
    index('consent_records_latest_idx').on(t.personId, t.purpose, t.recordedOn, t.createdHlc),
  ],
)

/**
 * Requests from people about their data (Pasal 5–15), with the 3×24-hour answer time of Pasal 32
 * and 41. Local to the hub that received them: they name the requester and how they were
 * verified, which the national team has no need of.
 */
export const privacyRequests = sqliteTable(
  'privacy_requests',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: requestKinds }).notNull(),
    personId: text('person_id'),
    requesterName: text('requester_name').notNull(),
    /** UTC instants; the hub shows them in its own WIB/WITA/WIT. */
    receivedAt: text('received_at').notNull(),
    dueAt: text('due_at').notNull(),
    verification: text('verification').notNull(),
    details: text('details'),
    status: text('status', { enum: requestStatuses }).notNull().default('open'),
    closedAt: text('closed_at'),
    outcome: text('outcome'),
  },
  (t) => [index('privacy_requests_status_idx').on(t.status, t.dueAt)],
)

/**
 * Which people each bundle this instance wrote carried, and whether with what identifies them: so a
 * lost USB stick's file tells whom to notify (Pasal 46) and an access request tells where data went.
 */
export const bundlePeople = sqliteTable(
  'bundle_people',
  {
    bundleId: integer('bundle_id').notNull(),
    personId: text('person_id').notNull(),
    identifying: integer('identifying', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.bundleId, t.personId] }), index('bundle_people_person_idx').on(t.personId)],
)
