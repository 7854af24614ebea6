import type { OrganisationColumnId, PersonColumnId } from '@shared/directory-view'
import { formatDate, formatNumber, type TimeZoneCode } from '@shared/format'
import type { Language } from '@shared/hub'
import type { OrganisationRow, PersonListRow } from '@shared/members'
import { formatPhone } from '@shared/phone'
import type { Taxonomies } from '@shared/reference'
import type { Translate } from '@renderer/i18n'
import { membersHref } from '../routes'
import type { Column } from '@renderer/ui/DataTable'
import type { OrganisationSort, PeopleSort } from './store'
import { consentWord } from './consent-word'

const orEmpty = (value: string | number | null) => value ?? '—'
/** Narrow columns cut long texts short; hovering shows them whole. */
const clipped = (text: string | null) => (text === null ? '—' : <span title={text}>{text}</span>)
const count = (value: number | null, language: Language) => (value === null ? '—' : formatNumber(value, language))

/**
 * Widths: at least `min` rem, so no header word is ever cut, and a share of what is left. Columns
 * of short values of known length (years, counts, dates, statuses) take what their header and
 * values need and no more; the rest goes to the texts. The default OMS columns fit a 1366-pixel
 * screen with a vertical scrollbar, showing "Organisasi kepemudaan" and "Kabupaten Tulungagung"
 * whole. A list wider than the screen scrolls sideways, its name column staying in view.
 */
const width = (min: number, grow: number) => ({ min, grow })
const widths = {
  name: width(12.5, 2),
  personName: width(11, 2.4),
  acronym: width(5.7, 0),
  type: width(11.4, 0.6),
  place: width(11.4, 0.3),
  district: width(8, 0.8),
  status: width(6, 0),
  person: width(9, 1.6),
  phone: width(9, 0.4),
  email: width(11, 1.6),
  year: width(6.6, 0),
  count: width(6.5, 0),
  peopleCount: width(5, 0),
  date: width(6.4, 0),
  short: width(6.5, 0.4),
  organisation: width(11, 2.2),
}

interface Placed {
  regencyName: string
  districtName: string | null
  phone: string | null
  email: string | null
  updatedAt: string
}
type CommonId = 'regency' | 'district' | 'phone' | 'email' | 'updatedAt'

/** The columns both lists have, alike in both. */
function commonColumns<Row extends Placed>(
  t: Translate,
  language: Language,
  zone: TimeZoneCode,
): Record<CommonId, Column<Row, CommonId, 'regency' | 'updatedAt'>> {
  return {
    regency: {
      id: 'regency',
      label: t('directory.columns.regency'),
      sort: 'regency',
      width: widths.place,
      cell: (row) => clipped(row.regencyName),
    },
    district: {
      id: 'district',
      label: t('directory.columns.district'),
      width: widths.district,
      cell: (row) => clipped(row.districtName),
    },
    phone: {
      id: 'phone',
      label: t('directory.columns.phone'),
      width: widths.phone,
      cell: (row) => clipped(row.phone && formatPhone(row.phone)),
    },
    email: {
      id: 'email',
      label: t('directory.columns.email'),
      width: widths.email,
      cell: (row) => clipped(row.email),
    },
    updatedAt: {
      id: 'updatedAt',
      label: t('directory.columns.updatedAt'),
      sort: 'updatedAt',
      width: widths.date,
      cell: (row) => formatDate(row.updatedAt, zone, language),
    },
  }
}

export function organisationColumns(
  t: Translate,
  taxonomies: Taxonomies | null,
  language: Language,
  zone: TimeZoneCode,
): Column<OrganisationRow, OrganisationColumnId | 'name', OrganisationSort['column']>[] {
  const typeName = (code: string | null) => {
    const term = taxonomies?.organisationTypes.find((type) => type.code === code)
    return term ? (language === 'en' ? term.nameEn : term.nameId) : code
  }
  const common = commonColumns<OrganisationRow>(t, language, zone)
  return [
    {
      id: 'name',
      label: t('directory.columns.name'),
      sort: 'name',
      width: widths.name,
      cell: (row) => (
        <a href={membersHref({ view: 'organisation', id: row.id })} title={row.name}>
          {row.name}
        </a>
      ),
    },
    {
      id: 'acronym',
      label: t('directory.columns.acronym'),
      sort: 'acronym',
      width: widths.acronym,
      cell: (row) => orEmpty(row.acronym),
    },
    {
      id: 'type',
      label: t('directory.columns.type'),
      sort: 'type',
      width: widths.type,
      cell: (row) => clipped(typeName(row.typeCode)),
    },
    common.regency,
    common.district,
    {
      id: 'status',
      label: t('directory.columns.status'),
      sort: 'status',
      width: widths.status,
      cell: (row) => (
        <span className={`directory-badge directory-badge--${row.status}`}>{t(`member.status.${row.status}`)}</span>
      ),
    },
    {
      id: 'leader',
      label: t('directory.columns.leader'),
      width: widths.person,
      cell: (row) => clipped(row.leaderNames),
    },
    common.phone,
    common.email,
    {
      id: 'foundedYear',
      label: t('directory.columns.foundedYear'),
      sort: 'foundedYear',
      width: widths.year,
      cell: (row) => orEmpty(row.foundedYear),
    },
    {
      id: 'staffCount',
      label: t('directory.columns.staffCount'),
      width: widths.count,
      numeric: true,
      cell: (row) => count(row.staffCount, language),
    },
    {
      id: 'volunteerCount',
      label: t('directory.columns.volunteerCount'),
      width: widths.count,
      numeric: true,
      cell: (row) => count(row.volunteerCount, language),
    },
    {
      id: 'peopleCount',
      label: t('directory.columns.peopleCount'),
      sort: 'peopleCount',
      width: widths.peopleCount,
      numeric: true,
      cell: (row) => count(row.peopleCount, language),
    },
    common.updatedAt,
  ]
}

export function peopleColumns(
  t: Translate,
  language: Language,
  zone: TimeZoneCode,
): Column<PersonListRow, PersonColumnId | 'name', PeopleSort['column']>[] {
  const common = commonColumns<PersonListRow>(t, language, zone)
  return [
    {
      id: 'name',
      label: t('directory.columns.name'),
      sort: 'name',
      width: widths.personName,
      // Only an erased person has no name left (privacy/erase.ts).
      cell: (row) => (
        <a href={membersHref({ view: 'person', id: row.id })} title={row.name}>
          {row.name || t('records.person.erased')}
        </a>
      ),
    },
    {
      id: 'gender',
      label: t('directory.columns.gender'),
      sort: 'gender',
      width: widths.short,
      cell: (row) => t(`member.gender.${row.gender}`),
    },
    {
      id: 'birthYear',
      label: t('directory.columns.birthYear'),
      sort: 'birthYear',
      width: widths.year,
      cell: (row) => orEmpty(row.birthYear),
    },
    {
      id: 'role',
      label: t('directory.columns.role'),
      sort: 'role',
      width: widths.type,
      cell: (row) => clipped(t(`member.role.${row.role}`)),
    },
    {
      id: 'organisation',
      label: t('directory.columns.organisation'),
      sort: 'organisation',
      width: widths.organisation,
      cell: (row) => (
        <a href={membersHref({ view: 'organisation', id: row.organisationId })} title={row.organisationName}>
          {row.organisationName}
        </a>
      ),
    },
    common.regency,
    common.district,
    common.phone,
    common.email,
    {
      id: 'consent',
      label: t('directory.columns.consent'),
      sort: 'consent',
      width: widths.short,
      cell: (row) => t(consentWord(row)),
    },
    common.updatedAt,
  ]
}
