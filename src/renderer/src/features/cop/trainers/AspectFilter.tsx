import { useText } from '@renderer/i18n'
import { FilterSelect } from '@renderer/ui/ListFilters'
import { useAspects } from '../aspects'

/** One capacity aspect, or all of them (null). */
export function AspectFilter({ value, onChange }: { value: string | null; onChange(aspect: string | null): void }) {
  const t = useText()
  const aspects = useAspects()
  return (
    <FilterSelect
      label={t('copTrainers.aspect')}
      anyLabel={t('copTrainers.anyAspect')}
      value={value}
      options={aspects.options}
      onChange={onChange}
    />
  )
}
