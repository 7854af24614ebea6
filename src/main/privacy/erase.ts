import { and, eq, isNotNull } from 'drizzle-orm'
import type { ErasurePreview } from '../../shared/privacy'
import { YOUTH_AGE } from '../../shared/cop'
import { removeAttachment } from '../attachments/store'
import { copCertificates, copParticipants } from '../cop/schema'
import { forgetInStories, storiesNaming } from '../initiatives/stories/people'
import type { AppDatabase } from '../db'
import { people } from '../members/schema'
import { syncWrite } from '../sync/write'
import { requireIdentity } from '../hub/service'
import { hubToday } from '../pledges/common'
import { hubYear, livePerson } from './consent'
import { consentRecords } from './schema'

/** The band the indicators count a birth year in this year; see ageBand in reports/measures/sql.ts. */
function ageBandOf(birthYear: number | null, year: number): 'under16' | 'young' | 'over30' | null {
  if (birthYear === null) return null
  const age = year - birthYear
  return age < YOUTH_AGE.from ? 'under16' : age <= YOUTH_AGE.to ? 'young' : 'over30'
}

const nameOf = (database: AppDatabase, id: string): string =>
  (database.sqlite.prepare('SELECT name FROM people WHERE id = ?').pluck().get(id) as string | undefined) ?? ''

const organisationName = (database: AppDatabase, id: string): string | null =>
  (database.sqlite.prepare('SELECT name FROM organisations WHERE id = ?').pluck().get(id) as string | undefined) ?? null

const certificatesOf = (database: AppDatabase, personId: string) =>
  database.orm
    .select({ id: copCertificates.id })
    .from(copCertificates)
    .innerJoin(copParticipants, eq(copParticipants.id, copCertificates.participantId))
    .where(eq(copParticipants.personId, personId))
    .all()

const scansOf = (database: AppDatabase, personId: string) =>
  database.orm
    .select({ id: consentRecords.id, sha256: consentRecords.proofSha256, hubId: consentRecords.hubId })
    .from(consentRecords)
    .where(and(eq(consentRecords.personId, personId), isNotNull(consentRecords.proofSha256)))
    .all()

/** Exactly what an erasure removes and what stays for the indicators, before the user confirms. */
export function previewErasure(database: AppDatabase, personId: string): ErasurePreview {
  const person = livePerson(database, personId)
  const removes = [
    { field: 'name', value: person.name },
    { field: 'birthYear', value: person.birthYear === null ? '' : String(person.birthYear) },
    { field: 'phone', value: person.phone ?? '' },
    { field: 'email', value: person.email ?? '' },
    { field: 'notes', value: person.notes ?? '' },
  ].filter(({ value }) => value !== '')
  const attendance = database.sqlite
    .prepare('SELECT count(*) FROM cop_participants WHERE person_id = ? AND deleted_at IS NULL')
    .pluck()
    .get(personId) as number
  return {
    personId,
    removes,
    keeps: {
      gender: person.gender,
      ageBand: ageBandOf(person.birthYear, hubYear(database)) ?? 'unknown',
      role: person.role,
      organisationName: organisationName(database, person.organisationId),
    },
    consentScans: scansOf(database, personId).length,
    certificates: certificatesOf(database, personId).length,
    stories: storiesNaming(database, [personId, ...mergedInto(database, personId)], requireIdentity(database).hubId)
      .length,
    attendance,
  }
}

/**
 * Erases a person (Pasal 43–44): the fields that identify them, the names printed on their
 * certificates, the guardians named and the scans kept with their consent, and this instance's
 * merge journal entries that hold old values of theirs. What the indicators count stays, without
 * the person: gender, role, OMS, attendance, and the age band their birth year gave. The change
 * travels in the next bundle like any other, and every instance then blanks the fields whatever
 * arrives later (see privacy/sync.ts). Afterwards nothing of the old values stays in the file:
 * secure_delete zeroes the freed space, FTS5's secure-delete its index, and a checkpoint empties
 * the write-ahead log.
 */
export function erasePerson(database: AppDatabase, personId: string): void {
  const person = livePerson(database, personId)
  // Records of theirs merged into this one are the same person, with old values of theirs.
  const records = [personId, ...mergedInto(database, personId)]
  const scans = records.flatMap((id) => scansOf(database, id))
  const names = records.map((id) => (id === personId ? person.name : nameOf(database, id)))
  syncWrite(
    database,
    (writer) => {
      const erasedAt = writer.now().toISOString()
      const ageBand = ageBandOf(person.birthYear, hubYear(database))
      for (const id of records) {
        const blank = { name: '', birthYear: null, phone: null, email: null, notes: null }
        writer.update(people, id, { ...blank, ageBand, erasedAt, restrictedOn: null })
        for (const record of database.orm.select().from(consentRecords).where(eq(consentRecords.personId, id)).all())
          if (record.hubId === writer.hubId && (record.guardianName !== null || record.proofSha256 !== null))
            writer.update(consentRecords, record.id, { guardianName: null, proofSha256: null })
        for (const certificate of certificatesOf(database, id))
          writer.update(copCertificates, certificate.id, { holderName: '' })
        database.sqlite.prepare('DELETE FROM merges WHERE ? IN (survivor_id, merged_id)').run(id)
        forgetLastDelete(database, id)
      }
      forgetInStories(writer, database, records, names)
    },
    { immediate: true },
  )
  removeUnusedScans(
    database,
    scans.map((scan) => scan.sha256 as string),
  )
  database.sqlite.pragma('wal_checkpoint(TRUNCATE)')
}

/** Every record merged into this person, directly or through another merged record. */
const mergedInto = (database: AppDatabase, personId: string): string[] =>
  database.sqlite
    .prepare(
      `WITH RECURSIVE merged(id) AS (SELECT id FROM people WHERE merged_into_id = ?
         UNION SELECT p.id FROM people p JOIN merged m ON p.merged_into_id = m.id) SELECT id FROM merged`,
    )
    .pluck()
    .all(personId) as string[]

function forgetLastDelete(database: AppDatabase, personId: string): void {
  database.sqlite
    .prepare(`DELETE FROM local_settings WHERE key = 'last_member_delete' AND instr(value, ?) > 0`)
    .run(personId)
}

/** A scan no row names any more leaves the attachment folder and its index. */
function removeUnusedScans(database: AppDatabase, hashes: string[]): void {
  for (const sha256 of new Set(hashes)) {
    const named = database.sqlite
      .prepare(
        `SELECT 1 FROM consent_records WHERE proof_sha256 = @sha256
         UNION ALL SELECT 1 FROM fulfilments WHERE evidence_photo = @sha256
         UNION ALL SELECT 1 FROM stories WHERE instr(photos, @sha256) > 0 LIMIT 1`,
      )
      .get({ sha256 })
    if (named) continue
    removeAttachment(database, sha256)
  }
}

/** Restricts processing of a person (Pasal 11), or lifts the restriction. */
export function setRestricted(database: AppDatabase, personId: string, restricted: boolean): void {
  const person = livePerson(database, personId)
  if (Boolean(person.restrictedOn) === restricted) return
  syncWrite(database, (writer) =>
    writer.update(people, personId, { restrictedOn: restricted ? hubToday(database) : null }),
  )
}
