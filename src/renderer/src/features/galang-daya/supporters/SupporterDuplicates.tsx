import { useEffect, useRef } from 'react'
import type { SupporterCandidate } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { galangDayaHref } from '../routes'
import { useSupporters } from './store'

function Candidates({ candidates }: { candidates: SupporterCandidate[] }) {
  const t = useText()
  return (
    <ul className="supporters-candidates">
      {candidates.map((candidate) => (
        <li key={candidate.id}>
          <a href={galangDayaHref({ view: 'supporter', id: candidate.id })}>{candidate.name}</a>
          <span className="supporters-muted">
            {' '}
            — {t(`supporters.kind.${candidate.kind}`)} (
            {[...new Set(candidate.reasons.map((reason) => t(`supporters.duplicates.reason.${reason}`)))].join(', ')})
          </span>
        </li>
      ))}
    </ul>
  )
}

// One empty list, so the selector's answer stays the same between renders.
const none: SupporterCandidate[] = []

/** Likely duplicates of what is being typed, said politely while typing; they never block. */
export function DuplicateHint() {
  const t = useText()
  // Once a save has listed them, the notice below the form says it all.
  const hint = useSupporters((state) => (state.duplicates ? none : state.hint))
  return (
    <div aria-live="polite">
      {hint.length > 0 && (
        <div className="notice">
          <p className="notice__title">{t('supporters.duplicates.hint')}</p>
          <Candidates candidates={hint} />
        </div>
      )}
    </div>
  )
}

/**
 * After a save held back by likely duplicates: the candidates, each a link to its page, then "save
 * anyway" or back to the fields. It takes focus, so its choices are a Tab or two away.
 */
export function DuplicateNotice({ onSaveAnyway, onBack }: { onSaveAnyway(): void; onBack(): void }) {
  const t = useText()
  const { duplicates, busy, dismissDuplicates } = useSupporters()
  const titleRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (duplicates) titleRef.current?.focus()
  }, [duplicates])
  if (!duplicates?.length) return null
  return (
    <section className="notice" aria-labelledby="supporters-duplicates-title">
      <h2 ref={titleRef} id="supporters-duplicates-title" className="notice__title" tabIndex={-1}>
        {t('supporters.duplicates.title', { count: duplicates.length })}
      </h2>
      <p>{t('supporters.duplicates.explain')}</p>
      <Candidates candidates={duplicates} />
      <div className="supporters-actions">
        <button type="button" className="button button--primary" aria-busy={busy} onClick={onSaveAnyway}>
          {t('supporters.duplicates.saveAnyway')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            dismissDuplicates()
            onBack()
          }}
        >
          {t('supporters.duplicates.back')}
        </button>
      </div>
    </section>
  )
}
