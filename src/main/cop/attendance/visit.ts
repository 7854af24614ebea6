import { foldText } from '../../members/names'
import type { Layout } from './layout'
import { refuse } from './refuse'
import type { Row } from './table'
import { parseDuration, parseMoment, span } from './times'

/** One row of the participant table: one join, from one device. */
export interface Visit {
  line: number
  name: string
  otherNames: string[]
  email: string | null
  interval: [number, number] | null
  minutes: number
  /** Zoom lists time in the waiting room as rows of its own; they are not time in the meeting. */
  waiting: boolean
}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** "Pak Budi (Budi Santoso)" → display name and, when it differs, the name at sign-in. */
function splitOriginalName(cell: string): [string, string[]] {
  const parts = /^(.*\S)\s*\(([^()]*)\)$/.exec(cell)
  if (!parts?.[1] || !parts[2]?.trim()) return [cell, []]
  const [display, original] = [parts[1], parts[2].trim()]
  return [display, foldText(display) === foldText(original) ? [] : [original]]
}

/** Reads one row, refusing the file at the first value that cannot be read, with its line number. */
export function readVisit(row: Row, layout: Layout, headings: string[], dayFirst: boolean): Visit {
  const { columns } = layout
  const cell = (index: number | undefined) => (index === undefined ? '' : (row.cells[index] ?? ''))
  const fullName =
    columns.name !== undefined
      ? cell(columns.name)
      : `${cell(columns.firstName)} ${cell(columns.lastName)}`.trim().replace(/\s+/g, ' ')
  if (foldText(fullName) === '') refuse('noName', { row: row.line })
  const [name, otherNames] = layout.originalNameInParentheses ? splitOriginalName(fullName) : [fullName, []]

  const email = cell(columns.email).toLowerCase()
  if (email !== '' && !emailShape.test(email)) refuse('badEmail', { row: row.line, value: email })

  const required = (index: number | undefined) => {
    const value = cell(index)
    if (value === '') refuse('missingValue', { row: row.line, column: headings[index ?? -1] ?? '' })
    return value
  }
  let interval: [number, number] | null = null
  let minutes = 0
  if (layout.timed) {
    const [joinText, leaveText] = [required(columns.join), required(columns.leave)]
    const moment = (value: string) => parseMoment(value, dayFirst) ?? refuse('badTime', { row: row.line, value })
    const [join, leave] = [moment(joinText), moment(leaveText)]
    interval = span(join, leave)
    if (interval[1] < interval[0]) refuse('leaveBeforeJoin', { row: row.line, join: joinText, leave: leaveText })
  } else {
    const value = required(columns.minutes)
    minutes = parseDuration(value) ?? refuse('badDuration', { row: row.line, value })
  }
  return {
    line: row.line,
    name,
    otherNames,
    email: email || null,
    interval,
    minutes,
    waiting: foldText(cell(columns.waitingRoom)) === 'yes',
  }
}
