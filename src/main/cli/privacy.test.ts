import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CarriedFile, PersonDossier } from '../../shared/privacy'
import { cli } from './testing'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-cli-privacy-'))
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

const path = (name: string) => join(directory, name)

async function ok(...argv: string[]) {
  const result = await cli(...argv)
  expect(result.code, `${argv.join(' ')}\n${result.stderr}`).toBe(0)
  return result
}

/** A seeded hub, and one of its people with a name and a phone number. */
async function hubWithPeople() {
  await ok('init', '--db', path('jatim.db'), '--role', 'hub', '--province', '35', '--name', 'Forum OMS Jatim')
  await ok('seed', '--db', path('jatim.db'), '--orgs', '5', '--people', '12')
  const database = new Database(path('jatim.db'), { readonly: true })
  try {
    const person = database
      .prepare(`SELECT id, name, phone FROM people WHERE phone IS NOT NULL AND name <> '' ORDER BY id LIMIT 1`)
      .get() as { id: string; name: string; phone: string }
    const count = database.prepare('SELECT count(*) FROM people').pluck().get() as number
    return { person, count }
  } finally {
    database.close()
  }
}

const personRow = (id: string) => {
  const database = new Database(path('jatim.db'), { readonly: true })
  try {
    return database.prepare('SELECT name, phone, erased_at AS erasedAt FROM people WHERE id = ?').get(id) as {
      name: string
      phone: string | null
      erasedAt: string | null
    }
  } finally {
    database.close()
  }
}

describe('lokadaya privacy export', () => {
  it('writes everything held about the person as the app’s JSON, or CSV, never over a file', async () => {
    const { person } = await hubWithPeople()
    const written = await ok(
      'privacy',
      'export',
      '--db',
      path('jatim.db'),
      '--person',
      person.id,
      '--out',
      path('a.json'),
    )
    expect(written.stdout).toContain(`everything this hub holds about person ${person.id}`)
    const dossier = JSON.parse(readFileSync(path('a.json'), 'utf8')) as PersonDossier
    expect(dossier).toMatchObject({
      format: 'lokadaya-person-data',
      formatVersion: 1,
      person: { id: person.id, name: person.name, phone: person.phone },
    })

    const again = await cli(
      'privacy',
      'export',
      '--db',
      path('jatim.db'),
      '--person',
      person.id,
      '--out',
      path('a.json'),
    )
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('already exists')

    await ok(
      'privacy',
      'export',
      '--db',
      path('jatim.db'),
      '--person',
      person.id,
      '--out',
      path('a.csv'),
      '--format',
      'csv',
    )
    expect(readFileSync(path('a.csv'), 'utf8')).toContain(`person;name;${person.name}`)
  })

  it('refuses a person the hub does not know (exit 1), and a call without --person, --out or a known format (exit 2)', async () => {
    const { person } = await hubWithPeople()
    const unknown = await cli(
      'privacy',
      'export',
      '--db',
      path('jatim.db'),
      '--person',
      '01900000-0000-7000-8000-0000000000ff',
      '--out',
      path('x.json'),
      '--lang',
      'en',
    )
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/^lokadaya: /)
    expect(existsSync(path('x.json'))).toBe(false)
    const db = ['--db', path('jatim.db')]
    expect((await cli('privacy', 'export', ...db, '--out', path('x.json'))).code).toBe(2)
    expect((await cli('privacy', 'export', ...db, '--person', person.id)).code).toBe(2)
    expect(
      (await cli('privacy', 'export', ...db, '--person', person.id, '--out', path('x.pdf'), '--format', 'pdf')).code,
    ).toBe(2)
    expect((await cli('privacy', ...db)).code).toBe(2)
    expect((await cli('privacy', 'forget', ...db)).code).toBe(2)
  })
})

describe('lokadaya privacy erase', () => {
  it('does nothing without --yes (exit 2); with it, erases and names the fields removed, not their values', async () => {
    const { person } = await hubWithPeople()
    const asked = await cli('privacy', 'erase', '--db', path('jatim.db'), '--person', person.id)
    expect(asked.code).toBe(2)
    expect(asked.stderr).toContain('add --yes to confirm')
    expect(personRow(person.id)).toMatchObject({ name: person.name, erasedAt: null })

    const erased = await ok('privacy', 'erase', '--db', path('jatim.db'), '--person', person.id, '--yes')
    expect(erased.stdout).toMatch(new RegExp(`^Erased person ${person.id}: removed name, (birth year, )?phone`))
    expect(erased.stdout).toContain('Kept for the indicators: gender')
    expect(erased.stdout).not.toContain(person.name)
    expect(erased.stdout).not.toContain(person.phone)
    expect(personRow(person.id)).toMatchObject({ name: '', phone: null, erasedAt: expect.any(String) })

    const twice = await cli(
      'privacy',
      'erase',
      '--db',
      path('jatim.db'),
      '--person',
      person.id,
      '--yes',
      '--lang',
      'en',
    )
    expect(twice.code).toBe(1)
    expect(twice.stderr).toContain('was erased at their request')
  })
})

describe('lokadaya privacy carried', () => {
  it('lists whose data a bundle and a backup carried, one person a line, or as JSON', async () => {
    const { person, count } = await hubWithPeople()
    await ok('export', '--db', path('jatim.db'), '--out', path('1.lokadaya'))
    await ok('backup', '--db', path('jatim.db'), '--out', path('cadangan.lokadaya-backup'))

    // Indonesian by default, words and date alike.
    const bundle = await ok('privacy', 'carried', '--db', path('jatim.db'), path('1.lokadaya'))
    expect(bundle.out[0]).toMatch(
      new RegExp(
        `^1\\.lokadaya: paket yang ditulis hub ini, dibuat \\d+ (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) 20\\d\\d [\\d.]+ WIB, memuat data ${count} orang \\(\\d+ dengan nama\\)\\.$`,
      ),
    )
    expect(bundle.out).toHaveLength(count + 1)
    const line = bundle.out.find((printed) => printed.startsWith(person.id))
    // The person's OMS beside the name: two people of one name are told apart.
    expect(line).toMatch(new RegExp(`^${person.id}  \\S+ +${person.name} \\(.+\\)$`))
    // A backup holds everything: the fields it held are named in the same language.
    const held = await ok('privacy', 'carried', '--db', path('jatim.db'), path('cadangan.lokadaya-backup'))
    expect(held.out.find((printed) => printed.startsWith(person.id))).toMatch(/^\S+ {2}nama,telepon/)

    // In English, English words and an English date: never one language's words around the other's date.
    const english = await ok('privacy', 'carried', '--db', path('jatim.db'), path('1.lokadaya'), '--lang', 'en')
    expect(english.out[0]).toMatch(
      new RegExp(
        `^1\\.lokadaya: a bundle this instance wrote, made \\d+ (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\\d\\d [\\d.]+ WIB, carrying ${count} people \\(\\d+ with their name\\)\\.$`,
      ),
    )
    const heldEnglish = await ok(
      'privacy',
      'carried',
      '--db',
      path('jatim.db'),
      path('cadangan.lokadaya-backup'),
      '--lang',
      'en',
    )
    expect(heldEnglish.out[0]).toMatch(/^cadangan\.lokadaya-backup: a backup, made /)
    expect(heldEnglish.out.find((printed) => printed.startsWith(person.id))).toMatch(/^\S+ {2}name,phone/)

    const backup = await ok('privacy', 'carried', '--db', path('jatim.db'), path('cadangan.lokadaya-backup'), '--json')
    const carried = JSON.parse(backup.stdout) as CarriedFile
    expect(carried).toMatchObject({ kind: 'backup', file: 'cadangan.lokadaya-backup', bundleId: null })
    expect(carried.people).toHaveLength(count)
    expect(carried.people.find((carriedPerson) => carriedPerson.personId === person.id)).toMatchObject({
      name: person.name,
      organisationName: expect.any(String),
      identifying: true,
      fields: expect.arrayContaining(['name', 'phone']),
    })
  })

  it('refuses a file that is no bundle or backup (exit 1), and a call without the file (exit 2)', async () => {
    await hubWithPeople()
    const missing = await cli('privacy', 'carried', '--db', path('jatim.db'), path('tidak-ada.lokadaya'))
    expect(missing.code).toBe(1)
    expect((await cli('privacy', 'carried', '--db', path('jatim.db'))).code).toBe(2)
    expect((await cli('privacy', 'carried', '--db', path('jatim.db'), path('a'), path('b'))).code).toBe(2)
  })
})
