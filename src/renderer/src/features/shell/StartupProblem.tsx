import { useEffect, useRef } from 'react'
import type { ErrorPayload } from '@shared/errors'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { MAIN_ID } from '@renderer/ui/SkipLink'
import { ScreenHeading } from '@renderer/ui/ScreenHeading'

const sameError = (a: ErrorPayload, b: ErrorPayload) => a.code === b.code && a.message === b.message

/**
 * What shows when the app could not open (database unreadable, main unreachable, a screen's code
 * missing): the reason and a way to retry.
 */
export function StartupProblem({ errors, onRetry }: { errors: ErrorPayload[]; onRetry: () => void }) {
  const t = useText()
  const headingRef = useRef<HTMLHeadingElement>(null)
  // When main is unreachable every startup call fails the same way; saying it once is enough.
  const distinct = errors.filter((error, index) => errors.findIndex((other) => sameError(other, error)) === index)

  // This screen replaces whatever held focus (often the retry button of the attempt before), so the
  // heading takes it: the failure is read out and the retry is one Tab away.
  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  return (
    <main id={MAIN_ID} className="setup-card">
      <ScreenHeading ref={headingRef}>{t('app.startupFailed')}</ScreenHeading>
      {distinct.map((error, index) => (
        // Index keys: two different errors may still share a message, and the list never reorders.
        <ErrorAlert key={index} error={error} />
      ))}
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </main>
  )
}
