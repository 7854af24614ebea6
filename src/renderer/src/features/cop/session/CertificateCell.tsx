import type { Participant } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { PrintButton } from '@renderer/ui/PrintButton'
import { copCalls } from '../store'
import '@renderer/ui/Badge.css'

/** A participant's certificate: its code and a print button once issued, or that they earned one. */
export function CertificateCell({ participant }: { participant: Participant }) {
  const t = useText()
  const { certificate } = participant
  if (!certificate)
    return participant.eligible ? <span className="badge badge--good">{t('cop.participants.eligible')}</span> : null
  return (
    <>
      <span className="cop-code">{certificate.code}</span>{' '}
      <PrintButton
        label={t('cop.participants.printShort')}
        accessibleLabel={t('cop.participants.print', { name: participant.name })}
        printingText={t('cop.certificate.printing')}
        printedText={(file) =>
          t('cop.certificate.printed', { file: file.file, size: Math.max(1, Math.round(file.bytes / 1024)) })
        }
        print={() => copCalls.printCertificate(certificate.id)}
      />
    </>
  )
}
