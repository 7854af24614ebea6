import { Fragment } from 'react'
import { formatDay } from '@shared/format'
import type { InitiativeDetail, NamedRef } from '@shared/initiatives'
import { useText } from '@renderer/i18n'
import { Details } from '@renderer/ui/Details'
import { useLanguage } from '@renderer/features/language/store'
import { membersHref } from '@renderer/features/members/routes'
import { useReference } from '@renderer/features/reference/store'

/** "Ringkasan": who carries the initiative, what it answers and where, as the form recorded it. */
export function Facts({ initiative: i }: { initiative: InitiativeDetail }) {
  const t = useText()
  const language = useLanguage((state) => state.language)
  const sectors = useReference((state) => state.taxonomies?.sectors ?? [])
  const sectorNames = i.sectorCodes.map((code) => {
    const sector = sectors.find((term) => term.code === code)
    return sector ? (language === 'en' ? sector.nameEn : sector.nameId) : code
  })
  // Village and district names often repeat (Asembagus, Asembagus): each says which it is.
  const place = [
    i.villageName && t('initiativePage.facts.village', { name: i.villageName }),
    i.districtName && t('initiativePage.facts.district', { name: i.districtName }),
    i.regencyName,
  ]
    .filter(Boolean)
    .join(', ')
  const beneficiaries = [
    i.beneficiaryGroups,
    i.beneficiaryCount !== null && t('initiativePage.facts.beneficiaryCount', { count: i.beneficiaryCount }),
  ]
    .filter(Boolean)
    .join(' — ')
  const period = [
    i.startsOn && t('initiativePage.facts.startsOn', { date: formatDay(i.startsOn, language) }),
    i.endsOn && t('initiativePage.facts.endsOn', { date: formatDay(i.endsOn, language) }),
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <section className="card" aria-labelledby="initiative-facts-title">
      <h2 id="initiative-facts-title">{t('initiativePage.facts.title')}</h2>
      <Details
        rows={[
          [
            t('initiativePage.facts.lead'),
            <OrganisationLinks key="lead" organisations={[{ id: i.leadOrganisationId, name: i.leadName }]} />,
          ],
          i.partners.length > 0 && [
            t('initiativePage.facts.partners'),
            <OrganisationLinks key="partners" organisations={i.partners} />,
          ],
          i.problem !== null && [t('initiativePage.facts.problem'), i.problem],
          i.service !== null && [t('initiativePage.facts.service'), i.service],
          beneficiaries !== '' && [t('initiativePage.facts.beneficiaries'), beneficiaries],
          [t('initiativePage.facts.location'), place],
          sectorNames.length > 0 && [t('initiativePage.facts.sectors'), sectorNames.join(', ')],
          i.sdgs.length > 0 && [
            t('initiativePage.facts.sdgs'),
            i.sdgs.map((number) => t('initiativePage.facts.sdg', { number })).join(', '),
          ],
          period !== '' && [t('initiativePage.facts.dates'), period],
          i.clusters.length > 0 && [
            t('initiativePage.facts.clusters'),
            i.clusters.map((cluster) => cluster.name).join(', '),
          ],
          i.notes !== null && [t('initiativePage.facts.notes'), i.notes],
        ]}
      />
    </section>
  )
}

/** OMS names as links to their pages in Anggota. */
function OrganisationLinks({ organisations }: { organisations: NamedRef[] }) {
  return organisations.map((organisation, index) => (
    <Fragment key={organisation.id}>
      {index > 0 && ', '}
      <a href={membersHref({ view: 'organisation', id: organisation.id })}>{organisation.name}</a>
    </Fragment>
  ))
}
