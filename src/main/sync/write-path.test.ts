import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import * as schema from '../db/schema'
import { testDatabase } from '../testing/database'
import { localTables, syncedTables } from './tables'

const mainFolder = join(__dirname, '..')

/** The name each synced table is exported under, found by identity among the schema's exports. */
const exportNames = syncedTables.map((synced) => {
  const found = Object.entries(schema).find(([, value]) => value === synced.table)
  if (!found) throw new Error(`${synced.name} is not exported from src/main/db/schema.ts`)
  return found[0]
})
const either = (names: string[]) => names.join('|')

/**
 * Every other way to write a synced table: drizzle's builders (the write path's own insert and
 * update take more arguments than the table), the old prepared insert, and SQL naming the table,
 * quoted or not, schema-qualified or not, in any case.
 */
const otherWrites = [
  new RegExp(`\\.(?:insert|update|delete)\\(\\s*(?:${either(exportNames)})\\s*\\)`, 'g'),
  new RegExp(`\\binsertRow\\(\\s*[^,()]+,\\s*(?:${either(exportNames)})\\b`, 'g'),
  new RegExp(
    `\\b(?:(?:INSERT|REPLACE)(?:\\s+OR\\s+\\w+)?\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM)\\s+` +
      `(?:\\w+\\.)?["'\`\\[]?(?:${either(syncedTables.map((table) => table.name))})(?![\\w$])`,
    'gi',
  ),
]

/**
 * The text with every comment blanked out, positions kept: a comment may name a write freely. So
 * are the `recompute` statements of table declarations, which the write path itself runs.
 */
function withoutExempt(path: string, text: string): string {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false)
  const characters = text.split('')
  const blank = ({ pos, end }: ts.TextRange) => {
    for (let i = pos; i < end; i++) if (characters[i] !== '\n') characters[i] = ' '
  }
  const visit = (node: ts.Node) => {
    ts.getLeadingCommentRanges(text, node.pos)?.forEach(blank)
    ts.getTrailingCommentRanges(text, node.end)?.forEach(blank)
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'recompute')
      blank(node.initializer)
    ts.forEachChild(node, visit)
  }
  visit(source)
  ts.getLeadingCommentRanges(text, source.endOfFileToken.pos)?.forEach(blank)
  return characters.join('')
}

/** "file:line: code" for each write of a synced table in a source text. */
function writesIn(path: string, text: string): string[] {
  const code = withoutExempt(path, text)
  return otherWrites.flatMap((pattern) =>
    [...code.matchAll(pattern)].map((match) => {
      const line = code.slice(0, match.index).split('\n').length
      return `${path}:${line}: ${match[0].replace(/\s+/g, ' ')}`
    }),
  )
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

describe('the one write path', () => {
  it('knows every synced table under its SQL name and its schema export', () => {
    expect(syncedTables.map((table) => table.name)).toEqual(
      expect.arrayContaining(['hubs', 'organisations', 'membership_changes', 'people', 'affiliations']),
    )
    expect(exportNames).toEqual(expect.arrayContaining(['hubs', 'organisations', 'membershipChanges']))
  })

  it('flags every other kind of write, and neither comments nor the write path itself', () => {
    const sample = [
      '/* UPDATE people SET name = ? is fine in a comment */',
      "database.orm.update(people).set({ name: 'x' }).run()",
      'database.orm.delete(membershipChanges).where(eq(membershipChanges.id, id)).run()',
      `sqlite.prepare('INSERT INTO "organisations" (id) VALUES (?)').run(id)`,
      'sqlite.exec(`delete from main.affiliations where id = 1`)',
      'sqlite.exec(`REPLACE INTO [capacity_assessments] VALUES (1)`)',
      'insertRow(sqlite, hubs, row)',
      "writer.update(people, id, { name: 'x' })",
      "writer.insert(organisations, { name: 'x' })",
      "sqlite.prepare('UPDATE people_fts SET name = ?')",
      "sqlite.prepare('SELECT * FROM people')",
      'const declaration = { recompute: `UPDATE people SET organisation_id = NULL` }',
      'const smuggled = { recomputed: `UPDATE people SET organisation_id = NULL` }',
    ].join('\n')
    expect(writesIn('sample.ts', sample).sort()).toEqual(
      [
        'sample.ts:2: .update(people)',
        'sample.ts:3: .delete(membershipChanges)',
        'sample.ts:4: INSERT INTO "organisations',
        'sample.ts:5: delete from main.affiliations',
        'sample.ts:6: REPLACE INTO [capacity_assessments',
        'sample.ts:7: insertRow(sqlite, hubs',
        'sample.ts:13: UPDATE people',
      ].sort(),
    )
  })

  it('is the only way any code in src/main writes a synced table', () => {
    const writer = join(mainFolder, 'sync', 'write.ts')
    const files = sourceFiles(mainFolder).filter((path) => path !== writer)
    expect(files.length).toBeGreaterThan(50)
    const found = files.flatMap((path) =>
      writesIn(relative(mainFolder, path).split(sep).join('/'), readFileSync(path, 'utf8')),
    )
    expect(found).toEqual([])
  })

  it('has every table of the database either synced or local, with a reason', () => {
    const { sqlite } = testDatabase().database
    const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[])
      .filter((name) => !name.startsWith('sqlite_') && !/_fts($|_)/.test(name))
      .sort()
    const synced = syncedTables.map((table) => table.name)
    const local = Object.keys(localTables)
    expect(
      synced.filter((name) => local.includes(name)),
      'both synced and local',
    ).toEqual([])
    expect([...synced, ...local].sort()).toEqual(tables)
    for (const [name, reason] of Object.entries(localTables)) expect(reason, name).not.toBe('')
  })
})
