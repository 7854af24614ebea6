import { useEffect } from 'react'
import { HISTORY_LIMIT, type HistoryEntry } from '@shared/sync'
import { useText, type Translate } from '@renderer/i18n'
import { useDates } from '@renderer/ui/dates'
import { countedText } from '@renderer/i18n/counted'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { messageText, useSignerName } from '../words'
import { useHistory } from './store'

function detailOf(t: Translate, entry: HistoryEntry): string[] {
  const lines: string[] = []
  if (entry.merged) lines.push(t('syncScreen.counts', entry.merged))
  if (entry.direction === 'in' && entry.kind === 'ack' && entry.outcome === 'accepted')
    lines.push(t('syncScreen.import.ackAccepted'))
  if (entry.exportedRows !== null) lines.push(countedText(t, 'syncScreen.rows_other', entry.exportedRows))
  if (entry.madeHere) lines.push(t('syncScreen.import.madeHere'))
  else if (entry.outcome === 'duplicate') lines.push(t('syncScreen.import.duplicate'))
  if (entry.reason && !entry.madeHere) lines.push(messageText(t, entry.reason))
  if (entry.driftAccepted) lines.push(t('syncScreen.history.driftAccepted'))
  if (entry.fileName) lines.push(t('syncScreen.history.file', { file: entry.fileName }))
  return lines
}

/** Who sent a bundle in, whom an acknowledgement out is for; a bundle of changes out is this computer's own. */
function partyOf(t: Translate, signerName: (name: string, provinceCode: string | null) => string, entry: HistoryEntry) {
  if (entry.direction === 'out' && entry.kind === 'changes') return t('syncScreen.history.thisComputer')
  return entry.party ? signerName(entry.party, entry.provinceCode) : '—'
}

/** Riwayat: every bundle in and out, newest first, with what it did or why it was refused. */
export function HistoryView() {
  const t = useText()
  const dates = useDates()
  const signerName = useSignerName()
  const { entries, error, load } = useHistory()
  useEffect(() => void load(), [load])

  return (
    <section className="import-step" aria-labelledby="sync-history-title">
      <h2 id="sync-history-title">{t('syncScreen.history.title')}</h2>
      <ErrorAlert error={error} />
      <p className="hint">{t('syncScreen.history.intro', { count: HISTORY_LIMIT })}</p>
      {entries?.length === 0 && <p>{t('syncScreen.history.empty')}</p>}
      {entries && entries.length > 0 && (
        <table className="records-table sync-table">
          <thead>
            <tr>
              <th scope="col">{t('syncScreen.history.when')}</th>
              <th scope="col">{t('syncScreen.history.direction')}</th>
              <th scope="col">{t('syncScreen.history.party')}</th>
              <th scope="col">{t('syncScreen.history.sequence')}</th>
              <th scope="col">{t('syncScreen.history.outcome')}</th>
              <th scope="col">{t('syncScreen.history.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className={`sync-row--${entry.outcome}`}>
                <td className="sync-nowrap">{dates.dateTime(entry.recordedAt)}</td>
                <td>{t(`syncScreen.history.${entry.direction}`)}</td>
                <td>{partyOf(t, signerName, entry)}</td>
                <td>
                  {entry.kind === 'ack' || entry.kind === 'rebuild'
                    ? t(`syncScreen.history.${entry.kind}`)
                    : (entry.sequence ?? '—')}
                </td>
                <td>
                  <span className={`sync-badge sync-badge--${entry.madeHere ? 'madeHere' : entry.outcome}`}>
                    {entry.madeHere
                      ? t('syncScreen.import.outcome.madeHere')
                      : t(`syncScreen.history.outcomes.${entry.outcome}`)}
                  </span>
                </td>
                <td>
                  {detailOf(t, entry).map((line, index) => (
                    <p key={index} className={index > 0 ? 'muted' : undefined}>
                      {line}
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
