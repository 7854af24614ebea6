import { useEffect } from 'react'
import { supportForms } from '@shared/initiatives'
import { useText } from '@renderer/i18n'
import { DateField } from '@renderer/ui/DateField'
import { FilterSelect } from '@renderer/ui/ListFilters'
import { SelectField } from '@renderer/ui/SelectField'
import { useAspects } from '../../cop/aspects'
import { useHubProvince, useReference } from '../../reference/store'
import '../../reference/support-forms'
import { useFilterState, type PeriodPreset } from './store'
import '../reports.css'
import '@renderer/ui/visually-hidden.css'

const presets: PeriodPreset[] = ['thisQuarter', 'lastQuarter', 'thisYear', 'last12', 'allTime', 'custom']
const noRegencies: never[] = []

/**
 * The period, place, aspect and form every indicator and report is cut by. A hub picks among its
 * own kabupaten/kota; the national instance first picks a province.
 */
export function ReportFilters() {
  const t = useText()
  const filter = useFilterState()
  const hubProvince = useHubProvince()
  const aspects = useAspects()
  const { provinces, loadProvinces, loadTaxonomies } = useReference()
  const province = hubProvince ?? filter.provinceCode
  const regencies = useReference((state) => (province ? state.regencies[province] : undefined) ?? noRegencies)
  useEffect(() => {
    if (hubProvince === null) void loadProvinces()
    void loadTaxonomies(province)
  }, [hubProvince, province, loadProvinces, loadTaxonomies])
  const reversed = filter.preset === 'custom' && filter.from !== '' && filter.to !== '' && filter.to < filter.from
  return (
    <fieldset className="report-filters">
      <legend className="visually-hidden">{t('reports.filters.legend')}</legend>
      <SelectField
        label={t('reports.filters.period')}
        value={filter.preset}
        options={presets.map((preset) => ({ value: preset, label: t(`reports.filters.${preset}`) }))}
        onChange={(event) => filter.change({ preset: event.target.value as PeriodPreset })}
      />
      {filter.preset === 'custom' && (
        <>
          <DateField
            label={t('reports.filters.from')}
            value={filter.from}
            onChange={(from) => filter.change({ from })}
          />
          <DateField
            label={t('reports.filters.to')}
            value={filter.to}
            onChange={(to) => filter.change({ to })}
            error={reversed ? t('reports.filters.toBeforeFrom') : undefined}
          />
        </>
      )}
      {hubProvince === null && (
        <FilterSelect
          label={t('reports.filters.province')}
          anyLabel={t('reports.filters.allProvinces')}
          value={filter.provinceCode}
          options={provinces.map((p) => ({ value: p.code, label: p.name }))}
          onChange={(provinceCode) => filter.change({ provinceCode, regencyCode: null })}
        />
      )}
      {province !== null && (
        <FilterSelect
          label={t('reports.filters.regency')}
          anyLabel={t('reports.filters.allRegencies')}
          value={filter.regencyCode}
          options={regencies.map((r) => ({ value: r.code, label: r.name }))}
          onChange={(regencyCode) => filter.change({ regencyCode })}
        />
      )}
      <FilterSelect
        label={t('reports.filters.aspect')}
        anyLabel={t('reports.filters.allAspects')}
        value={filter.aspect}
        options={aspects.options}
        onChange={(aspect) => filter.change({ aspect })}
      />
      <FilterSelect
        label={t('reports.filters.form')}
        anyLabel={t('reports.filters.allForms')}
        value={filter.form}
        options={supportForms.map((form) => ({ value: form, label: t(`supportForm.${form}`) }))}
        onChange={(form) => filter.change({ form: form as (typeof supportForms)[number] | null })}
      />
      <button type="button" className="button report-filters__reset" onClick={filter.reset}>
        {t('reports.filters.reset')}
      </button>
    </fieldset>
  )
}
