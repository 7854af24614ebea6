import type { ErrorPayload } from '../../../../shared/errors'
import { useText } from '../../i18n'
import { ErrorAlert } from '../../ui/ErrorAlert'
import { MAIN_ID } from '../../ui/SkipLink'
import { ScreenHeading } from '../../ui/ScreenHeading'

/** What shows when the database could not be read at start: the reason and a way to retry. */
export function StartupProblem({ errors, onRetry }: { errors: ErrorPayload[]; onRetry: () => void }) {
  const t = useText()
  return (
    <main id={MAIN_ID} className="setup-card">
      <ScreenHeading>{t('app.startupFailed')}</ScreenHeading>
      {errors.map((error) => (
        <ErrorAlert key={error.code + error.message} error={error} />
      ))}
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </main>
  )
}
