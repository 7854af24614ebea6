import './catalog'
import './restore.css'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { RestoreDoneView } from './RestoreDoneView'
import { RestorePlanView } from './RestorePlanView'
import { useRestore } from './store'

/** Settings → Pulihkan dari cadangan: choose a backup, see what it replaces, restore. */
export function RestoreSection() {
  const t = useText()
  const { plan, done, error, choose } = useRestore()
  return (
    <section aria-labelledby="restore-title" className="card restore">
      <h2 id="restore-title">{t('restoreUi.title')}</h2>
      <p className="hint">{t('restoreUi.lead')}</p>
      {done ? (
        <RestoreDoneView done={done} />
      ) : (
        <>
          {!plan && (
            <p>
              <button type="button" className="button" onClick={() => void choose()}>
                {t('restoreUi.choose')}
              </button>
            </p>
          )}
          <ErrorAlert error={error} />
          {plan && <RestorePlanView plan={plan} />}
        </>
      )}
    </section>
  )
}
