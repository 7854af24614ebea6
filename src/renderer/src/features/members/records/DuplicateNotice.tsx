import { useText } from '@renderer/i18n'
import { DuplicatePanel } from '@renderer/ui/DuplicatePanel'
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

/** After a save held back by likely duplicate OMS or people: ui/DuplicatePanel with them. */
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
  if (!duplicates?.[0]) return null
  return (
    <DuplicatePanel
      shownFor={duplicates}
      titleId="records-duplicates-title"
      className="records-duplicates"
      title={t('records.duplicates.title', { count: duplicates.length })}
      explain={t(`records.duplicates.explain.${duplicates[0].kind}`)}
      busy={busy}
      saveAnywayLabel={t('records.duplicates.saveAnyway')}
      backLabel={t('records.duplicates.back')}
      onSaveAnyway={onSaveAnyway}
      onBack={() => {
        dismissDuplicates()
        onBack()
      }}
    >
      <CandidateList candidates={duplicates} onOpen={onOpen} />
    </DuplicatePanel>
  )
}
