import { useId, useState } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { Language } from '@shared/hub'
import { dossierFormats, type DossierFormat, type SavedDossier } from '@shared/privacy'
import { useText } from '@renderer/i18n'
import { Announcement } from '@renderer/ui/Announcement'
import { Segmented } from '@renderer/ui/Segmented'
import { exportPerson } from './store'

/** Each language named in itself, as the language switch does: the person may read only theirs. */
const copyLanguages: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' }
const languageOptions = Object.keys(copyLanguages) as Language[]

/**
 * Access and portability (Pasal 7, 13): everything the hub holds about the person, and where it
 * went, saved as a PDF to read or as JSON or CSV to take elsewhere. Main asks where to save; the
 * file's name is announced, and a cancelled dialog says nothing.
 */
export function Access({ personId }: { personId: string }) {
  const t = useText()
  const explainId = useId()
  const [saving, setSaving] = useState<DossierFormat | null>(null)
  const [saved, setSaved] = useState<SavedDossier | null>(null)
  const [refusal, setRefusal] = useState<ErrorPayload | null>(null)
  const [language, setLanguage] = useState<Language>('id')

  async function save(format: DossierFormat) {
    if (saving) return
    setSaving(format)
    setSaved(null)
    setRefusal(null)
    const result = await exportPerson(personId, format, language)
    setSaving(null)
    if (!result.ok) setRefusal(result.error)
    else setSaved(result.value)
  }

  return (
    <>
      <h3>{t('personPrivacy.access.title')}</h3>
      <p id={explainId} className="hint">
        {t('personPrivacy.access.explain')}
      </p>
      <div className="field">
        <Segmented<Language>
          label={t('personPrivacy.access.language')}
          options={languageOptions}
          chosen={language}
          onChoose={setLanguage}
          optionLabel={(option) => copyLanguages[option]}
          optionLang={(option) => option}
        />
      </div>
      <div className="form-actions">
        {dossierFormats.map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            aria-describedby={explainId}
            aria-busy={saving === format}
            onClick={() => void save(format)}
          >
            {t(`personPrivacy.access.${format}`)}
          </button>
        ))}
        {saving && <span role="status">{t('personPrivacy.access.saving')}</span>}
      </div>
      <Announcement
        refusal={refusal}
        done={
          saved &&
          t('personPrivacy.access.saved', { file: saved.file, size: Math.max(1, Math.round(saved.bytes / 1024)) })
        }
      />
    </>
  )
}
