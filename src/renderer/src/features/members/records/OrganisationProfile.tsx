import { useEffect } from 'react'
import { formatNumber, localDate } from '@shared/format'
import { isYoung, type OrganisationDetail } from '@shared/members'
import { formatPhone } from '@shared/phone'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { ErrorAlert } from '@renderer/ui/ErrorAlert'
import { useHub } from '@renderer/features/hub/store'
import { useLanguage } from '@renderer/features/language/store'
import { membersHref } from '../routes'
import { CapacitySection } from './CapacitySection'
import { DeleteRecord } from './DeleteRecord'
import { PageHeading } from './PageHeading'
import { termName } from '@renderer/ui/form-helpers'
import { MergeEntry } from './MergeEntry'
import { StatusSection } from './StatusSection'
import { UndoMerge } from './UndoMerge'
import { RestoredNotice } from './UndoDelete'
import { SavedNotice } from './SavedNotice'
import { useRecords } from './store'
import { useReference } from '@renderer/features/reference/store'
import { consentWord } from '../directory/consent-word'

/** Profil Mitra: one organisation with its membership, capacity, people and what later versions add. */
export function OrganisationProfile({ id }: { id: string }) {
  const t = useText()
  const { organisation, error, loadOrganisation, loadReference, reset } = useRecords()
  const identity = useHub((state) => (state.status?.setUp ? state.status.identity : null))
  useEffect(() => {
    reset()
    void loadReference(identity?.provinceCode ?? null)
    void loadOrganisation(id)
  }, [id, identity, loadOrganisation, loadReference, reset])

  if (organisation?.id !== id)
    return (
      <>
        <PageHeading back="organisations">{t('records.organisation.profileTitle')}</PageHeading>
        <ErrorAlert error={error} />
      </>
    )
  const live = organisation.mergedIntoId === null
  return (
    <>
      <PageHeading back="organisations">
        {organisation.name}
        {organisation.acronym && <span className="records-muted"> ({organisation.acronym})</span>}
      </PageHeading>
      <ErrorAlert error={error} />
      <UndoMerge organisationId={id} />
      <RestoredNotice id={id} />
      <SavedNotice organisationId={id} />
      {organisation.mergedIntoId && (
        <p className="notice">
          {t('records.merge.mergedInto')}{' '}
          <a href={membersHref({ view: 'organisation', id: organisation.mergedIntoId })}>
            {t('records.merge.openSurvivor')}
          </a>
        </p>
      )}
      {live && (
        <div className="form-actions">
          <a className="button" href={membersHref({ view: 'editOrganisation', id })}>
            {t('records.edit')}
          </a>
          <DeleteRecord
            kind="organisation"
            id={id}
            name={organisation.name}
            people={{ count: organisation.people.length, show: showPeople }}
          />
        </div>
      )}
      <Overview organisation={organisation} />
      <StatusSection organisation={organisation} editable={live} />
      {/* People before the long self-assessment form: they are what a secretariat looks up most. */}
      <PeopleSection organisation={organisation} editable={live} />
      <CapacitySection organisation={organisation} editable={live} />
      {(['initiatives', 'pledges', 'participation'] as const).map((section) => (
        <section key={section} className="card" aria-labelledby={`records-${section}-title`}>
          <h2 id={`records-${section}-title`}>{t(`records.later.${section}.title`)}</h2>
          <p className="records-muted">{t(`records.later.${section}.body`)}</p>
        </section>
      ))}
      {live && <MergeEntry kind="organisation" survivorId={id} />}
    </>
  )
}

function Overview({ organisation: o }: { organisation: OrganisationDetail }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const taxonomies = useReference((state) => state.taxonomies)
  const type = taxonomies?.organisationTypes.find((term) => term.code === o.typeCode)
  const sectors = o.sectorCodes.map((code) => {
    const sector = taxonomies?.sectors.find((term) => term.code === code)
    return sector ? termName(sector, language) : code
  })
  // Village and district names often repeat (Asembagus, Asembagus): each says which it is.
  const place = [
    o.villageLabel && t('records.overview.village', { name: o.villageLabel }),
    o.districtLabel && t('records.overview.district', { name: o.districtLabel }),
    o.regencyName,
  ]
    .filter(Boolean)
    .join(', ')
  return (
    <section className="card" aria-labelledby="records-overview-title">
      <h2 id="records-overview-title">{t('records.organisation.overview')}</h2>
      <Details
        rows={[
          [t('memberField.type'), type ? termName(type, language) : t('app.notRecorded')],
          o.legalForm !== null && [t('memberField.legalForm'), t(`member.legalForm.${o.legalForm}`)],
          o.registrationNumber !== null && [t('records.overview.registrationNumber'), o.registrationNumber],
          o.foundedYear !== null && [t('memberField.foundedYear'), o.foundedYear],
          [t('records.organisation.place'), place],
          o.address !== null && [t('memberField.address'), o.address],
          o.phone !== null && [t('memberField.phone'), formatPhone(o.phone)],
          o.email !== null && [t('memberField.email'), o.email],
          o.website !== null && [t('memberField.website'), o.website],
          o.socialMedia !== null && [t('memberField.socialMedia'), o.socialMedia],
          sectors.length > 0 && [t('memberField.sectors'), sectors.join(', ')],
          o.sdgs.length > 0 && [
            t('memberField.sdgs'),
            o.sdgs.map((number) => t('records.overview.sdg', { number })).join(', '),
          ],
          o.focus !== null && [t('memberField.focus'), o.focus],
          o.beneficiaries !== null && [t('memberField.beneficiaries'), o.beneficiaries],
          o.staffCount !== null && [t('memberField.staffCount'), formatNumber(o.staffCount, language)],
          o.volunteerCount !== null && [t('memberField.volunteerCount'), formatNumber(o.volunteerCount, language)],
          o.notes !== null && [t('memberField.notes'), o.notes],
        ]}
      />
    </section>
  )
}

const peopleTitleId = 'records-people-title'

/** Where a refused delete sends the user: the people who must move first, read out by their heading. */
function showPeople() {
  const heading = document.getElementById(peopleTitleId)
  heading?.scrollIntoView({ block: 'start' })
  heading?.focus()
}

function PeopleSection({ organisation, editable }: { organisation: OrganisationDetail; editable: boolean }) {
  const t = useText()
  const zone = useHub((state) => (state.status?.setUp ? state.status.identity.timeZone : 'WIB'))
  const thisYear = Number(localDate(new Date(), zone).slice(0, 4))
  return (
    <section className="card" aria-labelledby={peopleTitleId}>
      <h2 id={peopleTitleId} tabIndex={-1}>
        {t('records.people.title', { count: organisation.people.length })}
      </h2>
      {organisation.people.length === 0 ? (
        <p className="records-muted">{t('records.people.empty')}</p>
      ) : (
        <table className="records-table">
          <thead>
            <tr>
              <th scope="col">{t('memberField.name')}</th>
              <th scope="col">{t('memberField.role')}</th>
              <th scope="col">{t('memberField.gender')}</th>
              <th scope="col">{t('memberField.contact')}</th>
              <th scope="col">{t('directory.columns.consent')}</th>
            </tr>
          </thead>
          <tbody>
            {organisation.people.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  <a href={membersHref({ view: 'person', id: person.id })}>
                    {person.erased ? t('records.person.erased') : person.name}
                  </a>
                  {isYoung(person.birthYear, thisYear) && (
                    <span className="records-badge records-badge--young"> {t('records.person.young')}</span>
                  )}
                </th>
                <td>{t(`member.role.${person.role}`)}</td>
                <td>{t(`member.gender.${person.gender}`)}</td>
                <td>{[person.phone && formatPhone(person.phone), person.email].filter(Boolean).join(' · ')}</td>
                <td>{t(consentWord(person))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && (
        <a className="button" href={membersHref({ view: 'newPerson', organisationId: organisation.id })}>
          {t('records.people.add')}
        </a>
      )}
    </section>
  )
}
