import './catalog'
import './restore.css'
import { useEffect, useRef } from 'react'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { RestoreDoneView } from './RestoreDoneView'
import { RestorePlanView } from './RestorePlanView'
import { useRestore } from './store'

/** Settings → Pulihkan dari cadangan: choose a backup, see what it replaces, restore. */
export function RestoreSection() {
  const t = useText()
  const { plan, done, error, choose, reset } = useRestore()
  const chooseButton = useRef<HTMLButtonElement>(null)
  const hadPlan = useRef(false)
  // Cancelling removes the plan and the button that had focus: focus goes back where the user began.
  useEffect(() => {
    if (hadPlan.current && !plan && !done) chooseButton.current?.focus()
    hadPlan.current = plan !== null
  }, [plan, done])
  // A plan or result is about this visit: coming back to Pengaturan starts the flow afresh.
  useEffect(() => reset, [reset])
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
              <button ref={chooseButton} type="button" className="button" onClick={() => void choose()}>
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
