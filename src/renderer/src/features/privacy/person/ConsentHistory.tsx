import { formatDay } from '@shared/format'
import type { ConsentRecordView } from '@shared/privacy'
import { useText } from '@renderer/i18n'
import { useLanguage } from '@renderer/features/language/store'

/** Every consent record of the person, oldest first as main keeps them: nothing here is ever changed. */
export function ConsentHistory({ history }: { history: ConsentRecordView[] }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  return (
    <>
      <h3>{t('personPrivacy.history.title')}</h3>
      {history.length === 0 ? (
        <p>{t('personPrivacy.history.empty')}</p>
      ) : (
        <table className="plain-table person-privacy__history">
          <caption className="visually-hidden">{t('personPrivacy.history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('personPrivacy.history.date')}</th>
              <th scope="col">{t('personPrivacy.history.purpose')}</th>
              <th scope="col">{t('personPrivacy.history.action')}</th>
              <th scope="col">{t('personPrivacy.history.method')}</th>
              <th scope="col">{t('personPrivacy.history.recordedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((record) => (
              <tr key={record.id}>
                <td className="person-privacy__day">{formatDay(record.recordedOn, language)}</td>
                <td>{t(`personPrivacy.purpose.${record.purpose}`)}</td>
                <td>
                  {[
                    t(`personPrivacy.history.${record.action}`),
                    record.guardianName && t('personPrivacy.history.guardian', { name: record.guardianName }),
                    record.proofSha256 && t('personPrivacy.history.proof'),
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </td>
                <td>{t(`personPrivacy.record.methods.${record.method}`)}</td>
                <td>{record.recordedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
