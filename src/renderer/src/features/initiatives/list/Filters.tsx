import type { Language } from '@shared/hub'
import { initiativeStatuses, type InitiativeStatus } from '@shared/initiatives'
import { useText } from '@renderer/i18n'
import { FilterSelect, ListFilters } from '@renderer/ui/ListFilters'
import { useHubRegencies, useReference } from '@renderer/features/reference/store'
import { useClusters } from './clusters'
import { isFiltered, useInitiativeList } from './store'

/** Status, kabupaten/kota, issue cluster and SDG; each change reloads the list from its first page. */
export function Filters({ language }: { language: Language }) {
  const t = useText()
  const { filters, filter, clearFilters } = useInitiativeList()
  const taxonomies = useReference((reference) => reference.taxonomies)
  const clusters = useClusters((state) => state.clusters)
  const regencies = useHubRegencies().map((regency) => ({ value: regency.code, label: regency.name }))
  const any = t('initiativeList.filters.any')

  return (
    <ListFilters
      legend={t('initiativeList.filters.legend')}
      clearLabel={t('initiativeList.filters.clear')}
      filtered={isFiltered(filters)}
      onClear={clearFilters}
    >
      <FilterSelect
        label={t('initiativeList.filters.status')}
        anyLabel={any}
        value={filters.status}
        options={initiativeStatuses.map((status) => ({ value: status, label: t(`initiatives.statusName.${status}`) }))}
        onChange={(status) => filter({ status: status as InitiativeStatus | null })}
      />
      {regencies.length > 0 && (
        <FilterSelect
          label={t('initiativeList.filters.regency')}
          anyLabel={any}
          value={filters.regencyCode}
          options={regencies}
          onChange={(regencyCode) => filter({ regencyCode })}
        />
      )}
      <FilterSelect
        label={t('initiativeList.filters.cluster')}
        anyLabel={any}
        value={filters.clusterId}
        options={clusters.map((cluster) => ({ value: cluster.id, label: cluster.name }))}
        onChange={(clusterId) => filter({ clusterId })}
      />
      <FilterSelect
        label={t('initiativeList.filters.sdg')}
        anyLabel={any}
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
    </ListFilters>
  )
}
