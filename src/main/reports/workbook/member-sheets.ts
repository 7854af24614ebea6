import type { Gender, LegalForm, MembershipStatus, PersonRole } from '../../../shared/members'
import { formatPhone } from '../../../shared/phone'
import { longest } from './cells'
import { querySheet } from './context'
import { memberLabels, namesOf } from './labels'
import { releasable } from './personal'
import { joinedSql, organisationScope, personScope } from './scope'

export const phone = (canonical: string | null) => canonical && formatPhone(canonical)

type OrganisationRow = Record<'name' | 'sector_codes' | 'status_since', string> &
  Record<'acronym' | 'type_code' | 'registration_number' | 'address' | 'phone' | 'email' | 'website', string | null> &
  Record<'regency' | 'district' | 'village' | 'joined', string | null> &
  Record<'founded_year' | 'staff_count' | 'volunteer_count', number | null> & {
    legal_form: LegalForm | null
    status: MembershipStatus
    people: number
  }

export const organisationSheet = querySheet<OrganisationRow>({
  name: 'OMS',
  period: null,
  columns: ({ terms }) => [
    ['Nama OMS', 'text', (r) => r.name],
    ['Singkatan', 'text', (r) => r.acronym],
    ['Jenis', 'text', (r) => terms.organisationType(r.type_code), terms.organisationType.longest],
    [
      'Badan hukum',
      'text',
      (r) => r.legal_form && memberLabels.legalForm[r.legal_form],
      longest(memberLabels.legalForm),
    ],
    // An AHU number: "AHU-0000000.AH.01.04.Tahun 0000".
    ['Nomor AHU/registrasi', 'text', (r) => r.registration_number, 31],
    ['Tahun berdiri', 'number', (r) => r.founded_year],
    ['Kabupaten/kota', 'text', (r) => terms.regency(r.regency)],
    ['Kecamatan', 'text', (r) => r.district],
    ['Desa/kelurahan', 'text', (r) => r.village],
    ['Alamat', 'text', (r) => r.address],
    ['Telepon', 'text', (r) => phone(r.phone)],
    ['E-mail', 'text', (r) => r.email],
    ['Situs web', 'text', (r) => r.website],
    ['Sektor', 'text', (r) => namesOf(r.sector_codes, terms.sector)],
    ['Status keanggotaan', 'text', (r) => memberLabels.status[r.status], longest(memberLabels.status)],
    ['Status sejak', 'date', (r) => r.status_since],
    ['Tanggal bergabung', 'date', (r) => r.joined],
    ['Jumlah staf', 'count', (r) => r.staff_count],
    ['Jumlah relawan', 'count', (r) => r.volunteer_count],
    ['Orang tercatat', 'count', (r) => r.people],
  ],
  sql: `SELECT o.name, o.acronym, o.type_code, o.legal_form, o.registration_number, o.founded_year, o.address,
      o.phone, o.email, o.website, o.sector_codes, o.status, o.status_since, o.staff_count, o.volunteer_count,
      o.regency_code AS regency, ${joinedSql('o')} AS joined,
      coalesce(d.name, o.district_name) AS district, coalesce(v.name, o.village_name) AS village,
      (SELECT count(*) FROM people p WHERE p.organisation_id = o.id AND p.deleted_at IS NULL
        AND p.merged_into_id IS NULL) AS people
    FROM organisations o
    LEFT JOIN ref_districts d ON d.code = o.district_code
    LEFT JOIN ref_villages v ON v.code = o.village_code
    WHERE ${organisationScope} ORDER BY o.name, o.id`,
})

type PersonRow = Record<'name' | 'organisation' | 'regency' | 'phone' | 'email' | 'consent_on', string | null> & {
  gender: Gender
  birth_year: number | null
  role: PersonRole
  consent: number
}

export const personSheet = querySheet<PersonRow>({
  name: 'Orang',
  period: null,
  columns: ({ terms }) => [
    ['Nama', 'text', (r) => r.name],
    ['Jenis kelamin', 'text', (r) => memberLabels.gender[r.gender], longest(memberLabels.gender)],
    ['Tahun lahir', 'number', (r) => r.birth_year],
    ['Peran', 'text', (r) => memberLabels.role[r.role], longest(memberLabels.role)],
    ['OMS', 'text', (r) => r.organisation],
    ['Kabupaten/kota', 'text', (r) => terms.regency(r.regency)],
    ['Telepon', 'text', (r) => phone(r.phone)],
    ['E-mail', 'text', (r) => r.email],
    ['Persetujuan kontak', 'yesNo', (r) => r.consent === 1],
    ['Tanggal persetujuan', 'date', (r) => r.consent_on],
  ],
  sql: `SELECT p.name, p.gender, p.birth_year, p.role, p.phone, p.email, p.consent, p.consent_on,
      p.consent_purposes, p.restricted_on, p.erased_at,
      o.name AS organisation, o.regency_code AS regency
    FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
    WHERE ${personScope} ORDER BY p.name, p.id`,
  release: (row) => releasable('people', row),
})
