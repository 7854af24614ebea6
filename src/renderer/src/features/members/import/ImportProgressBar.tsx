import type { ImportProgress } from '@shared/members'
import { useText } from '@renderer/i18n'

interface Props {
  progress: ImportProgress | null
  onCancel(): void
}

/**
 * A dry run or commit under way: how far it got, and the way out. The commit's write is one
 * transaction main cannot interrupt or report on, so it shows no count and no cancel.
 */
export function ImportProgressBar({ progress, onCancel }: Props) {
  const t = useText()
  const status = progress
    ? t(`memberImport.progress.${progress.phase}`, { done: progress.done, total: progress.total })
    : t('memberImport.progress.reading')
  const writing = progress?.phase === 'saving'
  return (
    <div className="import-progress">
      {writing ? (
        <progress aria-label={t('memberImport.progress.label')} />
      ) : (
        <progress
          aria-label={t('memberImport.progress.label')}
          max={progress?.total || 1}
          value={progress?.done ?? 0}
        />
      )}
      <p role="status">{status}</p>
      <button type="button" className="button" onClick={onCancel} disabled={writing}>
        {t('memberImport.progress.cancel')}
      </button>
    </div>
  )
}
