import { useEffect, useRef, useState } from 'react'
import type { PersonDetail } from '@shared/members'
import { useText } from '@renderer/i18n'
import { useDates } from '@renderer/ui/dates'
import { membersHref } from '../routes'
import { EndAffiliation } from './EndAffiliation'

/** Riwayat OMS: every organisation the person was with, newest first; an open one can be ended. */
export function Affiliations({ person, editable }: { person: PersonDetail; editable: boolean }) {
  const t = useText()
  const { date } = useDates()
  const [ended, setEnded] = useState<{ name: string; untilOn: string } | null>(null)
  const endedRef = useRef<HTMLParagraphElement>(null)
  // The form that had focus is gone with the open affiliation: the outcome takes focus instead.
  useEffect(() => {
    if (ended) endedRef.current?.focus()
  }, [ended])

  return (
    <section className="card" aria-labelledby="records-affiliations-title">
      <h2 id="records-affiliations-title">{t('records.person.affiliations')}</h2>
      <p ref={endedRef} tabIndex={-1} role="status" className={ended ? 'notice' : undefined}>
        {ended && t('records.affiliation.ended', { name: ended.name, date: date(ended.untilOn) })}
      </p>
      <ul className="records-history">
        {person.affiliations.map((affiliation) => (
          <li key={affiliation.id}>
            <a href={membersHref({ view: 'organisation', id: affiliation.organisationId })}>
              {affiliation.organisationName}
            </a>{' '}
            — {t(`member.role.${affiliation.role}`)},{' '}
            {affiliation.untilOn
              ? t('records.person.period', { from: date(affiliation.fromOn), until: date(affiliation.untilOn) })
              : t('records.person.since', { from: date(affiliation.fromOn) })}
            {editable && affiliation.untilOn === null && (
              <div className="records-end">
                <EndAffiliation
                  affiliation={affiliation}
                  onEnded={(untilOn) => setEnded({ name: affiliation.organisationName, untilOn })}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
