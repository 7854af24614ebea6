import { personUsableSql, publishedName } from '../../privacy/gates'
import type { ParticipantStatus, SessionFormat, SessionStatus } from '../../../shared/cop'
import { utcToZoned } from '../../../shared/format'
import type { Gender, PersonRole } from '../../../shared/members'
import { survivorOf } from '../measures/sql'
import { longest } from './cells'
import { querySheet } from './context'
import { memberLabels, participantStatusLabels, sessionFormatLabels, sessionStatusLabels } from './labels'
import { participantScope, sessionScope } from './scope'

type SessionRow = Record<'title' | 'aspect' | 'starts_at' | 'ends_at', string> &
  Record<'venue' | 'organiser' | 'regency' | 'facilitators', string | null> &
  Record<'registered' | 'present' | 'partial' | 'pass_score', number> & {
    format: SessionFormat
    status: SessionStatus
    capacity: number | null
  }

const attendance = (status: string) =>
  `(SELECT count(*) FROM cop_participants cp WHERE cp.session_id = s.id AND cp.deleted_at IS NULL AND ${status})`

export const sessionSheet = querySheet<SessionRow>({
  name: 'Sesi',
  period: 'hari mulai sesi, menurut zona waktu hub',
  columns: ({ terms, identity: { timeZone: zone } }) => [
    ['Judul', 'text', (r) => r.title],
    ['Aspek kapasitas', 'text', (r) => terms.aspect(r.aspect), terms.aspect.longest],
    ['Bentuk', 'text', (r) => sessionFormatLabels[r.format], longest(sessionFormatLabels)],
    [`Mulai (${zone})`, 'dateTime', (r) => utcToZoned(r.starts_at, zone)],
    [`Selesai (${zone})`, 'dateTime', (r) => utcToZoned(r.ends_at, zone)],
    ['Tempat', 'text', (r) => r.venue],
    ['Penyelenggara', 'text', (r) => r.organiser],
    ['Kabupaten/kota penyelenggara', 'text', (r) => terms.regency(r.regency)],
    ['Fasilitator', 'text', (r) => r.facilitators],
    ['Status', 'text', (r) => sessionStatusLabels[r.status], longest(sessionStatusLabels)],
    ['Kapasitas', 'count', (r) => r.capacity],
    ['Peserta terdaftar', 'count', (r) => r.registered],
    ['Hadir', 'count', (r) => r.present],
    ['Hadir sebagian', 'count', (r) => r.partial],
    ['Nilai lulus', 'number', (r) => r.pass_score],
  ],
  sql: `SELECT s.*, o.name AS organiser, o.regency_code AS regency,
      (SELECT group_concat(${publishedName('f')}, '; ') FROM json_each(s.facilitator_ids) j
        JOIN people f ON f.id = j.value WHERE f.deleted_at IS NULL) AS facilitators,
      ${attendance(`cp.status != 'cancelled'`)} AS registered, ${attendance(`cp.status = 'present'`)} AS present,
      ${attendance(`cp.status = 'partial'`)} AS partial
    FROM cop_sessions s LEFT JOIN organisations o ON o.id = s.organiser_organisation_id
    WHERE ${sessionScope} ORDER BY s.starts_at, s.id`,
})

type ParticipantRow = Record<'session' | 'starts_at' | 'aspect' | 'name', string> &
  Record<'organisation' | 'regency', string | null> &
  Record<'minutes_present' | 'pre_score' | 'post_score', number | null> & {
    gender: Gender
    role: PersonRole
    status: ParticipantStatus
  }

export const participantSheet = querySheet<ParticipantRow>({
  name: 'Kehadiran',
  period: 'hari mulai sesinya, menurut zona waktu hub',
  columns: ({ terms, identity: { timeZone: zone } }) => [
    ['Sesi', 'text', (r) => r.session],
    ['Tanggal sesi', 'date', (r) => utcToZoned(r.starts_at, zone).slice(0, 10)],
    ['Aspek kapasitas', 'text', (r) => terms.aspect(r.aspect), terms.aspect.longest],
    ['Nama', 'text', (r) => r.name],
    ['Jenis kelamin', 'text', (r) => memberLabels.gender[r.gender], longest(memberLabels.gender)],
    ['Peran', 'text', (r) => memberLabels.role[r.role], longest(memberLabels.role)],
    ['OMS', 'text', (r) => r.organisation],
    ['Kabupaten/kota', 'text', (r) => terms.regency(r.regency)],
    ['Kehadiran', 'text', (r) => participantStatusLabels[r.status], longest(participantStatusLabels)],
    ['Menit hadir', 'count', (r) => r.minutes_present],
    ['Nilai pra-tes', 'number', (r) => r.pre_score],
    ['Nilai pasca-tes', 'number', (r) => r.post_score],
  ],
  // A person merged into another attended as the one they became, as the indicators count them.
  sql: `SELECT s.title AS session, s.starts_at, s.aspect, ${publishedName('x')} AS name, x.gender, x.role, o.name AS organisation,
      o.regency_code AS regency, cp.status, cp.minutes_present, cp.pre_score, cp.post_score
    FROM cop_participants cp
    JOIN cop_sessions s ON s.id = cp.session_id
    JOIN people own ON own.id = cp.person_id
    JOIN people x ON x.id = ${survivorOf('people', 'own')}
    LEFT JOIN organisations o ON o.id = x.organisation_id
    WHERE ${participantScope} AND ${personUsableSql('x')} ORDER BY s.starts_at, s.id, x.name, cp.id`,
})
