import type { Certificate, CertificateCheck, CertificateWarning, IssuedCertificates } from '../../shared/cop'
import { AppError } from '../../shared/errors'
import { utcToZoned } from '../../shared/format'
import type { AppDatabase } from '../db'
import { requireIdentity } from '../hub/service'
import { personReleasedSql } from '../privacy/gates'
import { hubToday } from '../pledges/common'
import { syncWrite } from '../sync/write'
import { requireParticipant, requireSession } from './checks'
import { certificateCode, certificateId, normaliseCode } from './ids'
import { ineligibility, isEligible } from './rules'
import { copCertificates } from './schema'

const personName = (database: AppDatabase, id: string): string =>
  database.sqlite.prepare('SELECT name FROM people WHERE id = ?').pluck().get(id) as string

/** A certificate prints a name: only of someone who consented to be listed by it (UU PDP Pasal 20). */
const listable = (database: AppDatabase, personId: string): boolean =>
  database.sqlite.prepare(`SELECT 1 FROM people WHERE id = ? AND ${personReleasedSql(['directory'])}`).get(personId) !==
  undefined

/**
 * Issues certificates to the participants asked for who earned them; the others are listed with
 * their reason, so a whole selection can be certified at once. One already issued is counted, not
 * issued again. A session not done certifies no one.
 */
export function issueCertificates(
  database: AppDatabase,
  input: { sessionId: string; participantIds: string[] },
): IssuedCertificates {
  const session = requireSession(database, input.sessionId)
  if (session.status !== 'done') throw new AppError('VALIDATION', { key: 'validation.cop.certificate.notDone' })
  const { provinceCode } = requireIdentity(database)
  const issuedOn = hubToday(database)
  return syncWrite(database, (writer) => {
    const result: IssuedCertificates = { issued: 0, alreadyIssued: 0, skipped: [] }
    for (const id of new Set(input.participantIds)) {
      const participant = requireParticipant(database, id, session.id)
      const holderName = personName(database, participant.personId)
      const reason =
        ineligibility(participant, session) ?? (listable(database, participant.personId) ? null : 'noConsent')
      if (reason) {
        result.skipped.push({ name: holderName, reason, postScore: participant.postScore })
        continue
      }
      const certificate = certificateId(id)
      const existing = database.sqlite
        .prepare('SELECT deleted_at AS deletedAt FROM cop_certificates WHERE id = ?')
        .get(certificate) as { deletedAt: string | null } | undefined
      if (existing?.deletedAt === null) {
        result.alreadyIssued++
        continue
      }
      const printed = { id: certificate, holderName, sessionTitle: session.title, issuedOn }
      const values = {
        participantId: id,
        code: certificateCode(provinceCode, printed),
        issuedOn,
        holderName,
        sessionTitle: session.title,
      }
      if (existing) {
        writer.restore(copCertificates, certificate)
        writer.update(copCertificates, certificate, values)
      } else writer.insert(copCertificates, { id: certificate, ...values })
      result.issued++
    }
    return result
  })
}

interface CertificateRow {
  id: string
  code: string
  issuedOn: string
  holderName: string
  sessionTitle: string
  deletedAt: string | null
  participantId: string
  hubId: string
}

const certificateSql = `SELECT id, code, issued_on AS issuedOn, holder_name AS holderName, session_title AS sessionTitle,
  deleted_at AS deletedAt, participant_id AS participantId, hub_id AS hubId FROM cop_certificates`

/** What a certificate says: its own snapshot, the session's aspect and days, and the issuing hub. */
function describe(database: AppDatabase, row: CertificateRow): Certificate {
  const session = database.sqlite
    .prepare(
      `SELECT s.aspect, s.format, s.starts_at AS startsAt, s.ends_at AS endsAt FROM cop_participants p
       JOIN cop_sessions s ON s.id = p.session_id WHERE p.id = ?`,
    )
    .get(row.participantId) as { aspect: string; format: Certificate['format']; startsAt: string; endsAt: string }
  const hub = database.sqlite
    .prepare(
      `SELECT h.name, p.time_zone AS timeZone, p.name AS provinceName FROM hubs h
       LEFT JOIN ref_provinces p ON p.code = h.province_code WHERE h.id = ?`,
    )
    .get(row.hubId) as { name: string; timeZone: 'WIB' | 'WITA' | 'WIT'; provinceName: string | null } | undefined
  const zone = hub?.timeZone ?? requireIdentity(database).timeZone
  return {
    id: row.id,
    code: row.code,
    issuedOn: row.issuedOn,
    holderName: row.holderName,
    sessionTitle: row.sessionTitle,
    aspect: session.aspect,
    format: session.format,
    heldFrom: utcToZoned(session.startsAt, zone).slice(0, 10),
    heldUntil: utcToZoned(session.endsAt, zone).slice(0, 10),
    hubName: hub?.name ?? '',
    provinceName: hub?.provinceName ?? null,
  }
}

export function certificate(database: AppDatabase, id: string): Certificate {
  const row = database.sqlite.prepare(`${certificateSql} WHERE id = ?`).get(id) as CertificateRow | undefined
  if (!row || row.deletedAt !== null) throw new AppError('NOT_FOUND', { key: 'validation.cop.certificate.notFound' })
  // Consent withdrawn since it was issued: it is not printed again.
  const personId = database.sqlite
    .prepare('SELECT person_id FROM cop_participants WHERE id = ?')
    .pluck()
    .get(row.participantId) as string | undefined
  if (personId === undefined || !listable(database, personId))
    throw new AppError('VALIDATION', { key: 'privacy.certificateNoConsent', params: { name: row.holderName } })
  return describe(database, row)
}

/**
 * Checks a code from a printed certificate against the synced data, offline: it must name a
 * certificate, still issued, whose content still gives that code. What changed since (the holder
 * renamed, the attendance corrected) is reported beside a valid answer.
 */
export function verifyCertificate(database: AppDatabase, typed: string): CertificateCheck {
  const code = normaliseCode(typed)
  const row = database.sqlite
    .prepare(`${certificateSql} WHERE code = ? ORDER BY deleted_at IS NOT NULL LIMIT 1`)
    .get(code) as CertificateRow | undefined
  if (!row) return { valid: false, reason: 'unknown' }
  if (row.deletedAt !== null) return { valid: false, reason: 'withdrawn' }
  const province = database.sqlite.prepare('SELECT province_code FROM hubs WHERE id = ?').pluck().get(row.hubId) as
    string | null | undefined
  // A name not held here (withheld without consent to share it, or erased) cannot be hashed again:
  // the code is then checked for what it can be, that it names a certificate still issued.
  const nameHeld = row.holderName !== ''
  if (nameHeld && certificateCode(province ?? null, row) !== row.code) return { valid: false, reason: 'tampered' }
  const warnings: CertificateWarning[] = nameHeld ? [] : ['holderNotHeld']
  const now = database.sqlite
    .prepare(
      `SELECT p.status, p.post_score AS postScore, p.deleted_at AS deletedAt, s.status AS sessionStatus,
         s.pass_score AS passScore, x.name
       FROM cop_participants p JOIN cop_sessions s ON s.id = p.session_id JOIN people x ON x.id = p.person_id
       WHERE p.id = ?`,
    )
    .get(row.participantId) as
    | {
        status: 'present'
        postScore: number | null
        deletedAt: string | null
        sessionStatus: string
        passScore: number
        name: string
      }
    | undefined
  if (now && nameHeld && now.name !== row.holderName) warnings.push('holderRenamed')
  if (!now || now.deletedAt !== null || !isEligible(now, { status: now.sessionStatus, passScore: now.passScore }))
    warnings.push('participationChanged')
  return { valid: true, certificate: describe(database, row), warnings }
}

/** A certificate issued by mistake is withdrawn; its code then answers "ditarik". */
export function withdrawCertificate(database: AppDatabase, id: string): void {
  certificate(database, id)
  syncWrite(database, (writer) => writer.remove(copCertificates, id))
}
