import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appErrorFrom } from '../testing/errors'
import { createDb, sourceMigrationsFolder } from '.'

let directory: string
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'lokadaya-migrate-'))
})
afterEach(() => rmSync(directory, { recursive: true, force: true }))

/** A copy of the shipped migrations plus more, as a future app version would ship them. */
function migrationsWithExtra(tag: string, sql: string, when: number, folder = join(directory, 'migrations')): string {
  if (!existsSync(folder)) cpSync(sourceMigrationsFolder, folder, { recursive: true })
  const journalFile = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: object[] }
  journal.entries.push({ idx: journal.entries.length, version: '6', when, tag, breakpoints: true })
  writeFileSync(journalFile, JSON.stringify(journal))
  writeFileSync(join(folder, `${tag}.sql`), sql)
  return folder
}

function appliedCount(path: string): number {
  const sqlite = new Database(path, { readonly: true })
  const { n } = sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }
  sqlite.close()
  return n
}

const future = Date.UTC(2099, 0, 1)

describe('createDb', () => {
  it('creates a database in WAL mode with foreign keys enforced and a busy timeout', () => {
    const database = createDb(join(directory, 'hub.db'))
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    database.close()
  })

  it('applies nothing the second time it opens the same file', () => {
    const path = join(directory, 'hub.db')
    createDb(path).close()
    const before = appliedCount(path)
    createDb(path).close()
    expect(appliedCount(path)).toBe(before)
    expect(before).toBeGreaterThan(0)
  })

  it('refuses a database written by a newer app version and leaves it untouched', async () => {
    const path = join(directory, 'hub.db')
    createDb(path, {
      migrationsFolder: migrationsWithExtra('9999_future', 'CREATE TABLE future (id text);', future),
    }).close()
    const bytes = readFileSync(path)

    const error = await appErrorFrom(() => createDb(path))
    expect(error.code).toBe('DB_NEWER')
    expect(readFileSync(path).equals(bytes)).toBe(true)
  })

  it('refuses a newer database without even switching its journal mode', () => {
    const path = join(directory, 'hub.db')
    createDb(path, {
      migrationsFolder: migrationsWithExtra('9999_future', 'CREATE TABLE future (id text);', future),
    }).close()
    const rollbackJournal = new Database(path)
    rollbackJournal.pragma('journal_mode = DELETE')
    rollbackJournal.close()
    const bytes = readFileSync(path)
    return appErrorFrom(() => createDb(path)).then((error) => {
      expect(error.code).toBe('DB_NEWER')
      expect(readFileSync(path).equals(bytes)).toBe(true)
    })
  })

  it("rebuilds a parent table the way drizzle-kit does without cascading into its children's rows", () => {
    const path = join(directory, 'hub.db')
    const parentAndChild = migrationsWithExtra(
      '0001_parent_child',
      [
        'CREATE TABLE parent (id text PRIMARY KEY, name text);',
        'CREATE TABLE child (id text PRIMARY KEY, parent_id text REFERENCES parent(id) ON DELETE CASCADE);',
      ].join('\n--> statement-breakpoint\n'),
      future,
    )
    const v1 = createDb(path, { migrationsFolder: parentAndChild })
    v1.sqlite.exec(`INSERT INTO parent VALUES ('p', 'Forum'); INSERT INTO child VALUES ('c', 'p');`)
    v1.close()

    const rebuild = migrationsWithExtra(
      '0002_rebuild_parent',
      [
        'PRAGMA foreign_keys=OFF;',
        'CREATE TABLE __new_parent (id text PRIMARY KEY, name text NOT NULL);',
        'INSERT INTO __new_parent SELECT id, name FROM parent;',
        'DROP TABLE parent;',
        'ALTER TABLE __new_parent RENAME TO parent;',
        'PRAGMA foreign_keys=ON;',
      ].join('\n--> statement-breakpoint\n'),
      future + 1,
      parentAndChild,
    )
    const v2 = createDb(path, { migrationsFolder: rebuild })
    expect(v2.sqlite.prepare('SELECT * FROM child').all()).toEqual([{ id: 'c', parent_id: 'p' }])
    expect(v2.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    v2.close()
  })

  it('refuses a migration that leaves rows pointing at nothing', async () => {
    const path = join(directory, 'hub.db')
    const dangling = migrationsWithExtra(
      '0001_dangling',
      [
        'CREATE TABLE parent (id text PRIMARY KEY);',
        'CREATE TABLE child (id text PRIMARY KEY, parent_id text REFERENCES parent(id));',
        "INSERT INTO child VALUES ('c', 'missing');",
      ].join('\n--> statement-breakpoint\n'),
      future,
    )
    const error = await appErrorFrom(() => createDb(path, { migrationsFolder: dangling }))
    expect(error.code).toBe('MIGRATION_FAILED')
    expect(error.userMessage.params?.detail).toMatch(/1 rows of child point at missing rows of parent/)
  })

  it('rolls a failing migration back completely, keeps existing data, and backs up first', async () => {
    const path = join(directory, 'hub.db')
    const v1 = createDb(path)
    v1.sqlite.prepare(`INSERT INTO local_settings (key, value) VALUES ('language', 'en')`).run()
    v1.close()
    const bytes = readFileSync(path)

    // The first statement succeeds and the second fails: both must be undone.
    const broken = migrationsWithExtra(
      '0099_broken',
      'CREATE TABLE half_done (id text);\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);',
      future,
    )
    const error = await appErrorFrom(() => createDb(path, { migrationsFolder: broken }))

    expect(error.code).toBe('MIGRATION_FAILED')
    expect(error.userMessage.params?.detail).toMatch(/no_such_table/)
    expect(readFileSync(path).equals(bytes)).toBe(true)
    expect(existsSync(`${path}.pre-upgrade.bak`)).toBe(true)
    const reopened = createDb(path)
    expect(reopened.sqlite.prepare(`SELECT value FROM local_settings WHERE key = 'language'`).get()).toEqual({
      value: 'en',
    })
    expect(reopened.sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).get()).toBeUndefined()
    reopened.close()
  })

  it('refuses a database whose applied migrations diverge from the shipped ones', async () => {
    const path = join(directory, 'hub.db')
    createDb(path).close()
    const sqlite = new Database(path)
    sqlite.prepare('UPDATE __drizzle_migrations SET created_at = 1 WHERE id = 1').run()
    sqlite.close()
    expect((await appErrorFrom(() => createDb(path))).code).toBe('MIGRATION_FAILED')
  })

  it('upgrades an older database in place, keeping its data', () => {
    const path = join(directory, 'hub.db')
    createDb(path).close()
    const next = migrationsWithExtra('0001_next', 'ALTER TABLE hubs ADD COLUMN motto text;', future)
    const upgraded = createDb(path, { migrationsFolder: next })
    expect(
      upgraded.sqlite.prepare(`SELECT count(*) AS n FROM pragma_table_info('hubs') WHERE name = 'motto'`).get(),
    ).toEqual({ n: 1 })
    upgraded.close()
    expect(appliedCount(path)).toBe(appliedCount(`${path}.pre-upgrade.bak`) + 1)
    // The backup holds every record too: no more readable by other users of the PC than the original.
    expect(statSync(`${path}.pre-upgrade.bak`).mode & 0o777).toBe(0o600)
  })
})
