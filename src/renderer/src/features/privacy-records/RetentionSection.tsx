import './catalog'
import './privacy-records.css'
import '@renderer/ui/PlainTable.css'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import { formatDay } from '@shared/format'
import {
  cutoffFor,
  RETENTION_YEARS,
  retentionCategories,
  validRetentionYears,
  type RetentionCategory,
  type RetentionPeriods,
  type RetentionView,
} from '@shared/privacy-records'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { Announcement } from '@renderer/ui/Announcement'
import { focusFirstRefused } from '@renderer/ui/focus-refused'
import { TextField } from '@renderer/ui/TextField'
import { galangDayaHref } from '../galang-daya/routes'
import { useLanguage } from '../language/store'
import { membersHref } from '../members/routes'
import { usePrivacyRecords } from './store'

type Draft = Record<RetentionCategory, string>
const draftOf = (periods: RetentionPeriods): Draft =>
  Object.fromEntries(retentionCategories.map((category) => [category, String(periods[category])])) as Draft

/**
 * Privasi → Retensi: how many years each kind of personal data is kept, and who is past it. Only
 * proposals: each person's page is where the user erases them, or they are left as they are.
 */
export function RetentionSection() {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const view = usePrivacyRecords((state) => state.retention)
  const loadError = usePrivacyRecords((state) => state.retentionError)
  const load = usePrivacyRecords((state) => state.loadRetention)
  const save = usePrivacyRecords((state) => state.saveRetention)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [errors, setErrors] = useState<Partial<Record<RetentionCategory, string>>>({})
  const [saveError, setSaveError] = useState<ErrorPayload | null>(null)
  const [saved, setSaved] = useState(false)
  const form = useRef<HTMLFormElement>(null)

  useEffect(() => {
    void load()
  }, [load])

  const shown = draft ?? (view ? draftOf(view.periods) : null)
  const refusal = t('privacy.validation.retentionYears', { ...RETENTION_YEARS })
  /** What the period means, and from which day it reaches back, for the years as typed once they are a period. */
  const hintFor = (category: RetentionCategory) => {
    const years = Number(shown?.[category])
    const what = t(`privacyRecords.retention.${category}Hint`)
    if (!view || !validRetentionYears(years)) return what
    return `${what} ${t('privacyRecords.retention.cutoff', { day: formatDay(cutoffFor(view.today, years), language) })}`
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!shown) return
    setSaved(false)
    setSaveError(null)
    const periods = Object.fromEntries(
      retentionCategories.map((category) => [category, Number(shown[category].trim() || Number.NaN)]),
    ) as RetentionPeriods
    const refused = Object.fromEntries(
      retentionCategories
        .filter((category) => !validRetentionYears(periods[category]))
        .map((category) => [category, refusal]),
    )
    setErrors(refused)
    if (Object.keys(refused).length > 0) return focusFirstRefused(form.current, refused)
    const result = await save(periods)
    if (result.ok) {
      setDraft(null)
      setSaved(true)
      return
    }
    const fields = result.error.fields ?? {}
    setErrors(fields)
    if (Object.keys(fields).length > 0) focusFirstRefused(form.current, fields)
    else setSaveError(result.error)
  }

  return (
    <section aria-labelledby="retention-title" className="card privacy-records">
      <h2 id="retention-title" tabIndex={-1}>
        {t('privacyRecords.retention.title')}
      </h2>
      <p className="hint">{t('privacyRecords.retention.lead')}</p>
      {loadError && (
        <p role="alert" className="alert">
          {loadError.message}
        </p>
      )}
      {shown && view && (
        <form ref={form} noValidate onSubmit={(event) => void submit(event)} className="privacy-records__periods">
          <fieldset>
            <legend>{t('privacyRecords.retention.periods')}</legend>
            {retentionCategories.map((category) => (
              <TextField
                key={category}
                name={category}
                label={t(`privacyRecords.retention.${category}`)}
                hint={hintFor(category)}
                error={errors[category]}
                inputMode="numeric"
                autoComplete="off"
                className="privacy-records__years"
                value={shown[category]}
                onChange={(event) => {
                  setSaved(false)
                  setDraft({ ...shown, [category]: event.target.value })
                }}
              />
            ))}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              {t('privacyRecords.retention.save')}
            </button>
          </div>
          <Announcement refusal={saveError} done={saved ? t('privacyRecords.retention.saved') : null} />
        </form>
      )}
      {view && <PeopleProposed view={view} />}
      {view && <SupportersProposed view={view} />}
    </section>
  )
}

function PeopleProposed({ view }: { view: RetentionView }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  return (
    <section aria-labelledby="retention-people-title">
      <h3 id="retention-people-title">{t('privacyRecords.retention.people.title')}</h3>
      {view.peopleCount === 0 ? (
        <p>{t('privacyRecords.retention.people.none')}</p>
      ) : (
        <>
          <p>
            {countedText(t, 'privacyRecords.retention.people.count_other', view.peopleCount)}
            {view.people.length < view.peopleCount && (
              <> {t('privacyRecords.retention.people.shown', { shown: view.people.length })}</>
            )}
          </p>
          <p className="hint">{t('privacyRecords.retention.people.decide')}</p>
          <table className="plain-table">
            <caption>{t('privacyRecords.retention.people.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacyRecords.retention.people.name')}</th>
                <th scope="col">{t('privacyRecords.retention.people.organisation')}</th>
                <th scope="col">{t('privacyRecords.retention.people.lastActivity')}</th>
                <th scope="col">{t('privacyRecords.retention.people.note')}</th>
              </tr>
            </thead>
            <tbody>
              {view.people.map((person) => (
                <tr key={person.personId}>
                  <td>
                    <a href={membersHref({ view: 'person', id: person.personId })}>{person.name}</a>
                  </td>
                  <td>{person.organisationName ?? '—'}</td>
                  <td>{formatDay(person.lastActivityOn, language)}</td>
                  <td>
                    {[
                      person.attended && t('privacyRecords.retention.people.attended'),
                      person.restricted && t('privacyRecords.retention.people.restricted'),
                    ]
                      .filter(Boolean)
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}

function SupportersProposed({ view }: { view: RetentionView }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  return (
    <section aria-labelledby="retention-supporters-title">
      <h3 id="retention-supporters-title">{t('privacyRecords.retention.supporterList.title')}</h3>
      {view.supporterCount === 0 ? (
        <p>{t('privacyRecords.retention.supporterList.none')}</p>
      ) : (
        <>
          <p>
            {countedText(t, 'privacyRecords.retention.supporterList.count_other', view.supporterCount)}
            {view.supporters.length < view.supporterCount && (
              <> {t('privacyRecords.retention.people.shown', { shown: view.supporters.length })}</>
            )}
          </p>
          <p className="hint">{t('privacyRecords.retention.supporterList.decide')}</p>
          <table className="plain-table">
            <caption>{t('privacyRecords.retention.supporterList.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacyRecords.retention.supporterList.name')}</th>
                <th scope="col">{t('privacyRecords.retention.supporterList.lastActivity')}</th>
              </tr>
            </thead>
            <tbody>
              {view.supporters.map((supporter) => (
                <tr key={supporter.supporterId}>
                  <td>
                    <a href={galangDayaHref({ view: 'supporter', id: supporter.supporterId })}>{supporter.name}</a>
                  </td>
                  <td>{formatDay(supporter.lastActivityOn, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
