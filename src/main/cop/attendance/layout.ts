import { foldText } from '../../members/names'
import type { Row } from './table'

export type AttendanceSource = 'zoom' | 'meet' | 'csv'

type Column = 'name' | 'firstName' | 'lastName' | 'email' | 'join' | 'leave' | 'minutes' | 'waitingRoom' | 'topic'

/**
 * Headings as foldText leaves them ("Duration (Minutes)" → "duration minutes"). Zoom's are those of
 * its participant report, old and new; Meet's those of the attendance sheet and of the "Full Name,
 * First Seen, Time in Call" export; the rest are what a secretariat types, in either language.
 * "User Name" is left out on purpose: in Zoom's export with meeting data it is the host's name.
 */
const knownHeadings: Record<Column, string[]> = {
  name: ['name original name', 'name', 'full name', 'nama', 'nama lengkap', 'nama peserta'],
  firstName: ['first name', 'nama depan'],
  lastName: ['last name', 'nama belakang'],
  email: ['user email', 'email', 'e mail', 'email address', 'surel', 'alamat email', 'alamat surel'],
  join: ['join time', 'join', 'masuk', 'jam masuk', 'waktu masuk'],
  leave: ['leave time', 'leave', 'keluar', 'jam keluar', 'waktu keluar'],
  minutes: [
    'duration minutes',
    'total duration minutes',
    'duration',
    'minutes',
    'time in call',
    'durasi',
    'durasi menit',
    'menit',
  ],
  waitingRoom: ['in waiting room'],
  topic: ['topic'],
}

/** How one file's participant table reads: where its heading is and which column holds what. */
export interface Layout {
  source: AttendanceSource
  headingLine: number
  columns: Partial<Record<Column, number>>
  /** Minutes come from join and leave times rather than a duration column. */
  timed: boolean
  /** Zoom writes "Display name (name at sign-in)" in one cell. */
  originalNameInParentheses: boolean
}

/**
 * The column for each kind of value. Zoom's export with meeting data repeats "User Email" and
 * "Duration (Minutes)": the host's come first, the participant's after "Name (Original Name)", so
 * a column at or after the name column wins.
 */
function locateColumns(headings: string[]): Partial<Record<Column, number>> {
  const find = (column: Column, from = 0) =>
    headings.findIndex((heading, index) => index >= from && knownHeadings[column].includes(heading))
  const name = find('name')
  const columns: Partial<Record<Column, number>> = {}
  for (const column of Object.keys(knownHeadings) as Column[]) {
    const after = name >= 0 ? find(column, name) : -1
    const index = after >= 0 ? after : find(column)
    if (index >= 0) columns[column] = index
  }
  return columns
}

/** The layout when `row` is a participant table's heading, or null. */
export function recogniseHeading(row: Row): Layout | null {
  const folded = row.cells.map(foldText)
  const columns = locateColumns(folded)
  const named = columns.name !== undefined || (columns.firstName !== undefined && columns.lastName !== undefined)
  const source: AttendanceSource = folded.includes('name original name')
    ? 'zoom'
    : folded.includes('join time') && folded.includes('leave time')
      ? 'zoom'
      : columns.firstName !== undefined || folded.includes('time in call')
        ? 'meet'
        : 'csv'
  // Meet's "Time joined" and "Time exited" are the first join and the last exit: the time between
  // them is not time present when someone left and came back, so Meet is read by its duration.
  const timed = source !== 'meet' && columns.join !== undefined && columns.leave !== undefined
  if (!named || (!timed && columns.minutes === undefined)) return null
  return {
    source,
    headingLine: row.line,
    columns,
    timed,
    originalNameInParentheses: folded[columns.name ?? -1] === 'name original name',
  }
}

/** The topic Zoom writes above the participant table, or in every row of its export with meeting data. */
export function meetingTitle(rows: Row[], layout: Layout): string | null {
  const heading = rows.findIndex((row) => row.line === layout.headingLine)
  if (layout.columns.topic !== undefined) return rows[heading + 1]?.cells[layout.columns.topic] || null
  for (let index = 0; index < heading - 1; index++) {
    const topic = rows[index]?.cells.map(foldText).indexOf('topic') ?? -1
    if (topic >= 0) return rows[index + 1]?.cells[topic] || null
  }
  return null
}
