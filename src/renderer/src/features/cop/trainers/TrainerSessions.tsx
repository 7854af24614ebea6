import type { SessionRow } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { useDates } from '@renderer/ui/dates'
import { useAspects } from '../aspects'
import { copHref } from '../routes'
import { SessionStatusBadge } from '../sessions/SessionStatusBadge'
import '@renderer/ui/PlainTable.css'

interface Props {
  rows: SessionRow[]
  caption: string
  /** Held sessions say how many came of those registered; sessions ahead, how many registered. */
  held: boolean
}

/** Sessions a trainer facilitates, each opening its page; times in the hub's zone. */
export function TrainerSessions({ rows, caption, held }: Props) {
  const t = useText()
  const { dateTime } = useDates()
  const aspects = useAspects()
  return (
    <table className="plain-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cop.list.when')}</th>
          <th scope="col">{t('cop.list.session')}</th>
          <th scope="col">{t('cop.list.aspect')}</th>
          <th scope="col">{t('cop.list.status')}</th>
          <th scope="col" className="number">
            {held ? t('cop.list.attendance') : t('copTrainers.trainer.registered')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td className="cop-when">{dateTime(row.startsAt)}</td>
            <td>
              <a href={copHref({ view: 'session', id: row.id })}>{row.title}</a>
              <br />
              <span className="hint">{t(`cop.format.${row.format}`)}</span>
            </td>
            <td>{aspects.name(row.aspect)}</td>
            <td>
              <SessionStatusBadge status={row.status} />
            </td>
            <td className="number">
              {held
                ? t('cop.list.attendanceValue', { attended: row.attended, registered: row.registered })
                : countedText(t, 'copTrainers.people_other', row.registered)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
