import { useState } from 'react'
import { participantStatuses, type Participant, type ParticipantStatus, type SessionDetail } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { useNews } from '@renderer/ui/news'
import { SelectField } from '@renderer/ui/SelectField'
import { invoke } from '@renderer/api'
import { useAspects } from '../aspects'
import { copCalls, useSession } from '../store'
import { CertificateCell } from './CertificateCell'
import { ScoreInput } from './ScoreInput'
import { scoreOf, type ScoreDraft } from './scores'
import '@renderer/ui/PlainTable.css'

const typed = (score: number | null) => (score === null ? '' : String(score))

/**
 * The session's participants: choose rows with Space, then mark them all at once, issue their
 * certificates, or type scores and save them together. Every change is one call, all or nothing.
 */
export function ParticipantTable({ session }: { session: SessionDetail }) {
  const t = useText()
  const aspects = useAspects()
  const change = useSession((state) => state.change)
  const { say, shown } = useNews()
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [status, setStatus] = useState<ParticipantStatus>('present')
  const [scores, setScores] = useState<Record<string, ScoreDraft>>({})
  const [scoreErrors, setScoreErrors] = useState<Record<string, string>>({})
  const participants = session.participants
  if (participants.length === 0) return <p className="notice">{t('cop.participants.none')}</p>

  const chosen = participants.filter((p) => selected.has(p.id))
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })
  const draftOf = (p: Participant): ScoreDraft => scores[p.id] ?? { pre: typed(p.preScore), post: typed(p.postScore) }

  async function mark() {
    const refusal = await change(() =>
      invoke('cop:setAttendance', {
        sessionId: session.id,
        changes: chosen.map((p) => ({ participantId: p.id, status })),
      }),
    )
    if (!refusal) setSelected(new Set())
    say(refusal ? { refusal } : { done: countedText(t, 'cop.participants.marked_other', chosen.length) })
  }

  async function issue() {
    const result = await copCalls.issueCertificates({ sessionId: session.id, participantIds: chosen.map((p) => p.id) })
    if (!result.ok) return say({ refusal: result.error })
    await useSession.getState().load(session.id)
    setSelected(new Set())
    const { issued, alreadyIssued, skipped } = result.value
    const list = skipped
      .map(({ name, reason, postScore }) =>
        t(`cop.participants.reason.${reason}`, { name, score: postScore ?? 0, pass: session.passScore }),
      )
      .join(', ')
    say({
      done: [
        countedText(t, 'cop.participants.issued_other', issued),
        alreadyIssued > 0 && countedText(t, 'cop.participants.alreadyIssued_other', alreadyIssued),
        skipped.length > 0 && t('cop.participants.skipped', { list }),
      ]
        .filter(Boolean)
        .join(' '),
    })
  }

  async function saveScores() {
    const changed = participants.filter((p) => scores[p.id] !== undefined)
    const errors: Record<string, string> = {}
    const rows = changed.map((p) => {
      const draft = draftOf(p)
      const preScore = scoreOf(draft.pre)
      const postScore = scoreOf(draft.post)
      if (Number.isNaN(preScore)) errors[`${p.id}.pre`] = t('validation.cop.participant.score')
      if (Number.isNaN(postScore)) errors[`${p.id}.post`] = t('validation.cop.participant.score')
      return { participantId: p.id, preScore, postScore }
    })
    setScoreErrors(errors)
    if (Object.keys(errors).length > 0) {
      document.querySelector<HTMLInputElement>(`[data-score="${Object.keys(errors)[0]}"]`)?.focus()
      return
    }
    if (rows.length === 0) return
    const refusal = await change(() => invoke('cop:setScores', { sessionId: session.id, scores: rows }))
    if (!refusal) setScores({})
    say(refusal ? { refusal } : { done: t('cop.participants.scoresSaved') })
  }

  async function graduate(p: Participant) {
    const result = await copCalls.graduate(p.id)
    if (!result.ok) return say({ refusal: result.error })
    await useSession.getState().load(session.id)
    say({ done: t('cop.participants.graduated', { name: p.name, aspect: aspects.name(session.aspect) }) })
  }

  async function remove(p: Participant) {
    const refusal = await change(() => invoke('cop:removeParticipant', { id: p.id }))
    say(refusal ? { refusal } : { done: t('cop.participants.removed', { name: p.name }) })
  }

  const allChosen = chosen.length === participants.length
  return (
    <div className="cop-participants">
      {shown}
      <p className="hint">{t('cop.participants.keyboardHint')}</p>
      <table className="plain-table">
        <caption>{t('cop.participants.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('cop.participants.selectAll')}
                checked={allChosen}
                onChange={() => setSelected(allChosen ? new Set() : new Set(participants.map((p) => p.id)))}
              />
            </th>
            <th scope="col">{t('cop.participants.name')}</th>
            <th scope="col">{t('cop.participants.status')}</th>
            <th scope="col" className="number">
              {t('cop.participants.minutes')}
            </th>
            <th scope="col">{t('cop.participants.pre')}</th>
            <th scope="col">{t('cop.participants.post')}</th>
            <th scope="col">{t('cop.participants.certificate')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('cop.participants.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p.id} aria-selected={selected.has(p.id)}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('cop.participants.select', { name: p.name })}
                  checked={selected.has(p.id)}
                  onChange={() => toggle(p.id)}
                />
              </td>
              <td>
                {p.name}
                {p.organisationName && <span className="hint">{` · ${p.organisationName}`}</span>}
              </td>
              <td>{t(`cop.participantStatus.${p.status}`)}</td>
              <td className="number">{p.minutesPresent ?? ''}</td>
              {(['pre', 'post'] as const).map((which) => (
                <td key={which}>
                  <ScoreInput
                    label={t(which === 'pre' ? 'cop.participants.preOf' : 'cop.participants.postOf', { name: p.name })}
                    marker={`${p.id}.${which}`}
                    value={draftOf(p)[which]}
                    error={scoreErrors[`${p.id}.${which}`]}
                    onChange={(value) => setScores({ ...scores, [p.id]: { ...draftOf(p), [which]: value } })}
                    onEnter={() => void saveScores()}
                  />
                </td>
              ))}
              <td>
                <CertificateCell participant={p} />
              </td>
              <td>
                <div className="cop-row-actions">
                  {session.format === 'tot' && p.trainerId && (
                    <span className="hint">{t('cop.participants.trainer')}</span>
                  )}
                  {session.format === 'tot' && !p.trainerId && p.eligible && (
                    <button
                      type="button"
                      className="button"
                      aria-label={t('cop.participants.graduate', { name: p.name })}
                      onClick={() => void graduate(p)}
                    >
                      {t('cop.participants.graduateShort')}
                    </button>
                  )}
                  {!p.certificate && (
                    <button
                      type="button"
                      className="button button--danger-outline"
                      aria-label={t('cop.participants.remove', { name: p.name })}
                      onClick={() => void remove(p)}
                    >
                      {t('cop.form.remove')}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="cop-bulk">
        <p role="status">{countedText(t, 'cop.participants.selected_other', chosen.length)}</p>
        <SelectField
          label={t('cop.participants.markAs')}
          name="bulkStatus"
          value={status}
          options={participantStatuses.map((s) => ({ value: s, label: t(`cop.participantStatus.${s}`) }))}
          onChange={(event) => setStatus(event.target.value as ParticipantStatus)}
        />
        <button type="button" className="button" disabled={chosen.length === 0} onClick={() => void mark()}>
          {t('cop.participants.apply')}
        </button>
        <button type="button" className="button" disabled={chosen.length === 0} onClick={() => void issue()}>
          {t('cop.participants.issue')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void saveScores()}>
          {t('cop.participants.saveScores')}
        </button>
      </div>
      <p className="hint">{t('cop.participants.scoresHint')}</p>
    </div>
  )
}
