import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateSQLiteDrizzleJson, generateSQLiteMigration } from 'drizzle-kit/api'
import { describe, expect, it } from 'vitest'
import { sourceMigrationsFolder } from '.'
import * as schema from './schema'

const journal = JSON.parse(readFileSync(join(sourceMigrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
  entries: { idx: number; tag: string }[]
}

describe('migrations and schema', () => {
  it('has generated a migration for every change to the drizzle schema (npm run db:generate)', async () => {
    const latest = journal.entries.at(-1)
    if (!latest) throw new Error('no migrations in the journal')
    const snapshotFile = join(sourceMigrationsFolder, 'meta', `${String(latest.idx).padStart(4, '0')}_snapshot.json`)
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Parameters<typeof generateSQLiteMigration>[0]
    const current = await generateSQLiteDrizzleJson(schema, snapshot.id)
    expect(await generateSQLiteMigration(snapshot, current)).toEqual([])
  })

  it('has a test of its own for every migration', () => {
    const tests = new Set(readdirSync(__dirname).filter((file) => file.endsWith('.test.ts')))
    for (const { tag } of journal.entries)
      expect(tests, `missing src/main/db/${tag}.test.ts`).toContain(`${tag}.test.ts`)
  })
})
