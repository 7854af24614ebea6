import { useEffect, useRef } from 'react'
import { useText } from '@renderer/i18n'
import { membersHref } from '../routes'
import { useRecords } from './store'
import type { DuplicateCandidate } from '@shared/members'

const hrefOf = (candidate: DuplicateCandidate) =>
  membersHref(
    candidate.kind === 'organisation'
      ? { view: 'organisation', id: candidate.id }
      : { view: 'person', id: candidate.id },
  )

/** `onOpen` runs before a candidate's page opens, so the form can keep what was typed. */
export function CandidateList({ candidates, onOpen }: { candidates: DuplicateCandidate[]; onOpen: () => void }) {
  const t = useText()
  return (
    <ul className="records-candidates">
      {candidates.map((candidate) => (
        <li key={candidate.id}>
          <a href={hrefOf(candidate)} onClick={onOpen}>
            {candidate.name}
          </a>
          {candidate.context && <span className="records-muted"> — {candidate.context}</span>}
          <span className="records-muted">
            {' '}
            ({candidate.reasons.map((reason) => t(`records.duplicates.reason.${reason}`)).join(', ')})
          </span>
        </li>
      ))}
    </ul>
  )
}

/**
 * After a save held back by likely duplicates: the candidates, then "save anyway" or back to the
 * form. It appears below the form's last field, so it scrolls into view and takes focus: its
 * choices are then a Tab or two away. Leaving the form stays the form's own "cancel".
 */
export function DuplicateNotice({
  onSaveAnyway,
  onOpen,
  onBack,
}: {
  onSaveAnyway: () => void
  onOpen: () => void
  onBack: () => void
}) {
  const t = useText()
  const { duplicates, busy, dismissDuplicates } = useRecords()
  const panelRef = useRef<HTMLElement>(null)
  const titleRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (!duplicates) return
    panelRef.current?.scrollIntoView({ block: 'start' })
    titleRef.current?.focus({ preventScroll: true })
  }, [duplicates])
  if (!duplicates?.[0]) return null
  return (
    <section ref={panelRef} className="notice records-duplicates" aria-labelledby="records-duplicates-title">
      <h2 ref={titleRef} id="records-duplicates-title" className="notice__title" tabIndex={-1}>
        {t('records.duplicates.title', { count: duplicates.length })}
      </h2>
      <p>{t(`records.duplicates.explain.${duplicates[0].kind}`)}</p>
      <CandidateList candidates={duplicates} onOpen={onOpen} />
      <div className="records-actions">
        <button type="button" className="button button--primary" aria-busy={busy} onClick={onSaveAnyway}>
          {t('records.duplicates.saveAnyway')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            dismissDuplicates()
            onBack()
          }}
        >
          {t('records.duplicates.back')}
        </button>
      </div>
    </section>
  )
}
