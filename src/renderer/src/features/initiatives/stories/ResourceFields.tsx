import { formatRupiah } from '@shared/format'
import { resourceSources, type ResourceSource } from '@shared/stories'
import { useText } from '@renderer/i18n'
import { TextField } from '@renderer/ui/TextField'

interface Props {
  amounts: Record<ResourceSource, string>
  total: number
  onChange(source: ResourceSource, amount: string): void
  errors: Record<string, string>
}

/** The mix of resources behind the change: one rupiah amount per source, and their total as typed. */
export function ResourceFields({ amounts, total, onChange, errors }: Props) {
  const t = useText()
  return (
    <fieldset>
      <legend>{t('storyScreen.resources.title')}</legend>
      <p className="hint">{t('storyScreen.resources.hint')}</p>
      <div className="story-amounts">
        {resourceSources.map((source) => (
          <TextField
            key={source}
            label={t(`storyScreen.resources.sources.${source}`)}
            name={`amount-${source}`}
            inputMode="numeric"
            autoComplete="off"
            value={amounts[source]}
            onChange={(event) => onChange(source, event.target.value)}
            error={errors[`amount-${source}`]}
          />
        ))}
      </div>
      <p className="story-total">
        {t('storyScreen.resources.total')}: <output>{formatRupiah(total)}</output>
      </p>
    </fieldset>
  )
}
