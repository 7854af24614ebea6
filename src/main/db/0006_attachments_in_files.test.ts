import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { attachmentFolder, sha256Of } from '../attachments/store'
import { forgetMigrationsAfter } from '../testing/migrations'
import { testDatabase } from '../testing/database'
import { createDb } from '.'

describe('migration 0006_attachments_in_files', () => {
  it('indexes attachments received before it, their bytes moved into the folder beside the database', () => {
    const { database, directory } = testDatabase()
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    const scan = Buffer.from('%PDF-1.7 akta pendirian')
    const damaged = Buffer.from('bytes that are not what their name says')
    forgetMigrationsAfter(database.sqlite, 5)
    const insert = database.sqlite.prepare(
      'INSERT INTO sync_attachments (sha256, size, data, created_at) VALUES (?, ?, ?, ?)',
    )
    insert.run(sha256Of(png), png.length, png, '2026-05-18T01:00:00.000Z')
    insert.run(sha256Of(scan), scan.length, scan, '2026-05-18T02:00:00.000Z')
    insert.run('0'.repeat(64), damaged.length, damaged, '2026-05-18T03:00:00.000Z')
    database.close()

    const path = join(directory, 'hub.db')
    const upgraded = createDb(path)
    try {
      expect(upgraded.sqlite.prepare('SELECT * FROM attachments ORDER BY created_at').all()).toEqual([
        {
          sha256: sha256Of(png),
          size: png.length,
          mime: 'image/png',
          width: null,
          height: null,
          created_at: '2026-05-18T01:00:00.000Z',
        },
        {
          sha256: sha256Of(scan),
          size: scan.length,
          mime: 'application/pdf',
          width: null,
          height: null,
          created_at: '2026-05-18T02:00:00.000Z',
        },
      ])
      expect(upgraded.sqlite.prepare('SELECT count(*) FROM sync_attachments').pluck().get()).toBe(0)
      for (const bytes of [png, scan]) {
        const sha256 = sha256Of(bytes)
        expect(readFileSync(join(attachmentFolder(path), sha256.slice(0, 2), sha256))).toEqual(bytes)
      }
      expect(existsSync(join(attachmentFolder(path), '00'))).toBe(false)
    } finally {
      upgraded.close()
    }
  })

  it('needs a folder: a database in memory has none', () => {
    expect(() => attachmentFolder(':memory:')).toThrow(/folder/)
    expect(attachmentFolder('/data/lokadaya/hub.db')).toBe('/data/lokadaya/hub.db.attachments')
  })
})
