import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { AttachmentView, StoredImage } from '../../shared/attachments'
import type { Result } from '../../shared/errors'
import { jawaTimurServices, ok } from '../members/records/testing'
import { attachmentFolder } from './store'

/** A camera-sized photo with some detail, so encoders have something to do. */
const photo = (width: number, height: number, format: 'jpeg' | 'png' | 'webp' = 'jpeg', alpha = false) => {
  const background = { r: 40, g: 120, b: 60, alpha: 0.5 }
  const image = sharp({ create: { width, height, channels: alpha ? 4 : 3, background } }).composite([
    { input: { text: { text: 'Panen raya Sumberejo', width: Math.floor(width / 2) } }, gravity: 'centre' },
  ])
  return image.toFormat(format).toBuffer()
}

const refusal = (result: Result<unknown>) => {
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

const fileOf = (dbPath: string, sha256: string) => join(attachmentFolder(dbPath), sha256.slice(0, 2), sha256)

describe('taking photos in', () => {
  it('stores a large JPEG downscaled to 1600 px with a 320 px thumbnail, both real JPEGs under their hash', async () => {
    const { registry, database } = await jawaTimurServices()
    const bytes = await photo(2400, 1800)
    const stored = ok<StoredImage>(await registry.invoke('attachments:addImage', { base64: bytes.toString('base64') }))
    expect(stored).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 1200 })
    const full = readFileSync(fileOf(database.path, stored.sha256))
    const thumbnail = readFileSync(fileOf(database.path, stored.thumbnail))
    expect(await sharp(full).metadata()).toMatchObject({ format: 'jpeg', width: 1600, height: 1200 })
    expect(await sharp(thumbnail).metadata()).toMatchObject({ format: 'jpeg', width: 320, height: 240 })
    expect(statSync(fileOf(database.path, stored.sha256)).mode & 0o777).toBe(0o600)
    expect(database.sqlite.prepare('SELECT sha256, mime, width, height FROM attachments ORDER BY width').all()).toEqual(
      [
        { sha256: stored.thumbnail, mime: 'image/jpeg', width: 320, height: 240 },
        { sha256: stored.sha256, mime: 'image/jpeg', width: 1600, height: 1200 },
      ],
    )
    try {
      expect(execFileSync('file', ['-b', fileOf(database.path, stored.sha256)], { encoding: 'utf8' })).toMatch(
        /^JPEG image data.*1600x1200/,
      )
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  })

  it('reads a chosen file by its content, not its name: a PNG called .jpg becomes a JPEG, white where it was clear', async () => {
    const { registry, directory } = await jawaTimurServices()
    const path = join(directory, 'kegiatan.jpg')
    writeFileSync(path, await photo(800, 600, 'png', true))
    const stored = ok<StoredImage>(await registry.invoke('attachments:addImage', { path }))
    // Smaller than the limit: never enlarged.
    expect(stored).toMatchObject({ mime: 'image/jpeg', width: 800, height: 600 })
    const view = ok<AttachmentView>(await registry.invoke('attachments:show', { sha256: stored.sha256 }))
    if (!view.received) throw new Error('expected the photo')
    const shown = Buffer.from(view.dataUrl.replace(/^data:image\/jpeg;base64,/, ''), 'base64')
    const { data } = await sharp(shown).raw().toBuffer({ resolveWithObject: true })
    expect([data[0], data[1], data[2]].every((channel) => (channel as number) > 100)).toBe(true)
  })

  it('keeps WebP as WebP', async () => {
    const { registry } = await jawaTimurServices()
    const bytes = await photo(2000, 1000, 'webp')
    const stored = ok<StoredImage>(await registry.invoke('attachments:addImage', { base64: bytes.toString('base64') }))
    expect(stored).toMatchObject({ mime: 'image/webp', width: 1600, height: 800 })
  })

  it('stores the same photo once, however often it is added, leaving no temporary files', async () => {
    const { registry, database } = await jawaTimurServices()
    const base64 = (await photo(1000, 800)).toString('base64')
    const first = ok<StoredImage>(await registry.invoke('attachments:addImage', { base64 }))
    const second = ok<StoredImage>(await registry.invoke('attachments:addImage', { base64 }))
    expect(second).toEqual(first)
    expect(database.sqlite.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(2)
    const folder = attachmentFolder(database.path)
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    expect(files.map((entry) => entry.name).sort()).toEqual([first.sha256, first.thumbnail].sort())
  })

  it('refuses what is not a JPEG, PNG or WebP image, whatever it is called, in the user language', async () => {
    const { registry, directory } = await jawaTimurServices()
    const path = join(directory, 'foto-kegiatan.jpg')
    writeFileSync(path, '%PDF-1.7 surat keputusan')
    expect(refusal(await registry.invoke('attachments:addImage', { path }))).toEqual({
      code: 'VALIDATION',
      message: 'Berkas ini bukan foto: hanya gambar JPEG, PNG atau WebP yang diterima, apa pun nama berkasnya.',
    })
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1').toString('base64')
    expect(refusal(await registry.invoke('attachments:addImage', { base64: gif })).message).toMatch(/bukan foto/)
  })

  it('refuses a damaged JPEG and one that claims more pixels than it may', async () => {
    const { registry } = await jawaTimurServices()
    const whole = await photo(1200, 900)
    const cut = whole.subarray(0, whole.length / 3).toString('base64')
    expect(refusal(await registry.invoke('attachments:addImage', { base64: cut })).message).toMatch(/rusak/)
    // A small JPEG whose header claims 12,000 × 9,000: what a decompression bomb looks like.
    const huge = Buffer.from(await photo(100, 100))
    const frame = huge.indexOf(Buffer.from([0xff, 0xc0]))
    huge.writeUInt16BE(9_000, frame + 5)
    huge.writeUInt16BE(12_000, frame + 7)
    expect(refusal(await registry.invoke('attachments:addImage', { base64: huge.toString('base64') })).message).toBe(
      'Foto ini lebih dari 100 megapiksel. Perkecil ukurannya, lalu coba lagi.',
    )
  })

  it('refuses a file over 20 MB by its size, saying both', async () => {
    const { registry, directory, database } = await jawaTimurServices()
    const path = join(directory, 'besar.jpg')
    writeFileSync(path, await photo(100, 100))
    truncateSync(path, 25 * 1024 ** 2)
    expect(refusal(await registry.invoke('attachments:addImage', { path })).message).toBe(
      'Berkas ini 25 MB, lebih besar daripada batas 20 MB. Perkecil fotonya atau pilih foto lain.',
    )
    expect(database.sqlite.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0)
  })

  it('answers "not yet received" for an attachment this instance does not have', async () => {
    const { registry } = await jawaTimurServices()
    const sha256 = 'ab'.repeat(32)
    expect(ok(await registry.invoke('attachments:show', { sha256 }))).toEqual({ sha256, received: false })
  })
})
