import { useDates } from '@renderer/ui/dates'
import { useEffect } from 'react'
import { localDate } from '@shared/format'
import { isYoung, type PersonDetail } from '@shared/members'
import { formatPhone } from '@shared/phone'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { PrivacyPanel } from '@renderer/features/privacy/person/PrivacyPanel'
import { RestrictedBadge } from '@renderer/features/privacy/person/RestrictedBadge'
import { membersHref } from '../routes'
import { Affiliations } from './Affiliations'
import { DeleteRecord } from './DeleteRecord'
import { PageHeading } from './PageHeading'
import { MergeEntry } from './MergeEntry'
import { UndoMerge } from './UndoMerge'
import { RestoredNotice } from './UndoDelete'
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
        <PageHeading back="people">{t('records.person.title')}</PageHeading>
        <ErrorAlert error={error} />
      </>
    )
  const thisYear = Number(localDate(new Date(), zone).slice(0, 4))
  const erased = person.erasedAt !== null
  const live = person.mergedIntoId === null && !erased
  return (
    <>
      <PageHeading back="people">
        {erased ? t('records.person.erased') : person.name}
        {isYoung(person.birthYear, thisYear) && (
          <span className="records-badge records-badge--young"> {t('records.person.young')}</span>
        )}
        {person.restrictedOn && <RestrictedBadge since={person.restrictedOn} />}
      </PageHeading>
      <ErrorAlert error={error} />
      <UndoMerge personId={id} />
      <RestoredNotice id={id} />
      {person.mergedIntoId && (
        <p className="notice">
          {t('records.merge.personMergedInto')}{' '}
          <a href={membersHref({ view: 'person', id: person.mergedIntoId })}>{t('records.merge.openSurvivor')}</a>
        </p>
      )}
      {live && (
        <div className="form-actions">
          <a className="button" href={membersHref({ view: 'editPerson', id })}>
            {t('records.edit')}
          </a>
          <DeleteRecord kind="person" id={id} name={person.name} />
        </div>
      )}
      <section className="card" aria-labelledby="records-person-overview">
        <h2 id="records-person-overview">{t('records.organisation.overview')}</h2>
        <Details
          rows={[
            [t('memberField.organisation'), <CurrentOrganisation key="organisation" person={person} />],
            [t('memberField.role'), t(`member.role.${person.role}`)],
            [t('memberField.gender'), t(`member.gender.${person.gender}`)],
            !erased && [t('memberField.birthYear'), person.birthYear ?? t('app.notRecorded')],
            person.phone !== null && [t('memberField.phone'), formatPhone(person.phone)],
            person.email !== null && [t('memberField.email'), person.email],
            !erased && [
              t('records.person.consentTitle'),
              [
                person.consent && person.consentOn
                  ? t('records.person.consentGiven', { date: date(person.consentOn) })
                  : t('records.person.consentMissing'),
                // Consent given means nothing while processing is restricted: said on the same line.
                person.restrictedOn && t('records.person.consentRestricted', { date: date(person.restrictedOn) }),
              ]
                .filter(Boolean)
                .join('; '),
            ],
            person.notes !== null && [t('memberField.notes'), person.notes],
          ]}
        />
      </section>
      <Affiliations person={person} editable={live} />
      {person.mergedIntoId === null && (
        <PrivacyPanel personId={id} name={person.name} onChanged={() => void loadPerson(id)} />
      )}
      {live && <MergeEntry kind="person" survivorId={id} />}
    </>
  )
}

/** Where the person is now; once every affiliation has ended, that says so, with where they were last. */
function CurrentOrganisation({ person }: { person: PersonDetail }) {
  const t = useText()
  const { date } = useDates()
  const link = <a href={membersHref({ view: 'organisation', id: person.organisationId })}>{person.organisationName}</a>
  if (person.affiliations.some((affiliation) => affiliation.untilOn === null)) return link
  const last = person.affiliations.find((affiliation) => affiliation.organisationId === person.organisationId)
  return (
    <>
      <strong>{t('records.affiliation.noCurrent')}</strong> {t('records.affiliation.last')} {link}
      {last?.untilOn && <>, {t('records.affiliation.lastUntil', { date: date(last.untilOn) })}</>}
    </>
  )
}
