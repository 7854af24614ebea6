import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { people } from '../members/schema'
import { testDatabase } from '../testing/database'
import { insertRow } from './prepared-insert'

const stamp = { hubId: 'hub', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
const person = {
  ...stamp,
  name: 'Siti Rahayu',
  nameKey: 'siti rahayu',
  gender: 'female' as const,
  role: 'leader' as const,
  organisationId: 'org',
}

describe('insertRow', () => {
  it('writes what drizzle reads back, encoding booleans and filling defaults and NULLs', () => {
    const { database } = testDatabase()
    insertRow(database.sqlite, people, { id: 'a', ...person, consent: true, consentOn: '2026-01-01' })
    insertRow(database.sqlite, people, { id: 'b', ...person })
    const read = (id: string) => database.orm.select().from(people).where(eq(people.id, id)).get()
    expect(read('a')).toMatchObject({ consent: true, consentOn: '2026-01-01', phone: null, deletedAt: null })
    expect(read('b')).toMatchObject({ consent: false, consentOn: null, birthYear: null })
    expect(database.sqlite.prepare(`SELECT consent FROM people WHERE id = 'a'`).pluck().get()).toBe(1)
  })

  it('keeps one prepared statement per table and connection, and keeps connections apart', () => {
    const first = testDatabase().database
    const second = testDatabase().database
    insertRow(first.sqlite, people, { id: 'a', ...person })
    insertRow(second.sqlite, people, { id: 'b', ...person })
    insertRow(first.sqlite, people, { id: 'c', ...person })
    const ids = (db: typeof first) => db.sqlite.prepare(`SELECT id FROM people ORDER BY id`).pluck().all()
    expect(ids(first)).toEqual(['a', 'c'])
    expect(ids(second)).toEqual(['b'])
  })
})
