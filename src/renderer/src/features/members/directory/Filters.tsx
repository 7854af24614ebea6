import { useRef } from 'react'
import { genders, membershipStatuses, personRoles } from '@shared/members'
import { useText } from '@renderer/i18n'
import { SelectField, type Option } from '@renderer/ui/SelectField'
import { isFiltered, useDirectory, type Tab } from './store'
import { useHubRegencies, useReference } from '../../reference/store'

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: string | null
  options: Option[]
  onChange(value: string | null): void
}) {
  const t = useText()
  return (
    <SelectField
      label={label}
      options={options}
      placeholder={t('directory.filters.any')}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
    />
  )
}

/** The filters of the list on screen; each change reloads that list from its first page. */
export function Filters({ tab, language }: { tab: Tab; language: string }) {
  const t = useText()
  const state = useDirectory()
  const taxonomies = useReference((reference) => reference.taxonomies)
  const name = (term: { nameId: string; nameEn: string }) => (language === 'en' ? term.nameEn : term.nameId)
  const regencies = useHubRegencies().map((regency) => ({ value: regency.code, label: regency.name }))
  const filtered = isFiltered(tab === 'organisations' ? state.organisationFilters : state.peopleFilters)
  const fieldset = useRef<HTMLFieldSetElement>(null)
  // The button goes once nothing is filtered: focus stays with the filters, on the first of them.
  const clear = () => {
    state.clearFilters(tab)
    fieldset.current?.querySelector('select')?.focus()
  }

  return (
    <fieldset ref={fieldset} className="directory-filters">
      <legend className="directory-filters__legend">{t('directory.filters.legend')}</legend>
      {tab === 'organisations' ? (
        <>
          {regencies.length > 0 && (
            <Select
              label={t('directory.filters.regency')}
              value={state.organisationFilters.regencyCode}
              options={regencies}
              onChange={(regencyCode) => state.filterOrganisations({ regencyCode })}
            />
          )}
          <Select
            label={t('directory.filters.type')}
            value={state.organisationFilters.typeCode}
            options={(taxonomies?.organisationTypes ?? []).map((term) => ({
              value: term.code,
              label: name(term),
            }))}
            onChange={(typeCode) => state.filterOrganisations({ typeCode })}
          />
          <Select
            label={t('directory.filters.sector')}
            value={state.organisationFilters.sectorCode}
            options={(taxonomies?.sectors ?? []).map((term) => ({ value: term.code, label: name(term) }))}
            onChange={(sectorCode) => state.filterOrganisations({ sectorCode })}
          />
          <Select
            label={t('directory.filters.status')}
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
            <Select
              label={t('directory.filters.regency')}
              value={state.peopleFilters.regencyCode}
              options={regencies}
              onChange={(regencyCode) => state.filterPeople({ regencyCode })}
            />
          )}
          <Select
            label={t('directory.filters.role')}
            value={state.peopleFilters.role}
            options={personRoles.map((role) => ({ value: role, label: t(`member.role.${role}`) }))}
            onChange={(role) => state.filterPeople({ role: role as (typeof personRoles)[number] | null })}
          />
          <Select
            label={t('directory.filters.gender')}
            value={state.peopleFilters.gender}
            options={genders.map((gender) => ({ value: gender, label: t(`member.gender.${gender}`) }))}
            onChange={(gender) => state.filterPeople({ gender: gender as (typeof genders)[number] | null })}
          />
          <Select
            label={t('directory.filters.consent')}
            value={state.peopleFilters.hasConsent === null ? null : String(state.peopleFilters.hasConsent)}
            options={[
              { value: 'true', label: t('directory.filters.consentYes') },
              { value: 'false', label: t('directory.filters.consentNo') },
            ]}
            onChange={(value) => state.filterPeople({ hasConsent: value === null ? null : value === 'true' })}
          />
        </>
      )}
      {filtered && (
        <button type="button" className="button directory-filters__clear" onClick={clear}>
          {t('directory.filters.clear')}
        </button>
      )}
    </fieldset>
  )
}
