import { formatRupiah } from '@shared/format'
import type { PledgeDetail } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { initiativesHref } from '@renderer/features/initiatives/routes'
import { galangDayaHref } from '../routes'
import { useAmounts } from './amounts'
import { StatusBadge } from './StatusBadge'
import '@renderer/ui/PlainTable.css'

/** Who pledged what to which initiative, how far it is met, and its schedule. */
export function PledgeSummary({ pledge }: { pledge: PledgeDetail }) {
  const t = useText()
  const { measured, pledged, day, count } = useAmounts()
  const { progress } = pledge
  const amount = (value: number) => measured(pledge.form, value, pledge.unit) ?? count(value)
  const schedule = progress.instalments.length > 1 ? progress.instalments : []
  return (
    <>
      <dl className="pledge-facts">
        <dt>{t('galangPledges.page.supporter')}</dt>
        <dd>
          <a href={galangDayaHref({ view: 'supporter', id: pledge.supporterId })}>{pledge.supporterName}</a>
        </dd>
        <dt>{t('galangPledges.page.initiative')}</dt>
        <dd>
          <a href={initiativesHref({ view: 'initiative', id: pledge.initiativeId })}>{pledge.initiativeTitle}</a>
        </dd>
        {pledge.needDescription && (
          <>
            <dt>{t('galangPledges.page.need')}</dt>
            <dd>{pledge.needDescription}</dd>
          </>
        )}
        <dt>{t('galangPledges.page.pledged')}</dt>
        <dd>
          {pledged(pledge)}
          {pledge.people !== null && pledge.hours !== null && (
            <span className="muted">
              {' '}
              ({t('galangPledges.amount.peopleHours', { people: count(pledge.people), hours: count(pledge.hours) })})
            </span>
          )}
          {pledge.valuationRupiah !== null && <span className="muted"> ≈ {formatRupiah(pledge.valuationRupiah)}</span>}
        </dd>
        {pledge.partnershipModel && pledge.partnerType && (
          <>
            <dt>{t('galangPledges.page.partnership')}</dt>
            <dd>
              {t(`galangPledges.partnershipModels.${pledge.partnershipModel}`)},{' '}
              {t(`galangPledges.partnerTypes.${pledge.partnerType}`)}
            </dd>
          </>
        )}
        <dt>{t('galangPledges.page.pledgedOn')}</dt>
        <dd>{day(pledge.pledgedOn)}</dd>
        <dt>{t('galangPledges.page.dueOn')}</dt>
        <dd>{pledge.dueOn ? day(pledge.dueOn) : t('galangPledges.page.noDue')}</dd>
        <dt>{t('galangPledges.page.statusLabel')}</dt>
        <dd>
          <StatusBadge status={progress.status} />
        </dd>
        {pledge.note && (
          <>
            <dt>{t('galangPledges.page.note')}</dt>
            <dd>{pledge.note}</dd>
          </>
        )}
      </dl>
      {pledge.cancelledOn && (
        <p className="notice">
          {t('galangPledges.page.cancelledOn', { date: day(pledge.cancelledOn), reason: pledge.cancelReason ?? '' })}
        </p>
      )}
      {progress.pledged === null ? (
        <p>{t('galangPledges.page.progressWords', { count: count(pledge.fulfilments.length) })}</p>
      ) : (
        <div className="pledge-progress">
          <progress
            max={progress.pledged}
            value={Math.min(progress.received, progress.pledged)}
            aria-labelledby="pledge-progress-label"
          />
          <span id="pledge-progress-label">
            {t('galangPledges.page.progress', {
              received: amount(progress.received),
              pledged: amount(progress.pledged),
            })}
          </span>
        </div>
      )}
      {progress.over > 0 && (
        <p className="notice pledge-over" role="status">
          {t('galangPledges.page.over', { amount: amount(progress.over) })}
        </p>
      )}
      {schedule.length > 0 && (
        <table className="plain-table pledge-plan">
          <caption>{t('galangPledges.page.instalments')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('galangPledges.form.planNumber')}</th>
              <th scope="col">{t('galangPledges.form.planDue')}</th>
              <th scope="col">{t('galangPledges.form.planAmount')}</th>
              <th scope="col">{t('galangPledges.page.covered')}</th>
              <th scope="col">{t('galangPledges.page.statusLabel')}</th>
            </tr>
          </thead>
          <tbody>
            {schedule.map((instalment) => (
              <tr key={instalment.number}>
                <td>{instalment.number}</td>
                <td>{day(instalment.dueOn)}</td>
                <td className="number">{amount(instalment.amount)}</td>
                <td className="number">{amount(instalment.covered)}</td>
                <td>{t(`galangPledges.page.instalmentState.${instalment.state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
