import type { TrainerView } from '@shared/cop'
import { useText } from '@renderer/i18n'
import { countedText } from '@renderer/i18n/counted'
import { copHref } from '../routes'
import '@renderer/ui/PlainTable.css'

/** Participants who earned a certificate not yet issued; each session's page is where it is issued. */
export function CertificatesToIssue({ waiting }: { waiting: TrainerView['certificatesToIssue'] }) {
  const t = useText()
  if (waiting.length === 0) return <p className="notice">{t('copTrainers.trainer.noCertificates')}</p>
  return (
    <>
      <p className="hint">{t('copTrainers.trainer.certificatesHint')}</p>
      <table className="plain-table">
        <caption>{countedText(t, 'copTrainers.trainer.certificatesCaption_other', waiting.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('copTrainers.trainer.participant')}</th>
            <th scope="col">{t('copTrainers.trainer.session')}</th>
          </tr>
        </thead>
        <tbody>
          {waiting.map((row) => (
            <tr key={row.participantId}>
              <td>{row.name}</td>
              <td>
                <a href={copHref({ view: 'session', id: row.sessionId })}>{row.sessionTitle}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
