import './LanguageSwitch.css'
import type { Language } from '@shared/hub'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { Segmented } from '@renderer/ui/Segmented'
import { useLanguage } from './store'

/**
 * Each language is named in itself, so someone who cannot read the current one still finds theirs.
 * Listed here rather than taken from shared/hub's `languages`, whose module would pull zod into the
 * first chunk.
 */
const names: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' }
const options = Object.keys(names) as Language[]

/** `remember`: store the choice in the hub's settings; without, for this session only. */
export function LanguageSwitch({ remember = true }: { remember?: boolean }) {
  const t = useText()
  const { language, error, choose, show } = useLanguage()
  return (
    <div className="language-switch">
      <Segmented
        label={t('language.label')}
        options={options}
        chosen={language}
        onChoose={(option) => void (remember ? choose(option) : show(option))}
        optionLabel={(option) => names[option]}
        optionLang={(option) => option}
      />
      <ErrorAlert error={error} />
    </div>
  )
}
