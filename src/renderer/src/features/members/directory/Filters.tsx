import { genders, membershipStatuses, personRoles } from '@shared/members'
import { useText } from '@renderer/i18n'
import { FilterSelect, ListFilters } from '@renderer/ui/ListFilters'
import { isFiltered, useDirectory, type Tab } from './store'
import { useHubRegencies, useReference } from '@renderer/features/reference/store'

/** The filters of the list on screen; each change reloads that list from its first page. */
export function Filters({ tab, language }: { tab: Tab; language: string }) {
  const t = useText()
  const state = useDirectory()
  const taxonomies = useReference((reference) => reference.taxonomies)
  const name = (term: { nameId: string; nameEn: string }) => (language === 'en' ? term.nameEn : term.nameId)
  const regencies = useHubRegencies().map((regency) => ({ value: regency.code, label: regency.name }))
  const filtered = isFiltered(tab === 'organisations' ? state.organisationFilters : state.peopleFilters)
  const any = t('directory.filters.any')

  return (
    <ListFilters
      legend={t('directory.filters.legend')}
      clearLabel={t('directory.filters.clear')}
      filtered={filtered}
      onClear={() => state.clearFilters(tab)}
    >
      {tab === 'organisations' ? (
        <>
          {regencies.length > 0 && (
            <FilterSelect
              label={t('directory.filters.regency')}
              anyLabel={any}
              value={state.organisationFilters.regencyCode}
              options={regencies}
              onChange={(regencyCode) => state.filterOrganisations({ regencyCode })}
            />
          )}
          <FilterSelect
            label={t('directory.filters.type')}
            anyLabel={any}
            value={state.organisationFilters.typeCode}
            options={(taxonomies?.organisationTypes ?? []).map((term) => ({
              value: term.code,
              label: name(term),
            }))}
            onChange={(typeCode) => state.filterOrganisations({ typeCode })}
          />
          <FilterSelect
            label={t('directory.filters.sector')}
            anyLabel={any}
            value={state.organisationFilters.sectorCode}
            options={(taxonomies?.sectors ?? []).map((term) => ({ value: term.code, label: name(term) }))}
            onChange={(sectorCode) => state.filterOrganisations({ sectorCode })}
          />
          <FilterSelect
            label={t('directory.filters.status')}
            anyLabel={any}
            value={state.organisationFilters.status}
            options={membershipStatuses.map((status) => ({ value: status, label: t(`member.status.${status}`) }))}
            onChange={(status) =>
              state.filterOrganisations({ status: status as (typeof membershipStatuses)[number] | null })
            }
          />
        </>
      ) : (
        <>
          {regencies.length > 0 && (
            <FilterSelect
              label={t('directory.filters.regency')}
              anyLabel={any}
              value={state.peopleFilters.regencyCode}
              options={regencies}
              onChange={(regencyCode) => state.filterPeople({ regencyCode })}
            />
          )}
          <FilterSelect
            label={t('directory.filters.role')}
            anyLabel={any}
            value={state.peopleFilters.role}
            options={personRoles.map((role) => ({ value: role, label: t(`member.role.${role}`) }))}
            onChange={(role) => state.filterPeople({ role: role as (typeof personRoles)[number] | null })}
          />
          <FilterSelect
            label={t('directory.filters.gender')}
            anyLabel={any}
            value={state.peopleFilters.gender}
            options={genders.map((gender) => ({ value: gender, label: t(`member.gender.${gender}`) }))}
            onChange={(gender) => state.filterPeople({ gender: gender as (typeof genders)[number] | null })}
          />
          <FilterSelect
            label={t('directory.filters.consent')}
            anyLabel={any}
            value={state.peopleFilters.hasConsent === null ? null : String(state.peopleFilters.hasConsent)}
            options={[
              { value: 'true', label: t('directory.filters.consentYes') },
              { value: 'false', label: t('directory.filters.consentNo') },
            ]}
            onChange={(value) => state.filterPeople({ hasConsent: value === null ? null : value === 'true' })}
          />
        </>
      )}
    </ListFilters>
  )
}
