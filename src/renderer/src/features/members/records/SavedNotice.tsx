import { useEffect, useRef } from 'react'
import { useText } from '@renderer/i18n'
import { membersHref } from '../routes'
import { forgetSavedRecord, useSavedRecord } from './saved-person'

/**
 * "Siti Rahayu has been saved", on the OMS page a person or OMS form returns to. It takes focus
 * from the page heading just above it, so a screen reader says it too.
 */
export function SavedNotice({ organisationId }: { organisationId: string }) {
  const t = useText()
  const saved = useSavedRecord((state) => (state.saved?.organisationId === organisationId ? state.saved : null))
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (saved !== null) ref.current?.focus()
  }, [saved])
  // The page loads its record afresh on arrival, which mounts this again: only leaving it ends the notice.
  useEffect(
    () => () => {
      if (window.location.hash !== membersHref({ view: 'organisation', id: organisationId })) forgetSavedRecord()
    },
    [organisationId],
  )
  if (saved === null) return null
  return (
    <p ref={ref} tabIndex={-1} role="status" className="notice">
      {t(saved.kind === 'person' ? 'records.person.saved' : 'records.organisation.saved', { name: saved.name })}
    </p>
  )
}
