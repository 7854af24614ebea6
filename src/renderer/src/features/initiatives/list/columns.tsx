import { formatDay, formatNumber } from '@shared/format'
import type { Language } from '@shared/hub'
import { STEP_COUNT, type InitiativeRow } from '@shared/initiatives'
import type { Translate } from '@renderer/i18n'
import type { Column } from '@renderer/ui/DataTable'
import { initiativesHref } from '../routes'
import type { InitiativeSort } from './store'

type ColumnId = 'title' | 'lead' | 'regency' | 'status' | 'steps' | 'progress' | 'startsOn'

/** Narrow columns cut long texts short; hovering shows them whole. */
const clipped = (text: string) => <span title={text}>{text}</span>

/**
 * Widths (rem, then shares of what is left) fit a 1366-pixel screen: the title and the lead OMS
 * take the room, statuses, steps, progress and dates what their headers and values need.
 */
const width = (min: number, grow: number) => ({ min, grow })

function progressCell(row: InitiativeRow, t: Translate, language: Language) {
  const { ratio, needCount, metCount } = row.progress
  if (ratio === null) return <span className="initiative-list__none">{t('initiativeList.noNeeds')}</span>
  const percent = formatNumber(Math.round(ratio * 100), language)
  return (
    <span
      className="initiative-list__progress"
      title={t('initiativeList.progressTitle', { met: metCount, count: needCount })}
    >
      <span aria-hidden="true" className="initiative-list__bar">
        <span style={{ width: `${Math.min(ratio, 1) * 100}%` }} />
      </span>
      {t('initiativeList.progress', { percent })}
    </span>
  )
}

export function initiativeColumns(
  t: Translate,
  language: Language,
): Column<InitiativeRow, ColumnId, InitiativeSort['column']>[] {
  const steps = (row: InitiativeRow) => ({
    done: formatNumber(row.stepsDone, language),
    total: formatNumber(STEP_COUNT, language),
  })
  return [
    {
      id: 'title',
      label: t('initiativeList.columns.title'),
      sort: 'title',
      width: width(14, 3),
      cell: (row) => (
        <a href={initiativesHref({ view: 'initiative', id: row.id })} title={row.title}>
          {row.title}
        </a>
      ),
    },
    {
      id: 'lead',
      label: t('initiativeList.columns.lead'),
      width: width(11, 2),
      cell: (row) => clipped(row.leadName),
    },
    {
      id: 'regency',
      label: t('initiativeList.columns.regency'),
      width: width(11, 0.5),
      cell: (row) => clipped(row.regencyName),
    },
    {
      id: 'status',
      label: t('initiativeList.columns.status'),
      sort: 'status',
      width: width(7, 0),
      cell: (row) => (
        <span className={`initiative-badge initiative-badge--${row.status}`}>
          {t(`initiatives.statusName.${row.status}`)}
        </span>
      ),
    },
    {
      id: 'steps',
      label: t('initiativeList.columns.steps'),
      width: width(5, 0),
      numeric: true,
      cell: (row) => (
        <span title={t('initiativeList.stepsDoneTitle', steps(row))}>{t('initiativeList.stepsDone', steps(row))}</span>
      ),
    },
    {
      id: 'progress',
      label: t('initiativeList.columns.progress'),
      width: width(10.5, 0),
      cell: (row) => progressCell(row, t, language),
    },
    {
      id: 'startsOn',
      label: t('initiativeList.columns.startsOn'),
      sort: 'startsOn',
      width: width(7, 0),
      cell: (row) => (row.startsOn ? formatDay(row.startsOn, language) : '—'),
    },
  ]
}
