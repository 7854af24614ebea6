import { useEffect, useRef } from 'react'
import { useText } from '../../../i18n'
import { membersHref } from '../routes'
import { forgetSavedPerson, useSavedPerson } from './saved-person'

/**
 * "Siti Rahayu has been saved", on the OMS page a person form returns to. It takes focus from the
 * page heading just above it, so a screen reader says it too.
 */
export function SavedNotice({ organisationId }: { organisationId: string }) {
  const t = useText()
  const name = useSavedPerson((state) => (state.saved?.organisationId === organisationId ? state.saved.name : null))
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (name !== null) ref.current?.focus()
  }, [name])
  // The page loads its record afresh on arrival, which mounts this again: only leaving it ends the notice.
  useEffect(
    () => () => {
      if (window.location.hash !== membersHref({ view: 'organisation', id: organisationId })) forgetSavedPerson()
    },
    [organisationId],
  )
  if (name === null) return null
  return (
    <p ref={ref} tabIndex={-1} role="status" className="notice">
      {t('records.person.saved', { name })}
    </p>
  )
}
