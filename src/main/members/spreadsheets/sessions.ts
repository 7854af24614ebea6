import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import { v7 as uuidv7 } from 'uuid'
import { AppError } from '../../../shared/errors'
import type {
  ImportKind,
  ImportPreview,
  ImportProgress,
  MembershipStatus,
  OrganisationFields,
  PersonFields,
} from '../../../shared/members'
import type { AppDatabase } from '../../db'
import type { Sheet } from './read'

/** A row of the last dry run that will be written on commit. */
export interface PreparedRow {
  rowNumber: number
  updateId: string | null
  fields: OrganisationFields | PersonFields
  status: MembershipStatus
  statusSince: string | null
  /** An OMS row's contact person, written as a person of that OMS. */
  contact: { fields: PersonFields; updateId: string | null } | null
}

export interface Session {
  id: string
  kind: ImportKind
  sheet: Sheet
  touchedAt: number
  progress: ImportProgress
  /** Set while a dry run or commit runs; importCancel raises it. */
  running: { cancelled: boolean } | null
  /** The last complete dry run, with what the database looked like when it ran. */
  preview: { result: ImportPreview; rows: PreparedRow[]; dataVersion: string } | null
}

/** Open files stay in memory this long after their last use; a file is never written to disk. */
const SESSION_TTL_MS = 60 * 60_000
/** A file of 50k rows holds tens of MB in memory; only the latest few files stay open. */
const MAX_SESSIONS = 5
const CHUNK_ROWS = 500

// Per database: the harness and tests open several at once, and an id from one means nothing in another.
const sessionsByDatabase = new WeakMap<AppDatabase, Map<string, Session>>()

function sessionsOf(database: AppDatabase): Map<string, Session> {
  let sessions = sessionsByDatabase.get(database)
  if (!sessions) sessionsByDatabase.set(database, (sessions = new Map()))
  const now = Date.now()
  for (const [id, session] of sessions)
    if (!session.running && now - session.touchedAt > SESSION_TTL_MS) sessions.delete(id)
  return sessions
}

export function openSession(database: AppDatabase, kind: ImportKind, sheet: Sheet): Session {
  const session: Session = {
    id: uuidv7(),
    kind,
    sheet,
    touchedAt: Date.now(),
    progress: { phase: 'reading', done: sheet.rows.length, total: sheet.rows.length },
    running: null,
    preview: null,
  }
  const sessions = sessionsOf(database)
  const idle = [...sessions.values()].filter((other) => !other.running).sort((a, b) => a.touchedAt - b.touchedAt)
  for (const other of idle.slice(0, Math.max(0, sessions.size + 1 - MAX_SESSIONS))) sessions.delete(other.id)
  sessions.set(session.id, session)
  return session
}

export function findSession(database: AppDatabase, id: string): Session {
  const session = sessionsOf(database).get(id)
  if (!session) throw new AppError('NOT_FOUND', { key: 'validation.import.expired' })
  session.touchedAt = Date.now()
  return session
}

const cancelled = () => new AppError('VALIDATION', { key: 'validation.import.cancelled' })

/**
 * Runs one job of a session over its items in chunks, yielding between chunks so progress polls
 * and a cancel get through. One job at a time per session.
 */
export async function runChunked<T>(
  session: Session,
  phase: 'validating',
  items: T[],
  each: (item: T) => void,
): Promise<void> {
  if (session.running) throw new AppError('VALIDATION', { key: 'validation.import.busy' })
  const running = { cancelled: false }
  session.running = running
  session.progress = { phase, done: 0, total: items.length }
  try {
    for (let start = 0; start < items.length; start += CHUNK_ROWS) {
      await yieldToEventLoop()
      if (running.cancelled) throw cancelled()
      for (const item of items.slice(start, start + CHUNK_ROWS)) each(item)
      session.progress = { phase, done: Math.min(start + CHUNK_ROWS, items.length), total: items.length }
    }
    await yieldToEventLoop()
    if (running.cancelled) throw cancelled()
  } catch (error) {
    session.progress = { ...session.progress, phase: running.cancelled ? 'cancelled' : 'failed' }
    throw error
  } finally {
    session.running = null
  }
}

/**
 * Runs one synchronous write for a session, announced as the "saving" phase first: main cannot
 * answer progress polls or a cancel until the write returns, so the phase says so instead of
 * showing a bar that cannot move. Only a progress poll already waiting gets in before main blocks.
 */
export async function runWrite<T>(session: Session, total: number, write: () => T): Promise<T> {
  if (session.running) throw new AppError('VALIDATION', { key: 'validation.import.busy' })
  session.running = { cancelled: false }
  session.progress = { phase: 'saving', done: 0, total }
  try {
    await yieldToEventLoop()
    return write()
  } catch (error) {
    session.progress = { ...session.progress, phase: 'failed' }
    throw error
  } finally {
    session.running = null
  }
}

/** A dry run stops at its next chunk; the write cannot be stopped halfway, so a cancel leaves it be. */
export function cancelJob(session: Session): ImportProgress {
  if (session.running && session.progress.phase !== 'saving') {
    session.running.cancelled = true
    session.progress = { ...session.progress, phase: 'cancelled' }
  }
  return session.progress
}
