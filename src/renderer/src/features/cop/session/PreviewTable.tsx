import type { AttendancePreviewRow } from '@shared/cop'
import { useText } from '@renderer/i18n'
import '@renderer/ui/PlainTable.css'
import { UnmatchedChoice } from './UnmatchedChoice'

interface Props {
  rows: AttendancePreviewRow[]
  /** Everyone registered, offered after the matcher's suggestions. */
  participants: { personId: string; name: string }[]
  /** The user's answer for rows the matcher left open: a person, or null to skip the row. */
  chosen: Record<number, string | null>
  onChoose(entry: number, personId: string | null): void
}

/** Each person the file shows, whom they matched and how, and what their attendance becomes. */
export function PreviewTable({ rows, participants, chosen, onChoose }: Props) {
  const t = useText()
  return (
    <table className="plain-table">
      <caption>{t('cop.attendance.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cop.attendance.inFile')}</th>
          <th scope="col" className="number">
            {t('cop.attendance.minutes')}
          </th>
          <th scope="col">{t('cop.attendance.person')}</th>
          <th scope="col">{t('cop.attendance.becomes')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.entry}>
            <td>
              {row.name}
              {row.email && <span className="hint">{` · ${row.email}`}</span>}
              {row.visits > 1 && (
                <span className="hint">{` · ${t('cop.attendance.joins', { count: row.visits })}`}</span>
              )}
            </td>
            <td className="number">{row.minutes}</td>
            <td>
              {row.personId ? (
                <>
                  {row.personName}{' '}
                  <span className="hint">
                    ({row.matchedBy && t(`cop.attendance.matchedBy.${row.matchedBy}`)}
                    {!row.registered && `; ${t('cop.attendance.walkIn')}`})
                  </span>
                </>
              ) : (
                <UnmatchedChoice
                  row={row}
                  participants={participants}
                  chosen={chosen[row.entry] ?? null}
                  onChoose={(personId) => onChoose(row.entry, personId)}
                />
              )}
            </td>
            <td>{row.proposedStatus ? t(`cop.participantStatus.${row.proposedStatus}`) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
