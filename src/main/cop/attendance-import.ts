import type { ParsedInputOf } from '../../shared/contract'
import type { AttendanceCommitted, AttendancePreview, AttendancePreviewRow } from '../../shared/cop'
import { AppError } from '../../shared/errors'
import { utcToZoned, type TimeZoneCode } from '../../shared/format'
import type { AppDatabase } from '../db'
import { syncWrite } from '../sync/write'
import { readAttendanceFile, type AttendanceEntry } from './attendance/read'
import { matchEntries, type MatchCandidate } from './attendance/match'
import { isLivePerson, requireSession, type SessionState } from './checks'
import { registerOne } from './participants'
import { effectiveThreshold, sessionMinutes, statusForMinutes } from './rules'
import { requireIdentity } from '../hub/service'
import { copParticipants } from './schema'

/** Beyond this many people, name matching looks only at the registered and at e-mail matches. */
const FULL_DIRECTORY_LIMIT = 50_000

interface PersonRow {
  personId: string
  name: string
  email: string | null
  organisationName: string | null
}
interface Registration {
  participantId: string
  personId: string
  status: string
}

const personColumns = `p.id AS personId, p.name, p.email, o.name AS organisationName
  FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`
const livePeople = 'p.deleted_at IS NULL AND p.merged_into_id IS NULL'

function registrations(database: AppDatabase, sessionId: string): Registration[] {
  return database.sqlite
    .prepare(
      `SELECT id AS participantId, person_id AS personId, status FROM cop_participants
       WHERE session_id = ? AND deleted_at IS NULL`,
    )
    .all(sessionId) as Registration[]
}

/**
 * Who rows of the file may be: everyone registered, anyone whose e-mail the file shows and, at a
 * hub's scale, the whole directory, so a walk-in is found by name too.
 */
function candidatesFor(
  database: AppDatabase,
  entries: AttendanceEntry[],
  registered: Set<string>,
): Map<string, PersonRow> {
  const found = new Map<string, PersonRow>()
  const add = (rows: PersonRow[]) => rows.forEach((row) => found.set(row.personId, row))
  const total = database.sqlite.prepare(`SELECT count(*) FROM people p WHERE ${livePeople}`).pluck().get() as number
  if (total <= FULL_DIRECTORY_LIMIT)
    add(database.sqlite.prepare(`SELECT ${personColumns} WHERE ${livePeople}`).all() as PersonRow[])
  else {
    const ids = JSON.stringify([...registered])
    const emails = JSON.stringify(entries.flatMap((entry) => (entry.email ? [entry.email] : [])))
    add(
      database.sqlite
        .prepare(
          `SELECT ${personColumns} WHERE ${livePeople}
           AND (p.id IN (SELECT value FROM json_each(?)) OR p.email IN (SELECT value FROM json_each(?)))`,
        )
        .all(ids, emails) as PersonRow[],
    )
  }
  return found
}

interface Reading {
  session: SessionState
  threshold: number
  file: ReturnType<typeof readAttendanceFile>
  people: Map<string, PersonRow>
  registered: Map<string, Registration>
  rows: AttendancePreviewRow[]
}

function read(database: AppDatabase, input: ParsedInputOf<'cop:attendancePreview'>): Reading {
  const session = requireSession(database, input.sessionId)
  if (Date.parse(session.startsAt) > database.clock())
    throw new AppError('VALIDATION', { key: 'validation.cop.participant.notYetHeld' })
  const { timeZone } = requireIdentity(database)
  const threshold = effectiveThreshold(
    session.thresholdMinutes,
    sessionMinutes(session.startsAt, session.endsAt, timeZone),
  )
  const file = readAttendanceFile(input.fileName, Buffer.from(input.contentBase64, 'base64'))
  const registered = new Map(
    registrations(database, session.id)
      .filter((row) => row.status !== 'cancelled')
      .map((row) => [row.personId, row]),
  )
  const people = candidatesFor(database, file.entries, new Set(registered.keys()))
  const candidates: MatchCandidate[] = [...people.values()].map((person) => ({
    personId: person.personId,
    name: person.name,
    email: person.email,
    registered: registered.has(person.personId),
  }))
  const rows = matchEntries(file.entries, candidates).map((match, entry): AttendancePreviewRow => {
    const person = match.personId ? people.get(match.personId) : undefined
    return {
      entry,
      name: match.entry.name,
      email: match.entry.email,
      minutes: match.entry.minutes,
      visits: match.entry.visits,
      rowNumbers: match.entry.rowNumbers,
      personId: match.personId,
      personName: person?.name ?? null,
      matchedBy: match.by,
      registered: match.personId !== null && registered.has(match.personId),
      proposedStatus: match.personId ? statusForMinutes(match.entry.minutes, threshold) : null,
      suggestions: (match.personId === null ? match.suggestions : []).flatMap((id) => {
        const suggestion = people.get(id)
        return suggestion
          ? [{ personId: id, name: suggestion.name, organisationName: suggestion.organisationName }]
          : []
      }),
    }
  })
  return { session, threshold, file, people, registered, rows }
}

/** Every calendar day a session spans where the hub is, for telling a report of another day. */
function localDays(session: SessionState, zone: TimeZoneCode): string[] {
  const [first, last] = [utcToZoned(session.startsAt, zone), utcToZoned(session.endsAt, zone)].map((local) =>
    Date.parse(local.slice(0, 10)),
  )
  const days: string[] = []
  for (let day = first ?? 0; day <= (last ?? 0); day += 86_400_000) days.push(new Date(day).toISOString().slice(0, 10))
  return days
}

/** What importing the file would do, written nowhere: matches, rows to resolve, the registered not in it. */
export function previewAttendance(
  database: AppDatabase,
  input: ParsedInputOf<'cop:attendancePreview'>,
): AttendancePreview {
  const { session, threshold, file, rows, registered } = read(database, input)
  const shown = new Set(rows.flatMap((row) => (row.personId ? [row.personId] : [])))
  const missing = [...registered.values()]
    .filter((row) => !shown.has(row.personId))
    .map((row) => ({
      participantId: row.participantId,
      name: database.sqlite.prepare('SELECT name FROM people WHERE id = ?').pluck().get(row.personId) as string,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'))
  return {
    source: file.source,
    meetingTitle: file.meetingTitle,
    meetingDays: file.meetingDays,
    sessionDays: localDays(session, requireIdentity(database).timeZone),
    thresholdMinutes: threshold,
    rows,
    missing,
  }
}

/**
 * Writes the file's attendance, with the user's choices for rows the matcher left open, in one
 * transaction. Someone present but not registered is registered as they were (a walk-in, even
 * beyond capacity). Only those still "terdaftar" become "tidak hadir" for not being in the file: a
 * status someone set by hand stays.
 */
export function commitAttendance(
  database: AppDatabase,
  input: ParsedInputOf<'cop:attendanceCommit'>,
): AttendanceCommitted {
  const { session, threshold, rows, registered } = read(database, input)
  const chosen = new Map(input.resolutions.map((resolution) => [resolution.entry, resolution.personId]))
  for (const entry of chosen.keys())
    if (entry >= rows.length) throw new AppError('VALIDATION', { key: 'validation.cop.attendance.changed' })
  const assigned = new Map<string, AttendancePreviewRow>()
  for (const row of rows) {
    const personId = chosen.has(row.entry) ? (chosen.get(row.entry) ?? null) : row.personId
    if (personId === null) continue
    if (!isLivePerson(database, personId))
      throw new AppError('VALIDATION', { key: 'validation.cop.participant.person' })
    const earlier = assigned.get(personId)
    if (earlier)
      throw new AppError('VALIDATION', {
        key: 'validation.cop.attendance.personTwice',
        params: { first: earlier.name, second: row.name },
      })
    assigned.set(personId, row)
  }
  return syncWrite(database, (writer) => {
    const result: AttendanceCommitted = {
      updated: 0,
      registered: 0,
      markedAbsent: 0,
      skipped: rows.length - assigned.size,
    }
    for (const [personId, row] of assigned) {
      const status = statusForMinutes(row.minutes, threshold)
      const registration = registered.get(personId)
      if (registration) {
        writer.update(copParticipants, registration.participantId, { status, minutesPresent: row.minutes })
        result.updated++
      } else {
        registerOne(database, writer, session, personId, { status, minutesPresent: row.minutes, walkIn: true })
        result.registered++
      }
    }
    if (input.markMissingAbsent)
      for (const registration of registered.values())
        if (!assigned.has(registration.personId) && registration.status === 'registered') {
          writer.update(copParticipants, registration.participantId, { status: 'absent', minutesPresent: 0 })
          result.markedAbsent++
        }
    return result
  })
}
