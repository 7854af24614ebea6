import { useRef } from 'react'
import type { Language } from '@shared/hub'
import { initiativeStatuses, type InitiativeStatus } from '@shared/initiatives'
import { useText } from '@renderer/i18n'
import { SelectField, type Option } from '@renderer/ui/SelectField'
import { useHubRegencies, useReference } from '../../reference/store'
import { useClusters } from './clusters'
import { isFiltered, useInitiativeList } from './store'

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: string | number | null
  options: Option[]
  onChange(value: string | null): void
}) {
  const t = useText()
  return (
    <SelectField
      label={label}
      options={options}
      placeholder={t('initiativeList.filters.any')}
      value={value === null ? '' : String(value)}
      onChange={(event) => onChange(event.target.value || null)}
    />
  )
}

/** Status, kabupaten/kota, issue cluster and SDG; each change reloads the list from its first page. */
export function Filters({ language }: { language: Language }) {
  const t = useText()
  const { filters, filter, clearFilters } = useInitiativeList()
  const taxonomies = useReference((reference) => reference.taxonomies)
  const clusters = useClusters((state) => state.clusters)
  const regencies = useHubRegencies().map((regency) => ({ value: regency.code, label: regency.name }))
  const fieldset = useRef<HTMLFieldSetElement>(null)
  // The button goes once nothing is filtered: focus stays with the filters, on the first of them.
  const clear = () => {
    clearFilters()
    fieldset.current?.querySelector('select')?.focus()
  }

  return (
    <fieldset ref={fieldset} className="initiative-list__filters">
      <legend className="initiative-list__legend">{t('initiativeList.filters.legend')}</legend>
      <Select
        label={t('initiativeList.filters.status')}
        value={filters.status}
        options={initiativeStatuses.map((status) => ({ value: status, label: t(`initiatives.statusName.${status}`) }))}
        onChange={(status) => filter({ status: status as InitiativeStatus | null })}
      />
      {regencies.length > 0 && (
        <Select
          label={t('initiativeList.filters.regency')}
          value={filters.regencyCode}
          options={regencies}
          onChange={(regencyCode) => filter({ regencyCode })}
        />
      )}
      <Select
        label={t('initiativeList.filters.cluster')}
        value={filters.clusterId}
        options={clusters.map((cluster) => ({ value: cluster.id, label: cluster.name }))}
        onChange={(clusterId) => filter({ clusterId })}
      />
      <Select
        label={t('initiativeList.filters.sdg')}
        value={filters.sdg}
        options={(taxonomies?.sdgs ?? []).map((sdg) => ({
          value: String(sdg.number),
          label: t('initiativeList.filters.sdgOption', {
            number: sdg.number,
            name: language === 'en' ? sdg.nameEn : sdg.nameId,
          }),
        }))}
        onChange={(sdg) => filter({ sdg: sdg === null ? null : Number(sdg) })}
      />
      {isFiltered(filters) && (
        <button type="button" className="button initiative-list__clear" onClick={clear}>
          {t('initiativeList.filters.clear')}
        </button>
      )}
    </fieldset>
  )
}
