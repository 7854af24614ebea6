import './catalog'
import './receipt.css'
import { formatDay, formatNumber, formatRupiah } from '@shared/format'
import type { Receipt } from '@shared/pledges'
import { formatPhone } from '@shared/phone'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { useLanguage } from '@renderer/features/language/store'

/** What was received, as its form measures it: Rp 1.250.000, 100 sak, 12 jam, or the pledge's words. */
function useReceivedText(receipt: Receipt): string {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { rupiah, quantity, unit, hours } = receipt.received
  const amount =
    rupiah !== null
      ? formatRupiah(rupiah)
      : quantity !== null
        ? t('receiptPrint.quantity', { quantity: formatNumber(quantity, language), unit: unit ?? '' }).trim()
        : hours !== null
          ? t('receiptPrint.hours', { hours: formatNumber(hours, language) })
          : null
  return [t(`supportForm.${receipt.form}`), amount, receipt.description].filter(Boolean).join(' — ')
}

/** One tanda terima on one sheet (A5), as it is printed to PDF and as the print page shows it. */
export function ReceiptSheet({ receipt }: { receipt: Receipt }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const day = formatDay(receipt.receivedOn, language)
  const { hub, supporter, initiative } = receipt
  const value = receipt.received.rupiah ?? receipt.valuationRupiah
  const contact = [hub.contactPhone && formatPhone(hub.contactPhone), hub.contactEmail].filter(Boolean).join(' · ')
  return (
    <article className="receipt" aria-labelledby="receipt-title">
      <header className="receipt__header">
        <p className="receipt__hub">{hub.name}</p>
        {(hub.provinceName || contact) && (
          <p className="receipt__contact">{[hub.provinceName, contact].filter(Boolean).join(' · ')}</p>
        )}
      </header>
      <h1 id="receipt-title" className="receipt__title">
        {t('receiptPrint.title')}
      </h1>
      <Details
        rows={[
          [
            t('receiptPrint.number'),
            <span key="number" className="receipt__number">
              {receipt.receiptNumber}
            </span>,
          ],
          [t('receiptPrint.receivedOn'), day],
          [
            t('receiptPrint.receivedFrom'),
            [
              supporter.name,
              supporter.contactPerson && t('receiptPrint.contactPerson', { name: supporter.contactPerson }),
              supporter.address,
            ]
              .filter(Boolean)
              .join(', '),
          ],
          [t('receiptPrint.initiative'), [initiative.title, initiative.regencyName].filter(Boolean).join(', ')],
          [t('receiptPrint.what'), useReceivedText(receipt)],
          [t('receiptPrint.valuation'), value !== null ? formatRupiah(value) : t('receiptPrint.notValued')],
          receipt.evidenceReference !== null && [t('receiptPrint.evidence'), receipt.evidenceReference],
          receipt.note !== null && [t('receiptPrint.note'), receipt.note],
        ]}
      />
      <p className="receipt__thanks">{t('receiptPrint.thanks')}</p>
      <div className="receipt__signature">
        <p>{t('receiptPrint.place', { place: hub.provinceName ?? hub.name, date: day })}</p>
        <p>{t('receiptPrint.receiver')}</p>
        <p className="receipt__signer">{hub.contactName ?? '\u00a0'}</p>
        <p>{hub.name}</p>
      </div>
    </article>
  )
}
