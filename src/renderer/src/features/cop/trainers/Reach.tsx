import type { TrainerReach } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { useFigures } from './figures'

const measures = ['sessions', 'participants', 'organisations', 'regencies'] as const
const valueOf = (reach: TrainerReach): Record<(typeof measures)[number], number> => ({
  sessions: reach.sessionsLed,
  participants: reach.uniqueParticipants,
  organisations: reach.organisationsReached,
  regencies: reach.regenciesReached,
})

/**
 * A table's head with a trainer's reach as four columns under one heading, so lists of trainers
 * compare column by column and the short headings ("OMS") are not read as the trainer's own. The
 * other columns' headings, before and after, span both header rows.
 */
export function ReachTableHead({ before, after = [] }: { before: string[]; after?: string[] }) {
  const t = useText()
  const spanning = (labels: string[]) =>
    labels.map((label) => (
      <th key={label} scope="col" rowSpan={2}>
        {label}
      </th>
    ))
  return (
    <thead>
      <tr>
        {spanning(before)}
        <th scope="col" colSpan={measures.length} className="cop-reach-group">
          {t('copTrainers.reach.title')}
        </th>
        {spanning(after)}
      </tr>
      <tr>
        {measures.map((measure) => (
          <th key={measure} scope="col" className="number">
            {t(`copTrainers.reach.${measure}`)}
          </th>
        ))}
      </tr>
    </thead>
  )
}

export function ReachCells({ reach }: { reach: TrainerReach }) {
  const { count } = useFigures()
  const values = valueOf(reach)
  return measures.map((measure) => (
    <td key={measure} className="number">
      {count(values[measure])}
    </td>
  ))
}
