import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import type { ErrorPayload } from '@shared/errors'
import { localDate } from '@shared/format'
import type { Need } from '@shared/initiatives'
import { createPledgeInput, pledgeFieldNames, supportForms, type SupportForm } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { go, schemaMessages } from '@renderer/ui/form-helpers'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { SelectField } from '@renderer/ui/SelectField'
import { TextField } from '@renderer/ui/TextField'
import { useDates } from '@renderer/ui/dates'
import { initiativesHref } from '@renderer/features/initiatives/routes'
import { galangDayaHref } from '../routes'
import { AmountFields } from './AmountFields'
import { draftOf, inputOf, newDraft, withNeed, type PledgeDraft } from './draft'
import { focusFirstRefused } from '@renderer/ui/focus-refused'
import { Lookup } from '@renderer/ui/Lookup'
import { ScheduleFields } from './ScheduleFields'
import { findInitiatives, findSupporters, loadInitiative, loadPledgeDetail, loadSupporter, savePledge } from './store'
import './pledges.css'
import '@renderer/ui/Form.css'

/**
 * Quick entry of a pledge by keyboard: Enter in any field saves; "save and record another" keeps
 * the supporter and initiative for the next one. New (`id` null), possibly started from an
 * initiative or a supporter, or an edit.
 */
export function PledgeForm({
  id,
  initiativeId,
  supporterId,
}: {
  id: string | null
  initiativeId: string | null
  supporterId: string | null
}) {
  const t = useText()
  const { zone } = useDates()
  const today = localDate(new Date(), zone)
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<PledgeDraft>(() => newDraft(today, null, null))
  const [needs, setNeeds] = useState<Need[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorPayload | null>(null)
  const [busy, setBusy] = useState(false)
  const [savedAgain, setSavedAgain] = useState<{ id: string; supporter: string } | null>(null)
  const savedRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    void (async () => {
      if (id !== null) {
        const result = await loadPledgeDetail(id)
        if (result.ok) setDraft(draftOf(result.value))
        else setError(result.error)
        return
      }
      const [supporter, initiative] = await Promise.all([
        supporterId ? loadSupporter(supporterId) : null,
        initiativeId ? loadInitiative(initiativeId) : null,
      ])
      setDraft((current) => ({
        ...current,
        supporter: supporter?.ok ? { id: supporter.value.id, label: supporter.value.name } : current.supporter,
        initiative: initiative?.ok ? { id: initiative.value.id, label: initiative.value.title } : current.initiative,
      }))
    })()
  }, [id, initiativeId, supporterId])

  // The chosen initiative's needs, to say which one the pledge answers.
  const chosenInitiative = draft.initiative?.id ?? null
  useEffect(() => {
    if (chosenInitiative === null) return
    let current = true
    void loadInitiative(chosenInitiative).then((result) => {
      if (current) setNeeds(result.ok ? result.value.needs : [])
    })
    return () => {
      current = false
    }
  }, [chosenInitiative])

  const change = (update: Partial<PledgeDraft>) => {
    setDraft((current) => ({ ...current, ...update }))
    setErrors((current) => {
      const remaining = { ...current }
      for (const field of Object.keys(update))
        delete remaining[field === 'supporter' ? 'supporterId' : field === 'initiative' ? 'initiativeId' : field]
      return remaining
    })
  }
  const findInitiative = useCallback(
    (query: string) => findInitiatives(query, t('galangPledges.lookup.cancelledInitiative')),
    [t],
  )

  function refuse(messages: Record<string, string>) {
    setErrors(messages)
    focusFirstRefused(formRef.current, messages)
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const again = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('name') === 'again'
    const input = inputOf(draft)
    const messages = schemaMessages(createPledgeInput, input, t)
    if (!draft.supporter) messages.supporterId = t('galangPledges.form.chooseSupporter')
    if (!draft.initiative) messages.initiativeId = t('galangPledges.form.chooseInitiative')
    setError(null)
    setSavedAgain(null)
    if (Object.keys(messages).length > 0) return refuse(messages)
    setBusy(true)
    const result = await savePledge(input, id)
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return refuse(result.error.fields ?? {})
    }
    if (!again) return go(galangDayaHref({ view: 'pledge', id: result.value.id }))
    setDraft(newDraft(today, draft.supporter, draft.initiative))
    setErrors({})
    setSavedAgain({ id: result.value.id, supporter: result.value.supporterName })
    window.setTimeout(() => savedRef.current?.focus())
  }

  const unplaced = Object.entries(errors)
    .filter(([field]) => !(pledgeFieldNames as string[]).includes(field))
    .map(([, message]) => message)
  const cancelHref =
    id !== null
      ? galangDayaHref({ view: 'pledge', id })
      : initiativeId !== null
        ? initiativesHref({ view: 'initiative', id: initiativeId })
        : galangDayaHref(supporterId !== null ? { view: 'supporter', id: supporterId } : { view: 'supporters' })

  return (
    <div className="pledge-form-page">
      <PageHeading>{t(id === null ? 'galangPledges.form.newTitle' : 'galangPledges.form.editTitle')}</PageHeading>
      {savedAgain && (
        <p ref={savedRef} tabIndex={-1} role="status" className="notice">
          {t('galangPledges.form.savedAgain', { supporter: savedAgain.supporter })}{' '}
          <a href={galangDayaHref({ view: 'pledge', id: savedAgain.id })}>{t('galangPledges.form.open')}</a>
        </p>
      )}
      <ErrorAlert error={error} details={unplaced} />
      <form
        ref={formRef}
        className="pledge-form"
        noValidate
        onSubmit={(event) => void submit(event)}
        // A select takes Enter as its own; here, as in every field, Enter saves.
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
            event.preventDefault()
            formRef.current?.requestSubmit()
          }
        }}
      >
        <p className="hint">{t('galangPledges.form.enterSaves')}</p>
        <div className="field-row">
          <Lookup
            label={t('galangPledges.form.supporter')}
            name="supporterId"
            chosen={draft.supporter}
            find={findSupporters}
            error={errors.supporterId}
            onChoose={(supporter) => change({ supporter })}
          />
          <Lookup
            label={t('galangPledges.form.initiative')}
            name="initiativeId"
            chosen={draft.initiative}
            find={findInitiative}
            error={errors.initiativeId}
            onChoose={(initiative) => change({ initiative, needId: '' })}
          />
        </div>
        <div className="field-row">
          <SelectField
            label={t('galangPledges.form.need')}
            name="needId"
            value={draft.needId}
            error={errors.needId}
            placeholder={t('galangPledges.form.noNeed')}
            options={(draft.initiative ? needs : []).map((need) => ({
              value: need.id,
              label: `${t(`supportForm.${need.form}`)}: ${need.description}`,
            }))}
            onChange={(event) => {
              const next = withNeed(
                draft,
                needs.find((need) => need.id === event.target.value),
              )
              change({ needId: next.needId, form: next.form, unit: next.unit })
            }}
          />
          <SelectField
            label={t('galangPledges.form.supportForm')}
            name="form"
            value={draft.form}
            error={errors.form}
            placeholder={t('galangPledges.form.chooseForm')}
            options={supportForms.map((value) => ({ value, label: t(`supportForm.${value}`) }))}
            onChange={(event) => change({ form: event.target.value as SupportForm })}
          />
        </div>
        <AmountFields draft={draft} errors={errors} onChange={change} />
        <ScheduleFields draft={draft} errors={errors} onChange={change} />
        <TextField
          label={t('galangPledges.form.note')}
          name="note"
          autoComplete="off"
          value={draft.note}
          error={errors.note}
          onChange={(event) => change({ note: event.target.value })}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-busy={busy}>
            {t('galangPledges.form.save')}
          </button>
          {id === null && (
            <button type="submit" name="again" className="button" aria-busy={busy}>
              {t('galangPledges.form.saveAgain')}
            </button>
          )}
          <a className="button" href={cancelHref}>
            {t('galangPledges.form.cancel')}
          </a>
        </div>
      </form>
    </div>
  )
}
