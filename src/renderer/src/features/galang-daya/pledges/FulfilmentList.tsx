import { useState } from 'react'
import { formatRupiah } from '@shared/format'
import type { Fulfilment, PledgeDetail } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { usePhoto } from '@renderer/features/initiatives/stories/photos'
import { ConfirmDialog } from '@renderer/ui/ConfirmDialog'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import type { ErrorPayload } from '@shared/errors'
import { PrintReceiptButton } from '../receipts/PrintReceiptButton'
import { useAmounts } from './amounts'
import { basisPointsToPercent } from './numbers'
import { fulfilmentCalls, usePledge } from './store'
import '@renderer/ui/Form.css'
import '@renderer/ui/PlainTable.css'

function EvidenceThumbnail({ sha256, receipt }: { sha256: string; receipt: string }) {
  const t = useText()
  const url = usePhoto(sha256)
  return url ? (
    <img className="pledge-thumbnail" src={url} alt={t('galangPledges.fulfilments.evidenceAlt', { receipt })} />
  ) : null
}

/** What came in against the pledge, each with its receipt, fee kept on its date and actions. */
export function FulfilmentList({ pledge, onEdit }: { pledge: PledgeDetail; onEdit(fulfilment: Fulfilment): void }) {
  const t = useText()
  const { measured, day, count } = useAmounts()
  const change = usePledge((state) => state.change)
  const [removing, setRemoving] = useState<Fulfilment | null>(null)
  const [error, setError] = useState<ErrorPayload | null>(null)
  const open = pledge.cancelledOn === null
  const received = (f: Fulfilment) => {
    const amount = f.rupiah ?? f.quantity ?? f.hours
    const shown = amount === null ? '' : (measured(pledge.form, amount, pledge.unit) ?? count(amount))
    return f.valuationRupiah === null ? shown : `${shown} ≈ ${formatRupiah(f.valuationRupiah)}`
  }
  async function remove() {
    if (!removing) return
    const refusal = await change(() => fulfilmentCalls.remove(removing.id))
    setError(refusal)
    setRemoving(null)
  }

  if (pledge.fulfilments.length === 0) return <p>{t('galangPledges.fulfilments.none')}</p>
  return (
    <>
      <ErrorAlert error={error} />
      <table className="plain-table" aria-labelledby="pledge-fulfilments-title">
        <thead>
          <tr>
            <th scope="col">{t('galangPledges.fulfilments.date')}</th>
            <th scope="col">{t('galangPledges.fulfilments.amount')}</th>
            <th scope="col">{t('galangPledges.fulfilments.receipt')}</th>
            <th scope="col">{t('galangPledges.fulfilments.evidence')}</th>
            <th scope="col">{t('galangPledges.fulfilments.fee')}</th>
            <th scope="col">{t('galangPledges.fulfilments.note')}</th>
            <th scope="col">{t('galangPledges.fulfilments.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {pledge.fulfilments.map((f) => (
            <tr key={f.id}>
              <td>{day(f.receivedOn)}</td>
              <td className="number">{received(f)}</td>
              <td>{f.receiptNumber}</td>
              <td>
                {f.evidenceReference}
                {f.evidencePhoto && <EvidenceThumbnail sha256={f.evidencePhoto} receipt={f.receiptNumber} />}
              </td>
              <td>
                {f.rupiah !== null &&
                  t('galangPledges.fulfilments.feeValue', {
                    fee: formatRupiah(f.feeRupiah),
                    rate: `${basisPointsToPercent(f.feeRateBp)}%`,
                    share: formatRupiah(f.provincialShareRupiah),
                  })}
              </td>
              <td>{f.note}</td>
              <td>
                <div className="form-actions">
                  <PrintReceiptButton fulfilmentId={f.id} receiptNumber={f.receiptNumber} />
                  {open && (
                    <>
                      <button
                        type="button"
                        className="button"
                        aria-label={`${t('galangPledges.fulfilments.edit')} ${f.receiptNumber}`}
                        onClick={() => onEdit(f)}
                      >
                        {t('galangPledges.fulfilments.edit')}
                      </button>
                      <button
                        type="button"
                        className="button button--danger-outline"
                        aria-label={`${t('galangPledges.fulfilments.delete')} ${f.receiptNumber}`}
                        onClick={() => setRemoving(f)}
                      >
                        {t('galangPledges.fulfilments.delete')}
                      </button>
                    </>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {removing && (
        <ConfirmDialog
          title={t('galangPledges.fulfilments.deleteTitle', { receipt: removing.receiptNumber })}
          confirmLabel={t('galangPledges.fulfilments.deleteConfirm')}
          cancelLabel={t('galangPledges.fulfilments.keep')}
          busy={false}
          onConfirm={() => void remove()}
          onCancel={() => setRemoving(null)}
        >
          <p>{t('galangPledges.fulfilments.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </>
  )
}
