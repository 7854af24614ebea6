import { useId } from 'react'
import type { Language } from '../../../../shared/hub'
import { useText } from '../../i18n'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { useLanguage } from './store'

/**
 * Each language is named in itself, so someone who cannot read the current one still finds theirs.
 * Listed here rather than taken from shared/hub's `languages`, whose module would pull zod into the
 * first chunk.
 */
const names: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' }
const options = Object.keys(names) as Language[]

export function LanguageSwitch() {
  const t = useText()
  const labelId = useId()
  const { language, error, choose } = useLanguage()
  return (
    <div className="language-switch">
      <span id={labelId} className="language-switch__label">
        {t('language.label')}
      </span>
      <div role="group" aria-labelledby={labelId} className="segmented">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            aria-pressed={option === language}
            onClick={() => void choose(option)}
          >
            {names[option]}
          </button>
        ))}
      </div>
      <ErrorAlert error={error} />
    </div>
  )
}
