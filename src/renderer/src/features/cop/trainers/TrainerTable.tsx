import type { Trainer } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { useAspects } from '../aspects'
import { copHref } from '../routes'
import { useFigures } from './figures'
import { ReachCells, ReachTableHead } from './Reach'
import { SourceLink } from './SourceLink'
import '@renderer/ui/PlainTable.css'

/** Every trainer qualification: a person trained in two aspects has a row for each. */
export function TrainerTable({ trainers }: { trainers: Trainer[] }) {
  const t = useText()
  const aspects = useAspects()
  const { day } = useFigures()
  return (
    <table className="plain-table">
      <caption>{countedText(t, 'copTrainers.list.caption_other', trainers.length)}</caption>
      <ReachTableHead
        before={[
          t('copTrainers.list.name'),
          t('copTrainers.list.organisation'),
          t('copTrainers.aspect'),
          t('copTrainers.list.qualifiedOn'),
          t('copTrainers.list.source'),
        ]}
      />
      <tbody>
        {trainers.map((trainer) => (
          <tr key={trainer.id}>
            <th scope="row">
              <a href={copHref({ view: 'trainer', personId: trainer.personId })}>{trainer.name}</a>
            </th>
            <td>{trainer.organisationName ?? <span className="hint">{t('copTrainers.noOrganisation')}</span>}</td>
            <td>{aspects.name(trainer.aspect)}</td>
            <td className="cop-when">{day(trainer.qualifiedOn)}</td>
            <td>
              <SourceLink trainer={trainer} />
            </td>
            <ReachCells reach={trainer.reach} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}
