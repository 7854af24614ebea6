import { useCallback } from 'react'
import type { InputOf } from '@shared/contract'
import type { PledgeDetail } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { galangDayaHref } from '../routes'
import { useAmounts } from './amounts'
import { PledgeLink } from './PledgeLink'
import { StatusBadge } from './StatusBadge'
import { listPledges } from './store'
import { useLoaded } from '@renderer/ui/use-loaded'
import './catalog'
import './pledges.css'
import '@renderer/ui/PlainTable.css'

interface Props {
  filter: Pick<InputOf<'pledges:list'>, 'initiativeId' | 'supporterId'>
  /** The other side of each pledge, named in the first column. */
  counterpart: 'supporter' | 'initiative'
  empty: string
}

/** A compact list of one initiative's or one supporter's pledges, each linked to its page. */
export function PledgeTable({ filter, counterpart, empty }: Props) {
  const t = useText()
  const { measured, pledged, count } = useAmounts()
  const { initiativeId = null, supporterId = null } = filter
  const load = useCallback(() => listPledges({ initiativeId, supporterId, limit: 500 }), [initiativeId, supporterId])
  const { value: pledges, error } = useLoaded(load)
  const name = (pledge: PledgeDetail) => (counterpart === 'supporter' ? pledge.supporterName : pledge.initiativeTitle)
  const progress = (pledge: PledgeDetail) => {
    const { pledged: target, received } = pledge.progress
    if (target === null) return count(pledge.fulfilments.length)
    const amount = (value: number) => measured(pledge.form, value, pledge.unit) ?? count(value)
    return t('galangPledges.table.fraction', { received: amount(received), pledged: amount(target) })
  }
  return (
    <div className="pledge-list">
      <ErrorAlert error={error} />
      {pledges?.length === 0 && <p>{empty}</p>}
      {pledges && pledges.length > 0 && (
        <table className="plain-table" aria-label={t('galangPledges.table.caption')}>
          <thead>
            <tr>
              <th scope="col">{t(`galangPledges.table.${counterpart}`)}</th>
              <th scope="col">{t('galangPledges.table.what')}</th>
              <th scope="col">{t('galangPledges.table.status')}</th>
              <th scope="col">{t('galangPledges.table.fulfilled')}</th>
              <th scope="col">{t('galangPledges.table.open')}</th>
            </tr>
          </thead>
          <tbody>
            {pledges.map((pledge) => (
              <tr key={pledge.id}>
                <td>{name(pledge)}</td>
                <td>{pledged(pledge)}</td>
                <td>
                  <StatusBadge status={pledge.progress.status} />
                </td>
                <td className="number">{progress(pledge)}</td>
                <td>
                  <PledgeLink id={pledge.id} name={name(pledge)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <a className="button" href={galangDayaHref({ view: 'newPledge', initiativeId, supporterId })}>
        {t('galangPledges.table.add')}
      </a>
    </div>
  )
}
