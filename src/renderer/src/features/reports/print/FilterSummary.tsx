import { useEffect } from 'react'
import type { ReportFilter } from '@shared/reports'
import { useText } from '@renderer/i18n'
import { useAspects } from '../../cop/aspects'
import { useReference } from '../../reference/store'
import '../../reference/support-forms'

/** The place, aspect and form a printed report was cut by, in words; nothing when it covers all. */
export function FilterSummary({ filter }: { filter: ReportFilter }) {
  const t = useText()
  const aspects = useAspects()
  const { provinces, regencies, loadProvinces, loadTaxonomies } = useReference()
  const province = filter.provinceCode ?? filter.regencyCode?.slice(0, 2) ?? null
  useEffect(() => {
    void loadProvinces()
    if (province) void loadTaxonomies(province)
  }, [province, loadProvinces, loadTaxonomies])
  const parts = [
    filter.provinceCode &&
      `${t('reports.filters.province')}: ${provinces.find((p) => p.code === filter.provinceCode)?.name ?? filter.provinceCode}`,
    filter.regencyCode &&
      `${t('reports.filters.regency')}: ${(province && regencies[province]?.find((r) => r.code === filter.regencyCode)?.name) ?? filter.regencyCode}`,
    filter.aspect && `${t('reports.filters.aspect')}: ${aspects.name(filter.aspect)}`,
    filter.form && `${t('reports.filters.form')}: ${t(`supportForm.${filter.form}`)}`,
  ].filter(Boolean)
  return parts.length === 0 ? null : <p className="report-cover__filters">{parts.join(' · ')}</p>
}
