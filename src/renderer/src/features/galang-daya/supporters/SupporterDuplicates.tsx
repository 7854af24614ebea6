import type { SupporterCandidate } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { DuplicatePanel } from '@renderer/ui/DuplicatePanel'
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

/** After a save held back by likely duplicate supporters: ui/DuplicatePanel with them. */
export function DuplicateNotice({ onSaveAnyway, onBack }: { onSaveAnyway(): void; onBack(): void }) {
  const t = useText()
  const { duplicates, busy, dismissDuplicates } = useSupporters()
  if (!duplicates?.length) return null
  return (
    <DuplicatePanel
      shownFor={duplicates}
      titleId="supporters-duplicates-title"
      title={t('supporters.duplicates.title', { count: duplicates.length })}
      explain={t('supporters.duplicates.explain')}
      busy={busy}
      saveAnywayLabel={t('supporters.duplicates.saveAnyway')}
      backLabel={t('supporters.duplicates.back')}
      onSaveAnyway={onSaveAnyway}
      onBack={() => {
        dismissDuplicates()
        onBack()
      }}
    >
      <Candidates candidates={duplicates} />
    </DuplicatePanel>
  )
}
