import './catalog'
import './privacy.css'
import '@renderer/ui/PlainTable.css'
import '@renderer/ui/visually-hidden.css'
import { useEffect, useRef, useState } from 'react'
import type { PersonPrivacy } from '@shared/privacy'
import { useText } from '@renderer/i18n'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useDates } from '@renderer/ui/dates'
import { Access } from './Access'
import { ConsentForm } from './ConsentForm'
import { ConsentHistory } from './ConsentHistory'
import { ConsentStates } from './ConsentStates'
import { Erasure, ErasureKept } from './Erasure'
import { Restriction } from './Restriction'
import { usePersonPrivacy } from './store'

interface Props {
  personId: string
  /** The person's name as the page shows it, for the erasure's question. */
  name: string
  /** After main changed the person (consent, erasure): the page reloads what it shows of them. */
  onChanged(): void
}

/**
 * "Privasi" on a person's page (UU PDP 27/2022): consent per purpose and its history, a form to
 * record consent given or withdrawn, restriction of processing, a copy of their data, and erasure. Once erased, only
 * what the indicators keep is said, and nothing can be recorded any more.
 */
export function PrivacyPanel({ personId, name, onChanged }: Props) {
  const t = useText()
  const { privacy, error, load, reset } = usePersonPrivacy()
  useEffect(() => {
    void load(personId)
  }, [personId, load])
  useEffect(() => reset, [reset])

  const shown = privacy?.personId === personId ? privacy : null
  return (
    <section className="card person-privacy" aria-labelledby="person-privacy-title">
      <h2 id="person-privacy-title">{t('personPrivacy.title')}</h2>
      <ErrorAlert error={shown ? null : error} />
      {!shown && !error && <p className="hint">{t('personPrivacy.loading')}</p>}
      {shown &&
        (shown.erasedAt ? (
          <ErasedView privacy={shown} />
        ) : (
          <LiveView privacy={shown} name={name} onChanged={onChanged} />
        ))}
    </section>
  )
}

function LiveView({ privacy, name, onChanged }: { privacy: PersonPrivacy; name: string; onChanged(): void }) {
  const t = useText()
  return (
    <>
      <p className="hint">{t('personPrivacy.lead')}</p>
      <h3>{t('personPrivacy.purposes.title')}</h3>
      <ConsentStates privacy={privacy} />
      {privacy.minor && privacy.age !== null && <p>{t('personPrivacy.minor', { age: privacy.age })}</p>}
      <ConsentForm privacy={privacy} onRecorded={onChanged} />
      <ConsentHistory history={privacy.history} />
      <Restriction privacy={privacy} name={name} onChanged={onChanged} />
      <Access personId={privacy.personId} />
      <Erasure privacy={privacy} name={name} onErased={onChanged} />
    </>
  )
}

/** After erasure: when it happened and what stayed; the consent history stays as a record of what was agreed. */
function ErasedView({ privacy }: { privacy: PersonPrivacy }) {
  const t = useText()
  const { date } = useDates()
  const kept = usePersonPrivacy((state) => (state.kept?.personId === privacy.personId ? state.kept : null))
  const noticeRef = useRef<HTMLDivElement>(null)
  // Erased just now, from the dialog: the controls that had focus are gone, so the outcome takes it.
  const [erasedHere] = useState(kept !== null)
  useEffect(() => {
    if (erasedHere) noticeRef.current?.focus()
  }, [erasedHere])
  return (
    <>
      <div ref={noticeRef} tabIndex={-1} role="status" className="notice person-privacy__erased">
        {erasedHere && <p className="notice__title">{t('personPrivacy.erasure.done')}</p>}
        <p>{t('personPrivacy.erasure.erasedOn', { when: date(privacy.erasedAt as string) })}</p>
        <p>{t('personPrivacy.erasure.erasedRest')}</p>
      </div>
      {kept && <ErasureKept preview={kept} />}
      <ConsentHistory history={privacy.history} />
    </>
  )
}
