import { randomBytes } from 'node:crypto'
import { closeSync, openSync, readFileSync, truncateSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { createGzip } from 'node:zlib'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { runCli } from '../cli/main'
import { organisations, people } from '../members/schema'
import { writeAck } from './ack'
import { attachmentLine } from './bundle/extras'
import { canonicalJson, HEADER_LENGTH, limits, MAGIC, SIGNATURE_LENGTH, type Manifest } from './bundle/format'
import type { RowLine } from './bundle/rows'
import { syncDigest } from './digest'
import { bundleParts, cloneInstance, forge, linesOf } from './forge'
import { formatHlc, parseHlc, type HlcParts } from './hlc'
import type { BundleReport } from '../../shared/sync'
import { importBundles, type ImportOptions } from './import'
import { ownKey } from './keys'
import { syncedTables } from './tables'
import { addOrganisation, addPerson, exportFrom, importInto, newInstance, trust, type Instance } from './testing'
import { readState } from './state'
import { revokeKey } from './trust'
import { syncWrite } from './write'
import { readAttachment } from '../attachments/store'
import { getStory } from '../initiatives/stories/service'
import { addInitiative, addStoryWithPhoto } from '../initiatives/stories/testing'

const REFUSED = 'sync.refused.'

const rowsOf = (instance: Instance, table: string) =>
  instance.database.sqlite.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()

const historyCount = (instance: Instance) =>
  instance.database.sqlite.prepare('SELECT count(*) FROM sync_bundles').pluck().get() as number

/** Everything an import could write apart from its history entry, clocks and counters included. */
const stateOf = (instance: Instance) => ({
  digest: syncDigest(instance.database),
  synced: syncedTables.map((synced) => rowsOf(instance, synced.name)),
  local: ['sync_keys', 'sync_acks', 'attachments', 'local_settings'].map((table) => rowsOf(instance, table)),
})

/** Runs imports expected to be refused and checks they wrote their history entries and nothing else. */
function writesOnlyHistory(receiver: Instance, entries: number, run: () => void): void {
  const before = stateOf(receiver)
  const history = historyCount(receiver)
  run()
  expect(stateOf(receiver)).toEqual(before)
  expect(historyCount(receiver)).toBe(history + entries)
}

/** The short reason `receiver` refuses `path` for, or the outcome when it does not refuse. */
function refusalOf(receiver: Instance, path: string, options: ImportOptions = {}): string {
  const report = importInto(receiver, path, options)
  return report.outcome === 'refused' ? (report.reason?.key ?? '').replace(REFUSED, '') : report.outcome
}

function expectRefused(receiver: Instance, path: string, reason: string, options: ImportOptions = {}): BundleReport {
  let report: BundleReport | undefined
  writesOnlyHistory(receiver, 1, () => {
    report = importInto(receiver, path, options)
  })
  expect(report).toMatchObject({ outcome: 'refused', reason: { key: `${REFUSED}${reason}` } })
  return report as BundleReport
}

async function provinceAndNational() {
  const jatim = await newInstance('Forum OMS Jawa Timur', '35')
  const national = await newInstance('Sekretariat Nasional', null)
  await trust(national, jatim)
  const organisation = addOrganisation(jatim, 'Yayasan Bina Desa', '35.19')
  const person = addPerson(jatim, organisation, { name: 'Siti Rahayu', phone: '+6281234567890', consent: true })
  return { jatim, national, organisation, person }
}

const editOrganisation = (instance: Instance, id: string, values: Partial<typeof organisations.$inferInsert>) =>
  syncWrite(instance.database, (writer) => writer.update(organisations, id, values))

const organisationAt = (instance: Instance, id: string) =>
  instance.database.orm.select().from(organisations).where(eq(organisations.id, id)).get()

/** `lines` with every row of `table` passed through `change`. */
const changeRows = (lines: string[], table: string, change: (row: RowLine) => void): string[] =>
  lines.map((line) => {
    const row = JSON.parse(line) as RowLine
    if (row.table !== table) return line
    change(row)
    return JSON.stringify(row)
  })

const withBitFlipped = (bytes: Buffer, position: number): Buffer => {
  const copy = Buffer.from(bytes)
  copy.writeUInt8(copy.readUInt8(position) ^ (1 << (position % 8)), position)
  return copy
}

/**
 * Positions worth testing in a bundle: every byte of header, manifest and signature, where each
 * field is checked differently, then every seventh byte of the payload and its last sixteen.
 */
function samplePositions(bundle: Buffer): number[] {
  const payloadOffset = HEADER_LENGTH + bundle.readUInt32BE(9) + SIGNATURE_LENGTH
  const positions: number[] = []
  for (let position = 0; position < bundle.length; position++)
    if (position < payloadOffset || (position - payloadOffset) % 7 === 0 || position >= bundle.length - 16)
      positions.push(position)
  return positions
}

describe('bundles a receiver must refuse, writing nothing but the history entry', () => {
  it('refuses a bit flipped anywhere in the file', async () => {
    const { jatim, national, organisation } = await provinceAndNational()
    expect(importInto(national, await exportFrom(jatim)).outcome).toBe('accepted')
    editOrganisation(jatim, organisation, { acronym: 'YBD' })
    const path = await exportFrom(jatim)
    const original = readFileSync(path)
    const manifestEnd = HEADER_LENGTH + original.readUInt32BE(9)
    const expected = (position: number): string[] => {
      if (position < MAGIC.length) return ['notBundle']
      if (position === MAGIC.length) return ['formatVersion']
      // The manifest length: past the file, beyond the limit, or cutting the manifest short.
      if (position < HEADER_LENGTH) return ['truncated', 'damaged', 'manifestNotJson']
      if (position < manifestEnd)
        return ['manifestNotJson', 'manifestNotCanonical', 'manifestInvalid', 'unknownKey', 'badSignature']
      if (position < manifestEnd + SIGNATURE_LENGTH) return ['badSignature']
      return ['payloadHash']
    }
    const flipped = join(jatim.directory, 'flipped.lokadaya')
    writeFileSync(flipped, original)
    const positions = samplePositions(original)
    const unexpected: string[] = []
    writesOnlyHistory(national, positions.length, () => {
      // Flipped in place and back: rewriting the whole file each time would take most of the test.
      const file = openSync(flipped, 'r+')
      try {
        for (const position of positions) {
          writeSync(file, withBitFlipped(original, position), position, 1, position)
          const reason = refusalOf(national, flipped)
          if (!expected(position).includes(reason)) unexpected.push(`byte ${position}: ${reason}`)
          writeSync(file, original, position, 1, position)
        }
      } finally {
        closeSync(file)
      }
    })
    expect(unexpected).toEqual([])
    expect(importInto(national, path).outcome).toBe('accepted')
  })

  it('refuses a file cut short anywhere', async () => {
    const { jatim, national } = await provinceAndNational()
    const path = await exportFrom(jatim)
    const original = readFileSync(path)
    const cut = join(jatim.directory, 'cut.lokadaya')
    writeFileSync(cut, original)
    const lengths = samplePositions(original).reverse()
    const unexpected: string[] = []
    writesOnlyHistory(national, lengths.length, () => {
      // Longest first: the file is only ever shortened, never written again.
      for (const length of lengths) {
        truncateSync(cut, length)
        const reason = refusalOf(national, cut)
        if (reason !== (length < MAGIC.length ? 'notBundle' : 'truncated'))
          unexpected.push(`${length} bytes: ${reason}`)
      }
    })
    expect(unexpected).toEqual([])
  })

  it('refuses the signed manifest of one bundle with the payload of another', async () => {
    const { jatim, national, organisation } = await provinceAndNational()
    const first = bundleParts(await exportFrom(jatim))
    editOrganisation(jatim, organisation, { notes: 'pendamping desa' })
    const second = bundleParts(await exportFrom(jatim))
    const spliced = join(jatim.directory, 'spliced.lokadaya')
    writeFileSync(spliced, Buffer.concat([second.signedPart, first.payload]))
    const sizes = first.payload.length - second.payload.length
    expectRefused(national, spliced, sizes === 0 ? 'payloadHash' : sizes < 0 ? 'truncated' : 'trailingBytes')

    // Stored (level 0) payloads of equal length: only the hash can tell them apart.
    const lines = linesOf(await exportFrom(jatim))
    const noted = (notes: string) => changeRows(lines, 'organisations', (row) => (row.values.notes = notes))
    const a = bundleParts(await forge(jatim, noted('aaaa'), { level: 0 }))
    const b = bundleParts(await forge(jatim, noted('bbbb'), { level: 0 }))
    expect(a.payload.length).toBe(b.payload.length)
    writeFileSync(spliced, Buffer.concat([b.signedPart, a.payload]))
    expectRefused(national, spliced, 'payloadHash')
  })

  it('refuses manifests that are not canonical or repeat a key, even when signed by the real key', async () => {
    const { jatim, national } = await provinceAndNational()
    const lines = linesOf(await exportFrom(jatim))
    const serialisations: Record<string, (manifest: Manifest) => string> = {
      spaces: (manifest) => JSON.stringify(manifest, null, 1),
      keyOrder: (manifest) => JSON.stringify(Object.fromEntries(Object.entries(manifest).reverse())),
      trailingNewline: (manifest) => `${canonicalJson(manifest)}\n`,
      escapedLetter: (manifest) => canonicalJson(manifest).replace('"lokadaya-bundle"', '"\\u006cokadaya-bundle"'),
      numberForm: (manifest) => canonicalJson(manifest).replace('"formatVersion":1', '"formatVersion":1.0'),
      duplicateKey: (manifest) => canonicalJson(manifest).replace('{', '{"appVersion":"9.9.9",'),
      duplicateSameValue: (manifest) =>
        canonicalJson(manifest).replace('{', `{"appVersion":${JSON.stringify(manifest.appVersion)},`),
    }
    for (const serialise of Object.values(serialisations))
      expectRefused(national, await forge(jatim, lines, { serialise }), 'manifestNotCanonical')
    expect(importInto(national, await forge(jatim, lines)).outcome).toBe('accepted')
  })

  it('refuses random bytes, with and without the magic', async () => {
    const { jatim, national } = await provinceAndNational()
    const withHeader = (version: number, manifestLength: number, rest: Buffer) => {
      const head = Buffer.alloc(5)
      head.writeUInt8(version, 0)
      head.writeUInt32BE(manifestLength, 1)
      return Buffer.concat([MAGIC, head, rest])
    }
    const notMagic = (size: number) => {
      const bytes = randomBytes(size)
      if (size > 0) bytes.writeUInt8(0, 0)
      return bytes
    }
    const cases: [Buffer, string][] = [
      ...[0, 1, 7, 13, 100, 65_536].map((size): [Buffer, string] => [notMagic(size), 'notBundle']),
      [MAGIC, 'truncated'],
      [Buffer.concat([MAGIC, randomBytes(3)]), 'truncated'],
      [withHeader(7, 100, randomBytes(1000)), 'formatVersion'],
      [withHeader(1, 0xffff_ffff, randomBytes(1000)), 'damaged'],
      [withHeader(1, 1, randomBytes(1000)), 'damaged'],
      [withHeader(1, 1000, randomBytes(500)), 'truncated'],
      [withHeader(1, 100, randomBytes(1000)), 'manifestNotJson'],
      [withHeader(1, 60_000, randomBytes(100_000)), 'manifestNotJson'],
    ]
    const path = join(jatim.directory, 'random.lokadaya')
    const unexpected: string[] = []
    writesOnlyHistory(national, cases.length, () => {
      for (const [index, [bytes, reason]] of cases.entries()) {
        writeFileSync(path, bytes)
        const actual = refusalOf(national, path)
        if (actual !== reason) unexpected.push(`case ${index}: ${actual}, not ${reason}`)
      }
    })
    expect(unexpected).toEqual([])
  })

  it('refuses a bundle signed by a key that is not enrolled', async () => {
    const { jatim } = await provinceAndNational()
    const stranger = await newInstance('Sekretariat Nasional (cadangan)', null)
    const report = expectRefused(stranger, await exportFrom(jatim), 'unknownKey')
    expect(report.reason?.params).toEqual({ keyId: ownKey(jatim.database, jatim.identity).keyId })
  })

  it('refuses every bundle of a revoked key, those applied before included', async () => {
    const { jatim, national, organisation } = await provinceAndNational()
    const first = await exportFrom(jatim)
    expect(importInto(national, first).outcome).toBe('accepted')
    revokeKey(national.database, ownKey(jatim.database, jatim.identity).keyId)
    editOrganisation(jatim, organisation, { acronym: 'YBD' })
    expectRefused(national, await exportFrom(jatim), 'revokedKey')
    expectRefused(national, first, 'revokedKey')
  })

  it("refuses a hub's key carrying another hub's rows", async () => {
    const { jatim, national } = await provinceAndNational()
    const jabar = await newInstance('Forum OMS Jawa Barat', '32')
    const lines = linesOf(await exportFrom(jatim))
    const foreign = changeRows(lines, 'organisations', (row) => (row.hubId = jabar.identity.hubId))
    const report = expectRefused(national, await forge(jatim, foreign), 'foreignRow')
    expect(report.reason?.params).toMatchObject({ table: 'organisations' })
    const claimed = await forge(jatim, lines, { edit: (manifest) => (manifest.hubId = jabar.identity.hubId) })
    expectRefused(national, claimed, 'signerMismatch')
  })

  it('takes the same bundle twice as a harmless duplicate', async () => {
    const { jatim, national } = await provinceAndNational()
    const path = await exportFrom(jatim)
    expect(importInto(national, path).outcome).toBe('accepted')
    let replay: BundleReport | undefined
    writesOnlyHistory(national, 1, () => {
      replay = importInto(national, path)
    })
    expect(replay).toMatchObject({ outcome: 'duplicate', alarm: false, reason: null })
  })

  it('converges whatever the order of incremental and overlapping full bundles', async () => {
    const { jatim, organisation, person, national: inOrder } = await provinceAndNational()
    const shuffled = await newInstance('Sekretariat Nasional (salinan)', null)
    await trust(shuffled, jatim)
    await trust(jatim, inOrder)
    const hubId = jatim.identity.hubId
    let acks = 0
    const applyInOrder = async (path: string) => {
      expect(importInto(inOrder, path).outcome).toBe('accepted')
      const ack = join(inOrder.directory, `ack-${++acks}.lokadaya`)
      await writeAck(inOrder.database, inOrder.keyStore, hubId, ack, '0.0.0-test')
      expect(importInto(jatim, ack).outcome).toBe('accepted')
    }
    const bundles: string[] = [await exportFrom(jatim)]
    await applyInOrder(bundles[0] as string)
    jatim.clock.now += 60_000
    editOrganisation(jatim, organisation, { acronym: 'YBD' })
    const second = addOrganisation(jatim, 'Forum Warga Batu', '35.79')
    bundles.push(await exportFrom(jatim))
    await applyInOrder(bundles[1] as string)
    jatim.clock.now += 60_000
    syncWrite(jatim.database, (writer) => writer.remove(people, person))
    editOrganisation(jatim, organisation, { notes: 'pendamping desa' })
    bundles.push(await exportFrom(jatim))
    await applyInOrder(bundles[2] as string)
    jatim.clock.now += 60_000
    editOrganisation(jatim, second, { acronym: 'FWB' })
    bundles.push(await exportFrom(jatim, { full: true }))
    await applyInOrder(bundles[3] as string)
    expect(bundles.map((path) => bundleParts(path).manifest.coversFrom)).toEqual([0, 1, 2, 0])

    for (const index of [2, 0, 3, 1])
      expect(importInto(shuffled, bundles[index] as string), `bundle #${index + 1}`).toMatchObject({
        outcome: 'accepted',
      })
    const expected = syncDigest(jatim.database, hubId)
    expect(syncDigest(inOrder.database, hubId)).toBe(expected)
    expect(syncDigest(shuffled.database, hubId)).toBe(expected)
  })

  it('raises the alarm when a copied database sends other contents under a sequence already received', async () => {
    const { jatim, national, organisation } = await provinceAndNational()
    expect(importInto(national, await exportFrom(jatim)).outcome).toBe('accepted')
    const copy = cloneInstance(jatim, 'salinan di laptop')
    editOrganisation(jatim, organisation, { notes: 'dari sekretariat' })
    editOrganisation(copy, organisation, { notes: 'dari laptop' })
    const original = await exportFrom(jatim)
    const cloned = await exportFrom(copy)
    expect([original, cloned].map((path) => bundleParts(path).manifest.sequence)).toEqual([2, 2])
    expect(importInto(national, original).outcome).toBe('accepted')
    const reused = expectRefused(national, cloned, 'sequenceReused')
    expect(reused).toMatchObject({ alarm: true, reason: { params: { sequence: 2 } } })
    editOrganisation(copy, organisation, { acronym: 'YBD' })
    expect(expectRefused(national, await exportFrom(copy), 'chainBroken').alarm).toBe(true)
    expect(
      rowsOf(national, 'sync_bundles').filter((row) => (row as { outcome: string }).outcome === 'alarm'),
    ).toHaveLength(2)
  })

  it('refuses a decompression bomb after the declared size, quickly and in bounded memory', async () => {
    const { jatim, national } = await provinceAndNational()
    const megabyte = Buffer.alloc(1024 ** 2, '\n')
    const megabytes = function* () {
      for (let n = 0; n < 200; n++) yield megabyte
    }
    // One gzip member: a decompressor that inflates whole members at once would hold all 200 MB.
    const payload = await buffer(Readable.from(megabytes()).pipe(createGzip({ level: 9 })))
    // The manifest declares the three bytes of the one line given; the payload inflates to 200 MB.
    const path = await forge(jatim, ['{}'], { payload })
    const peakBefore = process.resourceUsage().maxRSS
    const started = performance.now()
    expectRefused(national, path, 'sizeMismatch')
    expect((process.resourceUsage().maxRSS - peakBefore) / 1024).toBeLessThan(150)
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('refuses oversized fields, lines and row counts', async () => {
    const { jatim, national } = await provinceAndNational()
    const lines = linesOf(await exportFrom(jatim))
    const noted = (length: number) =>
      changeRows(lines, 'organisations', (row) => (row.values.notes = 'x'.repeat(length)))
    const long = expectRefused(national, await forge(jatim, noted(limits.textLength + 1)), 'rowInvalid')
    expect(long.reason?.params?.detail).toMatch(/^notes must be text of at most 20000/)
    const manifestEdits: [(manifest: Manifest) => void, string][] = [
      [(manifest) => (manifest.rows.organisations = 2), 'countsMismatch'],
      [(manifest) => (manifest.rows.organisations = limits.rows + 1), 'countsMismatch'],
      [(manifest) => (manifest.payload.lines += 1), 'sizeMismatch'],
      [(manifest) => (manifest.payload.lines = limits.rows + 1), 'manifestInvalid'],
      [(manifest) => (manifest.payload.uncompressedSize = limits.uncompressedSize + 1), 'manifestInvalid'],
    ]
    for (const [edit, reason] of manifestEdits) expectRefused(national, await forge(jatim, lines, { edit }), reason)
    const tooLong = [...lines, JSON.stringify({ padding: 'x'.repeat(limits.lineLength) })]
    expectRefused(national, await forge(jatim, tooLong), 'lineTooLong')
    expect(importInto(national, await forge(jatim, noted(limits.textLength))).outcome).toBe('accepted')
  })

  it('in one batch, a bundle refused after its rows merged leaves no trace, and the others land', async () => {
    const { jatim, national, organisation } = await provinceAndNational()
    const jabar = await newInstance('Forum OMS Jawa Barat', '32')
    await trust(national, jabar)
    addOrganisation(jabar, 'Perkumpulan Sehat Bersama', '32.04')
    const first = await exportFrom(jatim)
    const fromJabar = await exportFrom(jabar)
    const edited = formatHlc({
      ...(parseHlc(readState(jatim.database).clock ?? '') as HlcParts),
      counter: 0,
      wall: jatim.clock.now + 60_000,
    })
    const lines = changeRows(linesOf(first), 'organisations', (row) => {
      row.values.notes = 'tidak boleh tersimpan'
      row.clocks.notes = edited
    })
    // Every row merges before the count check at the end refuses the bundle.
    const refused = await forge(jatim, lines, { edit: (manifest) => (manifest.rows.organisations = 2) })
    const reports = importBundles(national.database, [first, refused, fromJabar])
    expect(reports.map((report) => report.outcome)).toEqual(['accepted', 'refused', 'accepted'])
    expect(reports[1]?.reason?.key).toBe(`${REFUSED}countsMismatch`)
    expect(organisationAt(national, organisation)?.notes).toBeNull()
    expect((readState(national.database).clock ?? '') < edited).toBe(true)
    const separately = await newInstance('Sekretariat Nasional', null)
    await trust(separately, jatim)
    await trust(separately, jabar)
    for (const path of [first, fromJabar]) expect(importInto(separately, path).outcome).toBe('accepted')
    // Another national instance has a hub row of its own: the provinces' data is what must agree.
    for (const hub of [jatim, jabar])
      expect(syncDigest(national.database, hub.identity.hubId)).toBe(
        syncDigest(separately.database, hub.identity.hubId),
      )
  })

  it('refuses a row clocked far in the future, unless the operator accepts the drift', async () => {
    const { jatim, national, organisation } = await provinceAndNational()
    const future = jatim.clock.now + 30 * 24 * 60 * 60 * 1000
    const lines = changeRows(linesOf(await exportFrom(jatim)), 'organisations', (row) => {
      row.clocks.name = formatHlc({ ...(parseHlc(row.created) as HlcParts), wall: future })
      row.values.name = 'Yayasan Masa Depan'
    })
    const path = await forge(jatim, lines)
    expect(expectRefused(national, path, 'clockAhead').reason?.params).toEqual({ hours: 720 })
    expect(importInto(national, path, { acceptDrift: true })).toMatchObject({
      outcome: 'accepted',
      driftAccepted: true,
    })
    expect(organisationAt(national, organisation)?.name).toBe('Yayasan Masa Depan')
    expect(rowsOf(national, 'sync_bundles').at(-1)).toMatchObject({ outcome: 'accepted', drift_accepted: 1 })
  })

  it('refuses unknown tables and columns', async () => {
    const { jatim, national } = await provinceAndNational()
    const lines = linesOf(await exportFrom(jatim))
    const [sample] = lines.map((line) => JSON.parse(line) as RowLine)
    const unknownTable = [...lines, JSON.stringify({ ...sample, table: 'secrets' })]
    expect(expectRefused(national, await forge(jatim, unknownTable), 'unknownTable').reason?.params).toMatchObject({
      table: 'secrets',
    })
    const inValues = changeRows(lines, 'organisations', (row) => (row.values.password = 'rahasia'))
    const inClocks = changeRows(lines, 'organisations', (row) => (row.clocks.password = row.created))
    for (const changed of [inValues, inClocks])
      expect(expectRefused(national, await forge(jatim, changed), 'unknownColumn').reason?.params).toMatchObject({
        table: 'organisations',
        column: 'password',
      })
  })

  it('refuses a bundle of a newer schema', async () => {
    const { jatim, national } = await provinceAndNational()
    const lines = linesOf(await exportFrom(jatim))
    const path = await forge(jatim, lines, { edit: (manifest) => (manifest.schemaVersion += 1) })
    const report = expectRefused(national, path, 'newerSchema')
    const ours = bundleParts(path).manifest.schemaVersion - 1
    expect(report.reason?.params).toEqual({ theirs: ours + 1, ours })
  })

  it('refuses an attachment whose bytes do not match its hash, and stores a valid one', async () => {
    const { jatim, national } = await provinceAndNational()
    const scan = Buffer.from('%PDF-1.7 surat keputusan pendirian yayasan')
    const line = JSON.parse(attachmentLine(scan)) as { attachment: string; size: number; data: string }
    const forged = { ...line, data: Buffer.from(scan.toString().toUpperCase()).toString('base64') }
    expectRefused(national, await forge(jatim, [JSON.stringify(forged)]), 'attachmentHash')
    expect(importInto(national, await forge(jatim, [attachmentLine(scan)]))).toMatchObject({
      outcome: 'accepted',
      attachments: 1,
    })
    expect(rowsOf(national, 'attachments')).toMatchObject([
      { sha256: line.attachment, size: scan.length, mime: 'application/pdf' },
    ])
    expect(readAttachment(national.database, line.attachment)).toEqual(scan)
  })
})

describe('stories and their photos in bundles', () => {
  async function jatimWithStories() {
    const { jatim, national } = await provinceAndNational()
    const initiative = addInitiative(jatim.database)
    // Two stories showing the same photo: its bytes travel once.
    const first = addStoryWithPhoto(jatim.database, initiative, 'sawah')
    const second = addStoryWithPhoto(jatim.database, initiative, 'sawah')
    const other = addStoryWithPhoto(jatim.database, initiative, 'posyandu')
    return { jatim, national, stories: [first, second, other] }
  }

  const attachmentLines = (path: string) =>
    linesOf(path)
      .filter((line) => line.startsWith('{"attachment"'))
      .map((line) => JSON.parse(line) as { attachment: string })

  it('carries each photo of the exported stories once, counted in the manifest, and stores it verified', async () => {
    const { jatim, national, stories } = await jatimWithStories()
    const path = await exportFrom(jatim)
    const carried = attachmentLines(path).map((line) => line.attachment)
    const named = [...new Set(stories.flatMap((story) => story.hashes))]
    expect(carried.sort()).toEqual(named.sort())
    expect(bundleParts(path).manifest.attachments).toBe(4)
    expect(importInto(national, path)).toMatchObject({ outcome: 'accepted', attachments: 4 })
    for (const sha256 of named)
      expect(readAttachment(national.database, sha256)).toEqual(readAttachment(jatim.database, sha256))
    const story = getStory(national.database, stories[0]?.id as string)
    expect(story.photos.map((photo) => photo.received)).toEqual([true])
    // Incremental: nothing changed, no photo sent again.
    await trust(jatim, national)
    const ack = join(national.directory, 'jatim.ack.lokadaya')
    await writeAck(national.database, national.keyStore, jatim.identity.hubId, ack, '0.0.0-test')
    expect(importInto(jatim, ack)).toMatchObject({ outcome: 'accepted' })
    expect(attachmentLines(await exportFrom(jatim))).toEqual([])
  })

  it('imports a story whose photo has not arrived, shown as not yet received until it does', async () => {
    const { jatim, national, stories } = await jatimWithStories()
    const lines = linesOf(await exportFrom(jatim))
    const rows = lines.filter((line) => !line.startsWith('{"attachment"'))
    expect(importInto(national, await forge(jatim, rows))).toMatchObject({ outcome: 'accepted', attachments: 0 })
    const id = stories[2]?.id as string
    expect(getStory(national.database, id).photos.map((photo) => photo.received)).toEqual([false])
    const photos = lines.filter((line) => line.startsWith('{"attachment"'))
    expect(importInto(national, await forge(jatim, photos))).toMatchObject({ outcome: 'accepted', attachments: 4 })
    expect(getStory(national.database, id).photos.map((photo) => photo.received)).toEqual([true])
  })

  it('refuses a bundle whose manifest miscounts its attachments, or carries a photo not matching its hash', async () => {
    const { jatim, national } = await jatimWithStories()
    const lines = linesOf(await exportFrom(jatim))
    const miscounted = await forge(jatim, lines, { edit: (manifest) => (manifest.attachments -= 1) })
    expectRefused(national, miscounted, 'countsMismatch')
    const swapped = lines.map((line) => {
      if (!line.startsWith('{"attachment"')) return line
      const attachment = JSON.parse(line) as { attachment: string; size: number; data: string }
      const bytes = Buffer.from(attachment.data, 'base64')
      bytes.writeUInt8(bytes.readUInt8(0) ^ 1, 0)
      return JSON.stringify({ ...attachment, data: bytes.toString('base64') })
    })
    expectRefused(national, await forge(jatim, swapped), 'attachmentHash')
  })
})

describe('lokadaya verify and import exit codes', () => {
  async function cli(...argv: string[]) {
    const out: string[] = []
    const code = await runCli(argv, { log: (line) => out.push(line), error: () => {} })
    return { code, out }
  }

  it('exits 1 on a refused bundle, 0 on a duplicate, 2 on a usage error', async () => {
    const { jatim, national } = await provinceAndNational()
    const db = join(national.directory, 'hub.db')
    const good = await exportFrom(jatim)
    const tampered = join(jatim.directory, 'tampered.lokadaya')
    const bytes = readFileSync(good)
    writeFileSync(tampered, withBitFlipped(bytes, bytes.length - 10))

    const before = stateOf(national)
    const history = historyCount(national)
    const verified = await cli('verify', '--db', db, '--lang', 'en', tampered)
    expect(verified.code).toBe(1)
    expect(verified.out).toEqual([expect.stringMatching(/^refused tampered\.lokadaya/)])
    expect(stateOf(national)).toEqual(before)
    expect(historyCount(national)).toBe(history)

    const imported = await cli('import', '--db', db, '--lang', 'en', good, tampered)
    expect(imported.code).toBe(1)
    expect(imported.out).toEqual([
      expect.stringMatching(/^accepted /),
      expect.stringMatching(/^refused tampered\.lokadaya/),
    ])
    expect(historyCount(national)).toBe(history + 2)
    const replayed = await cli('import', '--db', db, '--lang', 'en', good)
    expect(replayed).toEqual({ code: 0, out: [expect.stringMatching(/^duplicate /)] })

    expect((await cli('import', '--db', db)).code).toBe(2)
    expect((await cli('verify', '--db', db, '--no-such-option', good)).code).toBe(2)
  })
})
