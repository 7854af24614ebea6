import '@renderer/ui/PlainTable.css'
import '@renderer/ui/visually-hidden.css'
import { useText } from '@renderer/i18n'
import { useDates } from '@renderer/ui/dates'
import { useLanguage } from '../language/store'
import { formatSize } from './format'
import { useBackup } from './store'

/** This hub's backups in the chosen folder, as the folder holds them now. */
export function BackupList() {
  const t = useText()
  const dates = useDates()
  const language = useLanguage((state) => state.language)
  const list = useBackup((state) => state.list)
  return (
    <>
      <h3>{t('backupUi.list.title')}</h3>
      {list.length === 0 ? (
        <p>{t('backupUi.list.empty')}</p>
      ) : (
        <table className="plain-table backup__list">
          <caption className="visually-hidden">{t('backupUi.list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backupUi.list.takenAt')}</th>
              <th scope="col">{t('backupUi.list.file')}</th>
              <th scope="col" className="number">
                {t('backupUi.list.size')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((backup) => (
              <tr key={backup.file}>
                <td>{dates.dateTime(backup.takenAt)}</td>
                <td>
                  <code>{backup.file}</code>
                </td>
                <td className="number">{formatSize(backup.bytes, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
