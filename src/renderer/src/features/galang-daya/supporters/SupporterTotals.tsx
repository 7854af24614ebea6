import { useTranslation } from 'react-i18next'
import { formatNumber, formatRupiah } from '@shared/format'
import type { SupporterDetail } from '@shared/pledges'
import { useText } from '@renderer/i18n'
import { totalsByForm, type FormTotal } from './totals'
import '@renderer/ui/visually-hidden.css'

/** Everything a supporter pledged and gave, summed by form of support, in Indonesian formats. */
export function SupporterTotals({ supporter }: { supporter: SupporterDetail }) {
  const t = useText()
  const language = useTranslation().i18n.language === 'en' ? 'en' : 'id'
  const amount = (total: FormTotal, value: number) => {
    switch (total.measure) {
      case 'rupiah':
        return formatRupiah(value)
      case 'quantity':
        return `${formatNumber(value, language)} ${total.unit ?? ''}`.trim()
      case 'hours':
        return t('supporters.page.hours', { count: value })
      case 'text':
        return t('supporters.page.times', { count: value })
    }
  }
  const totals = totalsByForm(supporter.pledges)
  return (
    <section className="stack" aria-labelledby="supporter-totals">
      <h2 id="supporter-totals">{t('supporters.page.totals')}</h2>
      <dl className="supporters-facts">
        <dt>{t('supporters.page.fundsReceived')}</dt>
        <dd>{formatRupiah(supporter.fundsReceived)}</dd>
        <dt>{t('supporters.page.inKindValuation')}</dt>
        <dd>{formatRupiah(supporter.inKindValuation)}</dd>
      </dl>
      {totals.length === 0 ? (
        <p className="notice">{t('supporters.page.noPledges')}</p>
      ) : (
        <table className="supporters-totals">
          <caption className="visually-hidden">{t('supporters.page.totals')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('supporters.page.form')}</th>
              <th scope="col" className="numeric">
                {t('supporters.page.pledgeCount')}
              </th>
              <th scope="col" className="numeric">
                {t('supporters.page.pledged')}
              </th>
              <th scope="col" className="numeric">
                {t('supporters.page.received')}
              </th>
              <th scope="col" className="numeric">
                {t('supporters.page.valuation')}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.map((total) => (
              <tr key={`${total.form}/${total.unit ?? ''}`}>
                <th scope="row">{t(`supportForm.${total.form}`)}</th>
                <td className="numeric">{formatNumber(total.pledges, language)}</td>
                <td className="numeric">
                  {total.pledged === null ? t('supporters.page.text') : amount(total, total.pledged)}
                </td>
                <td className="numeric">{amount(total, total.received)}</td>
                <td className="numeric">{total.measure === 'rupiah' ? '—' : formatRupiah(total.valuation)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
