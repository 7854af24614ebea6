import { useCallback, useState } from 'react'
import { formatRupiah } from '@shared/format'
import { totalsGroups, type TotalsGroup } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { DateField } from '@renderer/ui/DateField'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { SelectField } from '@renderer/ui/SelectField'
import { feeRates } from './store'
import { useLoaded } from '@renderer/ui/use-loaded'
import '@renderer/ui/PlainTable.css'

/** Funds mobilised, in-kind value, fee and provincial share, per initiative, supporter or kabupaten/kota. */
export function FeeTotals() {
  const t = useText()
  const [groupBy, setGroupBy] = useState<TotalsGroup>('initiative')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const load = useCallback(
    () => feeRates.totals({ groupBy, from: from === '' ? null : from, to: to === '' ? null : to }),
    [groupBy, from, to],
  )
  const { value: totals, error } = useLoaded(load)
  const money = (row: {
    fundsRupiah: number
    inKindValuationRupiah: number
    feeRupiah: number
    provincialShareRupiah: number
  }) => (
    <>
      <td className="number">{formatRupiah(row.fundsRupiah)}</td>
      <td className="number">{formatRupiah(row.inKindValuationRupiah)}</td>
      <td className="number">{formatRupiah(row.feeRupiah)}</td>
      <td className="number">{formatRupiah(row.provincialShareRupiah)}</td>
    </>
  )
  return (
    <section className="pledge-section" aria-labelledby="pledge-totals-title">
      <h2 id="pledge-totals-title">{t('galangPledges.fees.totals')}</h2>
      <div className="pledge-form">
        <div className="field-row">
          <SelectField
            label={t('galangPledges.fees.groupBy')}
            value={groupBy}
            options={totalsGroups.map((value) => ({ value, label: t(`galangPledges.fees.groups.${value}`) }))}
            onChange={(event) => setGroupBy(event.target.value as TotalsGroup)}
          />
          <DateField label={t('galangPledges.fees.from')} value={from} onChange={setFrom} />
          <DateField label={t('galangPledges.fees.to')} value={to} onChange={setTo} />
        </div>
      </div>
      <ErrorAlert error={error} />
      {totals?.rows.length === 0 && <p>{t('galangPledges.fees.noTotals')}</p>}
      {totals && totals.rows.length > 0 && (
        <table className="plain-table" aria-labelledby="pledge-totals-title">
          <thead>
            <tr>
              <th scope="col">{t(`galangPledges.fees.groups.${groupBy}`)}</th>
              <th scope="col">{t('galangPledges.fees.funds')}</th>
              <th scope="col">{t('galangPledges.fees.inKind')}</th>
              <th scope="col">{t('galangPledges.fees.fee')}</th>
              <th scope="col">{t('galangPledges.fees.provincialShare')}</th>
            </tr>
          </thead>
          <tbody>
            {totals.rows.map((row) => (
              <tr key={row.key}>
                <td>{row.label}</td>
                {money(row)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('galangPledges.fees.total')}</th>
              {money(totals.total)}
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  )
}
