import './catalog'
import './backup.css'
import { useEffect, useId, useRef } from 'react'
import { MIN_PASSPHRASE_LENGTH } from '@shared/backup'
import { formatNumber } from '@shared/format'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useDates } from '@renderer/ui/dates'
import { useLanguage } from '../language/store'
import { useSubPath } from '../shell/screens'
import { BackupList } from './BackupList'
import { BackupNow } from './BackupNow'
import { formatSize } from './format'
import { useBackup } from './store'

/** Settings → Cadangan: where backups go, whether daily, what is kept, and a backup now. */
export function BackupSection() {
  const t = useText()
  const dates = useDates()
  const language = useLanguage((state) => state.language)
  const { settings, status, error, load, chooseFolder, setScheduled } = useBackup()
  const heading = useRef<HTMLHeadingElement>(null)
  const scheduleId = useId()
  const target = useSubPath()[0]

  useEffect(() => {
    void load()
  }, [load])

  // The home screen's link lands here (#/settings/backup), not at the top of Settings.
  useEffect(() => {
    if (target === 'backup') heading.current?.focus()
  }, [target])

  const retention = settings?.retention
  return (
    <section aria-labelledby="backup-title" className="card backup">
      <h2 id="backup-title" ref={heading} tabIndex={-1}>
        {t('backupUi.title')}
      </h2>
      <p className="hint">{t('backupUi.lead')}</p>
      {settings && retention && (
        <>
          <Details
            rows={[
              [
                t('backupUi.folder'),
                settings.folder ? <code key="folder">{settings.folder}</code> : t('backupUi.noFolder'),
              ],
              [
                t('backupUi.retention'),
                t('backupUi.retentionValue', {
                  daily: formatNumber(retention.daily, language),
                  weekly: formatNumber(retention.weekly, language),
                  monthly: formatNumber(retention.monthly, language),
                }),
              ],
              [
                t('backupUi.last'),
                settings.last
                  ? t('backupUi.lastValue', {
                      when: dates.dateTime(settings.last.at),
                      file: settings.last.file,
                      size: formatSize(settings.last.bytes, language),
                    })
                  : t('backupUi.never'),
              ],
            ]}
          />
          {settings.failure && (
            <p className="alert">
              {t('backupUi.failure', { when: dates.dateTime(settings.failure.at), message: settings.failure.message })}
            </p>
          )}
          <p>
            <button type="button" className="button" onClick={() => void chooseFolder()}>
              {settings.folder ? t('backupUi.changeFolder') : t('backupUi.chooseFolder')}
            </button>
          </p>
          {settings.folder && (
            <div className="backup__schedule">
              <input
                id={scheduleId}
                type="checkbox"
                checked={settings.scheduled}
                aria-describedby={`${scheduleId}-hint`}
                onChange={(event) => void setScheduled(event.target.checked)}
              />
              <label htmlFor={scheduleId}>{t('backupUi.schedule')}</label>
              <p id={`${scheduleId}-hint`} className="hint">
                {t('backupUi.scheduleHint')}
                {status?.nextDueAt && <> {t('backupUi.nextDue', { when: dates.dateTime(status.nextDueAt) })}</>}
              </p>
            </div>
          )}
          {settings.folder && <BackupNow minPassphrase={MIN_PASSPHRASE_LENGTH} />}
          <ErrorAlert error={error} />
          {settings.folder && <BackupList />}
        </>
      )}
    </section>
  )
}
