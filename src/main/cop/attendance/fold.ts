import { foldText } from '../../members/names'
import type { AttendanceEntry } from './read'
import { coveredMinutes } from './times'
import type { Visit } from './visit'

const nameGroup = (name: string) => `name:${foldText(name)}`

/**
 * Rows are one person's when they share an e-mail address, or, without one, a name. A row with
 * no address whose name is that of exactly one person with an address is theirs too: signed in
 * on the laptop, joined as a guest from the phone.
 */
function group(visits: Visit[]): Visit[][] {
  const groups = new Map<string, Visit[]>()
  for (const visit of visits) {
    const key = visit.email ?? nameGroup(visit.name)
    groups.set(key, [...(groups.get(key) ?? []), visit])
  }
  const withAddress = new Map<string, string[]>()
  for (const [key, members] of groups) {
    if (!members[0]?.email) continue
    const names = new Set(members.map((visit) => nameGroup(visit.name)))
    for (const name of names) withAddress.set(name, [...(withAddress.get(name) ?? []), key])
  }
  for (const [key, members] of groups) {
    const owners = withAddress.get(key)
    if (members[0]?.email || owners?.length !== 1) continue
    const owner = groups.get(owners[0] ?? '')
    owner?.push(...members)
    groups.delete(key)
  }
  return [...groups.values()].map((members) => members.sort((a, b) => a.line - b.line))
}

function entryOf(visits: Visit[]): AttendanceEntry {
  const [first] = visits
  const name = first?.name ?? ''
  const otherNames = new Map<string, string>()
  for (const other of visits.flatMap((visit) => [visit.name, ...visit.otherNames])) {
    const key = foldText(other)
    if (key !== foldText(name) && !otherNames.has(key)) otherNames.set(key, other)
  }
  const present = visits.filter((visit) => !visit.waiting)
  const intervals = present.flatMap((visit) => (visit.interval ? [visit.interval] : []))
  const minutes = intervals.length > 0 ? coveredMinutes(intervals) : present.reduce((sum, v) => sum + v.minutes, 0)
  return {
    name,
    otherNames: [...otherNames.values()],
    email: visits.find((visit) => visit.email)?.email ?? null,
    minutes: Math.round(minutes),
    visits: present.length,
    rowNumbers: visits.map((visit) => visit.line),
  }
}

/** One entry per person, in the order they first appear in the file. */
export function foldVisits(visits: Visit[]): AttendanceEntry[] {
  return group(visits)
    .sort((a, b) => (a[0]?.line ?? 0) - (b[0]?.line ?? 0))
    .map(entryOf)
}
