import type { MembersRoute } from '../routes'
import { MergePage } from './MergePage'
import { OrganisationForm } from './OrganisationForm'
import { OrganisationProfile } from './OrganisationProfile'
import { PersonForm } from './PersonForm'
import { PersonPage } from './PersonPage'

/** Profil Mitra records: each organisation's and person's page, their forms, and merging two into one. */
export function RecordsView({ route }: { route: Exclude<MembersRoute, { view: 'directory' | 'import' }> }) {
  switch (route.view) {
    case 'organisation':
      return <OrganisationProfile key={route.id} id={route.id} />
    case 'newOrganisation':
      return <OrganisationForm key="new" id={null} />
    case 'editOrganisation':
      return <OrganisationForm key={route.id} id={route.id} />
    case 'person':
      return <PersonPage key={route.id} id={route.id} />
    case 'newPerson':
      return <PersonForm key={`new-${route.organisationId}`} id={null} organisationId={route.organisationId} />
    case 'editPerson':
      return <PersonForm key={route.id} id={route.id} organisationId={null} />
    case 'merge':
      return <MergePage key={`${route.survivorId}-${route.mergedId}`} {...route} />
  }
}
