import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import * as schema from '../db/schema'
import { testDatabase } from '../testing/database'
import { localTables, syncedTables } from './tables'

const root = join(__dirname, '..', '..', '..')
const ownPath = relative(root, __filename).split(sep).join('/')

/**
 * The only files that may write synced tables around the write path, each with why. Nothing else
 * may, tests and seeds included: a row written around it lacks the clocks, owner and derived
 * columns the app relies on, so a test built on one proves nothing about the rows the app makes.
 */
const exemptions: { files: RegExp; why: string }[] = [
  { files: /^src\/main\/sync\/write\.ts$/, why: 'the write path itself' },
  {
    files: /^src\/main\/(?:db\/\d{4}_\w+\.test|testing\/migrations)\.ts$/,
    why:
      "migration tests: each tests its migration's schema and triggers as they were then, in that " +
      "migration's SQL; the write path only knows today's schema",
  },
]

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
 * What the scan must flag in a file named sample.ts, and what not. They name writes on purpose: in
 * this file only, the scan skips this declaration (see withoutExempt); line 14 shows that another
 * file cannot borrow the name.
 */
const examples = {
  text: [
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
    'const examples = { text: `DELETE FROM hubs` }',
  ].join('\n'),
  flagged: [
    'sample.ts:2: .update(people)',
    'sample.ts:3: .delete(membershipChanges)',
    'sample.ts:4: INSERT INTO "organisations',
    'sample.ts:5: delete from main.affiliations',
    'sample.ts:6: REPLACE INTO [capacity_assessments',
    'sample.ts:7: insertRow(sqlite, hubs',
    'sample.ts:13: UPDATE people',
    'sample.ts:14: DELETE FROM hubs',
  ],
}

/**
 * The text with every comment blanked out, positions kept: a comment may name a write freely. So
 * are the `recompute` statements of table declarations, which the write path itself runs, and in
 * this file the examples above.
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
    if (
      path === ownPath &&
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'examples' &&
      node.initializer
    )
      blank(node.initializer)
    ts.forEachChild(node, visit)
  }
  visit(source)
  ts.getLeadingCommentRanges(text, source.endOfFileToken.pos)?.forEach(blank)
  return characters.join('')
}

/** "file:line: code" for each write of a synced table in a source text. */
function writesIn(path: string, text: string): string[] {
  // Blanking only removes matches, so most files, having none to begin with, need no parse.
  if (!otherWrites.some((pattern) => text.search(pattern) >= 0)) return []
  const code = withoutExempt(path, text)
  return otherWrites.flatMap((pattern) =>
    [...code.matchAll(pattern)].map((match) => {
      const line = code.slice(0, match.index).split('\n').length
      return `${path}:${line}: ${match[0].replace(/\s+/g, ' ')}`
    }),
  )
}

/** Every script file under a folder of the repository, as repository paths with forward slashes. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path)
    return /\.[cm]?[jt]sx?$/.test(entry.name) ? [path] : []
  })
}

const isTest = (path: string) => /\.test\.[cm]?[jt]sx?$/.test(path)

/** Everything that can open the database: the main process, every test, the scripts. */
const scannedFiles = () => [
  ...filesUnder('src').filter((path) => path.startsWith('src/main/') || isTest(path)),
  ...filesUnder('tests'),
  ...filesUnder('scripts'),
]

describe('the one write path', () => {
  it('knows every synced table under its SQL name and its schema export', () => {
    expect(syncedTables.map((table) => table.name)).toEqual(
      expect.arrayContaining(['hubs', 'organisations', 'membership_changes', 'people', 'affiliations']),
    )
    expect(exportNames).toEqual(expect.arrayContaining(['hubs', 'organisations', 'membershipChanges']))
  })

  it('flags every other kind of write, and neither comments nor the write path itself', () => {
    expect(writesIn('sample.ts', examples.text).sort()).toEqual([...examples.flagged].sort())
  })

  it('is the only way any code, test or script writes a synced table', () => {
    const files = scannedFiles()
    expect(files).toEqual(
      expect.arrayContaining([
        ownPath,
        'src/main/sync/write.ts',
        'src/preload/index.test.ts',
        'tests/e2e/fixtures.ts',
        'scripts/harness/transport.js',
      ]),
    )
    // An exemption outliving its files would wave through whatever takes their names.
    expect(exemptions.filter(({ files: exempt }) => !files.some((path) => exempt.test(path)))).toEqual([])
    const found = files
      .filter((path) => !exemptions.some(({ files: exempt }) => exempt.test(path)))
      .flatMap((path) => writesIn(path, readFileSync(join(root, path), 'utf8')))
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
