import { useDates } from '../../../ui/dates'
import { useState, type FormEvent } from 'react'
import { localDate } from '../../../../../shared/format'
import type { OrganisationDetail } from '../../../../../shared/members'
import { useText } from '../../../i18n'
import { Field } from '../../../ui/Field'
import { TextField } from '../../../ui/TextField'
import { useLanguage } from '../../language/store'
import { termName } from './helpers'
import { useRecords } from './store'

const SCORES = [1, 2, 3, 4, 5]

/** Latest self-assessment per aspect with its direction since the one before, the history, and a form. */
export function CapacitySection({ organisation, editable }: { organisation: OrganisationDetail; editable: boolean }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { date, zone } = useDates()
  const { taxonomies, fieldErrors, busy, addAssessment } = useRecords()
  const aspects = taxonomies?.capacityAspects ?? []
  const [latest, previous] = organisation.assessments
  const [assessedOn, setAssessedOn] = useState(localDate(new Date(), zone))
  const [scores, setScores] = useState<Record<string, string>>({})
  const [note, setNote] = useState('')

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

  async function submit(event: FormEvent) {
    event.preventDefault()
    const numbers = Object.fromEntries(Object.entries(scores).map(([code, value]) => [code, Number(value)]))
    if (await addAssessment({ organisationId: organisation.id, assessedOn, scores: numbers, note })) {
      setScores({})
      setNote('')
    }
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
                {aspects.map((aspect) => assessment.scores[aspect.code] ?? '—').join(' · ')}
                {assessment.note && <span className="records-muted"> ({assessment.note})</span>}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="records-muted">{t('records.capacity.empty')}</p>
      )}
      {editable && (
        <form noValidate onSubmit={(event) => void submit(event)} className="records-inline-form">
          <h3>{t('records.capacity.add')}</h3>
          {fieldErrors.scores && <p className="field-error">{fieldErrors.scores}</p>}
          <div className="records-score-grid">
            {aspects.map((aspect) => (
              <Field key={aspect.code} label={termName(aspect, language)}>
                {(control) => (
                  <select
                    {...control}
                    value={scores[aspect.code] ?? ''}
                    onChange={(event) => setScores((current) => ({ ...current, [aspect.code]: event.target.value }))}
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
            ))}
          </div>
          <div className="field-row">
            <TextField
              label={t('records.capacity.assessedOn')}
              type="date"
              value={assessedOn}
              onChange={(event) => setAssessedOn(event.target.value)}
              error={fieldErrors.assessedOn}
            />
            <TextField
              label={t('records.status.note')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--primary" aria-busy={busy}>
            {t('records.capacity.submit')}
          </button>
        </form>
      )}
    </section>
  )
}
