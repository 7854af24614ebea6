import { localDate } from '@shared/format'
import { useText } from '@renderer/i18n'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useDates } from '@renderer/ui/dates'
import { GalangDayaNav } from '../GalangDayaNav'
import { useAmounts } from './amounts'
import { PledgeLink } from './PledgeLink'
import { daysBetween } from './numbers'
import { listOverdue } from './store'
import { useLoaded } from '@renderer/ui/use-loaded'
import './pledges.css'
import '@renderer/ui/Badge.css'
import '@renderer/ui/PlainTable.css'

/** Pledges past due and not met, the longest overdue first (main sorts them so). */
export function OverdueView() {
  const t = useText()
  const { zone } = useDates()
  const { measured, day, count } = useAmounts()
  const { value: pledges, error } = useLoaded(listOverdue)
  const today = localDate(new Date(), zone)
  return (
    <div className="pledge-page">
      <GalangDayaNav current="overdue" />
      <PageHeading>{t('galangPledges.overdue.title')}</PageHeading>
      <p className="hint">{t('galangPledges.overdue.lead')}</p>
      <ErrorAlert error={error} />
      {pledges?.length === 0 && <p className="notice">{t('galangPledges.overdue.none')}</p>}
      {pledges && pledges.length > 0 && (
        <table className="plain-table" aria-label={t('galangPledges.overdue.title')}>
          <thead>
            <tr>
              <th scope="col">{t('galangPledges.table.supporter')}</th>
              <th scope="col">{t('galangPledges.table.initiative')}</th>
              <th scope="col">{t('galangPledges.overdue.unmet')}</th>
              <th scope="col">{t('galangPledges.overdue.since')}</th>
              <th scope="col">{t('galangPledges.table.open')}</th>
            </tr>
          </thead>
          <tbody>
            {pledges.map((pledge) => {
              const since = pledge.progress.overdueSince ?? pledge.dueOn ?? today
              const unmet = measured(pledge.form, pledge.progress.shortfall, pledge.unit) ?? pledge.description
              return (
                <tr key={pledge.id}>
                  <td>{pledge.supporterName}</td>
                  <td>{pledge.initiativeTitle}</td>
                  <td className="number">{unmet}</td>
                  <td>
                    {day(since)}
                    <br />
                    <span className="badge badge--bad">
                      {t('galangPledges.overdue.days', { count: count(daysBetween(since, today)) })}
                    </span>
                  </td>
                  <td>
                    <PledgeLink id={pledge.id} name={pledge.supporterName} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </div>
  )
}
