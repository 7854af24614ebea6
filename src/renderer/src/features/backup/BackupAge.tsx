import './catalog'
import './backup.css'
import { useEffect } from 'react'
import { useText } from '@renderer/i18n'
import { useLanguage } from '../language/store'
import { screenHref } from '../shell/screens'
import { formatAge } from './format'
import { useBackup } from './store'

/** Beranda's line on backups: how old the last one is, and a warning when it is too old or none. */
export function BackupAge() {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { status, loadStatus } = useBackup()

  useEffect(() => {
    void loadStatus()
  }, [loadStatus])

  if (!status) return null
  const age = status.ageHours === null ? null : (formatAge(status.ageHours, language) ?? t('backupUi.home.justNow'))
  return (
    <section
      className={`card backup-age${status.overdue ? ' backup-age--overdue' : ''}`}
      aria-label={t('backupUi.home.label')}
    >
      <p className="backup-age__line">
        {age === null ? t('backupUi.home.never') : t('backupUi.home.last', { age })}
        {age !== null && status.overdue && <> {t('backupUi.home.overdue')}</>}
      </p>
      {status.failure && <p>{t('backupUi.home.failed', { message: status.failure.message })}</p>}
      <a href={`${screenHref('settings')}/backup`}>
        {status.folderSet ? t('backupUi.home.open') : t('backupUi.home.noFolder')}
      </a>
    </section>
  )
}
