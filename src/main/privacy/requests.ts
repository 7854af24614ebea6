import { eq } from 'drizzle-orm'
import { v7 as uuidv7 } from 'uuid'
import { AppError } from '../../shared/errors'
import { zonedToUtc } from '../../shared/format'
import {
  closeRequestInput,
  openRequestInput,
  REQUEST_HOURS,
  type OpenRequestInput,
  type PrivacyRequestView,
} from '../../shared/privacy'
import type { z } from 'zod'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { refuseFields } from '../members/records/common'
import { findPersonRow } from '../members/records/people'
import { privacyRequests } from './schema'

/**
 * When a request received at this instant must be answered: 3×24 hours later (Pasal 32, 41). An
 * instant, so it is the same moment for a hub in WIB, WITA or WIT; each shows it in its own zone.
 */
export const dueAtFor = (receivedAt: string): string =>
  new Date(Date.parse(receivedAt) + REQUEST_HOURS * 3_600_000).toISOString()

/** Records a request; the time it was received is typed as the hub's local time, and may not be in the future. */
export function openRequest(database: AppDatabase, raw: OpenRequestInput): PrivacyRequestView {
  const input = openRequestInput.parse(raw)
  const { timeZone } = requireIdentity(database)
  const receivedAt = zonedToUtc(input.receivedAt, timeZone)
  if (Number.isNaN(Date.parse(receivedAt)) || Date.parse(receivedAt) > database.clock() + 60_000)
    refuseFields({ receivedAt: { key: 'privacy.validation.receivedAt' } })
  if (input.personId !== null) {
    const person = findPersonRow(database, input.personId)
    if (!person || person.deletedAt) throw new AppError('NOT_FOUND', { key: 'validation.person.notFound' })
  }
  const id = uuidv7({ msecs: database.clock() })
  database.orm
    .insert(privacyRequests)
    .values({
      id,
      kind: input.kind,
      personId: input.personId,
      requesterName: input.requesterName,
      receivedAt,
      dueAt: dueAtFor(receivedAt),
      verification: input.verification,
      details: input.details === '' ? null : input.details,
    })
    .run()
  return requestView(database, id)
}

/** Answers or refuses a request, saying what was done. */
export function closeRequest(database: AppDatabase, raw: z.input<typeof closeRequestInput>): PrivacyRequestView {
  const input = closeRequestInput.parse(raw)
  const current = requestView(database, input.id)
  if (current.status !== 'open') throw new AppError('VALIDATION', { key: 'privacy.requestClosed' })
  database.orm
    .update(privacyRequests)
    .set({ status: input.status, outcome: input.outcome, closedAt: new Date(database.clock()).toISOString() })
    .where(eq(privacyRequests.id, input.id))
    .run()
  return requestView(database, input.id)
}

type RequestRow = typeof privacyRequests.$inferSelect & { personName: string | null; personOrganisation: string | null }

const SELECT = `SELECT r.id, r.kind, r.person_id AS personId, r.requester_name AS requesterName,
    r.received_at AS receivedAt, r.due_at AS dueAt, r.verification, r.details, r.status,
    r.closed_at AS closedAt, r.outcome, p.name AS personName, o.name AS personOrganisation
  FROM privacy_requests r LEFT JOIN people p ON p.id = r.person_id LEFT JOIN organisations o ON o.id = p.organisation_id`

const view = (database: AppDatabase, row: RequestRow): PrivacyRequestView => ({
  ...row,
  overdue: row.status === 'open' && Date.parse(row.dueAt) < database.clock(),
})

function requestView(database: AppDatabase, id: string): PrivacyRequestView {
  const row = database.sqlite.prepare(`${SELECT} WHERE r.id = ?`).get(id) as RequestRow | undefined
  if (!row) throw new AppError('NOT_FOUND', { key: 'privacy.requestNotFound' })
  return view(database, row)
}

/** The register: open requests first, the most urgent on top, then the answered ones, newest first. */
export function listRequests(database: AppDatabase): PrivacyRequestView[] {
  const rows = database.sqlite
    .prepare(`${SELECT} ORDER BY r.status <> 'open', CASE WHEN r.status = 'open' THEN r.due_at END, r.received_at DESC`)
    .all() as RequestRow[]
  return rows.map((row) => view(database, row))
}

/** Open requests past their due time, for the home screen. */
export const overdueRequests = (database: AppDatabase): PrivacyRequestView[] =>
  listRequests(database).filter((request) => request.overdue)
