import '../catalog'
import './certificate.css'
import type { Certificate } from '@shared/cop'
import { formatDay } from '@shared/format'
import { useText } from '@renderer/i18n'
import { useLanguage } from '@renderer/features/language/store'
import { useAspects } from '../aspects'

/** One certificate on one A4 landscape sheet, as it is printed to PDF and as the print page shows it. */
export function CertificateSheet({ certificate }: { certificate: Certificate }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const aspects = useAspects()
  const from = formatDay(certificate.heldFrom, language)
  const until = formatDay(certificate.heldUntil, language)
  return (
    <article className="certificate" aria-labelledby="certificate-title">
      <p className="certificate__hub">{[certificate.hubName, certificate.provinceName].filter(Boolean).join(' · ')}</p>
      <h1 id="certificate-title" className="certificate__title">
        {t('cop.certificate.title')}
      </h1>
      <p>{t('cop.certificate.given')}</p>
      <p className="certificate__holder">{certificate.holderName}</p>
      <p>
        {t(certificate.format === 'tot' ? 'cop.certificate.completedTot' : 'cop.certificate.completed', {
          format: t(`cop.format.${certificate.format}`),
        })}
      </p>
      <p className="certificate__session">{certificate.sessionTitle}</p>
      <p>
        {t('cop.certificate.aspect', { aspect: aspects.name(certificate.aspect) })}
        <br />
        {from === until ? from : t('cop.certificate.days', { from, until })}
      </p>
      <footer className="certificate__footer">
        <p>{t('cop.certificate.issued', { date: formatDay(certificate.issuedOn, language) })}</p>
        <p>
          {t('cop.certificate.code')} <span className="certificate__code">{certificate.code}</span>
        </p>
        <p className="hint">{t('cop.certificate.verify')}</p>
      </footer>
    </article>
  )
}
