import { formatDate, type TimeZoneCode } from '../../../../../shared/format'
import type { OrganisationRow, PersonRow } from '../../../../../shared/members'
import type { Taxonomies } from '../../../../../shared/reference'
import type { Translate } from '../../../i18n'
import { membersHref } from '../routes'
import type { Column } from './DirectoryTable'
import type { OrganisationSort, PeopleSort } from './store'

const orEmpty = (value: string | number | null) => value ?? '—'
/** Narrow columns cut long texts short; hovering shows them whole. */
const clipped = (text: string) => <span title={text}>{text}</span>

export function organisationColumns(
  t: Translate,
  taxonomies: Taxonomies | null,
  language: string,
  zone: TimeZoneCode,
): Column<OrganisationRow, OrganisationSort['column']>[] {
  const typeName = (code: string | null) => {
    const term = taxonomies?.organisationTypes.find((type) => type.code === code)
    return term ? (language === 'en' ? term.nameEn : term.nameId) : (code ?? '—')
  }
  return [
    {
      key: 'name',
      label: t('directory.columns.name'),
      cell: (row) => (
        <a href={membersHref({ view: 'organisation', id: row.id })} title={row.name}>
          {row.name}
        </a>
      ),
    },
    { key: 'acronym', label: t('directory.columns.acronym'), cell: (row) => orEmpty(row.acronym) },
    { key: 'type', label: t('directory.columns.type'), cell: (row) => clipped(typeName(row.typeCode)) },
    { key: 'regency', label: t('directory.columns.regency'), cell: (row) => clipped(row.regencyName) },
    {
      key: 'status',
      label: t('directory.columns.status'),
      cell: (row) => (
        <span className={`directory-badge directory-badge--${row.status}`}>{t(`member.status.${row.status}`)}</span>
      ),
    },
    { key: 'foundedYear', label: t('directory.columns.foundedYear'), cell: (row) => orEmpty(row.foundedYear) },
    { key: 'peopleCount', label: t('directory.columns.peopleCount'), cell: (row) => row.peopleCount },
    { key: 'updatedAt', label: t('directory.columns.updatedAt'), cell: (row) => formatDate(row.updatedAt, zone) },
  ]
}

export function peopleColumns(t: Translate, zone: TimeZoneCode): Column<PersonRow, PeopleSort['column']>[] {
  return [
    {
      key: 'name',
      label: t('directory.columns.name'),
      cell: (row) => (
        <a href={membersHref({ view: 'person', id: row.id })} title={row.name}>
          {row.name}
        </a>
      ),
    },
    { key: 'gender', label: t('directory.columns.gender'), cell: (row) => t(`member.gender.${row.gender}`) },
    { key: 'birthYear', label: t('directory.columns.birthYear'), cell: (row) => orEmpty(row.birthYear) },
    { key: 'role', label: t('directory.columns.role'), cell: (row) => t(`member.role.${row.role}`) },
    {
      key: 'organisation',
      label: t('directory.columns.organisation'),
      cell: (row) => (
        <a href={membersHref({ view: 'organisation', id: row.organisationId })} title={row.organisationName}>
          {row.organisationName}
        </a>
      ),
    },
    { key: 'regency', label: t('directory.columns.regency'), cell: (row) => clipped(row.regencyName) },
    {
      key: 'consent',
      label: t('directory.columns.consent'),
      cell: (row) => t(row.consent ? 'directory.consent.yes' : 'directory.consent.no'),
    },
    { key: 'updatedAt', label: t('directory.columns.updatedAt'), cell: (row) => formatDate(row.updatedAt, zone) },
  ]
}
