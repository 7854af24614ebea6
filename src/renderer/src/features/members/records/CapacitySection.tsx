import { useDates } from '@renderer/ui/dates'
import { useRef, useState, type FormEvent } from 'react'
import { localDate } from '@shared/format'
import { addAssessmentInput, type OrganisationDetail } from '@shared/members'
import type { Term } from '@shared/reference'
import { useText } from '@renderer/i18n'
import { DateField } from '@renderer/ui/DateField'
import { Field } from '@renderer/ui/Field'
import { TextField } from '@renderer/ui/TextField'
import { useLanguage } from '@renderer/features/language/store'
import { useFieldErrors } from './feedback'
import { focusField, focusFirstInvalid, schemaMessages, termName } from '@renderer/ui/form-helpers'
import { recordsId } from './messages'
import { useRecords } from './store'
import { useReference } from '@renderer/features/reference/store'

const SCORES = [1, 2, 3, 4, 5]
/** What the rubric describes: the lowest, middle and highest score; 2 and 4 lie between. */
const RUBRIC_LEVELS = [
  ['low', 1],
  ['mid', 3],
  ['high', 5],
] as const
type RubricAspect = keyof typeof recordsId.capacity.rubric
const hasRubric = (code: string): code is RubricAspect => Object.hasOwn(recordsId.capacity.rubric, code)

interface AssessmentDraft {
  assessedOn: string
  scores: Record<string, string>
  note: string
}

/** Latest self-assessment per aspect with its direction since the one before, the history, and a form. */
export function CapacitySection({ organisation, editable }: { organisation: OrganisationDetail; editable: boolean }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { date } = useDates()
  const taxonomies = useReference((state) => state.taxonomies)
  const aspects = taxonomies?.capacityAspects ?? []
  const [latest, previous] = organisation.assessments

  const trend = (code: string) => {
    const now = latest?.scores[code]
    const before = previous?.scores[code]
    if (now === undefined || before === undefined) return null
    const direction = now > before ? 'up' : now < before ? 'down' : 'same'
    return (
      <span className={`records-trend records-trend--${direction}`}>
        <span aria-hidden="true">{{ up: '▲', down: '▼', same: '▶' }[direction]}</span>{' '}
        {t(`records.capacity.trend.${direction}`, { before })}
      </span>
    )
  }

  return (
    <section className="card" aria-labelledby="records-capacity-title">
      <h2 id="records-capacity-title">{t('records.capacity.title')}</h2>
      {latest ? (
        <>
          <p>{t('records.capacity.latest', { date: date(latest.assessedOn) })}</p>
          <table className="records-table">
            <thead>
              <tr>
                <th scope="col">{t('records.capacity.aspect')}</th>
                <th scope="col">{t('records.capacity.score')}</th>
                <th scope="col">{t('records.capacity.trendTitle')}</th>
              </tr>
            </thead>
            <tbody>
              {aspects.map((aspect) => (
                <tr key={aspect.code}>
                  <th scope="row">{termName(aspect, language)}</th>
                  <td>{latest.scores[aspect.code] ?? '—'}</td>
                  <td>{trend(aspect.code)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('records.capacity.history')}</h3>
          <ul className="records-history">
            {organisation.assessments.map((assessment) => (
              <li key={assessment.id}>
                <strong>{date(assessment.assessedOn)}</strong> —{' '}
                {aspects
                  .map((aspect) => `${termName(aspect, language)} ${assessment.scores[aspect.code] ?? '—'}`)
                  .join(' · ')}
                {assessment.note && <span className="records-muted"> ({assessment.note})</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="records-muted">{t('records.capacity.empty')}</p>
      )}
      {editable && <AssessmentForm organisationId={organisation.id} aspects={aspects} />}
    </section>
  )
}

/** A new self-assessment: a score per aspect, each beside what its scores mean. */
function AssessmentForm({ organisationId, aspects }: { organisationId: string; aspects: Term[] }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { zone } = useDates()
  const { busy, addAssessment } = useRecords()
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<AssessmentDraft>(() => ({
    assessedOn: localDate(new Date(), zone),
    scores: {},
    note: '',
  }))
  const inputOf = ({ scores, ...rest }: AssessmentDraft) => ({
    organisationId,
    ...rest,
    scores: Object.fromEntries(Object.entries(scores).map(([code, value]) => [code, Number(value)])),
  })
  const unscored = (scores: Record<string, string>) => aspects.filter((aspect) => !scores[aspect.code])
  // The same words as main's, for the aspects still unscored as the user fills them in.
  const check = (values: AssessmentDraft) => {
    const messages = schemaMessages(addAssessmentInput, inputOf(values), t)
    const missing = unscored(values.scores)
    if (missing.length === 0) return messages
    const names = (key: 'nameId' | 'nameEn') => missing.map((aspect) => aspect[key]).join(', ')
    const scores = t('validation.assessment.missing', { aspectsId: names('nameId'), aspectsEn: names('nameEn') })
    return { scores, ...messages }
  }
  const { errors, recheck } = useFieldErrors(check)
  const set = (patch: Partial<AssessmentDraft>, field: string) => {
    const next = { ...draft, ...patch }
    setDraft(next)
    recheck(next, [field])
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (await addAssessment(inputOf(draft))) return setDraft((current) => ({ ...current, scores: {}, note: '' }))
    const { fieldErrors } = useRecords.getState()
    const [firstUnscored] = unscored(draft.scores)
    if (fieldErrors.scores && firstUnscored) focusField(formRef.current, `scores.${firstUnscored.code}`)
    else focusFirstInvalid(formRef.current, fieldErrors)
  }

  return (
    <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} className="records-inline-form">
      <h3>{t('records.capacity.add')}</h3>
      <p className="hint">{t('records.capacity.rubricBetween')}</p>
      {errors.scores && (
        <p id="records-scores-error" className="field-error">
          {errors.scores}
        </p>
      )}
      <div className="records-score-grid">
        {aspects.map((aspect) => {
          const rubric = hasRubric(aspect.code) ? aspect.code : null
          const rubricId = `records-rubric-${aspect.code}`
          const missing = errors.scores !== undefined && !draft.scores[aspect.code]
          return (
            <div key={aspect.code} className="records-score">
              <Field label={termName(aspect, language)}>
                {(control) => (
                  <select
                    {...control}
                    name={`scores.${aspect.code}`}
                    aria-describedby={
                      [rubric && rubricId, missing && 'records-scores-error'].filter(Boolean).join(' ') || undefined
                    }
                    aria-invalid={missing || undefined}
                    value={draft.scores[aspect.code] ?? ''}
                    onChange={(event) =>
                      set({ scores: { ...draft.scores, [aspect.code]: event.target.value } }, 'scores')
                    }
                  >
                    <option value="">{t('records.choose')}</option>
                    {SCORES.map((score) => (
                      <option key={score} value={score}>
                        {score}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {rubric && (
                <dl id={rubricId} className="records-rubric">
                  {RUBRIC_LEVELS.map(([level, score]) => (
                    <div key={level}>
                      <dt>{score}</dt>
                      <dd>{t(`records.capacity.rubric.${rubric}.${level}`)}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </div>
          )
        })}
      </div>
      <div className="field-row">
        <DateField
          label={t('records.capacity.assessedOn')}
          name="assessedOn"
          value={draft.assessedOn}
          onChange={(assessedOn) => set({ assessedOn }, 'assessedOn')}
          error={errors.assessedOn}
        />
        <TextField
          label={t('records.status.note')}
          name="note"
          value={draft.note}
          onChange={(event) => set({ note: event.target.value }, 'note')}
        />
      </div>
      <button type="submit" className="button button--primary" aria-busy={busy}>
        {t('records.capacity.submit')}
      </button>
    </form>
  )
}
