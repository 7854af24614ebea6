import { useDates } from '../../../ui/dates'
import { useEffect } from 'react'
import { localDate } from '../../../../../shared/format'
import { isYoung } from '../../../../../shared/members'
import { formatPhone } from '../../../../../shared/phone'
import { useText } from '../../../i18n'
import { Details } from '../../../ui/Details'
import { ErrorAlert } from '../../../ui/ErrorAlert'
import { membersHref } from '../routes'
import { PageHeading } from './PageHeading'
import { MergeEntry } from './MergeEntry'
import { UndoMerge } from './UndoMerge'
import { useRecords } from './store'

export function PersonPage({ id }: { id: string }) {
  const t = useText()
  const { date, zone } = useDates()
  const { person, error, loadPerson, reset } = useRecords()
  useEffect(() => {
    reset()
    void loadPerson(id)
  }, [id, loadPerson, reset])
  if (person?.id !== id)
    return (
      <>
        <PageHeading>{t('records.person.title')}</PageHeading>
        <ErrorAlert error={error} />
      </>
    )
  const thisYear = Number(localDate(new Date(), zone).slice(0, 4))
  const live = person.mergedIntoId === null
  return (
    <>
      <PageHeading>
        {person.name}
        {isYoung(person.birthYear, thisYear) && (
          <span className="records-badge records-badge--young"> {t('records.person.young')}</span>
        )}
      </PageHeading>
      <ErrorAlert error={error} />
      <UndoMerge personId={id} />
      {person.mergedIntoId && (
        <p className="notice">
          {t('records.merge.personMergedInto')}{' '}
          <a href={membersHref({ view: 'person', id: person.mergedIntoId })}>{t('records.merge.openSurvivor')}</a>
        </p>
      )}
      {live && (
        <div className="records-actions">
          <a className="button" href={membersHref({ view: 'editPerson', id })}>
            {t('records.edit')}
          </a>
        </div>
      )}
      <section className="card" aria-labelledby="records-person-overview">
        <h2 id="records-person-overview">{t('records.organisation.overview')}</h2>
        <Details
          rows={[
            [
              t('memberField.organisation'),
              <a key="organisation" href={membersHref({ view: 'organisation', id: person.organisationId })}>
                {person.organisationName}
              </a>,
            ],
            [t('memberField.role'), t(`member.role.${person.role}`)],
            [t('memberField.gender'), t(`member.gender.${person.gender}`)],
            [t('memberField.birthYear'), person.birthYear ?? t('app.notRecorded')],
            person.phone !== null && [t('memberField.phone'), formatPhone(person.phone)],
            person.email !== null && [t('memberField.email'), person.email],
            [
              t('records.person.consentTitle'),
              person.consent && person.consentOn
                ? t('records.person.consentGiven', { date: date(person.consentOn) })
                : t('records.person.consentMissing'),
            ],
            person.notes !== null && [t('memberField.notes'), person.notes],
          ]}
        />
      </section>
      <section className="card" aria-labelledby="records-affiliations-title">
        <h2 id="records-affiliations-title">{t('records.person.affiliations')}</h2>
        <ul className="records-history">
          {person.affiliations.map((affiliation) => (
            <li key={affiliation.id}>
              <a href={membersHref({ view: 'organisation', id: affiliation.organisationId })}>
                {affiliation.organisationName}
              </a>{' '}
              — {t(`member.role.${affiliation.role}`)},{' '}
              {affiliation.untilOn
                ? t('records.person.period', {
                    from: date(affiliation.fromOn),
                    until: date(affiliation.untilOn),
                  })
                : t('records.person.since', { from: date(affiliation.fromOn) })}
            </li>
          ))}
        </ul>
      </section>
      {live && <MergeEntry kind="person" survivorId={id} />}
    </>
  )
}
