import { useState } from 'react'
import type { ErrorPayload } from '@shared/errors'
import type { FeeRate } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { PageHeading } from '@renderer/features/members/records/PageHeading'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { GalangDayaNav } from '../GalangDayaNav'
import { useAmounts } from './amounts'
import { FeeRateForm } from './FeeRateForm'
import { FeeTotals } from './FeeTotals'
import { basisPointsToPercent } from './numbers'
import { feeRates } from './store'
import { useLoaded } from '@renderer/ui/use-loaded'
import './pledges.css'
import '@renderer/ui/Form.css'
import '@renderer/ui/PlainTable.css'

/**
 * Management fee rates by effective date, and the totals they produced. Each fulfilment keeps the
 * rate of its own date, so a change here never rewrites what was already received.
 */
export function FeeRatesView() {
  const t = useText()
  const { day } = useAmounts()
  const { value: rates, error, set } = useLoaded(feeRates.list)
  const [editing, setEditing] = useState<FeeRate | 'new' | null>(null)
  const [removing, setRemoving] = useState<FeeRate | null>(null)
  const [removeError, setRemoveError] = useState<ErrorPayload | null>(null)
  const percent = (bp: number) => `${basisPointsToPercent(bp)}%`

  async function remove() {
    if (!removing) return
    const result = await feeRates.remove(removing.id)
    setRemoving(null)
    if (result.ok) set(result.value)
    setRemoveError(result.ok ? null : result.error)
  }

  return (
    <div className="pledge-page">
      <GalangDayaNav current="fees" />
      <PageHeading>{t('galangPledges.fees.title')}</PageHeading>
      <p className="notice">{t('galangPledges.fees.lead')}</p>
      <section className="pledge-section" aria-labelledby="pledge-rates-title">
        <h2 id="pledge-rates-title">{t('galangPledges.fees.rates')}</h2>
        <ErrorAlert error={error ?? removeError} />
        {rates?.length === 0 && <p>{t('galangPledges.fees.none')}</p>}
        {rates && rates.length > 0 && (
          <table className="plain-table" aria-labelledby="pledge-rates-title">
            <thead>
              <tr>
                <th scope="col">{t('galangPledges.fees.effectiveFrom')}</th>
                <th scope="col">{t('galangPledges.fees.rate')}</th>
                <th scope="col">{t('galangPledges.fees.share')}</th>
                <th scope="col">{t('galangPledges.fees.note')}</th>
                <th scope="col">{t('galangPledges.fees.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((rate) => (
                <tr key={rate.id}>
                  <td>{day(rate.effectiveFrom)}</td>
                  <td className="number">{percent(rate.rateBp)}</td>
                  <td className="number">{percent(rate.provincialShareBp)}</td>
                  <td>{rate.note}</td>
                  <td>
                    <div className="form-actions">
                      <button
                        type="button"
                        className="button"
                        aria-label={t('galangPledges.fees.editTitle', { date: day(rate.effectiveFrom) })}
                        onClick={() => setEditing(rate)}
                      >
                        {t('galangPledges.fees.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--danger-outline"
                        aria-label={t('galangPledges.fees.deleteTitle', { date: day(rate.effectiveFrom) })}
                        onClick={() => setRemoving(rate)}
                      >
                        {t('galangPledges.fees.delete')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {editing === null ? (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('galangPledges.fees.add')}
          </button>
        ) : (
          <>
            {editing !== 'new' && <h3>{t('galangPledges.fees.editTitle', { date: day(editing.effectiveFrom) })}</h3>}
            <FeeRateForm
              key={editing === 'new' ? 'new' : editing.id}
              editing={editing === 'new' ? null : editing}
              onSaved={(saved) => {
                set(saved)
                setEditing(null)
              }}
              onCancel={() => setEditing(null)}
            />
          </>
        )}
      </section>
      <FeeTotals />
      {removing && (
        <ConfirmDialog
          title={t('galangPledges.fees.deleteTitle', { date: day(removing.effectiveFrom) })}
          confirmLabel={t('galangPledges.fees.deleteConfirm')}
          cancelLabel={t('galangPledges.fees.keep')}
          busy={false}
          onConfirm={() => void remove()}
          onCancel={() => setRemoving(null)}
        >
          <p>{t('galangPledges.fees.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
