import './catalog'
import './restore.css'
import '@renderer/ui/PlainTable.css'
import '@renderer/ui/visually-hidden.css'
import { useEffect, useRef } from 'react'
import { formatDateTime } from '@shared/format'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { MAIN_ID } from '@renderer/ui/SkipLink'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'
import { formatSize } from '../backup/format'
import { LanguageSwitch } from '../language/LanguageSwitch'
import { useLanguage } from '../language/store'
import { RestoreDoneView } from './RestoreDoneView'
import { RestorePlanView } from './RestorePlanView'
import { useRestore } from './store'

/**
 * The app's first screen when the hub database will not open (damaged, not ours): what happened,
 * that the file was left alone, and the backups that can replace it, newest first. Never a crash,
 * and never a new, empty database that would hide the loss.
 */
export function RecoveryScreen() {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const { problem, plan, done, error, choose, check } = useRestore()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const found = useRef<HTMLHeadingElement>(null)
  const hadPlan = useRef(false)
  // Cancelling removes the plan and the button that had focus: focus goes back to the list.
  useEffect(() => {
    if (hadPlan.current && !plan && !done) found.current?.focus()
    hadPlan.current = plan !== null
  }, [plan, done])
  if (!problem) return null

  return (
    <main id={MAIN_ID} className="setup-card recovery">
      {/* The language setting lives in the database that would not open: chosen for now only. */}
      <LanguageSwitch remember={false} />
      <ScreenHeading ref={heading}>
        {t(done ? 'restoreUi.recovery.doneTitle' : 'restoreUi.recovery.title')}
      </ScreenHeading>
      {done ? (
        // Once restored, the red "cannot be opened" alert above the result read as if it had failed.
        <RestoreDoneView done={done} />
      ) : (
        <>
          <p className="alert" role="alert">
            {/* Main's message, by key: the shared catalog it comes from is bundled here too. */}
            {t(problem.message.key as Parameters<typeof t>[0], problem.message.params)}
          </p>
          <p className="recovery__path">
            {t('restoreUi.recovery.file')}: <code>{problem.databasePath}</code>
          </p>
          <p className="hint">{t('restoreUi.recovery.untouched')}</p>
          <h2 ref={found} tabIndex={-1}>
            {t('restoreUi.recovery.found')}
          </h2>
          {problem.backups.length === 0 ? (
            <p>{t('restoreUi.recovery.none')}</p>
          ) : (
            <table className="plain-table">
              <caption className="visually-hidden">{t('restoreUi.recovery.foundCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('restoreUi.recovery.modified')}</th>
                  <th scope="col">{t('restoreUi.recovery.fileColumn')}</th>
                  <th scope="col" className="number">
                    {t('restoreUi.recovery.size')}
                  </th>
                  <th scope="col">{t('restoreUi.recovery.action')}</th>
                </tr>
              </thead>
              <tbody>
                {problem.backups.map((backup) => (
                  <tr key={backup.path}>
                    <td>{formatDateTime(backup.modifiedAt, 'WIB', language)}</td>
                    <td className="recovery__path">{backup.file}</td>
                    <td className="number">{formatSize(backup.bytes, language)}</td>
                    <td>
                      <button
                        type="button"
                        className="button"
                        aria-label={t('restoreUi.recovery.check', { file: backup.file })}
                        onClick={() => void check(backup.path)}
                      >
                        {/* Short, and the start of the button's name ("Periksa <berkas>"), as speech input needs. */}
                        {t('restoreUi.recovery.checkShort')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            <button type="button" className="button" onClick={() => void choose()}>
              {t('restoreUi.recovery.other')}
            </button>
          </p>
          <ErrorAlert error={error} />
          {plan && <RestorePlanView plan={plan} />}
          <p className="hint">{t('restoreUi.recovery.help')}</p>
        </>
      )}
    </main>
  )
}
